//! The quiz view (`#quiz`): the multiple-choice test of the long Finnish
//! source text, one question at a time or all on one page. The student
//! picks, checks, and gets right or wrong, why, the supporting sentence of
//! the source text (with its line and the Finnish original) and a link to
//! the lesson that shows it; at the end the score (`quiz::score`) and a
//! retry.
//!
//! Invariant: a checked answer is final until a retry; the score is the
//! classroom crate's scoring of the picks, nothing of its own.

use crate::classroom_data;
use crate::i18n::Lang;
use crate::text::quiz as t;
use loyalty_classroom::quiz::{score, Question};
use yew::prelude::*;

/// What the student has done so far.
#[derive(Clone, PartialEq, Default)]
struct Answers {
    /// The options picked, per question.
    picks: Vec<Vec<usize>>,
    /// Whether each question has been checked.
    checked: Vec<bool>,
    /// The question shown one at a time.
    current: usize,
    /// All questions on one page.
    all: bool,
}

impl Answers {
    fn new(n: usize, all: bool) -> Answers {
        Answers {
            picks: vec![Vec::new(); n],
            checked: vec![false; n],
            current: 0,
            all,
        }
    }

    fn pick(&mut self, q: &Question, i: usize, option: usize) {
        if self.checked[i] {
            return;
        }
        let p = &mut self.picks[i];
        if !q.multiple {
            *p = vec![option];
        } else if let Some(at) = p.iter().position(|&o| o == option) {
            p.remove(at);
        } else {
            p.push(option);
            p.sort_unstable();
        }
    }
}

/// "a), c)": the labels of options.
fn labels(q: &Question, options: &[usize]) -> String {
    options
        .iter()
        .filter_map(|&o| q.options.get(o))
        .map(|o| format!("{})", o.label))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The feedback after a check.
fn feedback(lang: Lang, q: &Question, picks: &[usize]) -> Html {
    let s = score(q, picks);
    let (class, verdict) = if s >= 1.0 {
        ("right", t::RIGHT)
    } else if s > 0.0 {
        ("partly", t::PARTLY)
    } else {
        ("wrong", t::WRONG)
    };
    let lesson = classroom_data::lesson_title(lang, &q.lesson).map(|title| {
        html! {
            <p class="quiz-lesson">{ t::SEE_LESSON.get(lang) }{ " " }
                <a class="lesson-link" href={classroom_data::lesson_href(lang, &q.lesson)}>{ title }</a></p>
        }
    });
    html! {
        <div class={classes!("feedback", class)} data-result={class} data-score={s.to_string()}>
            <p class="quiz-verdict"><strong>{ verdict.get(lang) }</strong>{ " " }
                { t::THE_ANSWER.get(lang) }{ " " }{ labels(q, &q.correct) }</p>
            if q.multiple {
                <p class="quiz-score">{ t::question_score(lang, s) }</p>
            }
            <p class="quiz-why">{ q.why.get(lang) }</p>
            <figure class="quiz-support">
                <figcaption>{ t::source_line(lang, q.support.line) }</figcaption>
                <blockquote><p>{ q.support.quote.get(lang) }</p></blockquote>
                if lang != Lang::Fi {
                    <p class="quiz-original">{ t::ORIGINAL.get(lang) }{ " " }<q lang="fi">{ q.support.quote.fi.clone() }</q></p>
                }
            </figure>
            if let Some(note) = &q.note {
                <p class="quiz-note">{ t::NOTE.get(lang) }{ " " }{ note.get(lang) }</p>
            }
            { lesson.unwrap_or_default() }
        </div>
    }
}

/// One question with its options, its check button or its feedback.
fn question(
    lang: Lang,
    q: &Question,
    i: usize,
    n: usize,
    answers: &UseStateHandle<Answers>,
) -> Html {
    let checked = answers.checked[i];
    let picks = answers.picks[i].clone();
    let kind = if q.multiple { "checkbox" } else { "radio" };
    let options = q.options.iter().enumerate().map(|(j, o)| {
        let picked = picks.contains(&j);
        let right = q.correct.contains(&j);
        let mark = match (checked, right, picked) {
            (true, true, _) => Some(("mark-right", t::MARK_RIGHT)),
            (true, false, true) => Some(("mark-wrong", t::MARK_WRONG_PICK)),
            _ => None,
        };
        let onchange = {
            let answers = answers.clone();
            let q = q.clone();
            Callback::from(move |_: Event| {
                let mut a = (*answers).clone();
                a.pick(&q, i, j);
                answers.set(a);
            })
        };
        let id = format!("quiz-{}-{}", q.id, o.label);
        html! {
            <li class={classes!(mark.map(|(c, _)| c))}>
                <input type={kind} id={id.clone()} name={format!("quiz-{}", q.id)} checked={picked}
                    disabled={checked} {onchange} />
                <label for={id}><span class="option-label">{ format!("{})", o.label) }</span>{ " " }{ o.text.get(lang) }</label>
                if let Some((_, m)) = mark {
                    <span class="option-mark">{ format!(" ({})", m.get(lang)) }</span>
                }
            </li>
        }
    });
    let check = {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| {
            let mut a = (*answers).clone();
            if !a.picks[i].is_empty() {
                a.checked[i] = true;
                answers.set(a);
            }
        })
    };
    html! {
        <fieldset class="question" id={format!("quiz-{}", q.id)} data-question={q.id.clone()}
            data-checked={checked.to_string()}>
            <legend><span class="question-number">{ t::question_of(lang, i + 1, n) }</span>{ " " }{ q.question.get(lang) }</legend>
            if q.multiple {
                <p class="hint">{ t::SEVERAL.get(lang) }</p>
            }
            <ul class="options">{ for options }</ul>
            if checked {
                { feedback(lang, q, &picks) }
            } else {
                <button type="button" class="check primary" onclick={check} disabled={picks.is_empty()}
                    title={picks.is_empty().then(|| t::PICK_FIRST.get(lang))}>{ t::CHECK.get(lang) }</button>
            }
        </fieldset>
    }
}

