//! A labelled number input with its unit, explanation and error.

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
    /// Called with the text whenever it parses as a number of the right kind.
    pub on_change: Callback<String>,
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

fn parses(text: &str, integer: bool) -> bool {
    let t = text.trim();
    if integer {
        t.parse::<u64>().is_ok()
    } else {
        t.parse::<f64>().map(|v| v.is_finite()).unwrap_or(false)
    }
}

/// A number input that keeps what the user typed, reports values that parse
/// and shows a message for those that do not.
#[function_component(NumField)]
pub fn num_field(props: &NumFieldProps) -> Html {
    let typed = use_state(|| props.value.to_string());
    {
        // When the value changes from outside (an upload, an example, a
        // reset), show it; while the user types, keep their text.
        let typed = typed.clone();
        let integer = props.integer;
        use_effect_with(props.value.clone(), move |value| {
            let same = match (typed.trim().parse::<f64>(), value.parse::<f64>()) {
                (Ok(a), Ok(b)) => a == b && parses(&typed, integer),
                _ => false,
            };
            if !same {
                typed.set(value.to_string());
            }
        });
    }
    let on_input = {
        let typed = typed.clone();
        let on_change = props.on_change.clone();
        let integer = props.integer;
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = input.value();
            if parses(&v, integer) {
                on_change.emit(v.trim().to_string());
            }
            typed.set(v);
        })
    };
    let t = text::field(&props.text_key);
    let id = field_id(&props.path);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-error");
    let local_error = if parses(&typed, props.integer) {
        None
    } else if props.integer {
        Some(AttrValue::from(text::ui::NOT_A_WHOLE_NUMBER))
    } else {
        Some(AttrValue::from(text::ui::NOT_A_NUMBER))
    };
    let error = local_error.or_else(|| props.error.clone());
    let described = if props.compact {
        err_id.clone()
    } else {
        format!("{help_id} {err_id}")
    };
    let class = classes!(
        "field",
        props.compact.then_some("compact"),
        error.is_some().then_some("invalid")
    );
    html! {
        <div {class}>
            <label for={id.clone()} class={classes!(props.compact.then_some("sr-only"))}>
                { t.label }
            </label>
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
            <small id={err_id} class="error" role="alert">{ error.unwrap_or_default() }</small>
        </div>
    }
}
