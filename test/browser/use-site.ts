/** One static server for dist/ and one Chromium per test file, started before and stopped after its tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startPreview } from './harness.ts';

export interface Site {
  server: Awaited<ReturnType<typeof startPreview>>;
  browser: Browser;
}

export function useBuiltSite(): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await startPreview();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
