// End-to-end steps of "Follow a customer" and the overview's population
// charts of the loyalty ladder and the seven-emotion scale: the view opens
// from the results' tabs, follows a customer by kind and at random in its
// own worker, draws the story's charts and says when and why they left;
// a kind the scenario has not is said; once in Finnish.
//
// Called from e2e.mjs: `await run(h)` with its helpers.

/** How many of a canvas's pixels (sampled) are not near-white. */
function inked(page, selector) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map(c => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 16) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
    return n;
  }), selector);
}

/** Saves the canvases matched as PNG files in the artifacts (`prefix-<figure id>.png`). */
async function saveCanvases(page, selector, dir, prefix) {
  const fs = await import('node:fs');
  const shots = await page.evaluate((sel) => [...document.querySelectorAll(sel)]
    .map(c => [c.closest('figure').id, c.toDataURL('image/png')]), selector);
  for (const [id, url] of shots) {
    fs.writeFileSync(`${dir}/${prefix}-${id}.png`, Buffer.from(url.split(',')[1], 'base64'));
  }
}

const STORY_CHARTS = ['occasions', 'satisfaction', 'affect', 'commitments', 'resentment', 'points', 'emotions', 'ladder'];

/** Follows a customer of `kind` (`any`: at random); returns the story's data. */
async function follow(page, kind, before) {
  await page.selectOption('#follow-kind', kind);
  await page.click('#follow-go');
  await page.waitForFunction((prev) => {
    const s = document.querySelector('#follow-story');
    const busy = document.querySelector('#follow-progress');
    const note = document.querySelector('#follow-message');
    return !busy && ((s && s.dataset.customer + s.dataset.kind !== prev) || note);
  }, before, { timeout: 120_000 });
  return page.evaluate(() => {
    const s = document.querySelector('#follow-story');
    const note = document.querySelector('#follow-message');
    return {
      customer: s?.dataset.customer, kind: s?.dataset.kind, note: note?.textContent,
      heading: s?.querySelector('h3')?.textContent,
      programme: s?.querySelector('[data-testid=follow-left-programme]')?.textContent,
      programmeEnding: s?.querySelector('[data-testid=follow-left-programme]')?.dataset.ending,
      twin: s?.querySelector('[data-testid=follow-left-twin]')?.textContent,
      charts: [...document.querySelectorAll('#follow-story figure.chart')].map(f => f.id),
      stale: !!document.querySelector('#follow-stale'),
    };
  });
}

