/**
 * The hostile-content promise, tried as an attacker would: a site whose content/ holds every attack on
 * the list is refused by `npm run check`, by `astro build` run directly and by the dev server, and no
 * attack's code runs at any of those times (it would write a marker file). A site whose frontmatter is
 * full of markup builds, and no page runs any of it in a browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ATTACKS, MARKUP_PAGE, MARKUP_TITLE } from '../hostile/attacks.ts';
import { buildScratch, runInScratch, scratchProject } from '../bench/scratch-project.ts';
import { baseFixtureFiles } from '../model/helpers.ts';
import { htmlFiles } from './dist.ts';
import { launchBrowser, startPreview } from '../browser/harness.ts';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const baseFiles = baseFixtureFiles;

// Each attack gets its own id (1.1.1.10, 1.1.1.11, …) so that every file is refused for its own reason.
const idOf = (i: number) => `1.1.1.${10 + i}`;
let hostile: string;
let marker: string;
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'etom-outside-'));

beforeAll(() => {
  marker = path.join(outside, 'MARKER-code-ran');
  const files = baseFiles();
  ATTACKS.forEach((a, i) => files.push([`content/en/${idOf(i)}.mdx`, a.text.replace(/1\.1\.1\.6/g, idOf(i)).replace(/MARKER/g, marker)]));
  const run = `---\nid: "1.1.1.9"\ntitle: "Linked"\nlevel: 2\nparent: "1.1.1"\nsummary: "s"\nverticals: [assurance]\n---\n\nimport fs from 'node:fs'\n\nexport const x = fs.writeFileSync(${JSON.stringify(marker)}, 'ran')\n`;
  // A .md file is published without MDX's rules: raw HTML would reach readers.
  files.push(['content/en/1.1.1.8.md', run.replace('1.1.1.9', '1.1.1.8').replace(/import[\s\S]*$/, '<script>window.__pwned = 1</script>\n')]);
  hostile = scratchProject('hostile', files);
  // Symbolic links: a folder and a file from outside content/, both of which Astro's glob would follow.
  fs.mkdirSync(path.join(outside, 'xx'));
  fs.writeFileSync(path.join(outside, 'xx', '1.1.1.9.mdx'), run);
  fs.writeFileSync(path.join(outside, '1.1.1.9.mdx'), run);
  fs.symlinkSync(path.join(outside, 'xx'), path.join(hostile, 'content/xx'));
  fs.symlinkSync(path.join(outside, '1.1.1.9.mdx'), path.join(hostile, 'content/en/1.1.1.9.mdx'));
});
afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

describe('a content/ full of attacks', () => {
  it('npm run check refuses every attacking file, each at its line, and runs none of them', () => {
    const r = runInScratch(hostile, ['scripts/check-content.ts'], 60_000);
    expect(r.status).toBe(1);
    ATTACKS.forEach((a, i) => expect(r.output, a.name).toContain(`content/en/${idOf(i)}.mdx:${a.line}:`));
    ATTACKS.forEach((a, i) => expect(r.output, a.name).toMatch(new RegExp(`content/en/${idOf(i).replace(/\./g, '\\.')}\\.mdx:${a.line}:\\d+ ${a.code}`)));
    for (const f of ['content/en/1.1.1.8.md', 'content/en/1.1.1.9.mdx', 'content/xx']) expect(r.output).toContain(`${f}:1:1 ETOM021`);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('astro build, run directly, stops with the same report and runs none of them', () => {
    const r = runInScratch(hostile, [ASTRO, 'build']);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/ has problems; nothing is published until they are fixed');
    expect(r.output).toContain(`content/en/${idOf(4)}.mdx:12:1 ETOM012`);
    expect(fs.existsSync(marker)).toBe(false);
    expect(fs.existsSync(path.join(hostile, 'dist', 'en'))).toBe(false);
  });

  it('npm run build (the check in a worker while Astro loads) prints the report, stops and publishes nothing', () => {
    const r = runInScratch(hostile, ['scripts/build-site.ts']);
    expect(r.status).toBe(1);
    ATTACKS.forEach((a, i) => expect(r.output, a.name).toContain(`content/en/${idOf(i)}.mdx:${a.line}:`));
    expect(r.output).toMatch(/\d+ errors?, \d+ warnings? in \d+ files \(checked in [\d.]+ s\)/);
    expect(r.output).not.toContain('Built ');
    expect(fs.existsSync(marker)).toBe(false);
    expect(fs.existsSync(path.join(hostile, 'dist', 'en'))).toBe(false);
  });

  it('the dev server shows the error for an attacking page and never runs it', async () => {
    const port = 4700 + Math.floor(Math.random() * 200);
    // A contributor's shell, not vitest's (NODE_ENV=test and VITEST_* change how Vite's dev server behaves).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV|TEST)/.test(k)));
    const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: hostile, detached: true, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    try {
      // Astro moves to another port when this one is taken: read the address it prints.
      const deadline = Date.now() + 180_000; // a cold dev server first bundles its dependencies
      let origin: string | undefined;
      // With CI set, Astro's logger colours its output even into a pipe (NO_COLOR above); strip any colour left.
      while (!(origin = /Local\s+(http:\/\/[\w.:]+)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''))?.[1])) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`dev server did not start:\n${log.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      const url = (p: string) => `${origin}${p}`;
      // Ready once the valid page next to the attacks is served (the content sync runs after "ready").
      for (;;) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`dev server did not serve /en/1.1.1.5/:\n${log.slice(-3000)}`);
        const ok = await fetch(url('/en/1.1.1.5/')).then((r) => r.status === 200, () => false);
        if (ok) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const running = ATTACKS.map((a, k) => (a.text.includes('MARKER') ? k : -1)).filter((k) => k >= 0);
      expect(running.length).toBeGreaterThanOrEqual(5);
      for (const i of running) {
        const res = await fetch(url(`/en/${idOf(i)}/`));
        expect(res.status, ATTACKS[i]!.name).toBe(500);
        expect(log, ATTACKS[i]!.name).toContain(`content/en/${idOf(i)}.mdx is refused by the content checks`);
      }
      // A reader of the dev server sees the report in Vite's error overlay.
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.goto(url(`/en/${idOf(running[0]!)}/`));
        const overlay = page.locator('vite-error-overlay');
        await overlay.waitFor({ state: 'attached', timeout: 20_000 });
        expect(await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('is refused by the content checks');
      } finally {
        await browser.close();
      }
    } finally {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }
    expect(fs.existsSync(marker)).toBe(false);
  }, 300_000);
});

describe('frontmatter full of markup', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchProject('markup', [...baseFiles(), ['content/en/1.1.1.6.mdx', MARKUP_PAGE]]);
    buildScratch(dir);
  }, 240_000);

  it('is published as text: the title element carries it escaped, and the Mermaid source carries no directive', () => {
    const html = fs.readFileSync(path.join(dir, 'dist/en/1.1.1.6/index.html'), 'utf8');
    expect(html).toContain('<title>Problem &lt;/title&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    const source = /<details class="diagram-source">([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(source.length).toBeGreaterThan(100);
    expect(source).not.toMatch(/%%/);
  });

  it('runs nowhere: no page of the built site, in any language, executes any of it', async () => {
    const server = await startPreview(path.join(dir, 'dist'));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      // Redirect stubs (meta refresh) hold no content: they would navigate away mid-check.
      const pages = htmlFiles(path.join(dir, 'dist')).filter((f) => !fs.readFileSync(f, 'utf8').includes('http-equiv="refresh"')).map((f) => '/' + path.relative(path.join(dir, 'dist'), f).split(path.sep).join('/').replace(/index\.html$/, ''));
      expect(pages.length).toBeGreaterThan(15);
      for (const p of pages) {
        await page.goto(server.url + p, { waitUntil: 'load' });
        const found = await page.evaluate(() => ({
          pwned: (window as { __pwned?: unknown }).__pwned,
          scripts: [...document.scripts].filter((s) => s.text.includes('__pwned')).length,
          handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name) && a.value.includes('__pwned'))).length,
        }));
        expect(found, p).toEqual({ pwned: undefined, scripts: 0, handlers: 0 });
      }
      await page.goto(`${server.url}/en/1.1.1.6/`, { waitUntil: 'load' });
      expect(await page.title()).toBe(`${MARKUP_TITLE} | eTOM Atlas`);
      // Search shows the title and summary as text in its results, too.
      await page.locator('[data-search-open]').first().click();
      await page.locator('.search-dialog .search-input').first().fill('Problem Handling');
      const hit = page.locator('[data-search-results] li', { hasText: 'window.__pwned=1' }).first();
      await hit.waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('[data-search-results] script, [data-search-results] img, [data-search-results] svg[onload]').count()).toBe(0);
      expect(await page.locator('h1').innerText()).toBe(MARKUP_TITLE);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.stop();
    }
  }, 120_000);
});
