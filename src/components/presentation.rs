//! The presentation mode of a lesson, for a classroom projector: large
//! type, high contrast, one section at a time (the lesson's text, the
//! question, then the answer with its one chart), moved with the arrow
//! keys, Page Up / Page Down, Home and End; Escape leaves.
//!
//! Invariants: while presenting, the rest of the page is inert (no focus,
//! no clicks, hidden from assistive technology), so the keyboard stays in
//! the presentation; leaving gives the page back as it was.

use super::lesson::rich;
use crate::charts::ChartKind;
use crate::i18n::Lang;
use crate::text::lessons as t;
use loyalty_classroom::lesson::Prediction;
use loyalty_classroom::Lesson;
use loyalty_sim::Report;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// The sections shown one at a time.
pub const SLIDES: usize = 7;

/// The class of the presentation's element (the one part of the page
/// that is not made inert).
const CLASS: &str = "presentation";

/// The section a key moves to from `slide` (`Some(None)`: leave; `None`:
/// the key does nothing here).
pub fn key_target(key: &str, slide: usize) -> Option<Option<usize>> {
    let last = SLIDES - 1;
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" => Some((slide + 1).min(last)),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(slide.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        "Escape" => None,
        _ => return None,
    })
}

/// Makes every element of the page's body but the presentation inert
/// (`on`), or none of them.
fn set_inert(on: bool) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all("body > *") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if el.class_name().split_whitespace().any(|c| c == CLASS)
            || el.tag_name().eq_ignore_ascii_case("script")
        {
            continue;
        }
        let _ = if on {
            el.set_attribute("inert", "")
        } else {
            el.remove_attribute("inert")
        };
    }
}

/// Moves the focus to the presentation's next (or previous) enabled
/// button, round from the last to the first: Tab never leaves it.
fn cycle_focus(root: &NodeRef, back: bool) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(list) = root.query_selector_all("button:not([disabled])") else {
        return;
    };
    let buttons: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
        .collect();
    if buttons.is_empty() {
        return;
    }
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = buttons.iter().position(|b| {
        active
            .as_ref()
            .is_some_and(|a| a == b.unchecked_ref::<web_sys::Element>())
    });
    let n = buttons.len();
    let next = match (at, back) {
        (Some(i), false) => (i + 1) % n,
        (Some(i), true) => (i + n - 1) % n,
        (None, false) => 0,
        (None, true) => n - 1,
    };
    let _ = buttons[next].focus();
}

/// Properties of [`Presentation`].
#[derive(Properties, PartialEq, Clone)]
pub struct PresentationProps {
    /// The lesson.
    pub lesson: Rc<Lesson>,
    /// The page's language.
    pub lang: Lang,
    /// The section shown (0-based, below [`SLIDES`]).
    pub slide: usize,
    /// The result of the lesson's own scenario, if it is on screen.
    pub report: Option<Rc<Report>>,
    /// Show another section, or leave (`None`).
    pub on_move: Callback<Option<usize>>,
    /// Run the lesson's scenario (from the answer's section).
    pub on_run: Callback<()>,
}

/// The lesson for a projector, drawn over the page (in `<body>` itself, so
/// that the rest of the page can be made inert).
#[function_component(Presentation)]
pub fn presentation(props: &PresentationProps) -> Html {
    let root = use_node_ref();
    let canvas = use_node_ref();
    // The page behind is made inert after every render (the app may have
    // added an element, such as a notice) and given back when leaving.
    use_effect(|| set_inert(true));
    use_effect_with((), |_| move || set_inert(false));
    {
        let root = root.clone();
        use_effect_with(props.slide, move |_| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let kind = crate::components::lesson::chart_of(&props.lesson.reveal.chart);
    {
        let canvas = canvas.clone();
        use_effect_with(
            (
                props.report.clone().map(|r| Rc::as_ptr(&r) as usize),
                props.slide,
                props.lang,
            ),
            {
                let report = props.report.clone();
                let lang = props.lang;
                move |_| {
                    if let (Some(c), Some(r), Some(k)) =
                        (canvas.cast::<HtmlCanvasElement>(), report, kind)
                    {
                        let _ = super::chart_panel::draw_on_canvas(lang, k, &r, c, 1.0);
                    }
                }
            },
        );
    }
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return Html::default();
    };
    let (lang, slide) = (props.lang, props.slide.min(SLIDES - 1));
    let on_key = {
        let on_move = props.on_move.clone();
        let root = root.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Tab" {
                e.prevent_default();
                cycle_focus(&root, e.shift_key());
            } else if let Some(target) = key_target(&e.key(), slide) {
                e.prevent_default();
                on_move.emit(target);
            }
        })
    };
    let go = |to: Option<usize>| {
        let on_move = props.on_move.clone();
        Callback::from(move |_: MouseEvent| on_move.emit(to))
    };
    let content = slide_content(props, slide, kind, canvas);
    let overlay = html! {
        <div class={CLASS} id="presentation" role="dialog" aria-modal="true" aria-labelledby="present-title"
            tabindex="-1" ref={root} onkeydown={on_key} data-slide={slide.to_string()} data-slides={SLIDES.to_string()}>
            <div class="present-bar">
                <span class="present-count" id="present-count">{ t::section(lang, slide + 1, SLIDES) }</span>
                <span class="present-keys">{ t::KEYS.get(lang) }</span>
                <button type="button" id="present-prev" disabled={slide == 0} onclick={go(Some(slide.saturating_sub(1)))}>{ t::PREVIOUS.get(lang) }</button>
                <button type="button" id="present-next" disabled={slide + 1 == SLIDES} onclick={go(Some(slide + 1))}>{ t::NEXT.get(lang) }</button>
                <button type="button" id="present-leave" onclick={go(None)}>{ t::LEAVE.get(lang) }</button>
            </div>
            <div class="present-slide" id="present-slide">{ content }</div>
        </div>
    };
    create_portal(overlay, body.into())
}

