//! The editor's currency control (`business.currency`): a drop-down of the
//! known currencies (or another code), the symbol shown with numbers, and
//! where it stands. Every text is in `text::currency`.

use super::editor::Cx;
use super::select_field::SelectField;
use crate::text::currency as t;
use loyalty_sim::{Currency, Scenario, SymbolPosition, KNOWN_CURRENCIES};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The value of the drop-down's "another code" choice.
const OTHER: &str = "other";

/// The currency's fields.
pub(super) fn currency_field(cx: &Cx, c: &Currency) -> Html {
    let lang = cx.lang;
    let known = KNOWN_CURRENCIES.iter().any(|(k, _)| *k == c.code);
    let mut options: Vec<(&'static str, &'static str)> =
        KNOWN_CURRENCIES.iter().map(|(k, _)| (*k, *k)).collect();
    options.push((OTHER, t::OTHER.get(lang)));
    let on_edit = cx.on_edit.clone();
    let on_select = Callback::from(move |v: String| {
        on_edit.emit(Rc::new(move |s: &mut Scenario| {
            let cur = &mut s.business.currency;
            if v == OTHER {
                // Keep what there is; the code field appears.
                if KNOWN_CURRENCIES.iter().any(|(k, _)| *k == cur.code) {
                    cur.code = "XXX".into();
                }
            } else {
                cur.code = v.clone();
                cur.symbol = None;
            }
        }))
    });
    let selected = if known { c.code.clone() } else { OTHER.into() };
    let typed = |key: &'static str, set: fn(&mut Currency, String)| {
        let on_typed = cx.on_typed.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            on_typed.emit((
                AttrValue::from(key),
                Rc::new(move |s: &mut Scenario| set(&mut s.business.currency, v.clone())),
            ));
        })
    };
    let on_code = typed("business.currency.code", |c, v| {
        c.code = v.trim().to_string()
    });
    let on_symbol = typed("business.currency.symbol", |c, v| {
        c.symbol = (!v.is_empty()).then_some(v)
    });
    let positions = vec![
        ("usual", t::POSITION_USUAL.get(lang)),
        ("before", t::POSITION_BEFORE.get(lang)),
        ("after", t::POSITION_AFTER.get(lang)),
    ];
    let position = match c.position {
        None => "usual",
        Some(SymbolPosition::Before) => "before",
        Some(SymbolPosition::After) => "after",
    };
    let on_edit = cx.on_edit.clone();
    let on_position = Callback::from(move |v: String| {
        on_edit.emit(Rc::new(move |s: &mut Scenario| {
            s.business.currency.position = match v.as_str() {
                "before" => Some(SymbolPosition::Before),
                "after" => Some(SymbolPosition::After),
                _ => None,
            }
        }))
    });
    let code_error = cx.error("business.currency.code");
    let symbol_error = cx.error("business.currency.symbol");
    html! {
        <>
            <SelectField id="f-business-currency" label={t::LABEL.get(lang)} help={t::HELP.get(lang)}
                {options} selected={selected} {on_select} error={if known { code_error.clone() } else { None }} />
            if !known {
                { text_field("f-business-currency-code", t::CODE.get(lang), t::CODE_HELP.get(lang), &c.code, on_code, code_error, 3) }
            }
            { text_field("f-business-currency-symbol", t::SYMBOL.get(lang), t::SYMBOL_HELP.get(lang),
                c.symbol.as_deref().unwrap_or(""), on_symbol, symbol_error, 8) }
            <SelectField id="f-business-currency-position" label={t::POSITION.get(lang)}
                options={positions} selected={position} on_select={on_position} />
        </>
    }
}

/// A labelled text input with its help and error lines.
fn text_field(
    id: &'static str,
    label: &'static str,
    help: &'static str,
    value: &str,
    oninput: Callback<InputEvent>,
    error: Option<AttrValue>,
    maxlength: u32,
) -> Html {
    let (help_id, err_id) = (format!("{id}-help"), format!("{id}-error"));
    let class = classes!("field", error.is_some().then_some("invalid"));
    html! {
        <div {class}>
            <label for={id}>{ label }</label>
            <input {id} type="text" value={value.to_string()} {oninput} maxlength={maxlength.to_string()}
                aria-describedby={format!("{help_id} {err_id}")}
                aria-invalid={if error.is_some() { "true" } else { "false" }} />
            <small id={help_id} class="help">{ help }</small>
            <small id={err_id} class="error" role="alert">{ error.unwrap_or_default() }</small>
        </div>
    }
}
