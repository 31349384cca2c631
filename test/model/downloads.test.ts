// The data downloads on a small hand-built atlas: each process as a row in a locale's words, the facts
// (Open APIs, SID, later ids) from the English page, the CSV byte for byte, the URL absolute when the
// site has one. Later-release ids come from the real data/reference/ (1.1.1.5 was 1.3.3 in GB921 v21).
import { describe, expect, it } from 'vitest';
import { Atlas } from '../../src/model/site/atlas.ts';
import { processRows, standardsOf } from '../../src/model/site/standards.ts';
import { csvFile, FLOWS_FILE, JSON_FILE, OFFLINE_FOLDER, OFFLINE_OFFER_ATTR, OFFLINE_ZIP, processesCsv } from '../../src/model/site/downloads.ts';

const atlas = () =>
  new Atlas([
    { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 'Runs it.' } },
    { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 'Customers.' } },
    {
      locale: 'en',
      page: { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Order Handling', summary: 'Orders.', verticals: ['fulfillment', 'billing'], aliases: ['Order Capture'], openApis: ['TMF622', 'TMF999'], sid: ['Customer Bill', 'No Such Entity'] },
    },
    // The translation's own facts are not the page's: the English ones are.
    { locale: 'it', page: { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Gestione degli ordini', summary: 'Ordini.', aliases: ['Raccolta ordini', 'Order Capture'], openApis: ['TMF620'] } },
  ]);

describe('process rows', () => {
  it('give every process in tree order, in the locale’s words, with the English page’s facts', () => {
    const base = { verticals: [], aliases: [], openApis: [], sid: [], v21Id: '', v25Id: '' };
    expect(processRows(atlas(), 'it')).toEqual([
      { ...base, id: '1.1', level: 0, parent: '', title: 'Operations', summary: 'Runs it.', url: '/it/1.1/' },
      { ...base, id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 'Customers.', url: '/it/1.1.1/' },
      {
        id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Gestione degli ordini', summary: 'Ordini.', verticals: ['fulfillment', 'billing'],
        aliases: ['Raccolta ordini', 'Order Capture'], openApis: ['TMF622', 'TMF999'], sid: ['Customer Bill', 'No Such Entity'], v21Id: '1.3.3', v25Id: '', url: '/it/1.1.1.5/',
      },
    ]);
  });

  // Reloading the configuration under a stubbed SITE_URL would re-run every module's top level inside this
  // test, and Stryker would then credit it alone with their constants; the URL is passed as config.ts holds it.
  it('make the URL absolute when the site has one', () => {
    expect(processRows(atlas(), 'zh', 'https://example.org').map((r) => r.url)).toEqual(['https://example.org/zh/1.1/', 'https://example.org/zh/1.1.1/', 'https://example.org/zh/1.1.1.5/']);
  });

  it('resolve only the APIs and entities the reference knows', () => {
    const s = standardsOf(atlas(), '1.1.1.5');
    expect(s.apis.map((a) => [a.number, a.name])).toEqual([['TMF622', 'Product Ordering Management']]);
    expect(s.entities.map((e) => [e.name, e.domain])).toEqual([['Customer Bill', 'Customer']]);
    expect(s.later?.v21).toEqual({ id: '1.3.3', name: 'Customer Order Handling' });
    expect(standardsOf(atlas(), '1.1')).toEqual({ apis: [], entities: [], later: { id: '1.1' } });
    // An id without an English page has none of them.
    expect(standardsOf(atlas(), '9.9')).toEqual({ apis: [], entities: [], later: undefined });
  });
});

describe('the CSV download', () => {
  it('is the rows with a byte-order mark, lists joined by "; ", Windows line ends and quotes where needed', () => {
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 'Runs it, all of it.' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM "care"', summary: 'S.', verticals: ['fulfillment', 'billing'], aliases: ['A', 'B'], openApis: ['TMF622'], sid: ['Customer Bill'] } },
    ]);
    expect(processesCsv(a, 'en')).toBe(
      '\uFEFF' +
        'id,level,parent,title,summary,verticals,aliases,open_apis,sid_entities,gb921_v21_id,gb921_v25.5_id,url\r\n' +
        '1.1,0,,Operations,"Runs it, all of it.",,,,,,,/en/1.1/\r\n' +
        '1.1.1,1,1.1,"CRM ""care""",S.,fulfillment; billing,A; B,TMF622,Customer Bill,,,/en/1.1.1/\r\n',
    );
  });

  it('and the other downloads have fixed names', () => {
    expect([csvFile('zh'), JSON_FILE, FLOWS_FILE, OFFLINE_ZIP, OFFLINE_FOLDER, OFFLINE_OFFER_ATTR]).toEqual([
      'etom-processes-zh.csv', 'processes.json', 'flows.json', 'etom-atlas-offline.zip', 'etom-atlas', 'data-offline-download',
    ]);
  });
});
