// Side-by-side speed of two builds of the app in one Chromium session: the
// 20-seed Monte Carlo of the default scenario (the README's target), timed
// from Start to the last run combined, alternating the builds so that both
// see the same load on the shared machine.
//
//   node tests/e2e/bench_compare.mjs BEFORE_DIST AFTER_DIST [ROUNDS]
//   BENCH_KIND=sweep node tests/e2e/bench_compare.mjs ...   (the README's
//       other target: the Red Cube accrual sweep, 20 points x 5 seeds at
//       10,000 customers)
//
// Each round opens a fresh page of each build (A then B, then B then A in
// the next round), runs the single default run the page starts with, opens
// the Experiments view, sets 20 seeds and starts. Prints every time, the
// medians, the ratio after/before, the estimate each build showed before
// Start and the load average before and after;
// writes test-artifacts/bench-compare-<kind>.json.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const [beforeDir, afterDir, roundsArg] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error('usage: node tests/e2e/bench_compare.mjs BEFORE_DIST AFTER_DIST [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg || 3);
const kind = process.env.BENCH_KIND === 'sweep' ? 'sweep' : 'monte_carlo';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

async function once(base) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base);
  await page.waitForFunction(() => {
    const r = document.querySelector('.results');
    return r && r.dataset.stale === 'false' && Number(r.dataset.run) > 0 && !document.querySelector('#progress');
  }, null, { timeout: 120_000 });
  await page.click('#mode-experiments');
  await page.waitForSelector('#experiments', { state: 'visible' });
  if (kind === 'sweep') {
    await page.selectOption('#exp-example', '3');
    await page.waitForFunction(() => document.querySelector('#exp-plan')?.dataset.runs === '100');
    if (!(await page.locator('#t-advanced').isChecked())) await page.click('#t-advanced');
    await page.locator('#f-simulation-customers').fill('10000');
    await page.waitForFunction(() => document.querySelector('#exp-plan')?.textContent.includes('100 runs'));
  } else {
    await page.click('#exp-kind-monte_carlo');
    const seeds = page.locator('#exp-seeds');
    await seeds.fill('20');
    await seeds.press('Tab');
    await page.waitForFunction(() => document.querySelector('#exp-plan')?.dataset.runs === '20');
  }
  // The time the view promises before Start (its accuracy is compared too).
  const estimate = (await page.locator('#exp-plan').textContent()).trim();
  await page.click('#exp-start');
  await page.waitForFunction(() => document.querySelector('#exp-progress')?.dataset.state === 'finished',
    null, { timeout: 600_000 });
  const d = await page.evaluate(() => ({ ...document.querySelector('#exp-progress').dataset }));
  const table = kind === 'sweep' ? '#exp-sweep-table tbody tr.optimum' : '#exp-kpi-table tbody tr';
  const p50 = await page.locator(table).first().locator('td').first().textContent();
  await ctx.close();
  return { ms: Number(d.elapsedMs), median_first_kpi: p50, estimate, timings: d };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const builds = { before: await serve(beforeDir), after: await serve(afterDir) };
const load = [fs.readFileSync('/proc/loadavg', 'utf8').trim()];
const times = { before: [], after: [] };
const detail = [];
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
  for (const name of order) {
    const got = await once(builds[name].base);
    times[name].push(got.ms);
    detail.push({ round: r, build: name, ...got, load: fs.readFileSync('/proc/loadavg', 'utf8').trim() });
    console.log(`round ${r} ${name}: ${got.ms} ms (first KPI median ${got.median_first_kpi}; shown before Start: ${got.estimate})`);
  }
}
load.push(fs.readFileSync('/proc/loadavg', 'utf8').trim());
const result = {
  kind,
  before_ms: times.before, after_ms: times.after,
  before_median_ms: median(times.before), after_median_ms: median(times.after),
  ratio_after_over_before: median(times.after) / median(times.before),
  load_average_start_end: load, detail,
};
console.log(JSON.stringify({ ...result, detail: undefined }, null, 2));
fs.mkdirSync(path.join(root, 'test-artifacts'), { recursive: true });
fs.writeFileSync(path.join(root, 'test-artifacts', `bench-compare-${kind}.json`), JSON.stringify(result, null, 2));
await browser.close();
for (const b of Object.values(builds)) b.server.close();
