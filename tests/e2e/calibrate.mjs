// End-to-end steps of "Use your own customers": a transaction log imported
// in the browser (read and fitted in a worker), its settings, bad rows and
// ambiguous dates, the diagnostics, and the calibrated customers simulated.
// With E2E_BENCH=1 also the CDNOW master file (if fetched into target/data)
// and a generated one-million-row log, timed from choosing the file.
//
// Called from e2e.mjs: run({ step, assert, newPage, waitForResult, kpis, browser, base, root, artifacts, bench }).

import fs from 'node:fs';
import path from 'node:path';

/** A small deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A gamma draw (Marsaglia-Tsang; shape < 1 boosted). */
function gamma(r, shape) {
  if (shape < 1) return gamma(r, shape + 1) * Math.pow(r(), 1 / shape);
  const d = shape - 1 / 3, c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x, v;
    do {
      const u1 = r(), u2 = r();
      x = Math.sqrt(-2 * Math.log(u1 || 1e-12)) * Math.cos(2 * Math.PI * u2);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    if (Math.log(r() || 1e-12) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * A BG/NBD population's transactions over two years from 2023-01-01:
 * weekly rate ~ Gamma(r, alpha), dropout after each purchase ~ Beta(a, b),
 * spend Gamma-Gamma. `rows` rows (or fewer), in `style` 'fi' (semicolon,
 * decimal comma, DD.MM.YYYY) or 'iso' (comma, point, YYYY-MM-DD).
 */
export function generate(rows, style, seed = 7) {
  const r = rng(seed);
  const day0 = Date.UTC(2023, 0, 1);
  const fmt = (d) => {
    const t = new Date(day0 + d * 86400000);
    const y = t.getUTCFullYear(), m = String(t.getUTCMonth() + 1).padStart(2, '0'), dd = String(t.getUTCDate()).padStart(2, '0');
    return style === 'fi' ? `${dd}.${m}.${y}` : `${y}-${m}-${dd}`;
  };
  const sep = style === 'fi' ? ';' : ',';
  const out = [style === 'fi' ? 'asiakas;päivä;summa' : 'customer,date,amount'];
  let c = 0;
  while (out.length <= rows) {
    c++;
    const lambda = gamma(r, 0.5) / 4 / 7; // per day
    const ga = gamma(r, 1), gb = gamma(r, 3);
    const p = ga / (ga + gb);
    const nu = gamma(r, 3.74) / 15.44;
    let d = Math.floor(r() * 365);
    for (;;) {
      const amount = (gamma(r, 6.25) / nu).toFixed(2);
      out.push(`C${c}${sep}${fmt(d)}${sep}${style === 'fi' ? amount.replace('.', ',') : amount}`);
      if (out.length > rows || r() < p) break;
      d += Math.max(1, Math.ceil(-Math.log(r() || 1e-12) / Math.max(lambda, 1e-5)));
      if (d > 729) break;
    }
  }
  return out.join('\n') + '\n';
}

export async function run(h) {
  const { step, assert, newPage, waitForResult, root, artifacts, bench } = h;
  // A fresh context: the earlier steps' autosave does not matter here.
  const ctx = await h.browser.newContext({ acceptDownloads: true });
  const page = await newPage(ctx);
  await page.goto(h.base);
  const firstRun = await waitForResult(page);
  const file = (name, text) => { const p = path.join(artifacts, name); fs.writeFileSync(p, text); return p; };
  const openImport = async () => {
    if (!(await page.locator('#import').count())) await page.click('#open-import');
    await page.locator('#import').waitFor();
  };
  const choose = async (p) => {
    await page.setInputFiles('#import-file', p);
    await page.waitForFunction(() => document.querySelector('#import')?.dataset.busy === 'false'
      && (document.querySelector('#import-summary') || document.querySelector('#import-error')), null, { timeout: 60_000 });
  };
  // The text of an element if it is there (never waits for one).
  const said = async (sel) => (await page.locator(sel).count()) ? page.locator(sel).textContent() : `no ${sel}`;
  const fit = async () => {
    await page.click('#import-fit');
    await page.waitForFunction(() => document.querySelector('#import')?.dataset.busy === 'false'
      && (document.querySelector('#import-results') || document.querySelector('#import-message')), null, { timeout: 120_000 });
  };

  await step('import: a Finnish-style CSV is previewed with what was detected; bad rows are named by line and held back', async () => {
    await openImport();
    // 1,500 rows, then two bad rows at the end (lines 1,502 and 1,503).
    const text = generate(1500, 'fi') + 'C1;31.02.2024;5,00\nC2;01.03.2024;paljon\n';
    await choose(file('calibrate-fi.csv', text));
    assert(await page.locator('#import-preview tr').count() === 8, 'eight preview rows');
    assert((await page.locator('#import-preview tr').first().textContent()).includes('asiakas'), 'the header row is shown');
    assert(await page.inputValue('#import-delimiter') === 'semicolon', 'semicolon detected');
    assert(await page.inputValue('#import-decimal') === ',', 'decimal comma detected');
    assert(await page.inputValue('#import-date-format') === 'DD.MM.YYYY', 'date format detected');
    assert(await page.inputValue('#import-header') === 'yes', 'header detected');
    assert(await page.inputValue('#import-amount') === '3', 'amount column');
    const bad = await page.locator('#import-bad-rows').textContent();
    assert(/2 rows were left out/.test(bad) && bad.includes('line 1502') && bad.includes('line 1503'), bad);
    assert(await page.locator('#import-fit').isDisabled(), 'no fit before the bad rows are answered');
    const cal = await page.inputValue('#import-calibration-end');
    assert(/^2024-0[45]-\d\d$/.test(cal), `default calibration end two thirds in: ${cal}`);
  });

  await step('import: continue without the bad rows, fit, see the diagnostics and the convergence in words', async () => {
    await page.click('#import-accept');
    await fit();
    assert(await page.locator('#import-results').count() === 1, await said('#import-message'));
    assert(await page.locator('#import-results canvas').count() === 6, 'six diagnostics charts');
    const conv = await page.locator('#import-convergence').textContent();
    assert(/starting points/.test(conv), conv);
    const privacy = await page.locator('#import-privacy').textContent();
    assert(/never|No customer id/.test(privacy), privacy);
    // The charts are drawn (not blank): some pixels are not white.
    const inked = await page.evaluate(() => [...document.querySelectorAll('#import-results canvas')].every(c => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0; for (let i = 0; i < d.length; i += 4 * 97) if (d[i] < 200) n++; return n > 50;
    }));
    assert(inked, 'every chart is drawn');
    await page.screenshot({ path: path.join(artifacts, 'calibrate-diagnostics.png'), fullPage: true });
  });

  await step('import: "Simulate a programme for these customers" runs them, and undo brings the scenario back', async () => {
    const before = (await page.locator('#f-name').count()) ? await page.inputValue('#f-name') : null;
    await page.click('#import-simulate');
    const id = await waitForResult(page, firstRun);
    assert(id > firstRun, 'a new run');
    const notice = await page.locator('[data-testid=notice]').textContent();
    assert(/stay on this machine/.test(notice), notice);
    assert(await page.locator('#import').count() === 0, 'the import view closes');
    if (before !== null) {
      assert(await page.inputValue('#f-name') === 'Calibrated customers', 'the calibrated scenario is the draft');
      await page.click('#undo');
      assert(await page.inputValue('#f-name') === before, 'undo restores the scenario');
      await page.click('#redo');
    }
  });

  await step('import: ambiguous dates are asked about, then read as chosen', async () => {
    await openImport();
    await choose(file('calibrate-ambiguous.csv', 'a,01/02/2024,5\na,03/04/2024,6\nb,05/06/2024,7\nb,07/08/2024,8\n'));
    const err = await page.locator('#import-error').textContent();
    assert(/day\/month or month\/day/.test(err), err);
    assert(await page.inputValue('#import-date-format') === '', 'nothing guessed');
    await page.selectOption('#import-date-format', 'DD/MM/YYYY');
    await page.waitForSelector('#import-summary');
    const s = await page.locator('#import-summary').textContent();
    assert(s.includes('2024-02-01') && s.includes('2024-08-07'), s);
  });

  await step('import: a file with no readable row gives a sentence with line numbers', async () => {
    await choose(file('calibrate-bad.csv', 'customer,date,amount\nx,2024-13-01,5\ny,2024-01-01,lots\nz,,3\n'));
    const err = await page.locator('#import-error').textContent();
    assert(/line 2/.test(err) && /line 3/.test(err) && /line 4/.test(err), err);
    await page.click('#import-close');
  });

  const sample = path.join(root, 'target/data/lifetimes-0.11.3/lifetimes/datasets/CDNOW_sample.txt');
  if (fs.existsSync(sample)) {
    await step('import: the CDNOW sample fitted in the browser gives the published BG/NBD parameters', async () => {
      await openImport();
      await choose(sample);
      await page.selectOption('#import-id', '2');
      await page.waitForFunction(() => document.querySelector('#import')?.dataset.busy === 'false');
      await page.selectOption('#import-amount', '5');
      await page.waitForFunction(() => document.querySelector('#import')?.dataset.busy === 'false');
      await page.fill('#import-calibration-end', '1997-09-30');
      await page.fill('#import-holdout-end', '1998-06-30');
      await fit();
      const text = await page.locator('#import-results').textContent();
      assert(text.includes('r = 0.243, alpha = 4.414 weeks, a = 0.793, b = 2.426'), text.slice(0, 400));
      assert(text.includes('Fitted on 2,357 customers'), text.slice(0, 200));
      await page.click('#import-close');
    });
  }

  if (bench) {
    const master = path.join(root, 'target/data/lifetimes-0.11.3/lifetimes/datasets/CDNOW_master.txt');
    const cases = [];
    if (fs.existsSync(master)) cases.push(['CDNOW master (69,659 rows)', master]);
    cases.push(['generated (1,000,000 rows)', file('calibrate-million.csv', generate(1_000_000, 'iso', 11))]);
    for (const [name, p] of cases) {
      await step(`bench: import and fit ${name}`, async () => {
        await openImport();
        const t0 = Date.now();
        await choose(p);
        const read = Date.now() - t0;
        assert(await page.locator('#import-summary').count() === 1, await said('#import-error'));
        if (await page.locator('#import-accept').count()) await page.click('#import-accept');
        const t1 = Date.now();
        await page.click('#import-fit');
        // The page answers while the worker fits.
        let worst = 0;
        while (await page.evaluate(() => document.querySelector('#import')?.dataset.busy === 'true')) {
          const s = Date.now();
          await page.evaluate(() => new Promise(r => requestAnimationFrame(() => r())));
          worst = Math.max(worst, Date.now() - s);
        }
        const fitted = Date.now() - t1;
        assert(await page.locator('#import-results').count() === 1, await said('#import-message'));
        const line = `${name}: read ${read} ms, fit ${fitted} ms, longest frame wait while fitting ${worst} ms`;
        console.log(`     ${line}`);
        fs.appendFileSync(path.join(artifacts, 'bench.txt'), `calibrate ${line}\n`);
        assert(worst < 1000, `the page stayed responsive (${worst} ms)`);
        await page.click('#import-close');
      });
    }
  }
  await ctx.close();
}
