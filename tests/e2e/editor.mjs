// End-to-end steps of the editor as a marketer uses it (no silent wrong
// numbers): numbers as people type them, text that is not a number, undo and
// redo, Restart, the KPI cards' texts, upload messages, drop-downs. Run from
// e2e.mjs, which passes its helpers.

import fs from 'node:fs';
import path from 'node:path';

export async function run({ step, assert, newPage, waitForResult, kpis, showAll, setField, browser, base, artifacts, root }) {
  const ctxUx = await browser.newContext({ acceptDownloads: true });
  const ux = await newPage(ctxUx);
  let uxRun;
  const understood = async (sel) => ux.locator(`${sel}`).locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.understood').textContent();
  const runDisabledAndStale = async () => {
    assert(await ux.locator('#run').isDisabled(), 'Run is disabled');
    await ux.waitForFunction(() => document.querySelector('.results')?.dataset.stale === 'true');
  };

  await step('numbers as people type them: 0,5 / 30% / 10 000 / 1e4 are read and said back; the run uses them', async () => {
    await ux.goto(base);
    uxRun = await waitForResult(ux);
    await showAll(ux);
    await ux.locator('#g-business summary').click();
    await setField(ux, '#f-business-gross-margin', '0,5');
    assert(await understood('#f-business-gross-margin') === 'Read as 0.5', `0,5: "${await understood('#f-business-gross-margin')}"`);
    uxRun = await waitForResult(ux, uxRun);
    await setField(ux, '#f-business-gross-margin', '30 %');
    assert(await understood('#f-business-gross-margin') === 'Read as 0.3 (30 %)', `30 %: "${await understood('#f-business-gross-margin')}"`);
    uxRun = await waitForResult(ux, uxRun);
    await setField(ux, '#f-simulation-customers', '10 000');
    assert(await understood('#f-simulation-customers') === 'Read as 10,000', `10 000: "${await understood('#f-simulation-customers')}"`);
    await setField(ux, '#f-simulation-customers', '5\u00a0000');
    assert(await understood('#f-simulation-customers') === 'Read as 5,000', 'a non-breaking space groups thousands');
    uxRun = await waitForResult(ux, uxRun);
    await setField(ux, '#f-simulation-customers', '1e4');
    assert(await understood('#f-simulation-customers') === 'Read as 10,000', `1e4: "${await understood('#f-simulation-customers')}"`);
    uxRun = await waitForResult(ux, uxRun);
    const [download] = await Promise.all([ux.waitForEvent('download'), ux.click('#download-json')]);
    const file = path.join(artifacts, 'typed.json');
    await download.saveAs(file);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert(saved.business.gross_margin === 0.3 && saved.simulation.customers === 10000, `saved ${saved.business.gross_margin} ${saved.simulation.customers}`);
    await ux.locator('#f-business-gross-margin').locator('xpath=ancestor::div[contains(@class,"field")][1]').screenshot({ path: path.join(artifacts, 'understood.png') });
  });

  await step('text that is not a number (empty, 1,250, 12abc): Run disabled with the count and a jump, results stale, every field listed', async () => {
    await setField(ux, '#f-business-gross-margin', '');
    await runDisabledAndStale();
    assert(/1 setting needs fixing/.test(await ux.locator('#problems').textContent()), 'count beside Run');
    assert(/Fix the setting marked in red/.test(await ux.locator('#status').textContent()), `status: ${await ux.locator('#status').textContent()}`);
    await setField(ux, '#f-business-mean-basket', '1,250');
    await ux.waitForFunction(() => document.querySelector('#problems')?.dataset.count === '2');
    assert(/1250 or 1\.250/.test(await ux.locator('#f-business-mean-basket-error').textContent()), 'the ambiguous comma is explained');
    await setField(ux, '#f-business-service-quality', '12abc');
    await ux.waitForFunction(() => document.querySelector('#problems')?.dataset.count === '3');
    const summary = await ux.locator('.error-summary').textContent();
    for (const name of ['Gross margin', 'Average basket', 'Service quality']) assert(summary.includes(name), `error list names ${name}: ${summary}`);
    // Nothing runs on the old values meanwhile.
    await ux.waitForTimeout(800);
    assert(Number(await ux.locator('.results').getAttribute('data-run')) === uxRun, 'no run while a field is unreadable');
    // The jump: from far down the page, to the first field that needs fixing.
    await ux.locator('#g-business summary').click(); // folded away
    await ux.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await ux.click('#jump');
    assert(await ux.evaluate(() => document.activeElement?.id) === 'f-business-mean-basket', `focus on ${await ux.evaluate(() => document.activeElement?.id)}`);
    assert(await ux.locator('#g-business').evaluate(d => d.open), 'its group opened');
    await ux.screenshot({ path: path.join(artifacts, 'problems-beside-run.png') });
    await setField(ux, '#f-business-mean-basket', '40');
    await setField(ux, '#f-business-service-quality', '0.7');
    await setField(ux, '#f-business-gross-margin', '0.3');
    uxRun = await waitForResult(ux, uxRun);
    assert(await ux.locator('#problems').count() === 0, 'no problems left');
    assert(!(await ux.locator('#run').isDisabled()), 'Run enabled again');
  });

  await step('undo and redo every edit (keys and buttons); an example load is undoable and the menu says which and "edited"', async () => {
    await setField(ux, '#f-programme-points-earn-rate', '0.05');
    uxRun = await waitForResult(ux, uxRun);
    await ux.locator('body').click({ position: { x: 5, y: 5 } });
    await ux.keyboard.press('Control+z');
    await ux.waitForFunction(() => document.querySelector('#f-programme-points-earn-rate').value !== '0.05');
    const before = await ux.locator('#f-programme-points-earn-rate').inputValue();
    await ux.keyboard.press('Control+Shift+z');
    await ux.waitForFunction(() => document.querySelector('#f-programme-points-earn-rate').value === '0.05');
    // Load an example: replaces the edits, says so, and one undo brings them back.
    const names = await ux.locator('#examples > option').allTextContents();
    const tiers = names.indexOf('Silver, gold and platinum tiers') - 1;
    await ux.selectOption('#examples', String(tiers));
    await ux.waitForFunction(() => document.querySelector('#t-tiers')?.checked === true);
    assert(await ux.locator('#examples').inputValue() === String(tiers), 'the menu shows the example loaded');
    assert(/Undo/.test(await ux.locator('[data-testid=notice]').textContent()), 'the notice offers undo');
    uxRun = await waitForResult(ux, uxRun);
    const window = Number(await ux.locator('#f-programme-tiers-window-months').inputValue());
    await setField(ux, '#f-programme-tiers-window-months', String(window + 1));
    await ux.waitForFunction(() => document.querySelector('#examples').dataset.edited === 'true');
    const shown = await ux.locator('#examples option:checked').textContent();
    assert(shown === 'Silver, gold and platinum tiers (edited)', `menu: ${shown}`);
    assert(await ux.locator('#f-name-edited').count() === 1, 'the scenario name is marked edited');
    // Choosing the edited example again loads it afresh (undoably).
    await ux.selectOption('#examples', String(tiers));
    await ux.waitForFunction(() => document.querySelector('#examples').dataset.edited === 'false');
    await ux.click('#undo');
    await ux.waitForFunction(() => document.querySelector('#examples').dataset.edited === 'true');
    await ux.screenshot({ path: path.join(artifacts, 'example-edited.png') });
    await ux.click('#undo');
    await ux.waitForFunction(() => document.querySelector('#examples').dataset.edited === 'false');
    assert(await ux.locator('#f-name-edited').count() === 0, 'the name fits again');
    await ux.click('#undo');
    await ux.waitForFunction(() => document.querySelector('#t-tiers')?.checked === false);
    assert(await ux.locator('#f-programme-points-earn-rate').inputValue() === '0.05', 'the edits before the example are back');
    await ux.click('#redo');
    await ux.waitForFunction(() => document.querySelector('#t-tiers')?.checked === true);
    // Reset to defaults is undoable too.
    await ux.click('#reset');
    await ux.waitForFunction(() => document.querySelector('#t-tiers')?.checked === false);
    assert(await ux.locator('#examples').inputValue() === '0', 'the default scenario is shown in the menu');
    await ux.keyboard.press('Control+z');
    await ux.waitForFunction(() => document.querySelector('#t-tiers')?.checked === true);
    // Undo also takes back text the app could not read.
    await setField(ux, '#f-simulation-days', 'soon');
    await runDisabledAndStale();
    await ux.keyboard.press('Control+z');
    await ux.waitForFunction(() => !document.querySelector('#run').disabled);
    assert(/^\d+$/.test(await ux.locator('#f-simulation-days').inputValue()), 'the field shows a value again');
    assert(before !== '0.05', 'undo changed the value');
    uxRun = await waitForResult(ux, uxRun);
  });

  await step('Run during a run is a clear Restart', async () => {
    await setField(ux, '#f-simulation-customers', '300000');
    await ux.click('#run');
    await ux.waitForSelector('#progress');
    assert(await ux.locator('#run').textContent() === 'Restart', `button: ${await ux.locator('#run').textContent()}`);
    assert(/start again/i.test(await ux.locator('#run').getAttribute('title')), 'it says what it does');
    await ux.click('#cancel');
    await ux.waitForSelector('#progress', { state: 'detached' });
    assert(await ux.locator('#run').textContent() === 'Run simulation', 'Run again after the run');
    await setField(ux, '#f-simulation-customers', '10000');
    uxRun = await waitForResult(ux, uxRun);
  });

  await step('KPI cards: ROI shows what it divides by, discounts reconciled with the verdict, uplift on one line, "no members"', async () => {
    const roiSub = await ux.locator('[data-kpi=roi] .kpi-sub').textContent();
    assert(/costs .* \+ discounts/.test(roiSub), `ROI basis: ${roiSub}`);
    const line = await ux.locator('[data-kpi=uplift] .kpi-value').evaluate(el => {
      const cs = getComputedStyle(el);
      return el.getBoundingClientRect().height / (parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2);
    });
    assert(line < 1.6, `uplift value on ${line} lines`);
    const names = await ux.locator('#examples > option').allTextContents();
    await ux.selectOption('#examples', String(names.indexOf('Flat 20 % discount (the discount drug)') - 1));
    uxRun = await waitForResult(ux, uxRun);
    const verdict = await ux.locator('[data-testid=verdict]').textContent();
    const sub = await ux.locator('[data-kpi=incremental-profit] .kpi-sub').textContent();
    const d = /Discounts: ([^·]+?)( ·|$)/.exec(sub);
    assert(d, `discounts on the card: ${sub}`);
    assert(verdict.includes(`Discounts of ${d[1].trim()} count in full against gross profit`), `verdict reconciles ${d[1]}: ${verdict}`);
    await ux.selectOption('#examples', '0');
    uxRun = await waitForResult(ux, uxRun);
    await setField(ux, '#f-programme-enrolment-join-propensity', '0');
    uxRun = await waitForResult(ux, uxRun);
    assert(await ux.locator('[data-kpi=uplift] .kpi-value').textContent() === 'no members', 'no members, not +0.0 %');
    await ux.locator('.answer').screenshot({ path: path.join(artifacts, 'kpis-no-members.png') });
    await ux.click('#undo');
    uxRun = await waitForResult(ux, uxRun);
  });

  await step('upload messages speak of the file: cut short, damaged, not JSON, JSON but not a scenario', async () => {
    const good = fs.readFileSync(path.join(root, 'scenarios', 'tiers.json'), 'utf8');
    const cases = [
      ['cut.json', good.slice(0, good.length / 2), /cut short/],
      ['damaged.json', good.replace('"days":', '"days" '), /damaged: .* line \d+, column \d+/],
      ['table.csv', 'month,revenue\n1,200\n', /not a scenario file \(it is not JSON text/],
      ['list.json', '[1, 2, 3]', /JSON data, but not a Loyalty Lab scenario/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(artifacts, name);
      fs.writeFileSync(file, content);
      await ux.setInputFiles('#upload-json', file);
      await ux.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid=notice]')?.textContent || ''), message.source);
      const text = await ux.locator('[data-testid=notice]').textContent();
      assert(!/loyalty example|simulation\.\?|\?:/.test(text), `${name}: ${text}`);
      assert(/nothing was changed/.test(text), `${name}: ${text}`);
    }
  });

  await step('drop-downs show their whole text', async () => {
    for (const id of ['g-business', 'g-customers', 'g-market']) {
      if (!(await ux.locator(`#${id}`).evaluate(d => d.open))) await ux.locator(`#${id} summary`).click();
    }
    const cut = await ux.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d');
      return [...document.querySelectorAll('.editor select')].filter(s => s.offsetParent).map(s => {
        const st = getComputedStyle(s);
        c.font = `${st.fontWeight} ${st.fontSize} ${st.fontFamily}`;
        const text = s.options[s.selectedIndex]?.text || '';
        const room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 20;
        return [s.id, text, Math.round(c.measureText(text).width), Math.round(room)];
      }).filter(([, , w, room]) => w > room);
    });
    assert(cut.length === 0, `cut off: ${JSON.stringify(cut)}`);
  });
  await ctxUx.close();
}
