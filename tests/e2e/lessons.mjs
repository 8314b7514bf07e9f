// End-to-end steps of the lesson views: the list one click from the
// header, a lesson's prediction before the reveal (a choice and a number),
// the revealed chart marked in the results, the lesson's link (opened in
// Finnish, copied, a damaged one explained), the presentation mode with the
// keyboard alone, and no English on the lesson view in Finnish or in
// Luxembourgish.
//
// Called from e2e.mjs: `await run(h)` with its helpers.

import fs from 'node:fs';
import { check as axe } from './a11y.mjs';
import { pageWords, SAME_IN_EVERY_LANGUAGE, FINNISH_LIKE_ENGLISH, LUXEMBOURGISH_LIKE_ENGLISH } from './i18n.mjs';

/**
 * Words of the lessons that are no English left over: the authors the
 * lessons cite (Drèze & Nunes 2009, Wagner et al. 2009) and the Finnish
 * word "status".
 */
const LESSON_WORDS = new Set(['drèze', 'nunes', 'wagner', 'status']);

/** Luxembourgish words of the lessons spelled as English ones: also (= so), Period, Norm. */
const LESSON_LB_WORDS = new Set(['also', 'period', 'norm']);

/** The bundled lesson file `id` (its right answer, its chart). */
function lessonFile(root, id) {
  return JSON.parse(fs.readFileSync(`${root}/crates/classroom/lessons/${id}.json`, 'utf8'));
}

/** Waits until the lesson view says `state` (predict, running, revealed). */
async function lessonState(page, state, timeout = 120_000) {
  await page.waitForFunction(s => document.querySelector('#lesson')?.dataset.state === s, state, { timeout });
}

/** Opens lesson `id` from the header's list. */
async function openLesson(page, id) {
  await page.click('#open-lessons');
  await page.waitForSelector('#lessons');
  await page.click(`#lesson-open-${id}`);
  await page.waitForFunction(i => document.querySelector('#lesson')?.dataset.lesson === i, id);
}

/** Picks option `i` (the lesson file's index), runs and waits for the reveal. */
async function predictAndReveal(page, i) {
  await page.check(`#lesson-option-${i}`);
  await page.click('#lesson-run');
  await lessonState(page, 'revealed');
}

