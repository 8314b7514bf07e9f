// End-to-end steps of the currency setting, the charts drawn at the size
// they are shown (device-pixel aware, readable tick labels) and the phone's
// compact run bar.
//
// Called from e2e.mjs: `await run(h)` with its helpers.

import fs from 'node:fs';
import path from 'node:path';
import { generate } from './calibrate.mjs';

/** Every grid chart's canvas: its buffer, its CSS size and its tick size. */
function canvases(page) {
  return page.evaluate(() => [...document.querySelectorAll('.chart-grid figure.chart canvas')]
    .filter(c => c.offsetParent !== null)
    .map(c => ({
      id: c.closest('figure').id, w: c.width, h: c.height,
      cw: c.clientWidth, ch: c.clientHeight, tick: Number(c.dataset.tickPx), dpr: devicePixelRatio,
    })));
}

/** Waits until every shown grid canvas is drawn at its CSS size in device pixels. */
async function waitForSharpCharts(page) {
  await page.waitForFunction(() => {
    const cs = [...document.querySelectorAll('.chart-grid figure.chart canvas')].filter(c => c.offsetParent !== null);
    return cs.length > 0 && cs.every(c => Math.abs(c.width - c.clientWidth * devicePixelRatio) <= 2
      && Math.abs(c.height - c.clientHeight * devicePixelRatio) <= 2);
  }, null, { timeout: 10_000 });
}

/** The canvases under `root` (a selector): buffer, CSS size, tick size. */
function canvasesIn(page, root) {
  return page.evaluate((root) => [...document.querySelectorAll(`${root} figure.chart canvas`)]
    .filter(c => c.offsetParent !== null)
    .map(c => ({
      id: c.closest('figure').id, w: c.width, h: c.height,
      cw: c.clientWidth, ch: c.clientHeight, tick: Number(c.dataset.tickPx), dpr: devicePixelRatio,
    })), root);
}

/** Waits until every shown canvas under `root` is drawn at its CSS size in device pixels. */
async function waitForSharpIn(page, root) {
  await page.waitForFunction((root) => {
    const cs = [...document.querySelectorAll(`${root} figure.chart canvas`)].filter(c => c.offsetParent !== null);
    return cs.length > 0 && cs.every(c => Math.abs(c.width - c.clientWidth * devicePixelRatio) <= 2
      && Math.abs(c.height - c.clientHeight * devicePixelRatio) <= 2);
  }, root, { timeout: 15_000 });
}

/**
 * The charts under `root` are drawn at 2 device pixels per CSS pixel with
 * readable ticks; the first opens enlarged (drawn at its new size) and
 * closes with Esc, and downloads as a 1920 x 1080 PNG.
 */
async function checkSharp(page, root, least, { assert, artifacts, name }) {
  await waitForSharpIn(page, root);
  const all = await canvasesIn(page, root);
  assert(all.length >= least, `${name}: ${all.length} charts shown`);
  for (const x of all) {
    assert(x.dpr === 2, `device pixel ratio ${x.dpr}`);
    assert(Math.abs(x.w - 2 * x.cw) <= 2 && Math.abs(x.h - 2 * x.ch) <= 2, `${x.id}: ${x.w} x ${x.h} for ${x.cw} x ${x.ch} CSS px`);
    const floor = x.cw < 480 ? 12 : 14;
    assert(x.tick >= floor && x.tick <= 24, `${x.id}: tick labels ${x.tick} px at ${x.cw} px wide`);
  }
  const fig = page.locator(`#${all[0].id}`);
  await fig.locator('button.enlarge').click();
  await page.waitForFunction((id) => {
    const f = document.getElementById(id);
    const c = f.querySelector('canvas');
    const shown = c.getBoundingClientRect().width;
    return f.classList.contains('enlarged') && shown > 900 && Math.abs(c.width - shown * devicePixelRatio) <= 2;
  }, all[0].id, { timeout: 10_000 }).catch(async (e) => {
    const st = await page.evaluate((id) => {
      const f = document.getElementById(id); const c = f.querySelector('canvas');
      return { cls: f.className, shown: c.getBoundingClientRect().width, w: c.width, dpr: devicePixelRatio };
    }, all[0].id);
    throw new Error(`${name}: ${all[0].id} enlarged: ${JSON.stringify(st)}`);
  });
  await page.screenshot({ path: path.join(artifacts, `${name}-enlarged-dpr2.png`) });
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => !document.getElementById(id).classList.contains('enlarged'), all[0].id);
  const [download] = await Promise.all([page.waitForEvent('download'), fig.locator('button.png').click()]);
  const file = path.join(artifacts, `${name}-${all[0].id}.png`);
  await download.saveAs(file);
  const png = fs.readFileSync(file);
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert(w === 1920 && h === 1080, `${name} PNG ${w} x ${h}`);
}

