/**
 * The glossaries applied over the whole corpus: every grouping page carries its fixed name, every glossed
 * term is spelt out on its first mention in a page and only there, and the calques the glossary rejects
 * stay out.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARIES, type Glossary } from '../../src/model/glossary/index.ts';
import { atlas, sources } from './real-content.ts';

/** "SLA (accordo sul livello di servizio)" → ["SLA", "accordo sul livello di servizio"]; terms without a gloss give nothing. */
const glossed = (g: Glossary): [string, string][] =>
  Object.values(g.terms).flatMap((v): [string, string][] => {
    const m = /^(.+?) ?[(（](.+)[)）]$/.exec(v);
    return m ? [[m[1]!, m[2]!]] : [];
  });

/**
 * The prose the gloss rule is about: the body without link texts and headings, and without the names of
 * processes written in running text ("La Gestione QoS/SLA del cliente registra il risultato"): a name is
 * fixed, not a mention of the term. Longest names first, so a name is not cut by a shorter one inside it.
 */
const prose = (body: string, names: string[] = []) =>
  names.reduce((t, n) => t.replaceAll(n, ' '), body.replace(/\[[^\]]*\]\([^)]*\)/g, ' ').replace(/^#{1,6} .*$/gm, ' '));
const namesIn = (locale: string) =>
  atlas.tree.treeOrder().flatMap((id) => atlas.translated(locale, id)?.title ?? []).sort((a, b) => b.length - a.length);

/** For each mention of `short` in `text`, whether a gloss in parentheses follows it. Latin terms match as whole words. */
function mentions(text: string, short: string): boolean[] {
  const esc = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = /^[a-z]/i.test(short) ? new RegExp(`(?<![A-Za-z0-9])${esc}(?![A-Za-z0-9])`, 'g') : new RegExp(esc, 'g');
  return [...text.matchAll(re)].map((m) => /^ ?[(（]/.test(text.slice(m.index + m[0].length)));
}

/** What breaks the gloss rule in one text: the first mention is not spelt out, or a later one is. */
function glossGaps(text: string, short: string): string[] {
  const m = mentions(text, short);
  return [...(m.length && !m[0] ? [`${short}: first mention not spelt out`] : []), ...(m.slice(1).some(Boolean) ? [`${short}: spelt out again`] : [])];
}

describe('the gloss rule, as this test reads it', () => {
  it('finds the glossed terms of each glossary', () => {
    expect(glossed(GLOSSARIES.it!)).toEqual([
      ['SLA', 'accordo sul livello di servizio'], ['QoS', 'qualità del servizio'], ['valorizzazione', 'rating'],
      ['provisioning', 'attivazione tecnica'], ['revenue assurance', 'controllo dei ricavi'],
    ]);
    expect(glossed(GLOSSARIES.zh!)).toEqual([['SLA', '服务等级协议'], ['QoS', '服务质量'], ['使用记录', '话单'], ['采集预处理', 'mediation']]);
  });

  it('wants the gloss on the first mention only, ignoring link texts, headings and longer words', () => {
    expect(glossGaps('Lo SLA (accordo sul livello di servizio) e poi lo SLA.', 'SLA')).toEqual([]);
    expect(glossGaps('Nessuna menzione, solo DSLAM e SLAs.', 'SLA')).toEqual([]);
    expect(glossGaps('Lo SLA e poi lo SLA (accordo).', 'SLA')).toEqual(['SLA: first mention not spelt out', 'SLA: spelt out again']);
    expect(glossGaps('Lo SLA (a) e lo SLA (a).', 'SLA')).toEqual(['SLA: spelt out again']);
    expect(glossGaps(prose('## SLA\n\nVedi [Gestione SLA](../1.1.1.7/). Lo SLA (a).'), 'SLA')).toEqual([]);
    expect(glossGaps(prose('La Gestione QoS/SLA del cliente registra. Lo SLA (a).', ['Gestione QoS/SLA del cliente']), 'SLA')).toEqual([]);
    expect(namesIn('it')).toContain('Gestione QoS/SLA del cliente');
    expect(glossGaps('采集预处理（mediation）平台，采集预处理规则', '采集预处理')).toEqual([]);
    expect(glossGaps('采集预处理平台', '采集预处理')).toEqual(['采集预处理: first mention not spelt out']);
  });
});

describe('the glossaries over the whole corpus', () => {
  it('name every area, Level 1 grouping and vertical, and every translation of one carries that name', () => {
    const groupings = atlas.tree.treeOrder().filter((id) => atlas.tree.get(id)!.level <= 1);
    expect(groupings).toHaveLength(3 + 15 + 7);
    for (const locale of ['it', 'zh'] as const) {
      const g = GLOSSARIES[locale]!;
      expect(Object.keys(g.groupings).sort(), locale).toEqual([...groupings].sort());
      const wrong = groupings.filter((id) => atlas.translated(locale, id)?.title !== g.groupings[id]).map((id) => `${id}: ${atlas.translated(locale, id)?.title ?? 'no translation'}`);
      expect(wrong, locale).toEqual([]);
    }
  });

  it('spell out each glossed term on its first mention in a page and only there', () => {
    const gaps: string[] = [];
    let pages = 0;
    for (const locale of ['it', 'zh'] as const) {
      const terms = glossed(GLOSSARIES[locale]!);
      const names = namesIn(locale);
      for (const s of sources.filter((f) => f.locale === locale)) {
        pages++;
        const text = prose(s.body, names);
        for (const [short] of terms) for (const gap of glossGaps(text, short)) gaps.push(`${s.path}: ${gap}`);
      }
    }
    // Every translated page and flow of both languages was read.
    expect(pages).toBe(sources.filter((f) => f.locale !== 'en').length);
    expect(pages).toBeGreaterThanOrEqual(2 * 452);
    expect(gaps).toEqual([]);
  });

  it('keep the rejected calque 订单回落 out of every Chinese page (fall-out is 异常单)', () => {
    const zh = sources.filter((f) => f.locale === 'zh');
    expect(zh.length).toBeGreaterThanOrEqual(452);
    expect(GLOSSARIES.zh!.terms['fall-out']).toBe('异常单');
    expect(zh.filter((f) => f.raw.includes('订单回落')).map((f) => f.path)).toEqual([]);
  });

  it('name each layer\'s inventory in Chinese as its process title does, and keep 库存 for stock of goods', () => {
    const t = GLOSSARIES.zh!.terms;
    const layers: [string, string][] = [['customer inventory', '1.1.1.22.10'], ['service inventory', '1.1.2.1.1'], ['resource inventory', '1.1.3.1.5']];
    for (const [term, id] of layers) {
      expect(atlas.title('en', id).toLowerCase(), id).toContain(term);
      expect(atlas.translated('zh', id)?.title, id).toContain(t[term]);
      expect(t[term]!.endsWith(t.inventory!), term).toBe(true);
    }
    // A record inventory written as 库存 would read as a stockroom: no Chinese page calls a layer's records that.
    const stock = sources.filter((f) => f.locale === 'zh' && /(客户|业务|资源)库存/.test(f.raw)).map((f) => f.path);
    expect(stock).toEqual([]);
  });
});
