// End-to-end tests of the built app (dist/) in Debian's Chromium, driven by
// playwright-core (no downloaded browser). Serves dist/ on a free localhost
// port with a tiny static server, then walks through what users do.
//
//   node tests/e2e/e2e.mjs            # the tests (scripts/test.sh runs this)
//   E2E_BENCH=1 node tests/e2e/e2e.mjs  # also the in-browser speed measurements
//   E2E_ONLY='phone|currency' node tests/e2e/e2e.mjs  # only the matching steps
//
// Screenshots and measurements go to test-artifacts/ (not committed).

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { run as runI18n } from './i18n.mjs';
import { run as runFinance } from './finance.mjs';
import { run as experiments } from './experiments.mjs';
import * as calibrate from './calibrate.mjs';
import { run as runFollow } from './follow.mjs';
import { run as runEditor } from './editor.mjs';
import { run as runLessons } from './lessons.mjs';
import { run as runClassroom } from './classroom.mjs';
import { run as runUx } from './ux.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const dist = path.join(root, 'dist');
const artifacts = path.join(root, 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const bench = process.env.E2E_BENCH === '1';
// E2E_ONLY=<regex>: run only the steps whose name matches (for work on a few
// steps; the test command runs them all).
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;

// ---------- a static server for dist/ ----------
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: build the app first (trunk build --release)');
  process.exit(1);
}
const { server, base } = await serve(dist);

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
  if (only && !only.test(name)) return;
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
  await page.setViewportSize(viewport);
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

const ctx1 = await browser.newContext({ acceptDownloads: true });
const page = await newPage(ctx1);
let firstKpis, changedKpis, runId, defaultElapsed, firstResultMs, modelVersion;

await step('load: the default scenario runs and shows KPIs and a verdict', async () => {
  await page.goto(base);
  runId = await waitForResult(page);
  await showAll(page);
  firstKpis = await kpis(page);
  assert(Object.keys(firstKpis).length === 9, `9 KPI cards, got ${JSON.stringify(firstKpis)}`);
  assert(/\d/.test(firstKpis['incremental-profit']), 'incremental profit has a number');
  const verdict = await page.locator('[data-testid=verdict]').textContent();
  assert(/pays back|does not pay back|ahead/.test(verdict), `verdict: ${verdict}`);
  assert(await page.locator('canvas').count() === 13, 'thirteen charts');
  const mv = await page.locator('.answer [data-testid=model-version]').textContent();
  const m = /^Model version (\d+)$/.exec(mv);
  assert(m, `model version line: "${mv}"`);
  modelVersion = Number(m[1]);
  firstResultMs = Number(await page.locator('.results').getAttribute('data-first-result-ms'));
  defaultElapsed = Number(await page.locator('.results').getAttribute('data-elapsed-ms'));
  await page.screenshot({ path: path.join(artifacts, 'main-1280x800.png') });
  await page.screenshot({ path: path.join(artifacts, 'main-full.png'), fullPage: true });
});

await step('every chart drew something', async () => {
  const drawn = await page.evaluate(() => [...document.querySelectorAll('canvas')].map(c => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 16) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
    return n;
  }));
  assert(drawn.every(n => n > 500), `drawn pixels per chart: ${drawn}`);
});

await step('a chart downloads as a PNG', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#chart-cumulative-profit button.png'),
  ]);
  assert(download.suggestedFilename() === 'loyalty-lab-cumulative-profit.png', download.suggestedFilename());
  const file = path.join(artifacts, 'chart-cumulative-profit.png');
  await download.saveAs(file);
  const head = fs.readFileSync(file).subarray(0, 8);
  assert(head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature');
  assert(fs.statSync(file).size > 10_000, 'a real picture');
});

