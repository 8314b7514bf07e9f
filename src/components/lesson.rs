//! The lesson views: the list of the classroom's lessons and one lesson
//! with NetLogo's Info sections, the prediction asked before the run, the
//! reveal after it (the answer, the sentence why, the chart marked in the
//! results), "now try" changes, related lessons, the lesson's link and
//! the presentation mode (`presentation.rs`).
//!
//! Invariants: the answer is shown only after the student predicted and
//! the lesson's own scenario ran (its result is on screen, current);
//! loading a scenario goes through the app's one undoable step; the view
//! holds no model logic (the lesson's numbers are the report's).

use super::app::ResultsView;
use super::presentation::Presentation;
use crate::browser;
use crate::charts::ChartKind;
use crate::i18n::Lang;
use crate::lesson_link;
use crate::text::lessons as t;
use loyalty_classroom::lesson::Prediction;
use loyalty_classroom::Lesson;
use loyalty_sim::{Report, Scenario};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the lesson views show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Open {
    /// The list of lessons.
    List,
    /// The lesson with this id.
    Lesson(String),
}

/// The chart a reveal names by its slug (the classroom's `CHART_SLUGS`).
pub fn chart_of(slug: &str) -> Option<ChartKind> {
    ChartKind::ALL
        .iter()
        .chain(ChartKind::FINANCE.iter())
        .copied()
        .find(|k| k.slug() == slug)
}

/// The results tab that holds a chart.
pub fn view_of(kind: ChartKind) -> ResultsView {
    if ChartKind::FINANCE.contains(&kind) {
        ResultsView::Finance
    } else {
        ResultsView::Overview
    }
}

/// The address's query (`?...`), where a lesson link may also be.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Removes the query and the fragment from the address bar (after a lesson
/// link was read), without reloading.
pub fn clear_address() {
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_default();
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
}

/// Properties of [`LessonView`].
#[derive(Properties, PartialEq, Clone)]
pub struct LessonViewProps {
    /// What to show.
    pub open: Open,
    /// The page's language.
    pub lang: Lang,
    /// A sentence about a lesson link that did not open (shown on the list).
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    /// The result on screen, with its scenario, when it is current and no
    /// run is going.
    pub result: Option<(Rc<Report>, Rc<Scenario>)>,
    /// Show the list (`Some(Open::List)`), a lesson, or close (`None`).
    pub on_open: Callback<Option<Open>>,
    /// Load a scenario as one undoable step and run it, with the notice.
    pub on_load: Callback<(Scenario, String)>,
    /// Show a results tab (the one with the revealed chart).
    pub on_view: Callback<ResultsView>,
}

/// Messages of [`LessonView`].
pub enum Msg {
    /// An option picked.
    Pick(usize),
    /// The number guess typed.
    Guess(String),
    /// Load the lesson's scenario and run it (after the prediction).
    Ask,
    /// Load the lesson's scenario with "now try" change `i`.
    Try(usize),
    /// Make the lesson's link (and try the clipboard).
    CopyLink,
    /// The clipboard answered.
    Copied(bool),
    /// Presentation: show section `i`, or leave (`None`).
    Present(Option<usize>),
    /// Scroll the marked chart into view.
    ShowChart,
    /// The presentation asks for the lesson's scenario to run.
    RunNow,
}

/// One lesson's state in the view.
struct Current {
    index: usize,
    lesson: Rc<Lesson>,
    /// The lesson's prepared scenario, or why it could not be made.
    scenario: Result<Scenario, String>,
    pick: Option<usize>,
    guess: String,
    /// The prediction was made and the lesson's scenario sent to run.
    asked: bool,
    /// The lesson's result came back after the prediction.
    revealed: bool,
    link: Option<(String, bool)>,
    /// The presentation's section, while presenting.
    slide: Option<usize>,
}

/// The list of lessons and one lesson.
pub struct LessonView {
    lessons: Result<Rc<Vec<Rc<Lesson>>>, String>,
    current: Option<Current>,
    /// The chart is to be scrolled into view after the next render.
    scroll: bool,
    /// The focus goes back to "Present" after the next render.
    refocus: bool,
    present_button: NodeRef,
}

