/**
 * Reading data/reference/: the CSV rows become processes, later-release names, Open APIs and SID entities
 * exactly, each file is read once, and a missing file is named. Parsing is tested on small made-up files
 * (fs.readFileSync answered per file name); the real files' facts are in reference*.test.ts.
 * Each test loads the modules afresh: they keep what they read for the whole build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Reference = typeof import('../../src/model/data/reference.ts');
type Standards = typeof import('../../src/model/data/standards.ts');

afterEach(() => vi.restoreAllMocks());

/** Fresh modules reading `files` (by base name) instead of data/reference/. */
async function withFiles(files: Record<string, string>): Promise<{ reference: Reference; standards: Standards; reads: string[] }> {
  const reads: string[] = [];
  const realExists = fs.existsSync;
  const realRead = fs.readFileSync;
  vi.spyOn(fs, 'existsSync').mockImplementation((p) => (path.basename(String(p)) in files ? true : realExists(p)));
  vi.spyOn(fs, 'readFileSync').mockImplementation(((p: fs.PathOrFileDescriptor, o?: unknown) => {
    const name = path.basename(String(p));
    if (!(name in files)) return realRead(p, o as BufferEncoding);
    reads.push(name);
    return files[name]!;
  }) as typeof fs.readFileSync);
  vi.resetModules();
  const reference = await import('../../src/model/data/reference.ts');
  const standards = await import('../../src/model/data/standards.ts');
  return { reference, standards, reads };
}

describe('etom-processes.csv', () => {
  it('gives each row as a process: names with single spaces, levels as numbers, no parent for a root, verticals as a list', async () => {
    const { reference } = await withFiles({
      'etom-processes.csv': [
        'id,name,level,parent,verticals,source',
        '1.1,Operations,0,,,a.org/x',
        '1.1.1.5, Order   Handling ,2,1.1.1, Fulfillment | Billing |,b.org/y ; c/d:e',
        '',
        '1.3.7.4.5,Apply  Training,3,1.3.7.4,,',
      ].join('\n'),
    });
    expect(reference.referenceProcesses()).toEqual([
      { id: '1.1', name: 'Operations', level: 0, parent: undefined, verticals: [], source: 'a.org/x' },
      { id: '1.1.1.5', name: 'Order Handling', level: 2, parent: '1.1.1', verticals: ['Fulfillment', 'Billing'], source: 'b.org/y ; c/d:e' },
      { id: '1.3.7.4.5', name: 'Apply Training', level: 3, parent: '1.3.7.4', verticals: [], source: '' },
    ]);
  });

  it('reads a file without the optional columns', async () => {
    const { reference } = await withFiles({ 'etom-processes.csv': 'id,name,level,parent\n1.2,Strategy,0,\n' });
    expect(reference.referenceProcesses()).toEqual([{ id: '1.2', name: 'Strategy', level: 0, parent: undefined, verticals: [], source: '' }]);
  });

  it('names the missing file', async () => {
    const { reference } = await withFiles({});
    vi.spyOn(fs, 'existsSync').mockReturnValue(false);
    const file = path.join(reference.REFERENCE_DIR, 'etom-processes.csv');
    expect(() => reference.referenceProcesses()).toThrow(`reference file ${file} is missing: it is part of the repository (data/reference/)`);
  });
});

describe('etom-processes-notes.csv', () => {
  const NOTES = [
    'id,level,chosen_name,name_v21,new_id_v21,name_v25.5,new_id_v25.5',
    '1.1.1.5,2,Order Handling,Customer Order Handling,1.3.3,Customer Order Management,',
    '1.1.1,1,CRM,,,,CM',
    '1.1,0,Operations,,,,',
    '1.3,0,Enterprise,,7.1,Enterprise Mgmt,',
  ].join('\n');

  it('keeps, per release, the id and the name it has, and no release it has neither for', async () => {
    const { reference } = await withFiles({ 'etom-processes-notes.csv': NOTES });
    expect([...reference.laterReleases()]).toEqual([
      ['1.1.1.5', { id: '1.1.1.5', v21: { id: '1.3.3', name: 'Customer Order Handling' }, v25: { name: 'Customer Order Management' } }],
      ['1.1.1', { id: '1.1.1', v25: { id: 'CM' } }],
      ['1.1', { id: '1.1' }],
      ['1.3', { id: '1.3', v21: { id: '7.1' }, v25: { name: 'Enterprise Mgmt' } }],
    ]);
  });

  it('reads the file once for the whole build', async () => {
    const { reference, reads } = await withFiles({ 'etom-processes-notes.csv': NOTES });
    const first = reference.laterReleases();
    expect(reference.laterReleases()).toBe(first);
    expect(reads).toEqual(['etom-processes-notes.csv']);
  });
});

describe('open-apis.csv and sid-entities.csv', () => {
  const FILES = {
    'open-apis.csv': 'number,name,domain,source,other_names\nTMF620,Product Catalog Management,Product,s,\nTMF622,Product Ordering Management, Customer | Product ,s, Product Ordering |Ordering API\n',
    'sid-entities.csv': 'name,domain,source,parent,other_names\nCustomer Bill,Customer,s,,\nAlarm,Resource,s,Resource Trouble,Alarm ABE|\n',
  };

  it('give every API and entity with its lists split and trimmed, a parent only where there is one', async () => {
    const { standards } = await withFiles(FILES);
    expect([...standards.openApis()]).toEqual([
      ['TMF620', { number: 'TMF620', name: 'Product Catalog Management', domains: ['Product'], otherNames: [] }],
      ['TMF622', { number: 'TMF622', name: 'Product Ordering Management', domains: ['Customer', 'Product'], otherNames: ['Product Ordering', 'Ordering API'] }],
    ]);
    expect([...standards.sidEntities()]).toEqual([
      ['Customer Bill', { name: 'Customer Bill', domain: 'Customer', otherNames: [] }],
      ['Alarm', { name: 'Alarm', domain: 'Resource', parent: 'Resource Trouble', otherNames: ['Alarm ABE'] }],
    ]);
  });

  it('read each file once', async () => {
    const { standards, reads } = await withFiles(FILES);
    expect(standards.openApis()).toBe(standards.openApis());
    expect(standards.sidEntities()).toBe(standards.sidEntities());
    expect(reads).toEqual(['open-apis.csv', 'sid-entities.csv']);
  });

  it('read a file without the optional list columns', async () => {
    const { standards } = await withFiles({ 'open-apis.csv': 'number,name\nTMF621,Trouble Ticket Management\n', 'sid-entities.csv': 'name,domain\nUsage,Patterns\n' });
    expect(standards.openApis().get('TMF621')).toEqual({ number: 'TMF621', name: 'Trouble Ticket Management', domains: [], otherNames: [] });
    expect(standards.sidEntities().get('Usage')).toEqual({ name: 'Usage', domain: 'Patterns', otherNames: [] });
  });

  it('name a missing file', async () => {
    const { standards, reference } = await withFiles({});
    vi.spyOn(fs, 'existsSync').mockReturnValue(false);
    expect(() => standards.openApis()).toThrow(`reference file ${path.join(reference.REFERENCE_DIR, 'open-apis.csv')} is missing: it is part of the repository (data/reference/)`);
    expect(() => standards.sidEntities()).toThrow(`reference file ${path.join(reference.REFERENCE_DIR, 'sid-entities.csv')} is missing`);
  });
});
