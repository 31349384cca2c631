/** In every language, a link to a process or a flow shows that page's title in the same language. */
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { markdownLinks } from '../../src/model/content/text.ts';
import { checked } from './real-content.ts';

describe('link texts', () => {
  for (const locale of LOCALE_CODES) {
    it(`${locale}: every [text](../id/) is the target's title in ${locale}`, () => {
      const title = new Map(checked.pages.filter((p) => p.file.locale === locale).map((p) => [p.fm.id, p.fm.title]));
      const flowTitle = new Map(checked.flows.filter((f) => f.file.locale === locale).map((f) => [f.flow.id, f.flow.title]));
      const wrong: string[] = [];
      let seen = 0;
      for (const s of [...checked.pages.map((p) => p.file), ...checked.flows.map((f) => f.file)].filter((f) => f.locale === locale)) {
        for (const m of s.body.matchAll(/\[([^\]]+)\]\(((?:\.\.\/)+)(flows\/)?([\w.-]+)\/\)/g)) {
          const want = m[3] ? flowTitle.get(m[4]!) : title.get(m[4]!);
          seen++;
          if (m[1] !== want) wrong.push(`${s.path}: [${m[1]}](${m[2]}${m[3] ?? ''}${m[4]}/) — title is "${want}"`);
        }
      }
      expect(seen).toBeGreaterThan(1000);
      expect(wrong).toEqual([]);
      expect(markdownLinks('[a](../1.1/) [b](../../flows/x/)')).toEqual(['../1.1/', '../../flows/x/']);
    });
  }
});
