// End-to-end steps of the three languages (English, Finnish, Luxembourgish):
// the browser's language on a first visit, the one-click switch, the choice
// kept over a reload, share links that carry their language, and no English
// on the main views in Finnish or in Luxembourgish.
//
// Called from e2e.mjs: `await run(h)` with its helpers.

import fs from 'node:fs';

/**
 * Words the pages may show in every language: proper names, abbreviations,
 * the language switch's own names, and Luxembourgish words spelled like an
 * English one (each checked to be the Luxembourgish word).
 */
export const SAME_IN_EVERY_LANGUAGE = new Set([
  // Proper names and abbreviations (alpha, beta: the models' parameter names).
  'loyalty', 'lab', 'nps', 'roi', 'npv', 'csv', 'png', 'json', 'vip', 'gamma', 'pareto',
  'ctrl', 'shift', 'esc', 'web', 'workers', 'webassembly', 'red', 'cube',
  'monte', 'carlo', 'nbd', 'alpha', 'beta', 'xlsx', 'yyyy', 'yyyymmdd',
  // Currency codes (ISO 4217), the same in every language.
  'eur', 'usd', 'gbp', 'rub', 'sek', 'nok', 'dkk', 'chf', 'pln', 'jpy', 'cny', 'inr',
  // The language switch names each language in itself.
  'english', 'suomi', 'lëtzebuergesch',
]);

/** Finnish words spelled as English ones (the Finnish source texts' own: bonus, bonusohjelma). */
export const FINNISH_LIKE_ENGLISH = new Set(['bonus', 'tornado']);

/**
 * Luxembourgish words spelled as English ones: each is the Luxembourgish
 * word here (all = every, well = because, just = only, Chance, Offer, Bank,
 * Member, Segment, Trend, Mark = brand, ...), not English left over.
 */
export const LUXEMBOURGISH_LIKE_ENGLISH = new Set([
  'club', 'partner', 'service', 'start', 'total', 'score', 'net', 'promoter', 'browser', 'link',
  'tab', 'support', 'marketing', 'bonus', 'status', 'engagement', 'standard', 'gold', 'minus',
  'all', 'well', 'just', 'plus', 'extra', 'chance', 'offer', 'bank', 'member', 'segment', 'trend',
  'cashback', 'progressive', 'naive', 'orange', 'simulator',
  'tornado', 'design', 'designs', 'variant', 'optimum', 'index', 'band', 'editor', 'optional',
  'parameter', 'experiment', 'format',
  // Mark = brand (Mark-Loyalitéit, the ladder's brand loyalty, as in the glossary).
  'mark',
  // Latent Loyalitéit (the glossary's latent loyalty, named under the loyalty-types chart).
  'latent',
]);

