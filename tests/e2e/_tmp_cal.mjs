// End-to-end tests of the built app (dist/) in Debian's Chromium, driven by
// playwright-core (no downloaded browser). Serves dist/ on a free localhost
// port with a tiny static server, then walks through what users do.
//
//   node tests/e2e/e2e.mjs            # the tests (scripts/test.sh runs this)
//   E2E_BENCH=1 node tests/e2e/e2e.mjs  # also the in-browser speed measurements
//
// Screenshots and measurements go to test-artifacts/ (not committed).

import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as calibrate from './calibrate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const dist = path.join(root, 'dist');
const artifacts = path.join(root, 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const bench = process.env.E2E_BENCH === '1';

// ---------- a static server for dist/ ----------
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: build the app first (trunk build --release)');
  process.exit(1);
}
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
  if (!file.startsWith(dist)) { res.writeHead(403); res.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(data);
  });
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

// ---------- the browser ----------
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'],
});

let failures = 0;
let passed = 0;
const pageErrors = [];
// Every request any page or worker makes, to prove none leaves the host.
const requestedUrls = [];
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split('\n').slice(0, 4).join('\n     ')}`);
  }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

async function newPage(ctx, viewport = { width: 1280, height: 800 }) {
  const page = await ctx.newPage({ viewport });
  page.setViewportSize(viewport);
  page.on('pageerror', e => pageErrors.push(String(e)));
  page.on('request', r => requestedUrls.push(r.url()));
  page.on('console', m => { if (m.type() === 'error') pageErrors.push(m.text()); });
  return page;
}

/** Waits for a finished, current result newer than `afterRun`; returns its run id. */
async function waitForResult(page, afterRun = 0, timeout = 60_000) {
  await page.waitForFunction((after) => {
    const r = document.querySelector('.results');
    return r && r.dataset.stale === 'false' && Number(r.dataset.run) > after && !document.querySelector('#progress');
  }, afterRun, { timeout });
  return Number(await page.locator('.results').getAttribute('data-run'));
}

async function kpis(page) {
  return page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('[data-kpi]')].map(el => [el.dataset.kpi, el.querySelector('.kpi-value').textContent])));
}

/** Shows every setting (the editor starts with the basic ones; the choice is kept). */
async function showAll(page) {
  if (!(await page.locator('#t-advanced').isChecked())) await page.click('#t-advanced');
}

async function setField(page, selector, value) {
  const input = page.locator(selector);
  await input.fill(String(value));
}

await calibrate.run({ step, assert, newPage, waitForResult, kpis, browser, base, root, artifacts, bench });
console.log(pageErrors.join('\n'));
await browser.close(); server.close();
console.log(`${passed} passed, ${failures} failed`);
process.exit(0);