/// One section of the presentation.
fn slide_content(
    props: &PresentationProps,
    slide: usize,
    kind: Option<ChartKind>,
    canvas: NodeRef,
) -> Html {
    let (lang, l) = (props.lang, &props.lesson);
    let title = |s: &str| html! { <h2 id="present-title">{ s.to_string() }</h2> };
    let (question, options) = match &l.prediction {
        Prediction::Choice {
            question, options, ..
        } => (
            question,
            options
                .iter()
                .map(|o| o.text.get(lang).to_string())
                .collect::<Vec<_>>(),
        ),
        Prediction::Number { question, unit, .. } => (question, vec![unit.get(lang).to_string()]),
    };
    match slide {
        0 => html! { <>
            <p class="present-kicker">{ t::WHAT_IS_IT.get(lang) }</p>
            { title(l.title.get(lang)) }
            <p>{ rich(lang, l.what_is_it.get(lang)) }</p>
        </> },
        1 => {
            html! { <>{ title(t::HOW_IT_WORKS.get(lang)) }<p>{ rich(lang, l.how_it_works.get(lang)) }</p></> }
        }
        2 => {
            html! { <>{ title(t::THINGS_TO_NOTICE.get(lang)) }<p>{ rich(lang, l.things_to_notice.get(lang)) }</p></> }
        }
        3 => html! { <>
            { title(t::PREDICT.get(lang)) }
            <p>{ question.get(lang) }</p>
            <ol class="present-options" type="A">{ for options.iter().map(|o| html! { <li>{ o.clone() }</li> }) }</ol>
        </> },
        4 => {
            let answer = match &l.prediction {
                Prediction::Choice {
                    options, answer, ..
                } => options
                    .get(*answer)
                    .map(|o| o.text.get(lang).to_string())
                    .unwrap_or_default(),
                Prediction::Number { answer, unit, .. } => format!(
                    "{} {}",
                    crate::format::decimal(lang, *answer, 0),
                    unit.get(lang)
                ),
            };
            let desc = kind
                .map(|k| k.description(crate::text::charts(lang)))
                .unwrap_or_default();
            let on_run = props.on_run.clone();
            html! { <>
                { title(t::REVEAL.get(lang)) }
                <p><strong>{ t::ANSWER.get(lang) }{ ": " }</strong>{ answer }</p>
                <p>{ rich(lang, l.reveal.why.get(lang)) }</p>
                if props.report.is_some() {
                    <canvas ref={canvas} class="present-chart" id="present-chart" width="1280" height="720" role="img" aria-label={desc}></canvas>
                } else {
                    <p>{ t::NO_RUN_YET.get(lang) }{ " " }
                        <button type="button" id="present-run" onclick={Callback::from(move |_: MouseEvent| on_run.emit(()))}>{ t::RUN_NOW.get(lang) }</button>
                    </p>
                }
            </> }
        }
        5 => html! { <>
            { title(t::THINGS_TO_TRY.get(lang)) }
            <p>{ rich(lang, l.things_to_try.get(lang)) }</p>
            <ul>{ for l.now_try.iter().map(|n| html! { <li>{ rich(lang, n.text.get(lang)) }</li> }) }</ul>
        </> },
        _ => html! { <>
            { title(t::RELATED.get(lang)) }
            <ul>{ for l.related.iter().map(|id| html! { <li>{ related_title(id, lang) }</li> }) }</ul>
        </> },
    }
}

fn related_title(id: &str, lang: Lang) -> String {
    loyalty_classroom::lesson(id)
        .map(|l| l.title.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_move_one_section_and_stop_at_the_ends() {
        assert_eq!(key_target("ArrowRight", 0), Some(Some(1)));
        assert_eq!(key_target("PageDown", 2), Some(Some(3)));
        assert_eq!(key_target("ArrowDown", SLIDES - 1), Some(Some(SLIDES - 1)));
        assert_eq!(key_target("ArrowLeft", 3), Some(Some(2)));
        assert_eq!(key_target("PageUp", 0), Some(Some(0)));
        assert_eq!(key_target("Home", 5), Some(Some(0)));
        assert_eq!(key_target("End", 1), Some(Some(SLIDES - 1)));
        assert_eq!(key_target("Escape", 4), Some(None));
        assert_eq!(key_target("a", 4), None);
        assert_eq!(key_target("Tab", 4), None);
    }
}
