// End-to-end steps of the classroom's quiz and glossary views: the
// header opens each in one click; a quiz answered right and wrong gets its
// feedback (the supporting line of the source text, the lesson) and the
// score at the end, then a retry; the glossary's accent-insensitive search,
// the "?" links beside the KPI cards and the charts opening the right term,
// a term's stable address; no English on either view in Finnish and in
// Luxembourgish; and axe-core finding no serious or critical violation on
// the overview, the quiz and the glossary in the three languages.
//
// Called from e2e.mjs: `await run(h)` with its helpers.

import fs from 'node:fs';
import { pageWords, englishLeaks } from './i18n.mjs';
import { check as axe } from './a11y.mjs';

/**
 * Words the quiz and the glossary show in every language, on top of
 * i18n.mjs's: the sources' authors and names (Rice University, SERVQUAL,
 * CRM, Harley-Davidson), the Finnish source's own words that the English
 * notes quote (elastisuus, koetun, ...).
 */
const CLASSROOM_NAMES = new Set([
  'berry', 'zeithaml', 'parasuraman', 'grönroos', 'kivetz', 'urminsky', 'zheng', 'nunes', 'drèze',
  'harley', 'davidson', 'karasev', 'pustynnikova', 'zavadsky', 'rice', 'university', 'servqual', 'crm',
  'elastisuus', 'koetun', 'koketun', 'liuotinkuluttaja', 'ohjelmallinen', 'ohjelmistot',
  // The source's section "5. Testaa" and the search's Finnish example, named in the English text.
  'testaa', 'panttivangit',
]);

/** Finnish words spelled as English ones: status (asema). */
const FINNISH_CLASSROOM = new Set(['status']);

/**
 * Luxembourgish words spelled as English ones in the glossary and the
 * quiz: each is the Luxembourgish word (Alternative, Personal = staff,
 * Material, System, Text, Norm, minimal, emotional, per, also =
 * therefore) or a
 * loanword Luxembourgish marketing uses as such (Software, Cross-Selling).
 */
const LUXEMBOURGISH_CLASSROOM = new Set([
  'alternative', 'personal', 'material', 'system', 'text', 'norm', 'minimal', 'emotional',
  'per', 'also', 'software', 'cross', 'selling',
]);

/** The English words of a Finnish or Luxembourgish classroom page. */
function leaksOf(words, english, lang) {
  const own = lang === 'fi' ? FINNISH_CLASSROOM : LUXEMBOURGISH_CLASSROOM;
  return englishLeaks(words, english, lang).filter(w => !CLASSROOM_NAMES.has(w) && !own.has(w));
}

/** The bundled quiz (the classroom crate's data), for the right answers. */
function quizData(root) {
  return JSON.parse(fs.readFileSync(`${root}/crates/classroom/data/quiz.json`, 'utf8'));
}

/** Picks `options` (indices) of question `q` and checks the answer. */
async function answer(page, q, options) {
  for (const o of options) await page.click(`#quiz-${q.id}-${q.options[o].label}`);
  await page.click(`#quiz-${q.id} button.check`);
  await page.waitForSelector(`#quiz-${q.id} .feedback`);
}

/** Opens the quiz with every question shown and answers each with its first option. */
async function quizWithFeedback(page, questions) {
  await page.click('#open-quiz');
  await page.waitForSelector('#quiz');
  await page.click('#quiz-all');
  for (const q of questions) await answer(page, q, [0]);
  await page.waitForSelector('#quiz-result');
}

/** The words of the quiz (every feedback shown) and of the whole glossary. */
async function classroomWords(page, questions) {
  await quizWithFeedback(page, questions);
  const words = await pageWords(page);
  await page.click('#open-glossary');
  await page.waitForSelector('#glossary');
  for (const w of await pageWords(page)) words.add(w);
  return words;
}