impl LessonView {
    fn select(&mut self, open: &Open) {
        let id = match open {
            Open::Lesson(id) => id,
            Open::List => {
                self.current = None;
                return;
            }
        };
        if self.current.as_ref().is_some_and(|c| c.lesson.id == *id) {
            return;
        }
        let Ok(all) = &self.lessons else { return };
        self.current = all.iter().position(|l| l.id == *id).map(|index| {
            let lesson = all[index].clone();
            let scenario = lesson.scenario.scenario().map_err(|e| e.join("; "));
            Current {
                index,
                lesson,
                scenario,
                pick: None,
                guess: String::new(),
                asked: false,
                revealed: false,
                link: None,
                slide: None,
            }
        });
    }

    /// Marks the lesson revealed once its own scenario's result is on screen.
    fn check_reveal(&mut self, props: &LessonViewProps) {
        let Some(c) = self.current.as_mut() else {
            return;
        };
        if !c.asked || c.revealed {
            return;
        }
        let ours = matches!((&props.result, &c.scenario), (Some((_, s)), Ok(l)) if **s == *l);
        if ours {
            c.revealed = true;
            if let Some(kind) = chart_of(&c.lesson.reveal.chart) {
                props.on_view.emit(view_of(kind));
            }
            self.scroll = true;
        }
    }

    fn guess_value(c: &Current) -> Option<f64> {
        crate::number_input::parse_number(&c.guess, false, false).ok()
    }

    fn load(&self, props: &LessonViewProps, c: &Current, s: Scenario) {
        let title = c.lesson.title.get(props.lang).to_string();
        props.on_load.emit((s, t::loaded(props.lang, &title)));
    }
}

impl Component for LessonView {
    type Message = Msg;
    type Properties = LessonViewProps;

    fn create(ctx: &Context<Self>) -> Self {
        let lessons = loyalty_classroom::lessons()
            .map(|v| Rc::new(v.into_iter().map(Rc::new).collect::<Vec<_>>()));
        let mut view = LessonView {
            lessons,
            current: None,
            scroll: false,
            refocus: false,
            present_button: NodeRef::default(),
        };
        view.select(&ctx.props().open);
        view
    }

    fn changed(&mut self, ctx: &Context<Self>, _old: &Self::Properties) -> bool {
        self.select(&ctx.props().open);
        self.check_reveal(ctx.props());
        true
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        let props = ctx.props();
        let Some(c) = self.current.as_mut() else {
            return false;
        };
        match msg {
            Msg::Pick(i) => c.pick = Some(i),
            Msg::Guess(g) => c.guess = g,
            Msg::Ask | Msg::RunNow => {
                if matches!(msg, Msg::Ask) {
                    c.asked = true;
                }
                if let Ok(s) = c.scenario.clone() {
                    let c = self.current.as_ref().expect("a lesson is open");
                    self.load(props, c, s);
                }
            }
            Msg::Try(i) => {
                let change = c.lesson.now_try.get(i).map(|n| n.change.clone());
                if let (Some(change), Ok(base)) = (change, &c.scenario) {
                    if let Ok(s) = loyalty_classroom::scenario::apply(base, &[change]) {
                        let c = self.current.as_ref().expect("a lesson is open");
                        self.load(props, c, s);
                    }
                }
            }
            Msg::CopyLink => {
                let url = format!(
                    "{}#{}",
                    browser::base_url(),
                    lesson_link::fragment(&c.lesson.id, props.lang)
                );
                c.link = Some((url.clone(), false));
                let link = ctx.link().clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = browser::copy_to_clipboard(&url).await;
                    link.send_message(Msg::Copied(ok));
                });
            }
            Msg::Copied(ok) => {
                if let Some(l) = c.link.as_mut() {
                    l.1 = ok;
                }
            }
            Msg::Present(slide) => {
                // Back to "Present" once the page is no longer inert.
                self.refocus = slide.is_none() && c.slide.is_some();
                c.slide = slide;
            }
            Msg::ShowChart => {
                if let Some(kind) = chart_of(&c.lesson.reveal.chart) {
                    props.on_view.emit(view_of(kind));
                }
                self.scroll = true;
            }
        }
        true
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first: bool) {
        if std::mem::take(&mut self.refocus) {
            let button = self.present_button.clone();
            gloo_timers::callback::Timeout::new(0, move || {
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            })
            .forget();
        }
        if !std::mem::take(&mut self.scroll) {
            return;
        }
        let Some(c) = self.current.as_ref() else {
            return;
        };
        let id = format!("chart-{}", c.lesson.reveal.chart);
        // The results' tab may show the chart only after the app's next
        // render: scroll once that has happened.
        gloo_timers::callback::Timeout::new(50, move || {
            let el = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id));
            if let Some(el) = el {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        })
        .forget();
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let lang = props.lang;
        let lessons = match &self.lessons {
            Ok(l) => l.clone(),
            Err(e) => {
                return html! { <section class="lesson-panel" id="lessons"><p class="error" lang="en">{ e.clone() }</p></section> }
            }
        };
        match &self.current {
            Some(c) => self.lesson_view(ctx, c, lessons.len()),
            None => list_view(props, &lessons, lang),
        }
    }
}

