/** The one configuration module: base path, site and repository URLs from the environment, refused when malformed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeBase, normalizeUrl } from '../../src/model/config.ts';

describe('base path', () => {
  it('is / when unset or blank, else one path between single slashes', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('  ')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('etom-atlas')).toBe('/etom-atlas/');
    expect(normalizeBase(' //etom-atlas// ')).toBe('/etom-atlas/');
    expect(normalizeBase('/docs/v1.2/~team_a/')).toBe('/docs/v1.2/~team_a/');
  });
  it.each(['/a b/', '/a//b/', '/etom?x=1/', '/<script>/', '/a/%2e/', 'a/b c'])('refuses %j, naming the variable and an example', (raw) => {
    expect(() => normalizeBase(raw)).toThrow(`BASE_PATH "${raw}" is not a URL path such as /etom-atlas/`);
  });
});

describe('site and repository URLs', () => {
  it('are undefined when unset or blank, else the absolute URL without trailing slashes', () => {
    expect(normalizeUrl('SITE_URL', undefined)).toBeUndefined();
    expect(normalizeUrl('SITE_URL', ' \t')).toBeUndefined();
    expect(normalizeUrl('SITE_URL', ' https://example.github.io ')).toBe('https://example.github.io');
    expect(normalizeUrl('REPOSITORY_URL', 'https://github.com/owner/etom-atlas///')).toBe('https://github.com/owner/etom-atlas');
    expect(normalizeUrl('SITE_URL', 'http://localhost:4321/')).toBe('http://localhost:4321');
  });
  it('refuses what is not an absolute URL, and schemes other than http and https', () => {
    expect(() => normalizeUrl('SITE_URL', 'example.org')).toThrow('SITE_URL "example.org" is not an absolute URL such as https://example.org');
    expect(() => normalizeUrl('REPOSITORY_URL', 'javascript:alert(1)')).toThrow('REPOSITORY_URL must be an http(s) URL, not "javascript:alert(1)"');
    expect(() => normalizeUrl('SITE_URL', 'file:///tmp/site')).toThrow('SITE_URL must be an http(s) URL, not "file:///tmp/site"');
  });
});

describe('the values a build reads from its environment', () => {
  afterEach(() => { vi.unstubAllEnvs(); vi.resetModules(); });
  const load = async (env: Record<string, string>) => {
    vi.resetModules();
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    return import('../../src/model/config.ts');
  };

  it('puts site paths under the base path and makes edit links on the configured branch', async () => {
    const c = await load({ BASE_PATH: '/etom-atlas', SITE_URL: 'https://example.github.io/', REPOSITORY_URL: 'https://github.com/o/etom-atlas/', REPOSITORY_BRANCH: ' develop ' });
    expect([c.BASE_PATH, c.SITE_URL, c.REPOSITORY_URL, c.DEFAULT_BRANCH]).toEqual(['/etom-atlas/', 'https://example.github.io', 'https://github.com/o/etom-atlas', 'develop']);
    expect(c.sitePath('/pagefind/pagefind.js')).toBe('/etom-atlas/pagefind/pagefind.js');
    expect(c.sitePath('//search/table-en.js')).toBe('/etom-atlas/search/table-en.js');
    expect(c.sitePath('en/')).toBe('/etom-atlas/en/');
    expect(c.editUrl('content/en/1.1.1.5.mdx')).toBe('https://github.com/o/etom-atlas/edit/develop/content/en/1.1.1.5.mdx');
  });

  it('without a repository there are no edit links; the branch defaults to main', async () => {
    const none = await load({ BASE_PATH: '', SITE_URL: '', REPOSITORY_URL: '', REPOSITORY_BRANCH: '' });
    expect([none.BASE_PATH, none.SITE_URL, none.REPOSITORY_URL, none.DEFAULT_BRANCH]).toEqual(['/', undefined, undefined, 'main']);
    expect(none.sitePath('/en/map/')).toBe('/en/map/');
    expect(none.editUrl('content/en/1.1.mdx')).toBeUndefined();
    const main = await load({ REPOSITORY_URL: 'https://github.com/o/r', REPOSITORY_BRANCH: '  ' });
    expect(main.editUrl('content/it/1.1.mdx')).toBe('https://github.com/o/r/edit/main/content/it/1.1.mdx');
  });
});
