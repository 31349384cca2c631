/** The real content/ tree, loaded once through the same path the scripts use. */
import path from 'node:path';
import { loadSources } from '../../src/model/content/load.ts';
import { checkSources } from '../../src/model/checks/check.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { linkedIds } from '../../src/model/content/text.ts';

export const sources = loadSources(path.resolve('content'), path.resolve('.'));
export const checked = checkSources(sources);
export const atlas = new Atlas(
  checked.pages.map((p) => ({ locale: p.file.locale, page: { ...p.fm, links: linkedIds(p.text?.links ?? []) } })),
  checked.flows.map((f) => ({ locale: f.file.locale, flow: f.flow })),
);