/** Every word of the page's text and of its labels, outside elements marked with another `lang`. */
export async function pageWords(page) {
  return page.evaluate(() => {
    const out = [];
    const root = document.documentElement.lang;
    const foreign = el => {
      const l = el.closest('[lang]');
      return l && l !== document.documentElement && l.getAttribute('lang') !== root;
    };
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript') || foreign(el)) continue;
      out.push(n.textContent);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        if (el.hasAttribute(a)) out.push(el.getAttribute(a));
      }
    }
    out.push(document.title);
    out.push(document.querySelector('meta[name=description]')?.getAttribute('content') || '');
    return out.join(' \n ');
  }).then(text => new Set((text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) || [])
    .flatMap(w => w.split(/['’-]/)).filter(w => w.length >= 3)));
}

/**
 * The words of `words` (a Finnish or Luxembourgish page's) that the English
 * page `english` has too and that are not allowed in `lang` (`fi`, `lb`).
 */
export function englishLeaks(words, english, lang) {
  const alike = lang === 'fi' ? FINNISH_LIKE_ENGLISH : LUXEMBOURGISH_LIKE_ENGLISH;
  return [...words].filter(w => english.has(w) && !SAME_IN_EVERY_LANGUAGE.has(w) && !alike.has(w));
}

/**
 * A small transaction log (60 customers, two years) for the import view:
 * enough for the preview, the read summary and a fit with its charts.
 */
function smallLog() {
  const rows = ['customer,date,amount'];
  for (let c = 0; c < 60; c++) {
    const n = 1 + (c % 7);
    for (let k = 0; k < n; k++) {
      const day = new Date(Date.UTC(2023, 0, 1) + ((c * 37 + k * (90 + c % 50)) % 700) * 86_400_000);
      rows.push(`c${c},${day.toISOString().slice(0, 10)},${(10 + (c * 13 + k * 7) % 90).toFixed(2)}`);
    }
  }
  return rows.join('\n') + '\n';
}

/**
 * The words of the main views: the overview (all settings shown), the
 * finance view, "Follow a customer" with a story, the Experiments view with each kind's form, and the import
 * view ("Use your own customers") with a log read and fitted. Text that is
 * the import crate's own English (convergence messages, notes) is marked
 * `lang="en"` by the page and left out.
 */
async function mainViewWords(h, page) {
  await h.showAll(page);
  const words = await pageWords(page);
  const add = async () => { for (const w of await pageWords(page)) words.add(w); };
  await page.click('#view-finance');
  await page.waitForSelector('#finance-title');
  await add();
  // "Follow a customer" with a story told (a defector's, or the sentence that there is none).
  await page.click('#view-follow');
  await page.waitForSelector('#follow-title:visible');
  await page.selectOption('#follow-kind', 'defector');
  await page.click('#follow-go');
  await page.waitForFunction(() => !document.querySelector('#follow-progress')
    && (document.querySelector('#follow-story') || document.querySelector('#follow-message')), null, { timeout: 120_000 });
  await add();
  await page.click('#view-overview');
  await page.waitForSelector('#charts-title');
  await page.click('#mode-experiments');
  await page.waitForSelector('#experiments:visible');
  for (const kind of ['compare', 'sweep', 'tornado', 'monte_carlo']) {
    await page.click(`#exp-kind-${kind}`);
    await page.waitForFunction(k => document.querySelector(`#exp-kind-${k}`)?.getAttribute('aria-selected') === 'true', kind);
    await add();
  }
  await page.click('#mode-single');
  await page.click('#open-import');
  await page.locator('#import').waitFor();
  await add();
  const log = h.path.join(h.artifacts, 'i18n-log.csv');
  fs.writeFileSync(log, smallLog());
  await page.setInputFiles('#import-file', log);
  await page.waitForSelector('#import-summary', { timeout: 60_000 });
  await add();
  await page.click('#import-fit');
  await page.waitForFunction(() => document.querySelector('#import')?.dataset.busy === 'false'
    && (document.querySelector('#import-results') || document.querySelector('#import-message')), null, { timeout: 120_000 });
  h.assert(await page.locator('#import-results').count() === 1,
    `the small log was fitted: ${await page.locator('#import-message').count() ? await page.locator('#import-message').textContent() : ''}`);
  await add();
  await page.click('#import-close');
  await page.waitForSelector('#charts-title');
  return words;
}

export async function run(h) {
  const { step, assert, newPage, waitForResult, browser, base } = h;
  let english, fiCtx, fiPage, fiLink;

  await step('i18n: an English browser gets English; its words are the yardstick', async () => {
    const c = await browser.newContext({ locale: 'en-US' });
    const p = await newPage(c);
    await p.goto(base);
    await waitForResult(p);
    assert(await p.evaluate(() => document.documentElement.lang) === 'en', 'html lang is en');
    english = await mainViewWords(h, p);
    assert(english.has('simulation') && english.has('profit'), 'English words were read');
    await c.close();
  });

  await step('i18n: a Finnish browser opens in Finnish, with Finnish numbers and no English on the main views', async () => {
    fiCtx = await browser.newContext({ locale: 'fi-FI' });
    fiPage = await newPage(fiCtx);
    await fiPage.goto(base);
    await waitForResult(fiPage);
    const info = await fiPage.evaluate(() => ({
      lang: document.documentElement.lang, title: document.title,
      run: document.querySelector('#run')?.textContent,
      pressed: document.querySelector('#lang-fi')?.getAttribute('aria-pressed'),
      retention: document.querySelector('[data-kpi=retention] .kpi-value')?.textContent,
    }));
    assert(info.lang === 'fi', `html lang: ${info.lang}`);
    assert(info.title === 'Loyalty Lab: kanta-asiakasohjelmien simulaattori', `title: ${info.title}`);
    assert(info.run === 'Aja simulaatio', `run button: ${info.run}`);
    assert(info.pressed === 'true', 'the switch shows Finnish');
    assert(/^\d+,\d\u00a0%$/.test(info.retention), `a Finnish percentage: "${info.retention}"`);
    const words = await mainViewWords(h, fiPage);
    const leaks = [...words].filter(w => english.has(w) && !SAME_IN_EVERY_LANGUAGE.has(w)
      && !FINNISH_LIKE_ENGLISH.has(w));
    assert(words.size > 300, `Finnish words were read (${words.size})`);
    assert(leaks.length === 0, `English words on the Finnish page: ${leaks.join(', ')}`);
    await fiPage.screenshot({ path: h.path.join(h.artifacts, 'i18n-fi.png') });
  });

  await step('i18n: a link made in Finnish opens in Finnish for a reader who has not chosen a language', async () => {
    await fiPage.click('#copy-link');
    await fiPage.waitForSelector('#share-link');
    fiLink = await fiPage.locator('#share-link').inputValue();
    assert(/#s=1\.[A-Za-z0-9_-]+\.m\d+&lang=fi$/.test(fiLink), `link: ${fiLink}`);
    const c = await browser.newContext({ locale: 'en-GB' });
    const p = await newPage(c);
    await p.goto(fiLink);
    await waitForResult(p);
    assert(await p.evaluate(() => document.documentElement.lang) === 'fi', 'the link opened in Finnish');
    const notice = await p.locator('[data-testid=notice]').textContent();
    assert(notice.includes('Skenaario avattiin linkistä.'), `notice: ${notice}`);
    // The same link without its language (as links were before) opens in the reader's language.
    const old = fiLink.replace('&lang=fi', '');
    const q = await newPage(c);
    await q.goto(old);
    await waitForResult(q);
    assert(await q.evaluate(() => document.documentElement.lang) === 'en', 'an old link opens in the browser\'s language');
    await c.close();
  });

  await step('i18n: one click switches to Luxembourgish: no English on the main views, and the choice survives a reload', async () => {
    await fiPage.click('#lang-lb');
    await fiPage.waitForFunction(() => document.documentElement.lang === 'lb');
    const info = await fiPage.evaluate(() => ({
      title: document.title, run: document.querySelector('#run')?.textContent,
      desc: document.querySelector('meta[name=description]')?.getAttribute('content'),
    }));
    assert(info.title === 'Loyalty Lab: Simulator fir Loyalitéitsprogrammer', `title: ${info.title}`);
    assert(info.run === 'Simulatioun starten', `run button: ${info.run}`);
    assert(info.desc.startsWith('Simuléiert e Loyalitéitsprogramm'), `description: ${info.desc}`);
    const words = await mainViewWords(h, fiPage);
    const leaks = [...words].filter(w => english.has(w) && !SAME_IN_EVERY_LANGUAGE.has(w)
      && !LUXEMBOURGISH_LIKE_ENGLISH.has(w));
    assert(leaks.length === 0, `English words on the Luxembourgish page: ${leaks.join(', ')}`);
    await fiPage.screenshot({ path: h.path.join(h.artifacts, 'i18n-lb.png') });
    await fiPage.reload();
    await waitForResult(fiPage);
    assert(await fiPage.evaluate(() => document.documentElement.lang) === 'lb', 'still Luxembourgish after a reload');
  });

  await step('i18n: a reader who chose a language keeps it when opening a Finnish link', async () => {
    const p = await newPage(fiCtx);
    await p.goto(fiLink);
    await waitForResult(p);
    assert(await p.evaluate(() => document.documentElement.lang) === 'lb', 'the reader\'s choice wins over the link');
    await fiCtx.close();
  });

  await step('i18n: a switch is said in the new language; experiment problems and a bad file are not English', async () => {
    const c = await browser.newContext({ locale: 'fi-FI' });
    const p = await newPage(c);
    await p.goto(base);
    await waitForResult(p);
    const note = p.locator('#lang-notice');
    assert(await note.textContent() === '', 'nothing is said before a switch');
    assert(await note.getAttribute('aria-live') === 'polite' && await note.getAttribute('role') === 'status',
      'the notice is a live region from the start');
    await p.click('#lang-lb');
    await p.waitForFunction(() => document.querySelector('#lang-notice')?.textContent === 'Sprooch geännert: Lëtzebuergesch');
    await p.click('#lang-fi');
    await p.waitForFunction(() => document.querySelector('#lang-notice')?.textContent === 'Kieli vaihdettu: suomi');
    const ENGLISH = /\b(must|between|got|seeds?|required|missing|expected|unknown|field|invalid|line|column)\b/;
    // The core's experiment checks, said in the page's language (and again after a switch).
    await p.click('#mode-experiments');
    await p.waitForSelector('#experiments', { state: 'visible' });
    const seeds = p.locator('#exp-seeds');
    await seeds.fill('0');
    await seeds.press('Tab');
    await p.waitForSelector('#exp-problems li');
    // Each problem without its path (the experiment file's field names).
    const said = async () => (await p.locator('#exp-problems li').allTextContents())
      .map(t => t.slice(t.indexOf(': ') + 2)).join(' | ');
    let problems = await said();
    assert(problems.includes('siemenlukujen määrän on oltava 1–1\u00a0000 (annettu 0)'), `Finnish problems: ${problems}`);
    assert(!ENGLISH.test(problems), `English in the Finnish problems: ${problems}`);
    await p.click('#lang-lb');
    await p.waitForFunction(() => document.querySelector('#exp-problems li')?.textContent.includes('muss eng Zuel vu Seeds'));
    problems = await said();
    assert(!ENGLISH.test(problems), `English in the Luxembourgish problems: ${problems}`);
    await p.click('#lang-fi');
    await p.click('#mode-single');
    // A scenario file without a required field: the notice is Finnish, its detail too.
    const good = JSON.parse(fs.readFileSync(new URL('../../scenarios/tiers.json', import.meta.url), 'utf8'));
    delete good.simulation.seed;
    const file = h.path.join(h.artifacts, 'i18n-missing-seed.json');
    fs.writeFileSync(file, JSON.stringify(good, null, 2));
    await p.setInputFiles('#upload-json', file);
    await p.waitForSelector('[data-testid=notice].error-notice');
    const notice = await p.locator('[data-testid=notice] p').textContent();
    assert(notice.startsWith('Tiedosto ei ole käyttökelpoinen skenaario') && notice.includes('on pakollinen mutta puuttuu'),
      `Finnish notice: ${notice}`);
    assert(!ENGLISH.test(notice.replace('simulation.seed', '')), `English in the Finnish notice: ${notice}`);
    await c.close();
  });
}
