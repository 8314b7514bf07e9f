// End-to-end steps of the finance view's later parts: the spreadsheet of the
// whole result (made in the xlsx worker, downloaded, read back with exceljs
// and compared with the page's numbers), the targeted segments' table, and
// the waterfall on a phone. Called from e2e.mjs: `await run(h)`.

import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';

/** A money cell as the Finance tables show it ("−1,234.50") as a number. */
function money(text) {
  return Number(text.trim().replace('−', '-').replace(/,/g, ''));
}

/** The rows of a worksheet as arrays of cell values (row 1 is the header). */
function rowsOf(ws) {
  const rows = [];
  ws.eachRow({ includeEmpty: false }, (row) => rows.push(row.values.slice(1)));
  return rows;
}

export async function run(h) {
  const { step, assert, newPage, waitForResult, kpis, showAll, browser, base, artifacts } = h;
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await newPage(ctx);
  let runId = 0;

  await step('Finance: the whole result downloads as a spreadsheet (xlsx worker) that reads back with the page\'s numbers', async () => {
    await page.goto(base);
    runId = await waitForResult(page, runId);
    const shownKpis = await kpis(page);
    await page.click('#view-finance');
    await page.waitForSelector('#xlsx-download button');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.click('#xlsx-download button'),
    ]);
    assert(download.suggestedFilename() === 'loyalty-lab-result.xlsx', download.suggestedFilename());
    const file = path.join(artifacts, 'result.xlsx');
    await download.saveAs(file);
    const head = fs.readFileSync(file).subarray(0, 4);
    assert(head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), 'a zip file (xlsx)');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const names = book.worksheets.map(w => w.name);
    for (const want of ['KPIs', 'Monthly', 'Waterfall', 'Members', 'Deciles', 'Points roll-forward',
      'Deferred revenue', 'Cohorts', 'Tiers', 'Segments']) {
      assert(names.includes(want), `sheet ${want} in ${names}`);
    }
    // The KPI against the page's card (rounded as shown).
    const kpiRows = rowsOf(book.getWorksheet('KPIs'));
    const inc = kpiRows.find(r => r[0] === 'incremental_profit');
    assert(inc && typeof inc[1] === 'number' && inc[2] === 'EUR', `incremental_profit row: ${JSON.stringify(inc)}`);
    const shown = shownKpis['incremental-profit'].replace('−', '-').replace('€', '');
    const m = shown.match(/(-?[\d.,]+)\s*(k|M)?/);
    const scale = m[2] === 'M' ? 1e6 : m[2] === 'k' ? 1e3 : 1;
    const card = Number(m[1].replace(/,/g, '')) * scale;
    assert(Math.abs(inc[1] - card) <= scale * 0.051 + 1, `xlsx incremental profit ${inc[1]} vs the card ${shown}`);
    // The waterfall, part by part, to the cent against the page's table.
    const parts = rowsOf(book.getWorksheet('Waterfall')).slice(1);
    const cells = await page.locator('#finance-waterfall tbody tr td:nth-child(2)').allTextContents();
    assert(parts.length === cells.length && parts.length > 8, `${parts.length} parts vs ${cells.length} shown`);
    parts.forEach((p, i) => assert(Math.round(p[1] * 100) === Math.round(money(cells[i]) * 100),
      `part ${p[0]}: xlsx ${p[1]} vs page ${cells[i]}`));
    const cents = parts.reduce((s, p) => s + Math.round(p[1] * 100), 0);
    assert(cents === Math.round(inc[1] * 100), `the parts add up: ${cents} vs ${inc[1]}`);
    // Both runs' months, the units in the headers.
    const monthly = rowsOf(book.getWorksheet('Monthly'));
    assert(monthly.length === 25, `24 months and a header, got ${monthly.length}`);
    assert(monthly[0].includes('profit (EUR)') && monthly[0].includes('baseline_profit (EUR)'), `header ${monthly[0]}`);
    const note = await page.locator('#xlsx-download-note').textContent();
    assert(!/could not/.test(note), `no failure: ${note}`);
  });

  await step('Finance: targeted segments: a sentence without any, a row per benefit for the VIP example, with a CSV', async () => {
    assert(await page.locator('#finance-segments .placeholder').count() === 1, 'the default scenario targets no segment');
    const names = await page.locator('#examples option').allTextContents();
    const vip = names.findIndex(n => /VIP/.test(n));
    assert(vip > 0, `a VIP example in ${names}`);
    await page.selectOption('#examples', String(vip - 1));
    runId = await waitForResult(page, runId);
    const rows = page.locator('#finance-segments tbody tr');
    assert(await rows.count() >= 1, 'segment rows');
    const first = await rows.first().locator('td').allTextContents();
    assert(first.some(c => c === 'VIP terms'), `a VIP row: ${first}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#finance-segments button.csv'),
    ]);
    assert(download.suggestedFilename() === 'loyalty-lab-segments.csv', download.suggestedFilename());
    const file = path.join(artifacts, 'segments.csv');
    await download.saveAs(file);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    assert(header.includes('reach (members)') && header.includes('cost (EUR)'), `header: ${header}`);
    await page.locator('#finance-segments').screenshot({ path: path.join(artifacts, 'finance-segments.png') });
  });

  await step('Finance: a cost line and a goal from the editor: the line in the cost table, the verdict judged against the goal', async () => {
    await page.selectOption('#examples', '0');
    runId = await waitForResult(page, runId);
    await showAll(page);
    await page.locator('#g-business').evaluate(d => { d.open = true; });
    const table = page.locator('#table-cost-lines');
    await table.locator('button', { hasText: 'Add row' }).last().click();
    runId = await waitForResult(page, runId);
    await page.selectOption('#f-programme-costs-lines-0--item', 'technical_support');
    runId = await waitForResult(page, runId);
    await page.fill('#f-programme-costs-lines-0--amount', '321');
    await page.locator('#f-programme-costs-lines-0--amount').press('Tab');
    runId = await waitForResult(page, runId);
    if (await page.locator('#finance-cost-lines').count() === 0) await page.click('#view-finance');
    const costRows = await page.locator('#finance-cost-lines tbody tr').allTextContents();
    assert(costRows.some(r => /Technical support/.test(r) && /321\.00/.test(r)), `cost rows: ${costRows}`);
    await page.selectOption('#f-programme-goal', 'retention');
    runId = await waitForResult(page, runId);
    const verdict = await page.locator('[data-testid=verdict]').textContent();
    assert(/As a retention programme/.test(verdict), `verdict: ${verdict}`);
    const panel = await page.locator('#finance-goal').textContent();
    assert(/retention programme/.test(panel), `goal panel: ${panel}`);
    await page.selectOption('#f-programme-goal', 'defensive');
    runId = await waitForResult(page, runId);
    assert(/competitor/.test(await page.locator('#finance-goal').textContent()), 'the defensive goal asks for a competitor event');
    await page.locator('#finance-goal').screenshot({ path: path.join(artifacts, 'finance-goal.png') });
    await page.selectOption('#f-programme-goal', 'none');
    runId = await waitForResult(page, runId);
    assert(await page.locator('#finance-goal').count() === 0, 'no goal, no judgement');
  });

  await step('Finance: the waterfall draws on a phone (390 px) and the spreadsheet button is on screen', async () => {
    const phone = await newPage(ctx, { width: 390, height: 844 });
    await phone.goto(base);
    await waitForResult(phone);
    await phone.click('#view-finance');
    await phone.waitForSelector('#chart-waterfall canvas');
    const inked = () => {
      const c = document.querySelector('#chart-waterfall canvas');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 16) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
      return n > 500;
    };
    await phone.waitForFunction(inked, null, { timeout: 10_000 });
    const box = await phone.locator('#xlsx-download button').boundingBox();
    assert(box && box.x >= 0 && box.x + box.width <= 390, `the button fits: ${JSON.stringify(box)}`);
    await phone.locator('#chart-waterfall').screenshot({ path: path.join(artifacts, 'waterfall-phone.png') });
    await phone.close();
  });

  await ctx.close();
}