export async function run(h) {
  const { step, assert, newPage, waitForResult, browser, base, artifacts, path } = h;
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await newPage(ctx);
  let shown;

  await step('Overview: the loyalty ladder and the seven-emotion scale are drawn', async () => {
    await page.goto(base);
    await waitForResult(page);
    for (const id of ['loyalty-ladder', 'emotions']) {
      const fig = page.locator(`#chart-${id}`);
      assert(await fig.count() === 1, `the ${id} chart is in the overview`);
      const label = await fig.locator('canvas').getAttribute('aria-label');
      assert(/ladder|emotion/.test(label), `${id}: ${label}`);
    }
    const ink = await inked(page, '#chart-loyalty-ladder canvas, #chart-emotions canvas');
    await saveCanvases(page, '#chart-loyalty-ladder canvas, #chart-emotions canvas', artifacts, 'overview');
    assert(ink.every(n => n > 500), `drawn pixels: ${ink}`);
  });

  await step('Follow: the view opens beside Overview and Finance; a customer who left after deregulation, with the day and why, and every story chart', async () => {
    const names = await page.locator('#examples > option').allTextContents();
    const utility = names.findIndex(n => n.includes('Deregulated')) - 1;
    assert(utility >= 0, `the deregulated utility is an example: ${names}`);
    const run = Number(await page.locator('.results').getAttribute('data-run'));
    await page.selectOption('#examples', String(utility));
    await waitForResult(page, run);
    await page.click('#view-follow');
    await page.waitForSelector('#follow-title:visible');
    assert(await page.locator('#view-follow').getAttribute('aria-selected') === 'true', 'the tab is selected');
    assert(await page.locator('#chart-cumulative-profit').count() === 0, 'the overview\'s charts give way');
    const t0 = Date.now();
    shown = await follow(page, 'left_after_deregulation', '');
    const ms = Date.now() - t0;
    assert(!shown.note, `a customer was found: ${shown.note}`);
    assert(shown.kind === 'left_after_deregulation', `kind ${shown.kind}`);
    assert(/^Customer [\d,]+: A customer who left after deregulation, [\d,]+ of [\d,]+ in the programme run$/.test(shown.heading), `heading: ${shown.heading}`);
    assert(shown.programmeEnding === 'defected', `ending: ${shown.programmeEnding}`);
    assert(/^With the programme: defected on day [\d,]+ \(month \d+\): on an occasion they bought at an alternative and left for good\./.test(shown.programme), `sentence: ${shown.programme}`);
    assert(/^In the twin: /.test(shown.twin), `twin: ${shown.twin}`);
    assert(STORY_CHARTS.every(c => shown.charts.includes(`chart-story-${c}`)), `charts: ${shown.charts}`);
    const linked = await page.locator('#follow-story figure.chart').evaluateAll(fs => fs.map(f => f.querySelectorAll('figcaption a.glossary-chip[data-term]').length));
    assert(linked.length === 8 && linked.every(n => n >= 1), `"?" links per story chart: ${linked}`);
    const ink = await inked(page, '#follow-story canvas');
    assert(ink.length === 8 && ink.every(n => n > 500), `drawn pixels per story chart: ${ink}`);
    await page.screenshot({ path: path.join(artifacts, 'follow-deregulation.png'), fullPage: true });
    await saveCanvases(page, '#follow-story canvas', artifacts, 'follow-en');
    console.log(`     following by kind took ${ms} ms (census and story)`);
  });

  await step('Follow: at random, and again by kind (the worker keeps the census); the story survives a look at the overview', async () => {
    let prev = shown.customer + shown.kind;
    const random = await follow(page, 'any', prev);
    assert(random.kind === 'any' && /^Customer [\d,]+, picked at random$/.test(random.heading), `heading: ${random.heading}`);
    assert(random.programme && random.twin, 'both lives are told');
    const hostage = await follow(page, 'hostage', random.customer + random.kind);
    assert(hostage.kind === 'hostage' || hostage.note, `a hostage or a sentence saying there is none: ${JSON.stringify(hostage)}`);
    await page.click('#view-overview');
    await page.waitForSelector('#chart-loyalty-ladder');
    await page.click('#view-follow');
    const again = await page.locator('#follow-story').getAttribute('data-customer');
    assert(again === (hostage.customer ?? random.customer), 'the story is kept');
  });

  await step('Follow: a kind the scenario has not is said in a sentence; a new run marks the story as earlier', async () => {
    const run = Number(await page.locator('.results').getAttribute('data-run'));
    await page.selectOption('#examples', '0');
    await waitForResult(page, run);
    await page.click('#view-follow');
    await page.waitForSelector('#follow-stale');
    const none = await follow(page, 'left_after_deregulation', 'x');
    assert(/^This scenario's programme run has no such customer: A customer who left after deregulation\./.test(none.note || ''), `note: ${none.note}`);
  });

  await step('Follow: in Finnish, the story and its charts', async () => {
    const c = await browser.newContext({ locale: 'fi-FI' });
    const p = await newPage(c);
    await p.goto(base);
    await waitForResult(p);
    await p.click('#view-follow');
    assert((await p.locator('#view-follow').textContent()) === 'Seuraa asiakasta', 'the tab in Finnish');
    const runMs = Number(await p.locator('.results').getAttribute('data-elapsed-ms'));
    const t0 = Date.now();
    const s = await follow(p, 'defector', '');
    console.log(`     default scenario: the run (two workers) took ${runMs} ms, following a defector (census and story, one worker) ${Date.now() - t0} ms`);
    assert(!s.note, `a defector: ${s.note}`);
    assert(/^Asiakas [\d\u00a0 ]+: Asiakas, joka siirtyi kilpailijalle, [\d\u00a0 ]+\/[\d\u00a0 ]+ ohjelma-ajossa$/.test(s.heading), `heading: ${s.heading}`);
    assert(/^Ohjelman kanssa: siirtyi kilpailijalle päivänä [\d\u00a0 ]+ \(kuukausi \d+\)/.test(s.programme), `sentence: ${s.programme}`);
    assert(/^Kaksosessa: /.test(s.twin), `twin: ${s.twin}`);
    const label = await p.locator('#chart-story-ladder canvas').getAttribute('aria-label');
    assert(label.startsWith('Porraskaavio asiakkaan portaasta'), `label: ${label}`);
    const ink = await inked(p, '#follow-story canvas');
    assert(ink.length === 8 && ink.every(n => n > 500), `drawn pixels: ${ink}`);
    await p.screenshot({ path: path.join(artifacts, 'follow-fi.png'), fullPage: true });
    await saveCanvases(p, '#follow-story canvas', artifacts, 'follow-fi');
    await c.close();
  });

  await ctx.close();
}
