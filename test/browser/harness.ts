/** Shared by browser tests and scripts: a static server for dist/ on a free port, and Debian's Chromium. */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.xml': 'application/xml', '.txt': 'text/plain', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/**
 * Serves dist/ like any static host would (index.html for directories, 404.html otherwise). We serve it
 * ourselves rather than through `astro preview` so tests start in milliseconds and count every request.
 */
export async function startPreview(dir = 'dist', base = '/'): Promise<{ url: string; stop: () => Promise<void>; requests: string[] }> {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${dir}/ has no index.html: run \`npm run build\` first`);
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    // A site built for a sub-path (BASE_PATH) is served only there, as GitHub Pages serves a project site.
    if (!url.pathname.startsWith(base)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('outside the base path');
    let file = path.join(root, decodeURIComponent(url.pathname.slice(base.length - 1)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) return void res.writeHead(301, { Location: url.pathname + '/' }).end();
      file = path.join(file, 'index.html');
    }
    const found = fs.existsSync(file) && fs.statSync(file).isFile();
    const body = fs.readFileSync(found ? file : path.join(root, '404.html'));
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[path.extname(found ? file : '404.html')] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, stop: () => new Promise((r) => server.close(() => r())) };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}
