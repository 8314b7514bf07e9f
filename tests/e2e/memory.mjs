// The memory check: on a device that says it has little memory
// (navigator.deviceMemory), a population that cannot fit is refused before
// the run, and a run that outgrows the tab is stopped with a sentence at the
// Market size field; the last result stays.

export async function run(h) {
  const { browser, base, step, assert, newPage, waitForResult, setField, showAll } = h;
  const ctx = await browser.newContext();
  // 0.25 GiB: 64 MiB a worker, room for 131,072 simulated customers.
  await ctx.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 0.25 });
  });
  const page = await newPage(ctx);
  await page.goto(base);
  let run = await waitForResult(page);
  await showAll(page);
  const problems = async () => Number(await page.locator('#problems').getAttribute('data-count').catch(() => '0'));

  await step('memory: day-0 customers that cannot fit in this tab are refused before the run, saying how many fit', async () => {
    await setField(page, '#f-simulation-customers', '200000');
    await page.waitForFunction(() => document.querySelector('#problems')?.dataset.count === '1');
    assert(await page.locator('#run').isDisabled(), 'Run disabled');
    const why = await page.locator('#f-simulation-customers-error').textContent();
    assert(/131,072 customers/.test(why) && /Lower Customers/.test(why), `the message says what fits: ${why}`);
    await page.waitForTimeout(600);
    assert(Number(await page.locator('.results').getAttribute('data-run')) === run, 'nothing ran');
  });

  await step('memory: a run that outgrows the tab stops with a sentence at Market size; the last result stays; a market that fits runs', async () => {
    if (!(await page.locator('#g-market').evaluate(d => d.open))) await page.locator('#g-market summary').click();
    const before = await page.locator('[data-kpi=incremental-profit] .kpi-value').textContent();
    await setField(page, '#f-simulation-days', '365');
    await setField(page, '#f-market-trend', '1');
    await setField(page, '#f-simulation-customers', '100000');
    await page.click('#run'); // too large for live updates
    await page.waitForFunction(() => document.querySelector('#f-market-market-size-error')?.textContent.trim(), null, { timeout: 60_000 });
    const why = await page.locator('#f-market-market-size-error').textContent();
    assert(/grew to [\d,]+ customers by month \d+/.test(why) && /Set Market size to 131,072 or fewer/.test(why), `the message: ${why}`);
    assert(await page.locator('#run').isDisabled() && (await problems()) === 1, 'Run disabled until the setting changes');
    assert(await page.locator('#progress').count() === 0, 'the run stopped');
    assert(await page.locator('[data-kpi=incremental-profit] .kpi-value').textContent() === before, 'the last result stays');
    await setField(page, '#f-market-market-size', '131072');
    await page.click('#run');
    run = await waitForResult(page, run, 120_000);
    assert(!(await page.locator('#f-market-market-size-error').textContent()).trim(), 'the message is gone');
  });
  await ctx.close();
}
