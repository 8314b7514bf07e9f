// End-to-end steps of the Experiments view: each kind run in the browser
// with its charts and verdict, the CLI's messages for bad settings, the
// share link reopened, a cancelled experiment keeping its finished runs.
// With E2E_BENCH=1 also the speed of a 20-seed Monte Carlo of the default
// scenario and of the Red Cube accrual sweep (20 points x 5 seeds).
//
// Called from e2e.mjs: `await run(h)` with h = { step, assert, newPage,
// waitForResult, showAll, browser, base, bench, artifacts }. The speed
// measurements go to test-artifacts/experiments-bench.json.

import fs from 'node:fs';
import path from 'node:path';

/** The harness's assert (set by `run`). */
let assert;

/** Types a number into an experiment field and leaves it (the view applies it on change). */
async function setNumber(page, selector, value) {
  const input = page.locator(selector);
  await input.fill(String(value));
  await input.press('Tab');
}

async function openExperiments(page) {
  await page.click('#mode-experiments');
  await page.waitForSelector('#experiments', { state: 'visible' });
}

async function runsPlanned(page) {
  await page.waitForSelector('#exp-plan');
  return Number(await page.locator('#exp-plan').getAttribute('data-runs'));
}

/** Starts the experiment and waits until it has finished; its elapsed ms. */
async function startAndFinish(page, timeout = 180_000) {
  await page.click('#exp-start');
  await page.waitForFunction(() => document.querySelector('#exp-progress')?.dataset.state === 'finished',
    null, { timeout });
  return Number(await page.locator('#exp-progress').getAttribute('data-elapsed-ms'));
}

/** Where a finished experiment's time went (the progress line's data attributes, ms). */
async function timings(page) {
  return page.evaluate(() => {
    const d = document.querySelector('#exp-progress').dataset;
    const n = k => Number(d[k]);
    return { elapsed: n('elapsedMs'), first_result: n('firstMs'), worker: n('workerMs'), round_trips: n('tripMs'),
      combine: n('combineMs'), combines: n('combines'), chart_draws_ms_page_total: n('drawMs'), chart_draws_page_total: n('draws') };
  });
}

/** Every canvas of the experiment's results drew something other than white. */
async function chartsDrawn(page) {
  return page.evaluate(() => [...document.querySelectorAll('#exp-results canvas')].map(c => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4 * 97) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) ink++;
    return ink;
  }));
}