/// Properties of [`QuizView`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuizViewProps {
    /// Back to the simulator.
    pub on_close: Callback<()>,
}

/// The quiz.
#[function_component(QuizView)]
pub fn quiz_view(props: &QuizViewProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let questions = classroom_data::questions();
    let n = questions.len();
    let answers = use_state(|| Answers::new(n, false));
    let done = answers.checked.iter().filter(|c| **c).count();
    let total: f64 = questions
        .iter()
        .zip(&answers.picks)
        .zip(&answers.checked)
        .filter(|(_, c)| **c)
        .map(|((q, p), _)| score(q, p))
        .sum();
    let set = |f: fn(&mut Answers)| {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| {
            let mut a = (*answers).clone();
            f(&mut a);
            answers.set(a);
        })
    };
    let one = set(|a| a.all = false);
    let all = set(|a| a.all = true);
    let prev = set(|a| a.current = a.current.saturating_sub(1));
    let next = set(|a| a.current = (a.current + 1).min(a.picks.len().saturating_sub(1)));
    let retry = {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| answers.set(Answers::new(n, answers.all)))
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let current = answers.current.min(n.saturating_sub(1));
    let shown: Vec<usize> = if answers.all {
        (0..n).collect()
    } else {
        (current..(current + 1).min(n)).collect()
    };
    html! {
        <section class="classroom quiz" id="quiz" aria-labelledby="quiz-title" data-answered={done.to_string()}>
            <div class="classroom-head">
                <h2 id="quiz-title">{ t::QUIZ_TITLE.get(lang) }</h2>
                <button type="button" class="small" id="classroom-close" onclick={close}>{ t::BACK.get(lang) }</button>
            </div>
            <p class="intro">{ t::QUIZ_INTRO.get(lang) }</p>
            <div class="quiz-bar">
                <div class="quiz-mode" role="group" aria-label={t::SHOW.get(lang)}>
                    <button type="button" class="small" id="quiz-one" aria-pressed={(!answers.all).to_string()} onclick={one}>{ t::ONE_AT_A_TIME.get(lang) }</button>
                    <button type="button" class="small" id="quiz-all" aria-pressed={answers.all.to_string()} onclick={all}>{ t::ALL_QUESTIONS.get(lang) }</button>
                </div>
                <span id="quiz-progress" aria-live="polite">{ t::answered(lang, done, n) }</span>
            </div>
            { for shown.iter().map(|&i| question(lang, &questions[i], i, n, &answers)) }
            if !answers.all {
                <div class="quiz-nav">
                    <button type="button" id="quiz-prev" onclick={prev} disabled={current == 0}>{ t::PREVIOUS.get(lang) }</button>
                    <button type="button" id="quiz-next" onclick={next} disabled={current + 1 >= n}>{ t::NEXT.get(lang) }</button>
                </div>
            }
            if n > 0 && done == n {
                <section class="quiz-result" id="quiz-result" aria-labelledby="quiz-result-title" data-points={total.to_string()}>
                    <h3 id="quiz-result-title">{ t::SCORE_TITLE.get(lang) }</h3>
                    <p class="quiz-total" role="status">{ t::final_score(lang, total, n) }</p>
                    <button type="button" class="primary" id="quiz-retry" onclick={retry.clone()}>{ t::RETRY.get(lang) }</button>
                </section>
            } else if done > 0 {
                <p class="quiz-retry-early"><button type="button" class="small" id="quiz-retry" onclick={retry}>{ t::RETRY.get(lang) }</button></p>
            }
        </section>
    }
}