export async function run(h) {
  const { step, assert, newPage, waitForResult, browser, base, artifacts, root } = h;
  const questions = quizData(root);
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await newPage(ctx);

  await step('classroom: the quiz from the header; right and wrong answers with the source line; score; retry', async () => {
    await page.goto(base);
    await waitForResult(page);
    await page.click('#open-quiz');
    await page.waitForSelector('#quiz');
    assert(new URL(page.url()).hash === '#quiz', `address: ${page.url()}`);
    assert(await page.locator('#charts-title').isHidden(), 'the simulator is hidden under the quiz');
    assert(await page.locator('fieldset.question').count() === 1, 'one question at a time');
    // Question 1, right: "Right.", the supporting sentence with its line, the lesson.
    const [q1, q2] = questions;
    assert(!q1.multiple && q2.multiple, 'the data as expected');
    await answer(page, q1, q1.correct);
    const f1 = page.locator(`#quiz-${q1.id} .feedback`);
    assert(await f1.getAttribute('data-result') === 'right', 'q1 right');
    const t1 = await f1.textContent();
    assert(t1.startsWith('Right.'), `feedback: ${t1}`);
    assert(t1.includes(`Source text, line ${q1.support.line}:`) && t1.includes(q1.support.quote.en), `supporting line: ${t1}`);
    assert(await f1.locator('q[lang=fi]').textContent() === q1.support.quote.fi, 'the Finnish original');
    assert(await f1.locator(`a[href="#lesson=${q1.lesson}&lang=en"]`).count() === 1, 'the lesson link');
    assert(await page.locator(`#quiz-${q1.id}-a`).isDisabled(), 'a checked answer is final');
    // Question 2 (several right options), wrong: a wrong option alone scores 0.
    await page.click('#quiz-next');
    await page.waitForSelector(`#quiz-${q2.id}`);
    const wrong = q2.options.findIndex((_, i) => !q2.correct.includes(i));
    await answer(page, q2, [wrong]);
    const f2 = page.locator(`#quiz-${q2.id} .feedback`);
    assert(await f2.getAttribute('data-result') === 'wrong', 'q2 wrong');
    const t2 = await f2.textContent();
    const labels = q2.correct.map(i => `${q2.options[i].label})`).join(', ');
    assert(t2.startsWith('Not right.') && t2.includes(labels), `feedback names the right options ${labels}: ${t2}`);
    assert(t2.includes('Score for this question: 0.00 of 1'), `score: ${t2}`);
    assert(await page.locator(`#quiz-${q2.id} li.mark-right`).count() === q2.correct.length, 'right options marked');
    assert(await page.locator(`#quiz-${q2.id} li.mark-wrong`).count() === 1, 'the wrong pick marked');
    // All on one page; the rest answered right: 1 + 0 + 12 = 13 of 14.
    await page.click('#quiz-all');
    assert(await page.locator('fieldset.question').count() === questions.length, 'all questions');
    assert(await page.locator('#quiz-result').count() === 0, 'no score before the end');
    for (const q of questions.slice(2)) await answer(page, q, q.correct);
    const total = await page.locator('#quiz-result .quiz-total').textContent();
    assert(total === `${questions.length - 1} of ${questions.length} points (92.9 %)`, `score: ${total}`);
    await page.screenshot({ path: `${artifacts}/quiz-en.png`, fullPage: true });
    await page.click('#quiz-retry');
    await page.waitForFunction(() => document.querySelector('#quiz')?.dataset.answered === '0');
    assert(await page.locator('#quiz-result').count() === 0 && await page.locator('.feedback').count() === 0, 'retry starts afresh');
    await page.click('#classroom-close');
    await page.waitForSelector('#charts-title');
    assert(new URL(page.url()).hash === '', 'the address is the simulator\'s again');
  });

  await step('classroom: the glossary: every term, a search that ignores accents and case, "?" links open the right term', async () => {
    await page.click('#open-glossary');
    await page.waitForSelector('#glossary');
    const all = Number(await page.locator('.glossary-list').getAttribute('data-shown'));
    const data = JSON.parse(fs.readFileSync(`${root}/crates/classroom/data/glossary.json`, 'utf8'));
    assert(all === data.length && await page.locator('.glossary-list .term').count() === data.length, `${all} terms`);
    // Accents and capitals ignored: Luxembourgish "Réckstufung" (demotion), Finnish "tyytyväisyys".
    for (const [query, id] of [['RECKSTUFUNG', 'demotion'], ['tyytyvaisyys', 'satisfaction'], ['panttivangit', 'hostages']]) {
      await page.fill('#glossary-search', query);
      await page.waitForFunction(n => Number(document.querySelector('.glossary-list').dataset.shown) < n, all);
      const ids = await page.$$eval('.glossary-list .term', els => els.map(e => e.dataset.term));
      assert(ids[0] === id, `"${query}" finds ${id} first: ${ids.join(', ')}`);
    }
    await page.fill('#glossary-search', 'zzzz');
    await page.waitForFunction(() => document.querySelector('.glossary-list').dataset.shown === '0');
    assert((await page.locator('#glossary-count').textContent()).includes('No term matches'), 'says nothing matches');
    await page.click('#classroom-close');
    await page.waitForSelector('#charts-title');
    // A KPI card's "?" and a chart's term open the glossary at the term.
    for (const [link, id] of [['[data-kpi=breakage] .glossary-link', 'breakage'],
      ['#chart-apostles .glossary-chip[data-term=hostages]', 'hostages'],
      ['#chart-commitments .glossary-chip[data-term=affective-commitment]', 'affective-commitment']]) {
      await page.click(link);
      await page.waitForSelector(`#term-${id}.current`);
      assert(new URL(page.url()).hash === `#glossary=${id}`, `address: ${page.url()}`);
      assert(await page.evaluate(() => document.activeElement?.id) === `term-${id}`, 'the term has the focus');
      assert(await page.locator('.term.current').count() === 1, 'one term marked');
      await page.click('#classroom-close');
      await page.waitForSelector('#charts-title');
    }
    // Every "?" of the overview names a term of the glossary.
    const linked = await page.$$eval('.glossary-link, .glossary-chip', els => [...new Set(els.map(e => e.dataset.term))]);
    const ids = new Set(data.map(t => t.id));
    assert(linked.length > 20 && linked.every(id => ids.has(id)), `linked: ${linked.join(', ')}`);
    // A term's address opens it in a new tab, in the link's language; an unknown one says so.
    const p = await newPage(ctx);
    await p.goto(`${base}#glossary=nps&lang=fi`);
    await p.waitForSelector('#term-nps.current');
    assert(await p.evaluate(() => document.documentElement.lang) === 'fi', 'the link\'s language');
    await p.goto(`${base}#glossary=no-such-term`);
    await p.reload();
    await p.waitForSelector('#glossary-unknown');
    await p.close();
  });

  await step('classroom: no English on the quiz and the glossary in Finnish and in Luxembourgish', async () => {
    const en = await newPage(ctx);
    await en.goto(base);
    await waitForResult(en);
    const english = await classroomWords(en, questions);
    assert(english.has('glossary') && english.has('source'), 'English words were read');
    await en.close();
    const c = await browser.newContext({ locale: 'fi-FI' });
    const fi = await newPage(c);
    await fi.goto(base);
    await waitForResult(fi);
    const fiWords = await classroomWords(fi, questions);
    let leaks = leaksOf(fiWords, english, 'fi');
    assert(fiWords.size > 500, `Finnish words were read (${fiWords.size})`);
    assert(leaks.length === 0, `English words on the Finnish quiz or glossary: ${leaks.join(', ')}`);
    await fi.click('#lang-lb');
    await fi.waitForFunction(() => document.documentElement.lang === 'lb');
    await fi.click('#classroom-close');
    const lbWords = await classroomWords(fi, questions);
    leaks = leaksOf(lbWords, english, 'lb');
    assert(leaks.length === 0, `English words on the Luxembourgish quiz or glossary: ${leaks.join(', ')}`);
    await fi.screenshot({ path: `${artifacts}/glossary-lb.png` });
    await c.close();
  });

  await step('a11y: axe finds no serious or critical violation on the overview, the quiz and the glossary (en, fi, lb)', async () => {
    const c = await browser.newContext({ locale: 'en-GB' });
    const p = await newPage(c);
    await p.goto(base);
    await waitForResult(p);
    const minor = {};
    for (const lang of ['en', 'fi', 'lb']) {
      if (lang !== 'en') {
        await p.click(`#lang-${lang}`);
        await p.waitForFunction(l => document.documentElement.lang === l, lang);
      }
      minor[`overview-${lang}`] = await axe(p, `overview-${lang}`, { artifacts });
      await quizWithFeedback(p, questions);
      minor[`quiz-${lang}`] = await axe(p, `quiz-${lang}`, { artifacts });
      await p.click('#open-glossary');
      await p.waitForSelector('#glossary');
      minor[`glossary-${lang}`] = await axe(p, `glossary-${lang}`, { artifacts });
      await p.click('#classroom-close');
      await p.waitForSelector('#charts-title');
    }
    fs.writeFileSync(`${artifacts}/axe-minor.json`, JSON.stringify(minor, null, 1));
    await c.close();
  });
  await ctx.close();
}