await step('the Finance view: the waterfall and cohort charts drawn, the roll-forward table with rows, a table CSV that parses and balances', async () => {
  await page.click('#view-finance');
  await page.waitForSelector('#chart-waterfall canvas');
  const inked = id => {
    const c = document.querySelector(`#chart-${id} canvas`);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 16) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
    return n;
  };
  await page.waitForFunction(inked, 'waterfall', { timeout: 10_000 });
  const drawn = await page.evaluate(inked, 'waterfall');
  assert(drawn > 500, `waterfall drawn pixels: ${drawn}`);
  assert(await page.locator('#chart-deciles canvas').count() === 1, 'the decile chart is there');
  // The cohort lines: blue ink (the cohorts' colours) beyond the caption's and axes' black.
  await page.waitForSelector('#chart-cohorts canvas');
  const blue = () => {
    const c = document.querySelector('#chart-cohorts canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 2] > 90 && d[i + 2] - d[i] > 60) n++;
    return n;
  };
  await page.waitForFunction(blue, null, { timeout: 10_000 });
  const cohortInk = await page.evaluate(blue);
  assert(cohortInk > 2000, `cohort lines drawn pixels: ${cohortInk}`);
  assert(await page.locator('#chart-cohorts button.png').count() === 1, 'the cohort chart downloads as PNG');
  assert(await page.locator('#chart-cohorts button.enlarge').count() === 1, 'the cohort chart enlarges');
  const shownRows = await page.locator('#finance-points-rollforward tbody tr').count();
  assert(shownRows === 24, `24 roll-forward rows on screen, got ${shownRows}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#finance-points-rollforward button.csv'),
  ]);
  assert(download.suggestedFilename() === 'loyalty-lab-points-rollforward.csv', download.suggestedFilename());
  const file = path.join(artifacts, 'points-rollforward.csv');
  await download.saveAs(file);
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  assert(header[0] === 'month (number)' && header.includes('closing (points)') && header.includes('liability (EUR)'), `header: ${header}`);
  const rows = lines.slice(1).map(l => l.split(',').map(Number));
  assert(rows.length === shownRows, `CSV rows ${rows.length} vs shown ${shownRows}`);
  assert(rows.every(r => r.length === header.length && r.every(Number.isFinite)), 'all numbers');
  const col = name => header.indexOf(`${name} (points)`);
  for (const r of rows) {
    assert(r[col('closing')] === r[col('opening')] + r[col('issued')] - r[col('redeemed')] - r[col('expired')], `month ${r[0]} balances`);
  }
  await page.screenshot({ path: path.join(artifacts, 'finance-full.png'), fullPage: true });
  await page.click('#view-overview');
  await page.waitForFunction(() => document.querySelectorAll('canvas').length === 13);
});

await step('a chart opens over the whole window, drawn at its size, and closes with Esc', async () => {
  await page.click('#chart-customers button.enlarge');
  const fig = page.locator('#chart-customers');
  await page.waitForFunction(() => document.querySelector('#chart-customers canvas').width > 960);
  const box = await fig.boundingBox();
  assert(box.width >= 1270 && box.height >= 790, `covers the window: ${JSON.stringify(box)}`);
  const c = await fig.locator('canvas').evaluate(el => [el.width, el.getBoundingClientRect().width, devicePixelRatio]);
  assert(Math.abs(c[0] - c[1] * c[2]) <= 2, `drawn at its shown size in device pixels: ${c}`);
  await page.screenshot({ path: path.join(artifacts, 'chart-enlarged.png') });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#chart-customers').classList.contains('enlarged'));
  await page.waitForFunction(() => { const el = document.querySelector('#chart-customers canvas');
    return Math.abs(el.width - el.clientWidth * devicePixelRatio) <= 2; });
  assert(await fig.locator('canvas').evaluate(el => el.width) < c[0], 'back to the grid size');
});

await step('change a parameter: the KPIs change (live update)', async () => {
  await setField(page, '#f-programme-points-earn-rate', '0.05');
  runId = await waitForResult(page, runId);
  changedKpis = await kpis(page);
  assert(changedKpis['incremental-profit'] !== firstKpis['incremental-profit'],
    `incremental profit still ${changedKpis['incremental-profit']}`);
});

let link;
await step('copy the link and open it in a new browser: the same KPIs', async () => {
  await page.click('#copy-link');
  await page.waitForSelector('#share-link');
  link = await page.locator('#share-link').inputValue();
  assert(link.includes('#s=1.'), `link: ${link}`);
  const lm = /#s=1\.[A-Za-z0-9_-]+\.m(\d+)&lang=en$/.exec(link);
  assert(lm && Number(lm[1]) === modelVersion, `the link carries model version ${modelVersion}: ${link}`);
  assert(link.length < 2000, `link length ${link.length}`);
  const ctx2 = await browser.newContext();
  const other = await newPage(ctx2);
  await other.goto(link);
  await waitForResult(other);
  const got = await kpis(other);
  assert(JSON.stringify(got) === JSON.stringify(changedKpis), `${JSON.stringify(got)} != ${JSON.stringify(changedKpis)}`);
  assert(await other.locator('#f-programme-points-earn-rate').inputValue() === '0.05', 'earn rate restored');
  const opened = await other.locator('[data-testid=notice]').textContent();
  assert(opened.includes('link'), 'a notice says the link opened');
  assert(!/model version/.test(opened), `no model notice for a link of this model version: "${opened}"`);
  assert(!other.url().includes('#'), 'the fragment is cleared after opening');
  await ctx2.close();
});

await step('links of other model versions open, with one sentence when the numbers may differ', async () => {
  const withModel = m => link.replace(/\.m\d+(?=&lang=|$)/, m === null ? '' : `.m${m}`);
  const cases = [
    [withModel(999), new RegExp(`made with model version 999, newer than this app's version ${modelVersion},`)],
    // A link from before links carried the model version: made with version 1 or earlier.
    [withModel(null), modelVersion > 1 ? /made before links recorded the model version/ : null],
  ];
  if (modelVersion > 1) {
    cases.push([withModel(modelVersion - 1),
      new RegExp(`made with model version ${modelVersion - 1}; this is version ${modelVersion},`)]);
  }
  for (const [url, message] of cases) {
    const c = await browser.newContext();
    const p = await newPage(c);
    await p.goto(url);
    await waitForResult(p);
    const got = await kpis(p);
    assert(JSON.stringify(got) === JSON.stringify(changedKpis), `${url}: not the link's KPIs`);
    assert(await p.locator('#f-programme-points-earn-rate').inputValue() === '0.05', `${url}: earn rate restored`);
    const text = await p.locator('[data-testid=notice]').textContent();
    assert(text.includes('Scenario opened from the link.'), `${url}: notice "${text}"`);
    if (message) {
      assert(message.test(text), `${url}: notice "${text}" should match ${message}`);
      assert(/the numbers may differ from when the link was made/.test(text), `${url}: "${text}"`);
    } else {
      assert(!/model version/.test(text), `${url}: no model notice expected, got "${text}"`);
    }
    // The results show the version of the model that made them: this app's.
    const mv = await p.locator('[data-testid=model-version]').textContent();
    assert(mv === `Model version ${modelVersion}`, `${url}: "${mv}"`);
    if (url.includes('.m999')) await p.screenshot({ path: path.join(artifacts, 'link-newer-model.png') });
    await c.close();
  }
});