export async function run(h) {
  const { step, assert, newPage, waitForResult, browser, base, root, artifacts, path } = h;

  await step('lessons: the list is one click from the header and lists every lesson in place of the editor', async () => {
    const c = await browser.newContext({ locale: 'en-US' });
    const p = await newPage(c);
    await p.goto(base);
    await waitForResult(p);
    await p.click('#open-lessons');
    await p.waitForSelector('#lessons');
    const n = await p.locator('.lesson-list li').count();
    const files = fs.readdirSync(`${root}/crates/classroom/lessons`).filter(f => f.endsWith('.json'));
    assert(n === files.length && n >= 12, `${n} lessons listed, ${files.length} files`);
    assert(!(await p.locator('#editor').isVisible()), 'the lesson list takes the editor\'s place');
    await p.click('#lesson-close');
    await p.waitForSelector('#editor:visible');
    assert(await p.locator('#lessons').count() === 0, 'closed');
    await c.close();
  });

  await step('lessons: predict before the reveal (a choice), the lesson\'s scenario runs as one undoable step, the chart is marked', async () => {
    const c = await browser.newContext({ locale: 'en-US' });
    const p = await newPage(c);
    await p.goto(base);
    let id = await waitForResult(p);
    const file = lessonFile(root, 'discount-drug');
    await openLesson(p, 'discount-drug');
    await lessonState(p, 'predict');
    for (const s of ['#lesson-what', '#lesson-how', '#lesson-use', '#lesson-notice', '#lesson-try', '#lesson-related', '#lesson-now-try']) {
      assert(await p.locator(s).count() === 1, `section ${s}`);
    }
    assert(await p.locator('#lesson-reveal').count() === 0, 'no answer before the prediction');
    assert(await p.locator('#lesson-run').isDisabled(), 'Run and reveal waits for a prediction');
    const wrong = file.prediction.options.findIndex((_, i) => i !== file.prediction.answer);
    await predictAndReveal(p, wrong);
    id = await waitForResult(p, id);
    assert(await p.locator('#lesson-verdict').getAttribute('data-right') === 'false', 'a wrong pick is said to be wrong');
    const answer = await p.locator('#lesson-answer').textContent();
    assert(answer.includes(file.prediction.options[file.prediction.answer].text.en), `the answer: ${answer}`);
    assert((await p.locator('#lesson-why').textContent()).includes(file.reveal.why.en.slice(0, 30)), 'the sentence why');
    const chart = `#chart-${file.reveal.chart}`;
    const outline = await p.evaluate(s => getComputedStyle(document.querySelector(s)).outlineStyle, chart);
    assert(outline === 'solid', `the revealed chart is marked: ${outline}`);
    assert(/lesson/i.test(await p.locator('[data-testid=notice]').textContent()), 'the notice names the lesson');
    // One undo brings back the scenario from before the lesson.
    const customers = await p.locator('#f-simulation-customers').inputValue();
    await p.click('#undo');
    await p.waitForFunction(v => document.querySelector('#f-simulation-customers')?.value !== v, customers);
    await p.screenshot({ path: path.join(artifacts, 'lesson-reveal.png') });
    // The right answer is said to be right (the same lesson again, from the list).
    await p.click('#lesson-back');
    await p.click('#lesson-open-red-cube');
    const red = lessonFile(root, 'red-cube');
    await predictAndReveal(p, red.prediction.answer);
    assert(await p.locator('#lesson-verdict').getAttribute('data-right') === 'true', 'the right pick is said to be right');
    assert(await p.evaluate(() => document.querySelector('#chart-uplift') !== null), 'the uplift chart is there');
    await c.close();
  });

  await step('lessons: a number prediction (NPS): the guess, the answer and this run\'s value', async () => {
    const c = await browser.newContext({ locale: 'en-US' });
    const p = await newPage(c);
    await p.goto(`${base}#lesson=nps&lang=en`);
    await lessonState(p, 'predict');
    await p.fill('#lesson-guess', 'abc');
    assert(await p.locator('#lesson-run').isDisabled(), 'text that is not a number is no guess');
    await p.fill('#lesson-guess', '18');
    await p.click('#lesson-run');
    await lessonState(p, 'revealed');
    assert(await p.locator('#lesson-verdict').getAttribute('data-right') === 'true', 'a guess on the answer is right');
    const value = await p.locator('#lesson-this-run').textContent();
    assert(/-?\d/.test(value), `this run's NPS: ${value}`);
    await c.close();
  });

  await step('lessons: a link opens the lesson in Finnish, its copy-link round-trips, a damaged one is explained', async () => {
    const c = await browser.newContext({ locale: 'en-US' });
    const p = await newPage(c);
    await p.goto(`${base}#lesson=nps&lang=fi`);
    await lessonState(p, 'predict');
    assert(await p.evaluate(() => document.documentElement.lang) === 'fi', 'the page is in Finnish');
    const title = await p.locator('#lesson-title').textContent();
    assert(title === lessonFile(root, 'nps').title.fi, `Finnish title: ${title}`);
    assert(!/lesson=/.test(p.url()), `the address is cleaned: ${p.url()}`);
    await c.grantPermissions(['clipboard-read', 'clipboard-write']);
    await p.click('#lesson-copy');
    await p.waitForSelector('#lesson-link');
    const link = await p.locator('#lesson-link').inputValue();
    assert(link.endsWith('#lesson=nps&lang=fi'), `link: ${link}`);
    // The query form opens a lesson too, in its language.
    const q = await newPage(c);
    await q.goto(`${base}?lesson=pareto&lang=lb`);
    await q.waitForFunction(() => document.querySelector('#lesson')?.dataset.lesson === 'pareto');
    assert(await q.evaluate(() => document.documentElement.lang) === 'lb', 'the query link opened in Luxembourgish');
    // A lesson that does not exist: a sentence and the list, no panic.
    const bad = await newPage(c);
    await bad.goto(`${base}#lesson=no-such-lesson&lang=fi`);
    await bad.waitForSelector('#lesson-problem');
    const said = await bad.locator('#lesson-problem').textContent();
    assert(said.includes('no-such-lesson') && said.includes('oppitunnit'), `the problem in Finnish: ${said}`);
    await bad.goto(`${base}#lesson=NPS!&lang=fi`);
    await bad.reload();
    await bad.waitForSelector('#lesson-problem');
    // The page still runs its own scenario beside the list.
    await waitForResult(bad);
    await c.close();
  });

  await step('lessons: presentation mode works with the keyboard alone and makes the page inert', async () => {
    const c = await browser.newContext({ locale: 'en-US' });
    const p = await newPage(c, { width: 1280, height: 720 });
    await p.goto(`${base}#lesson=apostles&lang=en`);
    await lessonState(p, 'predict');
    await p.focus('#lesson-present');
    await p.keyboard.press('Enter');
    await p.waitForSelector('#presentation');
    const slide = () => p.evaluate(() => Number(document.querySelector('#presentation')?.dataset.slide));
    assert(await slide() === 0, 'starts at the first section');
    assert(await p.evaluate(() => document.activeElement?.id === 'presentation'), 'the presentation has the focus');
    // Inert itself or inside an inert element (the simulator's wrapper).
    assert(await p.evaluate(() => !!document.querySelector('main').closest('[inert]') && !!document.querySelector('header').closest('[inert]')), 'the page is inert');
    const size = await p.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#present-slide p')).fontSize));
    assert(size >= 24, `large type: ${size}px`);
    await p.keyboard.press('ArrowRight');
    assert(await slide() === 1, 'ArrowRight');
    await p.keyboard.press('PageDown');
    assert(await slide() === 2, 'PageDown');
    await p.keyboard.press('PageUp');
    assert(await slide() === 1, 'PageUp');
    await p.keyboard.press('End');
    assert(await slide() === 6, 'End');
    await p.keyboard.press('Home');
    assert(await slide() === 0, 'Home');
    // Tab and Shift+Tab stay in the presentation.
    for (let i = 0; i < 6; i++) await p.keyboard.press('Tab');
    assert(await p.evaluate(() => !!document.activeElement?.closest('#presentation')), 'the focus stays in the presentation');
    for (let i = 0; i < 5; i++) await p.keyboard.press('Shift+Tab');
    assert(await p.evaluate(() => !!document.activeElement?.closest('#presentation')), 'Shift+Tab too');
    // The answer's section runs the lesson's scenario and draws its one chart.
    for (let i = 0; i < 4; i++) await p.keyboard.press('ArrowRight');
    assert(await slide() === 4, 'the answer section');
    await p.click('#present-run');
    await p.waitForSelector('#present-chart', { timeout: 120_000 });
    await p.screenshot({ path: path.join(artifacts, 'lesson-presentation.png') });
    await p.focus('#presentation');
    await p.keyboard.press('Escape');
    await p.waitForSelector('#presentation', { state: 'detached' });
    assert(await p.evaluate(() => !document.querySelector('main').closest('[inert]') && !document.querySelector('header').closest('[inert]')), 'the page is back');
    await p.waitForFunction(() => document.activeElement?.id === 'lesson-present');
    await c.close();
  });

  await step('lessons: no English on the lesson view in Finnish or in Luxembourgish', async () => {
    const words = async (lang) => {
      const c = await browser.newContext({ locale: 'en-US' });
      const p = await newPage(c);
      await p.goto(`${base}#lesson=tiers-demotion&lang=${lang}`);
      await lessonState(p, 'predict');
      const all = await pageWords(p);
      const add = async () => { for (const w of await pageWords(p)) all.add(w); };
      await predictAndReveal(p, 0);
      await add();
      await p.click('#lesson-copy');
      await p.waitForSelector('#lesson-link');
      await add();
      await p.click('#lesson-present');
      for (let i = 0; i < 7; i++) {
        await add();
        await p.keyboard.press('ArrowRight');
      }
      await p.keyboard.press('Escape');
      await p.click('#lesson-back');
      await p.waitForSelector('#lessons');
      await add();
      await c.close();
      return all;
    };
    const english = await words('en');
    for (const [lang, like] of [['fi', FINNISH_LIKE_ENGLISH], ['lb', LUXEMBOURGISH_LIKE_ENGLISH]]) {
      const got = await words(lang);
      const leaks = [...got].filter(w => english.has(w) && !SAME_IN_EVERY_LANGUAGE.has(w) && !like.has(w)
        && !LESSON_WORDS.has(w) && !(lang === 'lb' && LESSON_LB_WORDS.has(w)));
      assert(got.size > 200, `${lang} words were read (${got.size})`);
      assert(leaks.length === 0, `English words on the ${lang} lesson view: ${leaks.join(', ')}`);
    }
  });

  await step('lessons: "?" links under the title and axe on the lesson view before and after the reveal (en, fi, lb)', async () => {
    const glossary = JSON.parse(fs.readFileSync(`${root}/crates/classroom/data/glossary.json`, 'utf8'));
    const ids = new Set((Array.isArray(glossary) ? glossary : glossary.terms).map(t => t.id));
    const file = lessonFile(root, 'apostles');
    for (const [lang, locale] of [['en', 'en-US'], ['fi', 'fi-FI'], ['lb', 'lb-LU']]) {
      const c = await browser.newContext({ locale });
      const p = await newPage(c);
      await p.goto(base);
      await waitForResult(p);
      assert(await p.evaluate(() => document.documentElement.lang) === lang, `the page is in ${lang}`);
      if (lang === 'en') {
        // The editor's settings that name a concept link it too.
        await h.showAll(p);
        const fields = await p.locator('#editor a.glossary-chip[data-term]').evaluateAll(as => as.map(a => a.dataset.term));
        assert(fields.length >= 10 && fields.every(t => ids.has(t)), `the editor's terms are glossary ids: ${fields}`);
      }
      await openLesson(p, 'apostles');
      await lessonState(p, 'predict');
      const terms = await p.locator('#lesson-terms a[data-term]').evaluateAll(as => as.map(a => a.dataset.term));
      assert(terms.length >= 3 && terms.every(t => ids.has(t)), `the lesson's terms are glossary ids: ${terms}`);
      await axe(p, `lesson-${lang}-predict`, { artifacts });
      await predictAndReveal(p, file.prediction.answer);
      await axe(p, `lesson-${lang}-revealed`, { artifacts });
      await c.close();
    }
  });
}
