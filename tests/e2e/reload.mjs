// A reload keeps what the examples menu and the name say about the draft:
// the example it came from and "edited".

export async function run(h) {
  const { browser, base, step, assert, newPage, waitForResult, setField, showAll } = h;
  const ctx = await browser.newContext();
  const page = await newPage(ctx);
  await page.goto(base);
  let run = await waitForResult(page);
  await showAll(page);

  await step('reload: an edited example is still named in the menu and marked "edited", and so is its name', async () => {
    const names = await page.locator('#examples option').allTextContents();
    const tiers = names.indexOf('Silver, gold and platinum tiers') - 1;
    await page.selectOption('#examples', String(tiers));
    await page.waitForFunction(() => document.querySelector('#t-tiers')?.checked === true);
    run = await waitForResult(page, run);
    const window = Number(await page.locator('#f-programme-tiers-window-months').inputValue());
    await setField(page, '#f-programme-tiers-window-months', String(window + 1));
    await page.waitForFunction(() => document.querySelector('#examples').dataset.edited === 'true');
    await page.reload();
    await waitForResult(page);
    assert(await page.locator('#f-programme-tiers-window-months').inputValue() === String(window + 1), 'the edit is kept');
    const shown = await page.locator('#examples option:checked').textContent();
    assert(shown === 'Silver, gold and platinum tiers (edited)', `menu after reload: ${shown}`);
    assert(await page.locator('#f-name-edited').count() === 1, 'the scenario name is still marked edited');
    // A damaged basis falls back to what the scenario tells: nothing lost.
    await page.evaluate(() => localStorage.setItem('loyalty-lab.basis.v1', '{"example": 99'));
    await page.reload();
    await waitForResult(page);
    assert(await page.locator('#f-programme-tiers-window-months').inputValue() === String(window + 1), 'the edit is kept');
  });
  await ctx.close();
}
