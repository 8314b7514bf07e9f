//! A labelled number input with its unit, explanation and error.

use crate::i18n::Lang;
use crate::number_input::{parse_number, takes_percent, understood, NumberError};
use crate::text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`NumField`].
#[derive(Properties, PartialEq, Clone)]
pub struct NumFieldProps {
    /// The scenario path of the value (`business.gross_margin`,
    /// `programme.tiers.levels[1].discount`): its element id and error key.
    pub path: AttrValue,
    /// The key of its text in [`text::field`] (the path without row indexes).
    pub text_key: AttrValue,
    /// The current value, as text.
    pub value: AttrValue,
    /// Whole numbers only.
    #[prop_or_default]
    pub integer: bool,
    /// The core's validation message for this field.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the value whenever the text reads as a number of the right kind.
    pub on_change: Callback<f64>,
    /// Told `(path, Some(message))` while the field holds text that is not a
    /// number it can read, and `(path, None)` when that ends.
    #[prop_or_default]
    pub on_unreadable: Callback<(AttrValue, Option<AttrValue>)>,
    /// Bumped by the app when it replaces the whole scenario (an example,
    /// an undo): the field then shows the value, whatever was typed.
    #[prop_or_default]
    pub epoch: u64,
    /// In a table cell: the label is for screen readers only, no help line.
    #[prop_or_default]
    pub compact: bool,
}

/// Element id of a field path.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for ch in path.chars() {
        id.push(if ch.is_ascii_alphanumeric() { ch } else { '-' });
    }
    id
}

/// Reads what the user typed, as this field takes it.
fn read(text: &str, integer: bool, percent: bool) -> Result<f64, NumberError> {
    parse_number(text, integer, percent)
}

/// A number input that keeps what the user typed, reports the values it
/// reads, says what it understood when the text was not in the app's own
/// form, and reports text it cannot read (so the app can refuse to run).
#[function_component(NumField)]
pub fn num_field(props: &NumFieldProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = text::field(lang, &props.text_key);
    let percent = takes_percent(t.unit);
    let typed = use_state(|| props.value.to_string());
    let last_epoch = use_mut_ref(|| props.epoch);
    {
        // When the value changes from outside (an upload, an example, an
        // undo), show it; while the user types, keep their text.
        let typed = typed.clone();
        let integer = props.integer;
        use_effect_with((props.value.clone(), props.epoch), move |(value, epoch)| {
            let same = match (read(&typed, integer, percent), value.parse::<f64>()) {
                (Ok(a), Ok(b)) => a == b,
                _ => false,
            };
            let replaced = *last_epoch.borrow() != *epoch;
            *last_epoch.borrow_mut() = *epoch;
            if !same || replaced {
                typed.set(value.to_string());
            }
        });
    }
    let parsed = read(&typed, props.integer, percent);
    let unreadable: Option<String> = parsed
        .as_ref()
        .err()
        .map(|e| text::ui::number_error(lang, e));
    {
        // Tell the app while this field holds text it cannot read, and
        // stop telling it when the text is fixed or the field goes away.
        let report = props.on_unreadable.clone();
        use_effect_with(
            (props.path.clone(), unreadable.clone()),
            move |(path, message)| {
                let held = message.is_some();
                if let Some(m) = message {
                    report.emit((path.clone(), Some(AttrValue::from(m.clone()))));
                }
                let path = path.clone();
                move || {
                    if held {
                        report.emit((path, None));
                    }
                }
            },
        );
    }
    let on_input = {
        let typed = typed.clone();
        let on_change = props.on_change.clone();
        let integer = props.integer;
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = input.value();
            if let Ok(x) = read(&v, integer, percent) {
                on_change.emit(x);
            }
            typed.set(v);
        })
    };
    let note = match &parsed {
        Ok(v) => understood(lang, &typed, *v, props.integer),
        Err(_) => None,
    };
    let id = field_id(&props.path);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-error");
    let local_error = unreadable.map(AttrValue::from);
    let error = local_error.or_else(|| props.error.clone());
    let described = if props.compact {
        err_id.clone()
    } else {
        format!("{help_id} {err_id}")
    };
    let class = classes!(
        "field",
        super::editor::is_basic(&id).then_some("basic"),
        props.compact.then_some("compact"),
        error.is_some().then_some("invalid")
    );
    html! {
        <div {class}>
            <label for={id.clone()} class={classes!(props.compact.then_some("sr-only"))}>
                { t.label }
            </label>
            if let Some(term) = crate::glossary_links::field_term(&props.path).filter(|_| !props.compact) {
                { super::glossary::term_chip(lang, term) }
            }
            <div class="input-row">
                <input
                    id={id.clone()}
                    type="text"
                    inputmode={if props.integer { "numeric" } else { "decimal" }}
                    autocomplete="off"
                    spellcheck="false"
                    value={(*typed).clone()}
                    oninput={on_input}
                    aria-invalid={if error.is_some() { "true" } else { "false" }}
                    aria-describedby={described}
                    data-path={props.path.clone()}
                />
                if !props.compact && !t.unit.is_empty() {
                    <span class="unit">{ t.unit }</span>
                }
            </div>
            if !props.compact {
                <small id={help_id} class="help">{ t.help }</small>
            }
            if let Some(n) = note {
                <small class="understood" data-understood="true">{ text::ui::understood(lang, &n) }</small>
            }
            <small id={err_id} class="error" role="alert">{ error.unwrap_or_default() }</small>
        </div>
    }
}