await step('the default scenario link is short', async () => {
  const ctx3 = await browser.newContext();
  const p = await newPage(ctx3);
  await p.goto(base);
  await waitForResult(p);
  await p.click('#copy-link');
  await p.waitForSelector('#share-link');
  const l = await p.locator('#share-link').inputValue();
  assert(l.length < 200, `default link is ${l.length} characters: ${l}`);
  await ctx3.close();
});

await step('broken, tampered and future links show a message and the defaults', async () => {
  const cut = link.slice(0, link.indexOf('#s=1.') + 12);
  const cases = [
    [cut, /damaged or incomplete/],
    [base + '#s=1.' + 'A'.repeat(30), /damaged or incomplete/],
    [link.replace('&lang=en', 'x&lang=en'), /damaged or incomplete/],
    [link.replace(/\.m\d+(?=&lang=)/, '.m'), /damaged or incomplete/],
    [base + '#s=9.abcdef', /newer version/],
    [base + '#hello', /does not contain a Loyalty Lab scenario/],
  ];
  for (const [url, message] of cases) {
    const c = await browser.newContext();
    const p = await newPage(c);
    await p.goto(url);
    const notice = p.locator('[data-testid=notice]');
    await notice.waitFor({ timeout: 20_000 });
    const text = await notice.textContent();
    assert(message.test(text), `${url}: notice "${text}"`);
    await waitForResult(p);
    const got = await kpis(p);
    assert(JSON.stringify(got) === JSON.stringify(firstKpis), `${url}: not the default KPIs`);
    if (url.includes('s=9')) await p.screenshot({ path: path.join(artifacts, 'broken-link.png') });
    await c.close();
  }
});

await step('reload: the edited scenario is kept (autosave)', async () => {
  await page.goto(base);
  await waitForResult(page);
  assert(await page.locator('#f-programme-points-earn-rate').inputValue() === '0.05', 'earn rate kept');
  const got = await kpis(page);
  assert(JSON.stringify(got) === JSON.stringify(changedKpis), 'same KPIs after reload');
  runId = Number(await page.locator('.results').getAttribute('data-run'));
});

await step('download the monthly CSV and parse it', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  const file = path.join(artifacts, 'monthly.csv');
  await download.saveAs(file);
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  for (const col of ['month', 'revenue (EUR)', 'profit (EUR)', 'baseline_profit (EUR)', 'points_issued', 'nps']) {
    assert(header.includes(col), `CSV has column ${col}`);
  }
  const rows = lines.slice(1).map(l => l.split(',').map(Number));
  assert(rows.length === 24, `24 monthly rows, got ${rows.length}`);
  assert(rows.every(r => r.length === header.length && r.every(Number.isFinite)), 'all numbers');
  const p = header.indexOf('profit (EUR)'), b = header.indexOf('baseline_profit (EUR)');
  const incremental = rows.reduce((s, r) => s + r[p] - r[b], 0);
  const shown = changedKpis['incremental-profit'].replace('−', '-').replace('€', '');
  const m = shown.match(/(-?[\d.,]+)\s*(k|M)?/);
  const scale = m[2] === 'M' ? 1e6 : m[2] === 'k' ? 1e3 : 1;
  const value = Number(m[1].replace(/,/g, '')) * scale;
  assert(Math.abs(incremental - value) <= scale * 0.051 + 1, `CSV incremental ${incremental} vs KPI ${shown}`);
});

