//! The glossary view (`#glossary`, `#glossary=<id>` opens one term) and
//! the "?" links to it beside the concepts the app shows.
//!
//! Invariant: every term is shown with its definition in the page's
//! language under a stable anchor (`term-<id>`, address
//! `#glossary=<id>`); the search (the classroom crate's, which ignores
//! case and accents and looks in all three languages) only hides terms.

use crate::classroom_data;
use crate::classroom_route::term_href;
use crate::i18n::Lang;
use crate::text::quiz as t;
use yew::prelude::*;

/// A small "?" that opens the glossary at term `id` (its name is the
/// link's accessible name and tooltip).
pub fn help_link(lang: Lang, id: &'static str) -> Html {
    let label = t::what_is(
        lang,
        &classroom_data::term_name(lang, id).unwrap_or_default(),
    );
    html! {
        <a class="glossary-link" href={term_href(id)} data-term={id} aria-label={label.clone()} title={label}>{ "?" }</a>
    }
}

/// A link to term `id` that shows the term's name after a "?".
pub fn term_chip(lang: Lang, id: &'static str) -> Html {
    let name = classroom_data::term_name(lang, id).unwrap_or_default();
    html! {
        <a class="glossary-chip" href={term_href(id)} data-term={id} title={t::what_is(lang, &name)}>
            <span class="glossary-q" aria-hidden="true">{ "?" }</span>{ name }
        </a>
    }
}

/// The chips of several terms, for a chart's caption.
pub fn term_chips(lang: Lang, ids: &'static [&'static str]) -> Html {
    html! {
        <span class="glossary-chips">{ for ids.iter().map(|id| term_chip(lang, id)) }</span>
    }
}

/// Properties of [`GlossaryView`].
#[derive(Properties, PartialEq, Clone)]
pub struct GlossaryViewProps {
    /// The term the address opened, if any.
    pub term: Option<AttrValue>,
    /// Back to the simulator.
    pub on_close: Callback<()>,
}

/// Scrolls the element `id` into view and moves the focus to it.
fn show(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    el.scroll_into_view();
    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

/// Every term and its definition, a search, and the opened term marked.
#[function_component(GlossaryView)]
pub fn glossary_view(props: &GlossaryViewProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let query = use_state(String::new);
    let terms = classroom_data::terms();
    let known = props
        .term
        .as_ref()
        .filter(|id| terms.iter().any(|x| x.id == id.as_str()));
    {
        // A term opened by its address is shown, even under a search.
        let query = query.clone();
        use_effect_with(known.cloned(), move |id| {
            if let Some(id) = id {
                query.set(String::new());
                show(&format!("term-{id}"));
            }
        });
    }
    let shown: Vec<&loyalty_classroom::glossary::Term> = if query.trim().is_empty() {
        terms.iter().collect()
    } else {
        loyalty_classroom::glossary::search(&terms, &query)
    };
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let unknown = props.term.as_ref().filter(|_| known.is_none());
    let count = if shown.is_empty() {
        t::no_match(lang, query.trim())
    } else {
        t::terms_found(lang, shown.len())
    };
    html! {
        <section class="classroom glossary" id="glossary" aria-labelledby="glossary-title">
            <div class="classroom-head">
                <h2 id="glossary-title">{ t::GLOSSARY_TITLE.get(lang) }</h2>
                <button type="button" class="small" id="classroom-close" onclick={close}>{ t::BACK.get(lang) }</button>
            </div>
            <p class="intro">{ t::GLOSSARY_INTRO.get(lang) }</p>
            if let Some(id) = unknown {
                <p class="notice" id="glossary-unknown" role="status">{ t::no_such_term(lang, id) }</p>
            }
            <div class="glossary-search">
                <label for="glossary-search">{ t::SEARCH.get(lang) }</label>
                <input type="search" id="glossary-search" value={(*query).clone()} oninput={on_input}
                    placeholder={t::SEARCH_PLACEHOLDER.get(lang)} autocomplete="off" />
                <span id="glossary-count" aria-live="polite">{ count }</span>
            </div>
            <dl class="glossary-list" data-shown={shown.len().to_string()}>
                { for shown.iter().map(|term| {
                    let current = known.is_some_and(|id| id.as_str() == term.id);
                    let name = term.term.get(lang);
                    html! {
                        <div class={classes!("term", current.then_some("current"))} id={format!("term-{}", term.id)}
                            data-term={term.id.clone()} tabindex="-1" aria-current={current.then_some("true")}>
                            <dt>
                                <dfn>{ name }</dfn>
                                <a class="term-anchor" href={term_href(&term.id)}
                                    aria-label={format!("{}: {name}", t::LINK_TO_TERM.get(lang))}
                                    title={t::LINK_TO_TERM.get(lang)}>{ "#" }</a>
                            </dt>
                            <dd>{ term.definition.get(lang) }</dd>
                            if !term.lessons.is_empty() {
                                <dd class="term-lessons">{ t::USED_IN.get(lang) }{ " " }
                                    { for term.lessons.iter().filter_map(|id| classroom_data::lesson_title(lang, id).map(|title| html! {
                                        <a class="lesson-link" href={classroom_data::lesson_href(lang, id)}>{ title }</a>
                                    })) }
                                </dd>
                            }
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