/** Clicks a download button; the file's text. */
async function download(page, selector) {
  const event = page.waitForEvent('download');
  await page.click(selector);
  const stream = await (await event).createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

/** A CSV without quoted commas: header and rows of cells. */
function readCsv(text) {
  const [header, ...rows] = text.trim().split('\n').map(l => l.split(','));
  return { header, rows };
}

/** The sweep table's CSV, checked against the table on screen: one row per point, one optimum at most. */
async function sweepTable(page, points) {
  assert(await page.locator('#exp-sweep-table tbody tr').count() === points, 'a table row per point');
  const csv = readCsv(await download(page, '#exp-sweep-csv'));
  assert(csv.rows.length === points, `CSV rows: ${csv.rows.length}`);
  const at = name => csv.header.indexOf(name);
  const rows = csv.rows.map(r => ({
    value: Number(r[0]), p5: Number(r[at('incremental_profit_p5')]), p50: Number(r[at('incremental_profit_p50')]),
    p95: Number(r[at('incremental_profit_p95')]), meets: r[at('meets_constraints')] === 'true', optimum: r[at('optimum')] === 'true',
  }));
  const marked = await page.locator('#exp-sweep-table tbody tr.optimum').count();
  assert(marked === rows.filter(r => r.optimum).length && marked <= 1, `one optimum marked: ${marked}`);
  const best = rows.find(r => r.optimum);
  if (best) {
    assert(best.meets && rows.every(r => !r.meets || r.p50 <= best.p50), 'the optimum is the best point meeting the constraints');
  }
  assert(rows.every(r => r.p5 <= r.p50 && r.p50 <= r.p95), 'quantiles in order');
  return { header: csv.header, rows };
}

export async function run(h) {
  const { step, newPage, waitForResult, browser, base } = h;
  assert = h.assert;
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await newPage(ctx);
  let link;

  await step('experiments: the view shows the runs and time before starting, and the CLI\'s messages', async () => {
    await page.goto(base);
    await waitForResult(page);
    await h.showAll(page);
    // A small scenario keeps the steps quick.
    await page.locator('#f-simulation-customers').fill('1500');
    await waitForResult(page, 0);
    await openExperiments(page);
    assert(await page.locator('#exp-kind-monte_carlo').getAttribute('aria-selected') === 'true', 'Monte Carlo first');
    await setNumber(page, '#exp-seeds', 6);
    await page.waitForFunction(() => document.querySelector('#exp-plan')?.dataset.runs === '6');
    const plan = await page.locator('#exp-plan').textContent();
    assert(/^6 runs \(1 × 6 seeds\), about [\d.]+ (ms|s) with \d workers\.$/.test(plan), `plan line: ${plan}`);
    await setNumber(page, '#exp-seeds', 0);
    await page.waitForSelector('#exp-problems');
    const problems = await page.locator('#exp-problems li').allTextContents();
    assert(problems.some(p => p.startsWith('seeds: must be a number of seeds between 1 and')), `problems: ${problems}`);
    assert(await page.locator('#exp-start').isDisabled(), 'no start with bad settings');
    await setNumber(page, '#exp-seeds', 6);
    await page.waitForSelector('#exp-plan');
  });

  await step('experiments: Monte Carlo runs with its fan chart, histogram, payback chart and verdict', async () => {
    await page.selectOption('#exp-uncertain-add', 'customers.reward_appetite');
    await page.waitForSelector('#exp-uncertain-0-low');
    await setNumber(page, '#exp-draws', 2);
    assert(await runsPlanned(page) === 12, 'two draws x 6 seeds');
    await startAndFinish(page);
    assert(await page.locator('#exp-results').getAttribute('data-runs') === '12', 'every run in the report');
    const ink = await chartsDrawn(page);
    assert(ink.length === 3 && ink.every(n => n > 50), `three charts drawn: ${ink}`);
    const odds = await page.locator('#exp-odds-table td').allTextContents();
    assert(odds.length === 4 && odds.every(o => /\d|never/.test(o)), `P(> 0), P(NPV > 0), payback: ${odds}`);
    for (const id of ['#exp-chart-fan', '#exp-chart-histogram', '#exp-chart-payback']) {
      assert(await page.locator(id).count() === 1, `${id} is shown`);
    }
    const verdict = await page.locator('#exp-verdict').textContent();
    await page.locator('#exp-results').screenshot({ path: path.join(h.artifacts, 'experiments-monte-carlo.png') });
    assert(/^In \d+(\.\d)? % of 12 runs the programme pays back within \d+ months/.test(verdict), `verdict: ${verdict}`);
    const download = page.waitForEvent('download');
    await page.click('#exp-csv');
    const csv = await (await download).createReadStream();
    let text = '';
    for await (const chunk of csv) text += chunk;
    const lines = text.trim().split('\n');
    assert(lines.length === 13 && lines[0].startsWith('job,variant,label,customers.reward_appetite,seed,revenue,'),
      `CSV: ${lines.length} lines, header ${lines[0]}`);
  });

  await step('experiments: a comparison runs with overlaid series, KPI and difference tables', async () => {
    await page.click('#exp-kind-compare');
    await setNumber(page, '#exp-seeds', 3);
    assert(await runsPlanned(page) === 6, 'two scenarios x 3 seeds');
    await startAndFinish(page);
    assert(await page.locator('#exp-chart-compare canvas').count() === 1, 'the compare chart');
    assert(await page.locator('#exp-diff-table tbody tr').count() === 1, 'one difference row');
    const verdict = await page.locator('#exp-verdict').textContent();
    assert(/has the highest median incremental profit/.test(verdict), `verdict: ${verdict}`);
    await page.locator('#exp-results').screenshot({ path: path.join(h.artifacts, 'experiments-compare.png') });
  });

  await step('experiments: a tornado runs with its bars and verdict', async () => {
    await page.click('#exp-kind-tornado');
    await setNumber(page, '#exp-seeds', 1);
    const runs = await runsPlanned(page);
    assert(runs >= 15, `the default list: ${runs} runs`);
    await startAndFinish(page);
    const ink = await chartsDrawn(page);
    assert(ink.length === 1 && ink[0] > 50, `the tornado drew: ${ink}`);
    const verdict = await page.locator('#exp-verdict').textContent();
    assert(/^The result depends most on /.test(verdict), `verdict: ${verdict}`);
    // The bars' numbers beside the chart, sorted as the bars.
    const bars = runs === 0 ? 0 : (runs - 1) / 2;
    assert(await page.locator('#exp-tornado-table tbody tr').count() === bars, `a row per bar (${bars})`);
    const csv = readCsv(await download(page, '#exp-tornado-csv'));
    assert(csv.header.join(',') === 'parameter,low_value,high_value,incremental_profit_low_p50,incremental_profit_high_p50,swing',
      `tornado CSV header: ${csv.header}`);
    const swings = csv.rows.map(r => Number(r[5]));
    assert(swings.length === bars && swings.every((x, i) => i === 0 || swings[i - 1] >= x), `sorted by swing: ${swings}`);
    assert(csv.rows.every(r => Math.abs(Math.abs(Number(r[4]) - Number(r[3])) - Number(r[5])) < 1e-6 * (1 + Number(r[5]))),
      'swing = |high - low|');
    const first = await page.locator('#exp-tornado-table tbody tr').first().locator('th').textContent();
    assert(verdict.includes(first.toLowerCase()) || verdict.includes(first), `the verdict names the first row: ${first} / ${verdict}`);
    await page.locator('#experiments').screenshot({ path: path.join(h.artifacts, 'experiments-tornado.png') });
  });

  await step('experiments: the Red Cube sweep example runs with its curve, optimum and verdict', async () => {
    await page.selectOption('#exp-example', '3');
    await page.waitForFunction(() => document.querySelector('#exp-kind-sweep')?.getAttribute('aria-selected') === 'true');
    assert(await runsPlanned(page) === 100, 'the example: 20 points x 5 seeds');
    await page.locator('#f-simulation-customers').fill('1500');
    await setNumber(page, '#exp-seeds', 2);
    await setNumber(page, '#exp-axis-0-step', 0.03);
    assert(await runsPlanned(page) === 14, `7 points x 2 seeds, got ${await runsPlanned(page)}`);
    await startAndFinish(page);
    const ink = await chartsDrawn(page);
    assert(ink.length === 1 && ink[0] > 50, `the sweep drew: ${ink}`);
    const verdict = await page.locator('#exp-verdict').textContent();
    assert(/^The best earn rate is [\d.]+ % .*11 % of the scenario\.$/.test(verdict), `verdict: ${verdict}`);
    const table = await sweepTable(page, 7);
    assert(table.header[0] === 'programme.points.earn_rate', `sweep CSV header: ${table.header}`);
    const best = table.rows.find(r => r.optimum);
    assert(best && verdict.startsWith(`The best earn rate is ${Math.round(best.value * 1000) / 10} %`),
      `the optimum row is the verdict's: ${best?.value} / ${verdict}`);
    await page.screenshot({ path: path.join(h.artifacts, 'experiments-sweep.png'), fullPage: true });
  });

  await step('experiments: the share link carries the experiment and reopens it; an old link still opens', async () => {
    await page.click('#copy-link');
    await page.waitForSelector('#share-link');
    link = await page.locator('#share-link').inputValue();
    assert(/#s=1\.[A-Za-z0-9_-]+\.m\d+(&lang=[a-z]+)?&x=1\.[A-Za-z0-9_-]+$/.test(link), `link: ${link}`);
    const c = await browser.newContext();
    const p = await newPage(c);
    await p.goto(link);
    await p.waitForSelector('#experiments', { state: 'visible' });
    assert(await p.locator('#exp-kind-sweep').getAttribute('aria-selected') === 'true', 'the sweep is selected');
    assert(await p.locator('#exp-seeds').inputValue() === '2', 'its seeds');
    assert(await p.locator('#exp-axis-0-step').inputValue() === '0.03', 'its step');
    assert(await runsPlanned(p) === 14, 'the same runs');
    await startAndFinish(p);
    assert(await p.locator('#exp-verdict').textContent() === await page.locator('#exp-verdict').textContent(),
      'the same verdict as where the link was made');
    // The scenario part alone is an old link: it opens the single run.
    const old = await newPage(c);
    await old.goto(link.split('&x=')[0]);
    await waitForResult(old);
    assert(!(await old.locator('#experiments').isVisible()), 'an old link opens the single run');
    await c.close();
  });

  await step('experiments: an "at least" constraint limits the sweep\'s points; min above max is refused', async () => {
    const before = await sweepTable(page, 7);
    // Incremental profit at least the median of the middle point.
    const floor = [...before.rows].map(r => r.p50).sort((a, b) => a - b)[3];
    await page.click('#exp-constraint-add');
    await page.selectOption('#exp-constraint-1-kpi', 'incremental_profit');
    await page.selectOption('#exp-constraint-1-bound', 'min');
    await page.waitForSelector('#exp-constraint-1-min');
    assert(await page.locator('#exp-constraint-1-max').count() === 0, 'an "at least" constraint has no upper limit');
    await setNumber(page, '#exp-constraint-1-min', floor);
    await startAndFinish(page);
    const after = await sweepTable(page, 7);
    after.rows.forEach((r, i) => assert(r.meets === (before.rows[i].meets && r.p50 >= floor),
      `point ${i}: meets ${r.meets}, median ${r.p50}, floor ${floor}`));
    // Above every median: no point qualifies and none is marked.
    await setNumber(page, '#exp-constraint-1-min', Math.max(...before.rows.map(r => r.p50)) + 1);
    await startAndFinish(page);
    const none = await sweepTable(page, 7);
    assert(none.rows.every(r => !r.meets && !r.optimum), 'no point meets an unreachable floor');
    // Between, with the floor above the ceiling: the core's sentence.
    await page.selectOption('#exp-constraint-1-bound', 'both');
    await page.waitForSelector('#exp-constraint-1-max');
    await setNumber(page, '#exp-constraint-1-max', 5);
    await setNumber(page, '#exp-constraint-1-min', 10);
    await page.waitForFunction(() => [...document.querySelectorAll('#exp-problems li')].some(li => li.textContent.includes('at least 10 ')));
    const problems = await page.locator('#exp-problems li').allTextContents();
    assert(problems.includes('constraints[1]: asks for incremental_profit at least 10 and at most 5: no value can meet both; make `min` at most `max`'),
      `problems: ${problems}`);
    assert(await page.locator('#exp-start').isDisabled(), 'no start');
    await page.click('#exp-constraint-1-remove');
    await page.waitForSelector('#exp-plan');
  });

  await step('experiments: the toolbar\'s examples menu opens an example experiment in the view', async () => {
    await page.click('#mode-single');
    await page.selectOption('#examples', 'x4');
    await page.waitForSelector('#experiments', { state: 'visible' });
    assert(await page.locator('#exp-kind-tornado').getAttribute('aria-selected') === 'true', 'the tornado example');
    assert(await page.locator('#exp-seeds').inputValue() === '5', 'its seeds');
  });

  await step('experiments: cancelled halfway, the finished runs are kept and shown', async () => {
    await page.click('#exp-kind-monte_carlo');
    await page.click('#exp-uncertain-0-remove');
    await page.locator('#f-simulation-customers').fill('6000');
    await setNumber(page, '#exp-seeds', 30);
    await page.click('#exp-start');
    await page.waitForFunction(() => Number(document.querySelector('#exp-progress')?.dataset.done) >= 3,
      null, { timeout: 120_000 });
    await page.click('#exp-pause');
    await page.waitForSelector('#exp-resume');
    await page.click('#exp-cancel');
    await page.waitForFunction(() => document.querySelector('#exp-progress')?.dataset.state === 'cancelled');
    const done = Number(await page.locator('#exp-progress').getAttribute('data-done'));
    assert(done >= 3 && done < 30, `cancelled with ${done} of 30`);
    assert(Number(await page.locator('#exp-results').getAttribute('data-runs')) === done, 'the report has the finished runs');
    const verdict = await page.locator('#exp-verdict').textContent();
    assert(new RegExp(` of ${done} runs `).test(verdict), `verdict of the finished runs: ${verdict}`);
    // Nothing more arrives after the cancel.
    await page.waitForTimeout(1500);
    assert(Number(await page.locator('#exp-progress').getAttribute('data-done')) === done, 'no run after the cancel');
  });

  await ctx.close();

  if (h.bench) {
    await step('bench: experiments (20-seed Monte Carlo of the default scenario; Red Cube sweep 20 x 5)', async () => {
      const m = {};
      const c = await browser.newContext();
      const p = await newPage(c);
      await p.goto(base);
      await waitForResult(p);
      await openExperiments(p);
      await p.click('#exp-kind-monte_carlo');
      await setNumber(p, '#exp-seeds', 20);
      if (await p.locator('#exp-uncertain-0-remove').count()) await p.click('#exp-uncertain-0-remove');
      assert(await runsPlanned(p) === 20, '20 runs');
      m.experiment_monte_carlo_estimate = await p.locator('#exp-plan').textContent();
      m.experiment_workers = await p.evaluate(() => Math.min(8, Math.max(1, navigator.hardwareConcurrency || 1)));
      m.experiment_monte_carlo_20_ms = await startAndFinish(p, 600_000);
      m.experiment_monte_carlo_20_timings = await timings(p);
      m.load_average = fs.readFileSync('/proc/loadavg', 'utf8').trim();
      await p.selectOption('#exp-example', '3');
      await p.waitForFunction(() => document.querySelector('#exp-plan')?.dataset.runs === '100');
      // The target is for 10,000 customers (the example file has 20,000).
      await h.showAll(p);
      await p.locator('#f-simulation-customers').fill('10000');
      await p.waitForFunction(() => document.querySelector('#exp-plan')?.textContent.includes('100 runs'));
      m.sweep_customers = Number(await p.locator('#f-simulation-customers').inputValue());
      m.experiment_sweep_estimate = await p.locator('#exp-plan').textContent();
      m.experiment_sweep_red_cube_100_ms = await startAndFinish(p, 900_000);
      m.experiment_sweep_red_cube_100_timings = await timings(p);
      await c.close();
      fs.writeFileSync(path.join(h.artifacts, 'experiments-bench.json'), JSON.stringify(m, null, 2));
      console.log('experiment measurements:', JSON.stringify(m));
    });
  }
}