await step('download the summary CSV: KPIs, then per month programme, twin and difference (= programme - twin)', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-summary')]);
  assert(download.suggestedFilename() === 'loyalty-lab-summary.csv', download.suggestedFilename());
  const file = path.join(artifacts, 'summary.csv');
  await download.saveAs(file);
  const text = fs.readFileSync(file, 'utf8');
  const [kpiBlock, monthBlock] = text.split('\n\n');
  // A small CSV reader: quoted fields may hold commas.
  const parse = line => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map(m => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
  const kpiRows = kpiBlock.trim().split('\n').map(parse);
  assert(kpiRows[0].join('|') === 'Measure|Programme|Unit|Twin', `KPI header ${kpiRows[0]}`);
  const inc = kpiRows.find(r => r[0] === 'Incremental profit');
  assert(inc && /^-?\d+\.\d\d$/.test(inc[1]), `incremental profit in cents: ${inc}`);
  const lines = monthBlock.trim().split('\n').map(parse);
  const header = lines[0];
  const rows = lines.slice(1);
  assert(rows.length === 24, `24 months, got ${rows.length}`);
  assert(header.length === 1 + 3 * 7 && header[1].endsWith(', programme') && header[2].endsWith(', twin') && header[3].endsWith(', difference'), `header ${header}`);
  const units = v => { const [i, f = ''] = v.split('.'); return Number(i.replace('-', '') + f) * (v.startsWith('-') ? -1 : 1); };
  let profit = 0;
  for (const r of rows) {
    for (let i = 1; i < r.length; i += 3) {
      assert(units(r[i + 2]) === units(r[i]) - units(r[i + 1]), `month ${r[0]}, ${header[i + 2]}: ${r[i + 2]} != ${r[i]} - ${r[i + 1]}`);
      assert(r.slice(i, i + 3).every(v => !v.includes('.') || v.split('.')[1].length <= 4), `rounded: ${r}`);
    }
    profit += units(r[header.indexOf('Profit (EUR), difference')]);
  }
  assert(profit === units(inc[1]), `monthly profit differences ${profit} add up to the incremental profit ${inc[1]}`);
});

await step('scenario JSON: download, then upload valid and invalid files', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const file = path.join(artifacts, 'scenario.json');
  await download.saveAs(file);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert(saved.programme.points.earn_rate === 0.05, 'downloaded scenario has the edit');
  await page.setInputFiles('#upload-json', path.join(root, 'scenarios', 'tiers.json'));
  await page.waitForFunction(() => document.querySelector('#t-tiers')?.checked === true);
  runId = await waitForResult(page, runId);
  const bad = path.join(artifacts, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify({ ...saved, business: { ...saved.business, gross_margin: 3 } }));
  await page.setInputFiles('#upload-json', bad);
  const notice = page.locator('[data-testid=notice]');
  await page.waitForFunction(() => /not a usable scenario/.test(document.querySelector('[data-testid=notice]')?.textContent || ''));
  assert((await notice.textContent()).includes('business.gross_margin'), 'names the field');
  assert(await page.locator('#t-tiers').isChecked(), 'the scenario was not replaced');
});

await step('invalid input: the message is next to the field and the last result stays', async () => {
  await page.locator('#g-business summary').click();
  await setField(page, '#f-business-gross-margin', '2');
  const err = page.locator('#f-business-gross-margin-error');
  await page.waitForFunction(() => document.querySelector('#f-business-gross-margin-error')?.textContent.length > 0);
  assert(/0\.95/.test(await err.textContent()), `error: ${await err.textContent()}`);
  assert(await page.locator('#run').isDisabled(), 'run disabled');
  assert(await page.locator('[data-kpi=incremental-profit]').count() === 1, 'results still shown');
  assert(await page.locator('.results').getAttribute('data-stale') === 'true', 'marked stale');
  await setField(page, '#f-business-gross-margin', 'abc');
  assert(/not a number/.test(await err.textContent()), `not-a-number message: ${await err.textContent()}`);
  await page.screenshot({ path: path.join(artifacts, 'invalid-field.png') });
  await setField(page, '#f-business-gross-margin', '0.3');
  runId = await waitForResult(page, runId);
});