/// The list of lessons.
fn list_view(props: &LessonViewProps, lessons: &[Rc<Lesson>], lang: Lang) -> Html {
    let on_open = props.on_open.clone();
    html! {
        <section class="lesson-panel" id="lessons" aria-labelledby="lessons-title">
            <div class="lesson-nav">
                <button type="button" class="small" id="lesson-close"
                    onclick={{ let o = on_open.clone(); move |_: MouseEvent| o.emit(None) }}>{ t::CLOSE.get(lang) }</button>
            </div>
            <h2 id="lessons-title">{ t::LIST_TITLE.get(lang) }</h2>
            if let Some(p) = &props.problem {
                <p class="error" role="alert" id="lesson-problem">{ p.clone() }</p>
            }
            <p>{ t::LIST_INTRO.get(lang) }</p>
            <ol class="lesson-list">
                { for lessons.iter().map(|l| {
                    let id = l.id.clone();
                    let o = on_open.clone();
                    html! {
                        <li>
                            <button type="button" class="link-button" id={format!("lesson-open-{}", l.id)}
                                onclick={move |_: MouseEvent| o.emit(Some(Open::Lesson(id.clone())))}>{ l.title.get(lang) }</button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// Whether a word of a lesson's text is a scenario field's path
/// (`business.service_quality`, `programme.tiers.levels[2].qualifying_spend`).
pub fn is_path(word: &str) -> bool {
    is_code(word) && word.contains('.')
}

/// Whether a word is a scenario's field path or value name (`pay_out`):
/// small ASCII letters, digits, `.`, `_` and `[]`, with a `.` or `_`.
fn is_code(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.contains(['.', '_'])
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._[]".contains(c))
}

/// The path's field without its list indices (`programme.tiers.levels.qualifying_spend`).
fn field_key(path: &str) -> String {
    let mut key = String::new();
    let mut in_index = false;
    for ch in path.chars() {
        match ch {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if !in_index => key.push(ch),
            _ => {}
        }
    }
    key
}

/// A lesson's text with every field path said as the editor's label of
/// that field in the page's language (the path kept in `data-path`).
pub fn rich(lang: Lang, text: &str) -> Html {
    let mut out: Vec<Html> = Vec::new();
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(html! { " " });
        }
        let core = word.trim_end_matches([':', ',', ';', '.', ')']);
        let tail = &word[core.len()..];
        if !is_path(core) {
            // A value's name (`pay_out`) is no word of any language.
            out.push(if is_code(core) {
                html! { <><code lang="zxx">{ core.to_string() }</code>{ tail.to_string() }</> }
            } else {
                html! { word.to_string() }
            });
            continue;
        }
        let label = crate::text::field(lang, &field_key(core)).label;
        out.push(if label.is_empty() {
            html! { <code lang="zxx">{ core.to_string() }</code> }
        } else {
            html! { <strong class="lesson-field" data-path={core.to_string()}>{ format!("\u{201c}{label}\u{201d}") }</strong> }
        });
        out.push(html! { tail.to_string() });
    }
    out.into_iter().collect()
}

/// A section of the lesson: a heading and its paragraph.
fn section(lang: Lang, id: &str, title: &str, body: &str) -> Html {
    html! {
        <section class="lesson-section" id={id.to_string()}>
            <h3>{ title.to_string() }</h3>
            <p>{ rich(lang, body) }</p>
        </section>
    }
}

impl LessonView {
    fn lesson_view(&self, ctx: &Context<Self>, c: &Current, count: usize) -> Html {
        let props = ctx.props();
        let (lang, link) = (props.lang, ctx.link());
        let l = &c.lesson;
        let state = if c.revealed {
            "revealed"
        } else if c.asked {
            "running"
        } else {
            "predict"
        };
        let highlight = c.revealed.then(|| {
            html! { <style>{ format!("#chart-{} {{ outline: 5px solid #c2410c; outline-offset: 4px; }}", l.reveal.chart) }</style> }
        });
        let related = self.related(props, c);
        let presenting = c.slide.map(|slide| {
            let result = props
                .result
                .as_ref()
                .filter(|(_, s)| c.scenario.as_ref().is_ok_and(|l| **s == *l))
                .map(|(r, _)| r.clone());
            html! {
                <Presentation lesson={l.clone()} {lang} {slide} report={result}
                    on_move={link.callback(Msg::Present)} on_run={link.callback(|_| Msg::RunNow)} />
            }
        });
        html! {
            <article class="lesson-panel" id="lesson" data-lesson={l.id.clone()} data-state={state}
                aria-labelledby="lesson-title">
                <nav class="lesson-nav" aria-label={t::NAV.get(lang)}>
                    <button type="button" class="small" id="lesson-back"
                        onclick={{ let o = props.on_open.clone(); move |_: MouseEvent| o.emit(Some(Open::List)) }}>{ t::ALL_LESSONS.get(lang) }</button>
                    <button type="button" class="small" id="lesson-close"
                        onclick={{ let o = props.on_open.clone(); move |_: MouseEvent| o.emit(None) }}>{ t::CLOSE.get(lang) }</button>
                    <button type="button" class="small" id="lesson-present" ref={self.present_button.clone()}
                        title={t::PRESENT_HELP.get(lang)} onclick={link.callback(|_| Msg::Present(Some(0)))}>{ t::PRESENT.get(lang) }</button>
                    <button type="button" class="small" id="lesson-copy" onclick={link.callback(|_| Msg::CopyLink)}>{ t::COPY_LINK.get(lang) }</button>
                </nav>
                if let Some((url, copied)) = &c.link {
                    <p class="lesson-link">
                        <label for="lesson-link">{ t::LINK_LABEL.get(lang) }</label>
                        <input type="text" id="lesson-link" readonly=true value={url.clone()} />
                        <span role="status">{ if *copied { t::LINK_COPIED.get(lang) } else { t::LINK_SHOWN.get(lang) } }</span>
                    </p>
                }
                <p class="lesson-number">{ t::number(lang, c.index + 1, count) }</p>
                <h2 id="lesson-title">{ l.title.get(lang) }</h2>
                <p class="lesson-terms" id="lesson-terms">
                    { super::glossary::term_chips(lang, crate::glossary_links::lesson_terms(&l.id)) }
                </p>
                { section(lang, "lesson-what", t::WHAT_IS_IT.get(lang), l.what_is_it.get(lang)) }
                { section(lang, "lesson-how", t::HOW_IT_WORKS.get(lang), l.how_it_works.get(lang)) }
                { section(lang, "lesson-use", t::HOW_TO_USE.get(lang), t::HOW_TO_USE_TEXT.get(lang)) }
                { self.prediction(ctx, c) }
                if c.asked && !c.revealed {
                    <p class="lesson-running" id="lesson-running" role="status">{ t::RUNNING.get(lang) }</p>
                }
                if c.revealed { { self.reveal(ctx, c) } }
                { section(lang, "lesson-notice", t::THINGS_TO_NOTICE.get(lang), l.things_to_notice.get(lang)) }
                { section(lang, "lesson-try", t::THINGS_TO_TRY.get(lang), l.things_to_try.get(lang)) }
                <section class="lesson-section" id="lesson-now-try">
                    <h3>{ t::NOW_TRY.get(lang) }</h3>
                    <ul>
                        { for l.now_try.iter().enumerate().map(|(i, n)| html! {
                            <li>
                                <span>{ rich(lang, n.text.get(lang)) }</span>{ " " }
                                <button type="button" class="small" id={format!("lesson-try-{i}")}
                                    disabled={c.scenario.is_err()}
                                    onclick={link.callback(move |_| Msg::Try(i))}>{ t::TRY_IT.get(lang) }</button>
                            </li>
                        }) }
                    </ul>
                </section>
                { related }
                { highlight.unwrap_or_default() }
                { presenting.unwrap_or_default() }
            </article>
        }
    }

    fn related(&self, props: &LessonViewProps, c: &Current) -> Html {
        let lang = props.lang;
        let Ok(all) = &self.lessons else {
            return Html::default();
        };
        html! {
            <section class="lesson-section" id="lesson-related">
                <h3>{ t::RELATED.get(lang) }</h3>
                <ul>
                    { for c.lesson.related.iter().filter_map(|id| all.iter().find(|l| l.id == *id)).map(|r| {
                        let (id, o) = (r.id.clone(), props.on_open.clone());
                        html! {
                            <li><button type="button" class="link-button" id={format!("lesson-related-{}", r.id)}
                                onclick={move |_: MouseEvent| o.emit(Some(Open::Lesson(id.clone())))}>{ r.title.get(lang) }</button></li>
                        }
                    }) }
                </ul>
            </section>
        }
    }

    fn prediction(&self, ctx: &Context<Self>, c: &Current) -> Html {
        let (lang, link) = (ctx.props().lang, ctx.link());
        let locked = c.asked;
        let (question, input, ready) = match &c.lesson.prediction {
            Prediction::Choice {
                question, options, ..
            } => {
                let input = html! {
                    <div class="lesson-options" role="radiogroup" aria-labelledby="lesson-question">
                        { for options.iter().enumerate().map(|(i, o)| html! {
                            <label class="lesson-option">
                                <input type="radio" name="lesson-prediction" id={format!("lesson-option-{i}")}
                                    checked={c.pick == Some(i)} disabled={locked}
                                    onchange={link.callback(move |_| Msg::Pick(i))} />
                                { o.text.get(lang) }
                            </label>
                        }) }
                    </div>
                };
                (question, input, c.pick.is_some())
            }
            Prediction::Number { question, unit, .. } => {
                let bad = !c.guess.trim().is_empty() && Self::guess_value(c).is_none();
                let input = html! {
                    <p class="lesson-guess">
                        <label for="lesson-guess">{ t::GUESS.get(lang) }</label>{ " " }
                        <input type="text" inputmode="decimal" id="lesson-guess" value={c.guess.clone()} disabled={locked}
                            aria-invalid={bad.to_string()} aria-describedby="lesson-guess-unit"
                            oninput={link.callback(|e: InputEvent| Msg::Guess(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                        { " " }<span id="lesson-guess-unit">{ unit.get(lang) }</span>
                        if bad { <span class="error">{ t::GUESS_UNREADABLE.get(lang) }</span> }
                    </p>
                };
                (question, input, Self::guess_value(c).is_some())
            }
        };
        html! {
            <section class="lesson-section lesson-predict" id="lesson-predict">
                <h3>{ t::PREDICT.get(lang) }</h3>
                <p id="lesson-question">{ question.get(lang) }</p>
                { input }
                if let Err(e) = &c.scenario {
                    <p class="error">{ t::SCENARIO_FAILED.get(lang) }{ " " }<span lang="en">{ e.clone() }</span></p>
                }
                if !locked {
                    <p class="hint">{ t::PREDICT_HINT.get(lang) }</p>
                    <button type="button" id="lesson-run" class="primary" disabled={!ready || c.scenario.is_err()}
                        onclick={link.callback(|_| Msg::Ask)}>{ t::RUN_REVEAL.get(lang) }</button>
                }
            </section>
        }
    }

    fn reveal(&self, ctx: &Context<Self>, c: &Current) -> Html {
        let props = ctx.props();
        let (lang, link) = (props.lang, ctx.link());
        let l = &c.lesson;
        let (right, said, answer, this_run) = match &l.prediction {
            Prediction::Choice {
                options, answer, ..
            } => {
                let text = |i: usize| options.get(i).map(|o| o.text.get(lang)).unwrap_or_default();
                (
                    c.pick.is_some_and(|p| l.prediction.is_right_choice(p)),
                    c.pick.map(text).unwrap_or_default().to_string(),
                    text(*answer).to_string(),
                    None,
                )
            }
            Prediction::Number {
                measure,
                unit,
                answer,
                tolerance,
                ..
            } => {
                let fmt =
                    |x: f64| crate::format::decimal(lang, x, if x.fract() == 0.0 { 0 } else { 1 });
                let guess = Self::guess_value(c);
                let value = props
                    .result
                    .as_ref()
                    .and_then(|(r, _)| measure.value(r).ok())
                    .filter(|v| v.is_finite());
                (
                    guess.is_some_and(|g| l.prediction.is_right_number(g)),
                    guess.map(fmt).unwrap_or_default(),
                    t::number_answer(lang, &fmt(*answer), &fmt(*tolerance), unit.get(lang)),
                    value.map(|v| {
                        t::this_run(lang, &crate::format::decimal(lang, v, 1), unit.get(lang))
                    }),
                )
            }
        };
        let chart = chart_of(&l.reveal.chart)
            .map(|k| k.description(crate::text::charts(lang)))
            .unwrap_or_default();
        html! {
            <section class="lesson-section lesson-reveal" id="lesson-reveal" aria-live="polite">
                <h3>{ t::REVEAL.get(lang) }</h3>
                <p id="lesson-verdict" data-right={right.to_string()} class={if right { "right" } else { "wrong" }}>
                    <strong>{ if right { t::RIGHT.get(lang) } else { t::WRONG.get(lang) } }</strong>
                </p>
                <p>{ t::you_said(lang, &said) }</p>
                <p id="lesson-answer"><strong>{ t::ANSWER.get(lang) }{ ": " }</strong>{ answer }</p>
                if let Some(v) = this_run { <p id="lesson-this-run">{ v }</p> }
                <p id="lesson-why"><strong>{ t::WHY.get(lang) }{ ": " }</strong>{ rich(lang, l.reveal.why.get(lang)) }</p>
                <p><strong>{ t::CHART.get(lang) }{ ": " }</strong>{ chart }{ " " }
                    <button type="button" class="small" id="lesson-show-chart" onclick={link.callback(|_| Msg::ShowChart)}>{ t::SHOW_CHART.get(lang) }</button>
                </p>
            </section>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_are_told_from_words_and_numbers() {
        for p in [
            "business.service_quality",
            "programme.tiers.levels[2].qualifying_spend",
            "events[0].settle",
        ] {
            assert!(is_path(p), "{p}");
        }
        for w in ["0.85", "NPS", "service", "Set", "3-4", ""] {
            assert!(!is_path(w), "{w}");
        }
        assert!(is_code("pay_out") && !is_path("pay_out"));
        assert_eq!(
            field_key("programme.tiers.levels[2].qualifying_spend"),
            "programme.tiers.levels.qualifying_spend"
        );
    }

    #[test]
    fn every_field_a_lesson_names_has_a_label_in_every_language() {
        for l in loyalty_classroom::lessons().expect("the lessons parse") {
            for (name, text) in l.texts() {
                for lang in Lang::ALL {
                    for word in text.get(lang).split(' ') {
                        let core = word.trim_end_matches([':', ',', ';', '.', ')']);
                        if is_path(core) {
                            let label = crate::text::field(lang, &field_key(core)).label;
                            assert!(
                                !label.is_empty(),
                                "{}: {name}: {core} has no label in {lang:?}",
                                l.id
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_revealed_chart_is_one_of_the_apps_with_its_tab() {
        for l in loyalty_classroom::lessons().expect("the lessons parse") {
            let kind = chart_of(&l.reveal.chart)
                .unwrap_or_else(|| panic!("{}: no chart {}", l.id, l.reveal.chart));
            let tab = view_of(kind);
            assert_eq!(
                tab == ResultsView::Finance,
                ChartKind::FINANCE.contains(&kind)
            );
        }
        assert_eq!(view_of(ChartKind::Deciles), ResultsView::Finance);
        assert_eq!(view_of(ChartKind::Nps), ResultsView::Overview);
    }
}
