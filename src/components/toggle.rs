//! A labelled checkbox that switches a mechanic on or off.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`Toggle`].
#[derive(Properties, PartialEq, Clone)]
pub struct ToggleProps {
    /// Element id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// Checked or not.
    pub checked: bool,
    /// Called with the new state.
    pub on_toggle: Callback<bool>,
}

/// A checkbox with its label.
#[function_component(Toggle)]
pub fn toggle(props: &ToggleProps) -> Html {
    let on_change = {
        let cb = props.on_toggle.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };
    html! {
        <label class={classes!("toggle", super::editor::is_basic(&props.id).then_some("basic"))} for={props.id.clone()}>
            <input type="checkbox" id={props.id.clone()} checked={props.checked} onchange={on_change} />
            <span>{ props.label.clone() }</span>
        </label>
    }
}