await step('new mechanics and the timeline: switch VIP terms on, add an event, change its kind; it re-runs without errors', async () => {
  await page.click('#f-programme-vip');
  runId = await waitForResult(page, runId);
  assert(await page.locator('#f-programme-vip-segment').count() === 1, 'the VIP segment is shown');
  assert(await page.locator('#f-programme-vip-segment-share').inputValue() === '0.2', 'top 20 % by default');
  await page.locator('#g-timeline summary').click();
  await page.click('#f-events');
  runId = await waitForResult(page, runId);
  assert(await page.locator('fieldset.event').count() === 1, 'one event');
  const day = await page.locator('#f-events-0--day').inputValue();
  await page.selectOption('#f-events-0-', 'service_failure');
  await page.waitForSelector('#f-events-0--severity');
  assert(await page.locator('#f-events-0--day').inputValue() === day, 'the day is kept');
  runId = await waitForResult(page, runId);
  assert(await page.locator('.error-summary').count() === 0, 'no errors');
  assert(await page.locator('[data-kpi=incremental-profit]').count() === 1, 'results shown');
  await page.locator('fieldset.event').screenshot({ path: path.join(artifacts, 'timeline-event.png') });
  await page.locator('#chart-nps').screenshot({ path: path.join(artifacts, 'chart-with-event.png') });
  // Back to where the next steps expect to be.
  await page.click('fieldset.event button');
  await page.click('#f-programme-vip');
  runId = await waitForResult(page, runId);
  assert(await page.locator('fieldset.event').count() === 0, 'event removed');
});

await step('every example in the menu runs and shows its answer, events marked on the charts', async () => {
  const names = await page.locator('#examples > option').allTextContents();
  // Option 0 is the "pick an example" placeholder; values count from 0.
  for (let i = 0; i < names.length - 1; i++) {
    await page.selectOption('#examples', String(i));
    runId = await waitForResult(page, runId);
    assert(await page.locator('.error-summary').count() === 0, `${names[i + 1]}: no errors`);
    const profit = await page.locator('[data-kpi=incremental-profit] .kpi-value').textContent();
    assert(profit && /\d/.test(profit), `${names[i + 1]}: incremental profit shown (${profit})`);
    if (/Deregulated/.test(names[i + 1])) {
      await page.locator('#chart-customers').screenshot({ path: path.join(artifacts, 'chart-deregulation.png') });
      await page.locator('#chart-cost-breakdown').screenshot({ path: path.join(artifacts, 'chart-costs-utility.png') });
      await page.locator('#chart-commitments').screenshot({ path: path.join(artifacts, 'chart-commitments-utility.png') });
      await page.locator('#chart-apostles').screenshot({ path: path.join(artifacts, 'chart-apostles-utility.png') });
    }
  }
  await page.selectOption('#examples', '0');
  runId = await waitForResult(page, runId);
});

await step('a big run shows progress and can be cancelled; the last result stays', async () => {
  await setField(page, '#f-simulation-customers', '300000');
  await page.waitForTimeout(500);
  assert(await page.locator('#progress').count() === 0, 'no live run for a big population');
  await page.click('#run');
  await page.waitForSelector('#progress');
  await page.waitForFunction(() => Number(document.querySelector('#progress')?.value) > 0, null, { timeout: 60_000 });
  await page.screenshot({ path: path.join(artifacts, 'progress.png') });
  const t0 = Date.now();
  await page.click('#cancel');
  await page.waitForSelector('#progress', { state: 'detached' });
  assert(Date.now() - t0 < 2000, 'cancel is immediate');
  assert(/cancelled/i.test(await page.locator('#status').textContent()), 'status says cancelled');
  assert(await page.locator('[data-kpi=incremental-profit]').count() === 1, 'results still shown');
  await setField(page, '#f-simulation-customers', '10000');
  await page.click('#run');
  runId = await waitForResult(page, runId);
});

await step('keyboard: Tab reaches the Run button and Enter runs', async () => {
  await page.focus('#download-json');
  await page.keyboard.press('Tab');
  assert(await page.evaluate(() => document.activeElement?.id) === 'upload-json', 'Tab reaches the file upload');
  await page.focus('#reset');
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'run');
  }
  assert(reached, 'Tab from the toolbar reaches Run');
  await page.keyboard.press('Enter');
  runId = await waitForResult(page, runId);
});


// ---------- the editor as a marketer uses it (issue: no silent wrong numbers) ----------
await runEditor({ step, assert, newPage, waitForResult, kpis, showAll, setField, browser, base, artifacts, root });

