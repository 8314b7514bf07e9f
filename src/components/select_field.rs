//! A labelled drop-down with an explanation.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`SelectField`].
#[derive(Properties, PartialEq, Clone)]
pub struct SelectFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// One-line explanation.
    #[prop_or_default]
    pub help: AttrValue,
    /// `(value, label)` of each choice.
    pub options: Vec<(&'static str, &'static str)>,
    /// The selected value.
    pub selected: AttrValue,
    /// Called with the chosen value.
    pub on_select: Callback<String>,
    /// A validation message about the choice.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// In a table cell: the label is for screen readers only, no help line.
    #[prop_or_default]
    pub compact: bool,
}

/// A `<select>` with label and help line.
#[function_component(SelectField)]
pub fn select_field(props: &SelectFieldProps) -> Html {
    let on_change = {
        let cb = props.on_select.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            cb.emit(select.value());
        })
    };
    let help_id = format!("{}-help", props.id);
    let err_id = format!("{}-error", props.id);
    let show_help = !props.compact && !props.help.is_empty();
    let described = if show_help {
        format!("{help_id} {err_id}")
    } else {
        err_id.clone()
    };
    let class = classes!(
        "field",
        super::editor::is_basic(&props.id).then_some("basic"),
        props.compact.then_some("compact"),
        props.error.is_some().then_some("invalid")
    );
    html! {
        <div {class}>
            <label for={props.id.clone()} class={classes!(props.compact.then_some("sr-only"))}>{ props.label.clone() }</label>
            <select id={props.id.clone()} onchange={on_change} aria-describedby={described}
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={*value} selected={props.selected.as_str() == *value}>{ *label }</option>
                }) }
            </select>
            if show_help {
                <small id={help_id} class="help">{ props.help.clone() }</small>
            }
            <small id={err_id} class="error" role="alert">{ props.error.clone().unwrap_or_default() }</small>
        </div>
    }
}
