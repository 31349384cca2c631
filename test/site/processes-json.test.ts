import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { atlas } from '../model/real-content.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { resolves } from './dist.ts';

describe('dist/processes.json', () => {
  const json = JSON.parse(fs.readFileSync(path.resolve('dist/processes.json'), 'utf8'));

  it('is the model of content/ as built by the site', () => {
    expect(json).toEqual(atlas.processesJson());
  });

  it('lists every process in tree order with children and a page per locale', () => {
    const ids = json.processes.map((p: { id: string }) => p.id);
    expect(ids.slice(0, 3)).toEqual(['1.1', '1.1.1', '1.1.1.1']);
    expect(new Set(ids).size).toBe(ids.length);
    const order = json.processes.find((p: { id: string }) => p.id === '1.1.1.5');
    expect(order.level).toBe(2);
    expect(order.parent).toBe('1.1.1');
    expect(order.verticals).toEqual(['fulfillment']);
    expect(order.children[0]).toBe('1.1.1.5.1');
    expect(order.locales.en).toMatchObject({ title: 'Order Handling', url: '/en/1.1.1.5/' });
    for (const p of json.processes) {
      for (const l of LOCALE_CODES) {
        const entry = p.locales[l];
        if (entry === null) continue;
        expect(resolves(entry.url), entry.url).toBe(true);
      }
    }
  });
});