await step('basic view first, every setting one click away, and a search finds any setting by name', async () => {
  const c = await browser.newContext();
  const p = await newPage(c);
  await p.goto(base);
  await waitForResult(p);
  const visible = () => p.evaluate(() => [...document.querySelectorAll('.editor .group input, .editor .group select')].filter(e => e.offsetParent).map(e => e.id));
  const basic = await visible();
  assert(basic.length <= 14, `basic view shows ${basic.length}: ${basic}`);
  for (const id of ['f-simulation-customers', 'f-simulation-days', 't-programme', 'f-programme-points-earn-rate', 'f-business-gross-margin']) {
    assert(basic.includes(id), `basic view shows ${id}: ${basic}`);
  }
  await p.screenshot({ path: path.join(artifacts, 'editor-basic.png') });
  await p.fill('#param-search', 'expire');
  await p.waitForFunction(() => /found/.test(document.querySelector('#search-count').textContent));
  const found = await visible();
  assert(found.includes('f-programme-points-expiry-months'), `search finds expiry: ${found}`);
  assert(!found.includes('f-business-gross-margin'), `search hides the rest: ${found}`);
  await p.fill('#param-search', 'competitor quality');
  await p.waitForFunction(() => document.querySelector('#f-market-competitor-quality')?.offsetParent);
  assert(await p.locator('#g-market').evaluate(d => d.open), 'the group of a match opens');
  await p.fill('#param-search', 'zzzz');
  await p.waitForFunction(() => /No setting matches/.test(document.querySelector('#search-count').textContent));
  await p.fill('#param-search', '');
  assert((await visible()).length === basic.length, 'clearing the search gives the basic view back');
  await p.click('#t-advanced');
  const all = await visible();
  assert(all.length > 40, `all settings: ${all.length}`);
  // A problem in a setting the basic view hides still shows, with its group.
  await p.locator('#g-customers summary').click();
  await p.fill('#f-customers-annual-exit-rate', 'x');
  await p.locator('#g-customers summary').click(); // folded again
  await p.click('#t-advanced');
  await p.click('#jump');
  assert(await p.evaluate(() => document.activeElement?.id) === 'f-customers-annual-exit-rate', 'the jump reaches a setting outside the basic view');
  await c.close();
});

await step('phone (390 px): no horizontal scrolling', async () => {
  const c = await browser.newContext();
  const p = await newPage(c, { width: 390, height: 844 });
  await p.goto(base);
  await waitForResult(p);
  const width = await p.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 392, `page is ${width} px wide`);
  await p.screenshot({ path: path.join(artifacts, 'phone-390.png'), fullPage: false });
  // Two tabs: the results first, the scenario one tap away; a compact run bar.
  assert(await p.locator('#tab-results').getAttribute('aria-selected') === 'true', 'results tab first');
  assert(await p.locator('.editor').evaluate(e => e.offsetParent === null), 'the editor is in the other tab');
  const verdictTop = await p.locator('[data-testid=verdict]').evaluate(e => e.getBoundingClientRect().top + scrollY);
  assert(verdictTop < 900, `the verdict starts ${verdictTop} px down`);
  const bar = await p.locator('.run-bar').evaluate(e => e.getBoundingClientRect().height);
  assert(bar <= 130, `run bar ${bar} px tall`);
  await p.click('#tab-scenario');
  assert(await p.locator('.output').evaluate(e => e.offsetParent === null), 'results hidden on the scenario tab');
  assert(await p.locator('#f-simulation-customers').isVisible(), 'the editor is shown');
  await p.screenshot({ path: path.join(artifacts, 'phone-390-scenario.png'), fullPage: false });
  await c.close();
});

await step('wide screen: the editor folds away and the results take the width', async () => {
  const c = await browser.newContext();
  const p = await newPage(c);
  await p.goto(base);
  await waitForResult(p);
  assert(await p.locator('.tabs').isHidden(), 'no tabs on a wide screen');
  const before = await p.locator('.output').evaluate(e => e.getBoundingClientRect().width);
  await p.click('#fold');
  assert(await p.locator('.editor').isHidden(), 'editor folded');
  const after = await p.locator('.output').evaluate(e => e.getBoundingClientRect().width);
  assert(after > before + 300, `results ${before} -> ${after} px wide`);
  await p.click('#fold');
  assert(await p.locator('.editor').isVisible(), 'editor back');
  await c.close();
});

const measurements = { wasm_gzip_bytes: {}, first_result_ms: firstResultMs, default_scenario_ms: defaultElapsed };
for (const f of fs.readdirSync(dist).filter(f => f.endsWith('.wasm'))) {
  const { gzipSync } = await import('node:zlib');
  measurements.wasm_gzip_bytes[f] = gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
}

if (bench) {
  await step('bench: default scenario (5 runs) and 1,000,000 customers x 730 days', async () => {
    const c = await browser.newContext();
    const p = await newPage(c);
    await p.goto(base);
    let id = await waitForResult(p);
    const times = [];
    for (let i = 0; i < 5; i++) {
      await p.click('#run');
      id = await waitForResult(p, id);
      times.push(Number(await p.locator('.results').getAttribute('data-elapsed-ms')));
    }
    measurements.default_scenario_runs_ms = times;
    await setField(p, '#f-simulation-customers', '1000000');
    await p.click('#run');
    const t0 = Date.now();
    id = await waitForResult(p, id, 600_000);
    measurements.million_x_730_wall_ms = Date.now() - t0;
    measurements.million_x_730_worker_ms = Number(await p.locator('.results').getAttribute('data-elapsed-ms'));
    await p.screenshot({ path: path.join(artifacts, 'million.png') });
    await c.close();
  });
}

