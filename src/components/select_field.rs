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
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} onchange={on_change} aria-describedby={help_id.clone()}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={*value} selected={props.selected.as_str() == *value}>{ *label }</option>
                }) }
            </select>
            if !props.help.is_empty() {
                <small id={help_id} class="help">{ props.help.clone() }</small>
            }
        </div>
    }
}