export async function run({ step, assert, newPage, waitForResult, kpis, showAll, browser, base, artifacts }) {
  await step('ux currency: USD set in the editor is in the KPI cards, the verdict, the CSV headers and the share link', async () => {
    const c = await browser.newContext({ acceptDownloads: true });
    const p = await newPage(c);
    await p.goto(base);
    const first = await waitForResult(p);
    const before = await kpis(p);
    assert(before['incremental-profit'].includes('€'), `EUR by default: ${before['incremental-profit']}`);
    await showAll(p);
    if (!(await p.locator('#g-business').evaluate(d => d.open))) await p.locator('#g-business summary').click();
    await p.selectOption('#f-business-currency', 'USD');
    await p.click('#run');
    await waitForResult(p, first);
    const after = await kpis(p);
    for (const id of ['incremental-profit', 'npv']) {
      assert(after[id].includes('$') && !after[id].includes('€'), `${id}: ${after[id]}`);
      // The same number: the currency only names the money.
      assert(after[id].replace('$', '') === before[id].replace('€', ''), `${id}: ${before[id]} -> ${after[id]}`);
    }
    const verdict = await p.locator('[data-testid=verdict]').textContent();
    assert(verdict.includes('$') && !verdict.includes('€'), verdict);
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#download-csv')]);
    const file = path.join(artifacts, 'monthly-usd.csv');
    await download.saveAs(file);
    const header = fs.readFileSync(file, 'utf8').split('\n')[0].split(',');
    assert(header.includes('revenue (USD)') && header.includes('nps'), `CSV header: ${header.slice(0, 8).join(',')}`);
    const [summary] = await Promise.all([p.waitForEvent('download'), p.click('#download-summary')]);
    const sfile = path.join(artifacts, 'summary-usd.csv');
    await summary.saveAs(sfile);
    assert(/\(USD\)/.test(fs.readFileSync(sfile, 'utf8')), 'the summary names USD');
    // The custom symbol: shown in the cards at once after a run.
    await p.fill('#f-business-currency-symbol', 'US$');
    const second = Number(await p.locator('.results').getAttribute('data-run'));
    await p.click('#run');
    await waitForResult(p, second);
    assert((await kpis(p))['npv'].includes('US$'), 'the custom symbol is shown');
    // An unknown code without a symbol is explained and stops the run.
    await p.selectOption('#f-business-currency', 'other');
    await p.fill('#f-business-currency-symbol', '');
    await p.fill('#f-business-currency-code', 'XYZ');
    await p.waitForFunction(() => /symbol/.test(document.querySelector('#f-business-currency-code-error')?.textContent || ''));
    assert(await p.locator('#run').isDisabled(), 'Run is disabled while the currency is unusable');
    await p.fill('#f-business-currency-symbol', 'X$');
    await p.waitForFunction(() => !document.querySelector('#run').disabled);
    // The share link carries it.
    await p.selectOption('#f-business-currency', 'GBP');
    await p.click('#copy-link');
    await p.waitForSelector('#share-link');
    const link = await p.locator('#share-link').inputValue();
    const q = await newPage(c);
    await q.goto(link);
    await waitForResult(q);
    assert((await kpis(q))['npv'].includes('£'), `the link's currency: ${(await kpis(q))['npv']}`);
    await c.close();
  });

  for (const [name, viewport, dpr, least] of [
    ['1280x800', { width: 1280, height: 800 }, 1, 14],
    ['1280x800 at 2 device pixels per CSS pixel', { width: 1280, height: 800 }, 2, 14],
    ['390x844 (phone, 3 device pixels per CSS pixel)', { width: 390, height: 844 }, 3, 12],
  ]) {
    await step(`ux charts at ${name}: drawn at their shown size in device pixels, tick labels >= ${least} px`, async () => {
      const c = await browser.newContext({ deviceScaleFactor: dpr, viewport });
      const p = await newPage(c, viewport);
      await p.goto(base);
      await waitForResult(p);
      await waitForSharpCharts(p);
      const all = await canvases(p);
      assert(all.length >= 10, `${all.length} charts shown`);
      for (const x of all) {
        assert(x.dpr === dpr, `device pixel ratio ${x.dpr}`);
        assert(x.tick >= least && x.tick <= 24, `${x.id}: tick labels ${x.tick} px at ${x.cw} px wide`);
      }
      if (viewport.width > 600) {
        // A resize (the editor folded away) redraws at the new size.
        const w0 = all[0].w;
        await p.click('#fold');
        await waitForSharpCharts(p);
        const w1 = (await canvases(p))[0].w;
        assert(w1 !== w0, `redrawn at the new size after folding the editor: ${w0} -> ${w1}`);
        await p.click('#fold');
      }
      await p.screenshot({ path: path.join(artifacts, `charts-${viewport.width}-dpr${dpr}.png`) });
      // A PNG download keeps a sensible size (1920 x 1080) whatever the shown size.
      const [download] = await Promise.all([p.waitForEvent('download'),
        p.locator('#chart-cumulative-profit button.png').click()]);
      const file = path.join(artifacts, `chart-${viewport.width}-dpr${dpr}.png`);
      await download.saveAs(file);
      const png = fs.readFileSync(file);
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert(w === 1920 && h === 1080, `PNG ${w} x ${h}`);
      await c.close();
    });
  }

  await step('ux story, calibration and experiment charts at 2 device pixels per CSS pixel: sharp, readable, enlargeable, PNG 1920x1080', async () => {
    const viewport = { width: 1280, height: 800 };
    const c = await browser.newContext({ deviceScaleFactor: 2, viewport, acceptDownloads: true });
    const p = await newPage(c, viewport);
    await p.goto(base);
    const first = await waitForResult(p);
    // A small population keeps the story and the experiment quick.
    await showAll(p);
    await p.locator('#f-simulation-customers').fill('1500');
    await waitForResult(p, first);
    const h = { assert, artifacts };
    // Follow a customer: the story's eight charts.
    await p.click('#view-follow');
    await p.waitForSelector('#follow-title:visible');
    await p.selectOption('#follow-kind', 'any');
    await p.click('#follow-go');
    await p.waitForSelector('#follow-story figure.chart canvas', { timeout: 120_000 });
    await checkSharp(p, '#follow-story', 8, { ...h, name: 'story' });
    await p.click('#view-overview');
    // Use your own customers: the six diagnostics.
    await p.click('#open-import');
    await p.locator('#import').waitFor();
    const log = path.join(artifacts, 'ux-log.csv');
    fs.writeFileSync(log, generate(3000, 'iso', 11));
    await p.setInputFiles('#import-file', log);
    await p.waitForSelector('#import-summary', { timeout: 60_000 });
    await p.click('#import-fit');
    await p.waitForSelector('#import-results canvas', { timeout: 120_000 });
    await checkSharp(p, '#import-results', 6, { ...h, name: 'calibration' });
    await p.goto(base);
    await waitForResult(p);
    // An experiment (Monte Carlo over a few seeds): its charts.
    await p.click('#mode-experiments');
    await p.waitForSelector('#experiments', { state: 'visible' });
    const seeds = p.locator('#exp-seeds');
    await seeds.fill('3');
    await seeds.press('Tab');
    await p.click('#exp-start');
    await p.waitForFunction(() => document.querySelector('#exp-progress')?.dataset.state === 'finished', null, { timeout: 180_000 });
    await checkSharp(p, '#exp-results', 2, { ...h, name: 'experiment' });
    await c.close();
  });

  await step('ux currency "other": the code field starts empty with a hint, never XXX; nothing lost switching back', async () => {
    const c = await browser.newContext();
    const p = await newPage(c);
    await p.goto(base);
    await waitForResult(p);
    await showAll(p);
    if (!(await p.locator('#g-business').evaluate(d => d.open))) await p.locator('#g-business summary').click();
    await p.selectOption('#f-business-currency', 'GBP');
    await p.selectOption('#f-business-currency', 'other');
    const code = p.locator('#f-business-currency-code');
    await code.waitFor();
    assert(await code.inputValue() === '', `the code field starts empty: "${await code.inputValue()}"`);
    assert(await code.getAttribute('placeholder') === 'GBP', `placeholder: ${await code.getAttribute('placeholder')}`);
    const help = await p.locator('#f-business-currency-code-help').textContent();
    assert(/ISO 4217/.test(help) && /GBP/.test(help), `hint: ${help}`);
    assert(!(await p.locator('#f-business-currency-code-error').textContent()).trim(), 'no error before anything is typed');
    assert(!(await p.locator('#run').isDisabled()), 'Run stays enabled: nothing invalid was set');
    const editor = await p.locator('#editor, .editor').first().textContent();
    assert(!/XXX/.test(editor), 'no XXX anywhere in the editor');
    // Typed, then emptied: back to the code in use.
    await code.fill('nzd');
    assert(await code.inputValue() === 'NZD', `typed in capitals: ${await code.inputValue()}`);
    await code.fill('');
    assert(!(await p.locator('#run').isDisabled()), 'emptied: the code in use again');
    await p.selectOption('#f-business-currency', 'GBP');
    assert(await p.locator('#f-business-currency-code').count() === 0, 'the code field goes');
    assert(await p.inputValue('#f-business-currency') === 'GBP', 'back to GBP');
    await c.close();
  });

  await step('ux phone (390x844): the run bar is one row of <= 80 px and the verdict starts within 100 px of the results tab', async () => {
    const c = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await newPage(c, { width: 390, height: 844 });
    await p.goto(base);
    await waitForResult(p);
    const bar = await p.locator('.run-bar').evaluate(e => {
      const r = e.getBoundingClientRect();
      const tops = [...e.children].filter(x => x.offsetParent !== null && x.getBoundingClientRect().height > 0)
        .map(x => Math.round(x.getBoundingClientRect().top + x.getBoundingClientRect().height / 2));
      return { height: r.height, rows: new Set(tops.map(t => Math.round(t / 12))).size, spread: Math.max(...tops) - Math.min(...tops) };
    });
    assert(bar.height <= 80, `run bar ${bar.height} px tall`);
    assert(bar.spread <= 12, `run bar in one row (centres ${bar.spread} px apart)`);
    const gap = await p.evaluate(() => {
      const tabs = document.querySelector('.tabs').getBoundingClientRect();
      const v = document.querySelector('[data-testid=verdict]').getBoundingClientRect();
      return v.top - tabs.bottom;
    });
    assert(gap >= 0 && gap <= 100, `the verdict starts ${gap} px below the tabs`);
    await p.screenshot({ path: path.join(artifacts, 'phone-run-bar.png') });
    await c.close();
  });
}