fs.writeFileSync(path.join(artifacts, 'measurements.json'), JSON.stringify(measurements, null, 2));
console.log('measurements:', JSON.stringify(measurements));

await step('offline: after one visit the app loads, runs, opens a share link and a lesson with no network', async () => {
  const c = await browser.newContext();
  c.on('request', r => requestedUrls.push(r.url()));
  const p = await newPage(c);
  await p.goto(base);
  let id = await waitForResult(p);
  // The service worker is installed and controls the page once it has cached the app.
  const ready = await p.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise(r => setTimeout(() => r(false), 20_000))]));
  assert(ready, 'a service worker is installed within 20 s');
  await p.reload();
  id = await waitForResult(p);
  assert(await p.evaluate(() => !!navigator.serviceWorker.controller), 'a service worker controls the page');
  await p.click('#copy-link');
  await p.waitForSelector('#share-link');
  await c.setOffline(true);
  await p.reload();
  id = await waitForResult(p);
  assert(!(await p.evaluate(() => navigator.onLine)), 'the browser is offline');
  await setField(p, '#f-programme-points-earn-rate', '0.04');
  await p.click('#run');
  id = await waitForResult(p, id);
  const offlineKpis = await kpis(p);
  assert(/\d/.test(offlineKpis['incremental-profit']), 'an offline run gives KPIs');
  // A share link made online opens offline in a new tab, with its own numbers.
  const other = await newPage(c);
  await other.goto(link);
  await waitForResult(other);
  const got = await kpis(other);
  assert(JSON.stringify(got) === JSON.stringify(changedKpis), `offline link: ${JSON.stringify(got)} != ${JSON.stringify(changedKpis)}`);
  // A lesson link opens offline too: the lesson renders in its language, and its scenario runs and reveals.
  const lesson = await newPage(c);
  await lesson.goto(`${base}#lesson=nps&lang=fi`);
  await lesson.waitForFunction(() => document.querySelector('#lesson')?.dataset.lesson === 'nps');
  assert(await lesson.evaluate(() => document.documentElement.lang) === 'fi', 'the offline lesson is in Finnish');
  await lesson.fill('#lesson-guess', '18');
  await lesson.click('#lesson-run');
  await lesson.waitForFunction(() => document.querySelector('#lesson')?.dataset.state === 'revealed', null, { timeout: 120_000 });
  assert(/\d/.test(await lesson.locator('#lesson-this-run').textContent()), 'the offline lesson ran');
  // The app is installable: its manifest and icons are served and cached.
  const manifest = await other.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  assert(manifest.icons.some(i => i.sizes === '512x512') && manifest.display === 'standalone', 'manifest');
  assert(await other.evaluate(async () => (await fetch('icon-192.png')).ok), 'icon cached');
  await p.screenshot({ path: path.join(artifacts, 'offline.png') });
  await c.close();
});

await step('a worker that fails mid-run: a sentence, the last result stays, the next run starts new workers', async () => {
  // No service worker here, so that the route below sees the worker's script.
  const c = await browser.newContext({ serviceWorkers: 'block' });
  // The worker's loader, plus a listener that throws (as a panic or running
  // out of memory would) when a run of exactly 4,321 customers arrives.
  const loader = fs.readFileSync(path.join(dist, 'worker_loader.js'), 'utf8');
  await c.route('**/worker_loader.js', route => route.fulfill({
    contentType: 'text/javascript',
    body: `self.addEventListener('message', e => { if (typeof e.data === 'string' && e.data.includes('"customers":4321')) throw new Error('simulated worker crash'); });\n${loader}`,
  }));
  const p = await newPage(c);
  p.removeAllListeners('pageerror'); // the simulated crash is expected here
  await p.goto(base);
  const id = await waitForResult(p);
  const before = await kpis(p);
  await setField(p, '#f-simulation-customers', '4321');
  await p.click('#run');
  await p.waitForFunction(() => /worker failed/.test(document.querySelector('[data-testid=notice]')?.textContent || ''), null, { timeout: 30_000 });
  const notice = await p.locator('[data-testid=notice]').textContent();
  assert(/simulated worker crash/.test(notice) && /last result is still shown/.test(notice), `notice: ${notice}`);
  assert(await p.locator('#progress').count() === 0, 'no progress bar after the failure');
  assert(Number(await p.locator('.results').getAttribute('data-run')) === id, 'the last result stays');
  assert(JSON.stringify(await kpis(p)) === JSON.stringify(before), 'its KPIs are unchanged');
  await setField(p, '#f-simulation-customers', '5000');
  await p.click('#run');
  const next = await waitForResult(p, id);
  assert(next > id, 'a new run finishes on new workers');
  await c.close();
});

