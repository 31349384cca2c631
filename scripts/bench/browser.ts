/**
 * What one page costs a reader, in headless Chromium with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate): requests, HTML/CSS/JS bytes raw and gzip as loaded without any
 * interaction, first contentful paint, and long tasks (total and longest).
 */
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageFigures {
  requests: number;
  bytes: Record<'html' | 'css' | 'js', { raw: number; gzip: number }>;
  fcp: number;
  longTotal: number;
  longest: number;
  /** The longest task of each load, when the page was loaded several times. */
  longestEach?: number[];
}

export async function pageFigures(browser: Browser, url: string): Promise<PageFigures> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Long tasks are observed from the first script on, buffered, so none before the page's own code is missed.
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  const bytes: PageFigures['bytes'] = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } };
  const pending: Promise<void>[] = [];
  let requests = 0;
  page.on('response', (res) => {
    requests++;
    const type = res.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
    if (!kind) return;
    pending.push(res.body().then((b) => { bytes[kind].raw += b.length; bytes[kind].gzip += zlib.gzipSync(b).length; }, () => {}));
  });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.waitForTimeout(1000); // idle callbacks and late tasks
  await Promise.all(pending);
  const { fcp, long } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    long: (window as unknown as { __long: number[] }).__long,
  }));
  await ctx.close();
  return { requests, bytes, fcp, longTotal: long.reduce((a, b) => a + b, 0), longest: Math.max(0, ...long) };
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

/**
 * The same page loaded `loads` times, each in a fresh context (cold cache): the bytes and requests of the
 * first load, the median of each timing. One load is at the mercy of whatever else the machine runs.
 */
export async function medianFigures(browser: Browser, url: string, loads: number): Promise<PageFigures> {
  const all: PageFigures[] = [];
  for (let i = 0; i < loads; i++) all.push(await pageFigures(browser, url));
  const longestEach = all.map((f) => f.longest);
  return { ...all[0]!, fcp: median(all.map((f) => f.fcp)), longTotal: median(all.map((f) => f.longTotal)), longest: median(longestEach), longestEach };
}