await step('storage refused, corrupted, or shared by two tabs: told in a sentence, nothing lost', async () => {
  const notice = p => p.locator('[data-testid=notice]').textContent();
  // 1. A browser that refuses to store (full or private mode): said once, work goes on.
  {
    const c = await browser.newContext();
    await c.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    const p = await newPage(c);
    await p.goto(base);
    let id = await waitForResult(p);
    await setField(p, '#f-programme-points-earn-rate', '0.03');
    id = await waitForResult(p, id);
    assert(/does not let the page save your scenario/.test(await notice(p)), `notice: ${await notice(p)}`);
    await p.locator('[data-testid=notice] button', { hasText: 'Dismiss' }).click();
    await setField(p, '#f-programme-points-earn-rate', '0.04');
    id = await waitForResult(p, id);
    assert(await p.locator('[data-testid=notice]').count() === 0, 'told once, not on every edit');
    assert(await p.locator('#f-programme-points-earn-rate').inputValue() === '0.04', 'the edit is kept in memory');
    await c.close();
  }
  // 2. A corrupted autosave: a sentence, the defaults, and the app runs.
  {
    const c = await browser.newContext();
    await c.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('loyalty-lab.scenario.v1', '{"simulation": {"customers": 12');
      }
    });
    const p = await newPage(c);
    await p.goto(base);
    await waitForResult(p);
    assert(/could not be read/.test(await notice(p)), `notice: ${await notice(p)}`);
    await c.close();
  }
  // 3. Two tabs: the later edit does not silently replace the other tab's work.
  {
    const c = await browser.newContext();
    const a = await newPage(c);
    await a.goto(base);
    let ida = await waitForResult(a);
    const b = await newPage(c);
    await b.goto(base);
    await waitForResult(b);
    await setField(a, '#f-programme-points-earn-rate', '0.07');
    ida = await waitForResult(a, ida);
    await b.waitForSelector('[data-testid=notice]');
    assert(/also open in another tab/.test(await notice(b)), `tab b: ${await notice(b)}`);
    assert(await b.locator('#f-programme-points-earn-rate').inputValue() !== '0.07', "tab b keeps its own scenario");
    await b.locator('[data-testid=notice] button', { hasText: 'Restore my last scenario' }).click();
    await b.waitForFunction(() => document.querySelector('#f-programme-points-earn-rate')?.value === '0.07');
    await c.close();
  }
});

await step('no request to any other host, and a strict Content-Security-Policy', async () => {
  const host = new URL(base).host;
  const foreign = requestedUrls.filter(u => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).host !== host);
  assert(requestedUrls.length > 50, `requests were recorded (${requestedUrls.length})`);
  assert(foreign.length === 0, `requests to other hosts: ${foreign.slice(0, 5).join(', ')}`);
  const meta = await page.$('meta[http-equiv=Content-Security-Policy]');
  assert(meta, 'the page has a Content-Security-Policy');
  const csp = await meta.getAttribute('content');
  assert(/default-src 'none'/.test(csp) && /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]{44}'/.test(csp),
    `policy: ${csp}`);
  const scripts = /script-src ([^;]*)/.exec(csp)[1];
  assert(!/'unsafe-inline'|'unsafe-eval'/.test(scripts), `scripts: no inline code or eval but the start-up script's hash: ${scripts}`);
  assert(!/\*|https?:|wss?:/.test(csp), `no wildcard or remote origin: ${csp}`);
});

await runFinance({ step, assert, newPage, waitForResult, kpis, showAll, browser, base, artifacts });

for (const file of ['./memory.mjs', './reload.mjs']) {
  await (await import(file)).run({ browser, base, step, assert, newPage, waitForResult, setField, showAll });
}
await experiments({ step, assert, newPage, waitForResult, showAll, browser, base, bench, artifacts });
await calibrate.run({ step, assert, newPage, waitForResult, kpis, browser, base, root, artifacts, bench });
await runFollow({ step, assert, newPage, waitForResult, browser, base, artifacts, path });
await runLessons({ step, assert, newPage, waitForResult, browser, base, root, artifacts, path, showAll });
await runClassroom({ step, assert, newPage, waitForResult, browser, base, artifacts, root });
await runUx({ step, assert, newPage, waitForResult, kpis, showAll, browser, base, artifacts });
await runI18n({ step, assert, newPage, waitForResult, kpis, showAll, setField, browser, base, artifacts, path, root });

await step('no page errors', async () => {
  assert(pageErrors.length === 0, pageErrors.join('\n'));
});

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failures} failed; screenshots in test-artifacts/`);
process.exit(failures ? 1 : 0);
