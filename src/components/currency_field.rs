//! The editor's currency control (`business.currency`): a drop-down of the
//! known currencies (or another code), the symbol shown with numbers, and
//! where it stands. Every text is in `text::currency`.

use super::editor::{Cx, Edit};
use super::select_field::SelectField;
use crate::i18n::Lang;
use crate::text::currency as t;
use loyalty_sim::{Currency, Scenario, SymbolPosition, KNOWN_CURRENCIES};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The value of the drop-down's "another code" choice.
const OTHER: &str = "other";

/// The currency's fields (the [`CurrencyField`] of the scenario's currency).
pub(super) fn currency_field(cx: &Cx, c: &Currency) -> Html {
    html! {
        <CurrencyField currency={c.clone()} lang={cx.lang}
            code_error={cx.error("business.currency.code")} symbol_error={cx.error("business.currency.symbol")}
            on_edit={cx.on_edit.clone()} on_typed={cx.on_typed.clone()} />
    }
}

/// Sets a currency's part from the text typed.
type SetCurrency = Rc<dyn Fn(&mut Currency, String)>;

/// Properties of [`CurrencyField`].
#[derive(Properties, Clone, PartialEq)]
pub(super) struct CurrencyFieldProps {
    currency: Currency,
    lang: Lang,
    code_error: Option<AttrValue>,
    symbol_error: Option<AttrValue>,
    on_edit: Callback<Edit>,
    on_typed: Callback<(AttrValue, Edit)>,
}

/// Whether `code` is one of the drop-down's currencies.
fn is_known(code: &str) -> bool {
    KNOWN_CURRENCIES.iter().any(|(k, _)| *k == code)
}

/// What the code field shows: empty while the code is still the known one
/// in use when "another code" was chosen (`before`), so that nothing
/// invalid is filled in for the user; otherwise the code.
fn code_shown<'a>(code: &'a str, before: Option<&str>) -> &'a str {
    match before {
        Some(b) if b == code && is_known(code) => "",
        _ => code,
    }
}

/// The code a typed text sets: the text trimmed and in capitals, or, when
/// the field is emptied, the code in use before "another code" was chosen
/// (`before`; nothing is lost, and nothing invalid is set).
fn typed_code(typed: &str, before: Option<&str>) -> String {
    let t = typed.trim();
    match before {
        Some(b) if t.is_empty() => b.to_string(),
        _ => t.to_uppercase(),
    }
}

/// The currency drop-down, the code field of "another code", the symbol
/// and its position. Choosing "another code" changes nothing until a code
/// is typed: the field starts empty, with the code in use as its
/// placeholder and a hint that says so.
#[function_component(CurrencyField)]
pub(super) fn currency_field_view(props: &CurrencyFieldProps) -> Html {
    let (lang, c) = (props.lang, &props.currency);
    // The code in use when "another code" was chosen, while it is chosen.
    let other = use_state(|| None::<String>);
    let known = is_known(&c.code);
    let choosing = other.is_some() || !known;
    let mut options: Vec<(&'static str, &'static str)> =
        KNOWN_CURRENCIES.iter().map(|(k, _)| (*k, *k)).collect();
    options.push((OTHER, t::OTHER.get(lang)));
    let on_select = {
        let (on_edit, other, code) = (props.on_edit.clone(), other.clone(), c.code.clone());
        Callback::from(move |v: String| {
            if v == OTHER {
                // Nothing changes until a code is typed.
                other.set(Some(code.clone()));
            } else {
                other.set(None);
                on_edit.emit(Rc::new(move |s: &mut Scenario| {
                    s.business.currency.code = v.clone();
                    s.business.currency.symbol = None;
                }))
            }
        })
    };
    let selected = if choosing {
        OTHER.to_string()
    } else {
        c.code.clone()
    };
    let typed = |key: &'static str, set: SetCurrency| {
        let on_typed = props.on_typed.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let set = set.clone();
            on_typed.emit((
                AttrValue::from(key),
                Rc::new(move |s: &mut Scenario| set(&mut s.business.currency, v.clone())),
            ));
        })
    };
    let before = (*other).clone();
    let on_code = typed(
        "business.currency.code",
        Rc::new(move |c, v| c.code = typed_code(&v, before.as_deref())),
    );
    let on_symbol = typed(
        "business.currency.symbol",
        Rc::new(|c, v| c.symbol = (!v.is_empty()).then_some(v)),
    );
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
    let on_edit = props.on_edit.clone();
    let on_position = Callback::from(move |v: String| {
        on_edit.emit(Rc::new(move |s: &mut Scenario| {
            s.business.currency.position = match v.as_str() {
                "before" => Some(SymbolPosition::Before),
                "after" => Some(SymbolPosition::After),
                _ => None,
            }
        }))
    });
    let code_error = props.code_error.clone();
    let shown = code_shown(&c.code, other.as_deref());
    let code_help = if shown.is_empty() {
        t::code_pending(lang, &c.code)
    } else {
        t::CODE_HELP.get(lang).to_string()
    };
    html! {
        <>
            <SelectField id="f-business-currency" label={t::LABEL.get(lang)} help={t::HELP.get(lang)}
                {options} selected={selected} {on_select} error={if choosing { None } else { code_error.clone() }} />
            if choosing {
                { text_field(Text { id: "f-business-currency-code", label: t::CODE.get(lang), help: code_help,
                    value: shown, placeholder: &c.code, maxlength: 3 }, on_code, code_error) }
            }
            { text_field(Text { id: "f-business-currency-symbol", label: t::SYMBOL.get(lang),
                help: t::SYMBOL_HELP.get(lang).to_string(), value: c.symbol.as_deref().unwrap_or(""),
                placeholder: "", maxlength: 8 }, on_symbol, props.symbol_error.clone()) }
            <SelectField id="f-business-currency-position" label={t::POSITION.get(lang)}
                options={positions} selected={position} on_select={on_position} />
        </>
    }
}

/// A text field's fixed parts.
struct Text<'a> {
    id: &'static str,
    label: &'static str,
    help: String,
    value: &'a str,
    placeholder: &'a str,
    maxlength: u32,
}

/// A labelled text input with its help and error lines.
fn text_field(f: Text, oninput: Callback<InputEvent>, error: Option<AttrValue>) -> Html {
    let Text {
        id,
        label,
        help,
        value,
        placeholder,
        maxlength,
    } = f;
    let (help_id, err_id) = (format!("{id}-help"), format!("{id}-error"));
    let class = classes!("field", error.is_some().then_some("invalid"));
    html! {
        <div {class}>
            <label for={id}>{ label }</label>
            <input {id} type="text" value={value.to_string()} {oninput} maxlength={maxlength.to_string()}
                placeholder={(!placeholder.is_empty()).then(|| placeholder.to_string())}
                aria-describedby={format!("{help_id} {err_id}")}
                aria-invalid={if error.is_some() { "true" } else { "false" }} />
            <small id={help_id} class="help">{ help }</small>
            <small id={err_id} class="error" role="alert">{ error.unwrap_or_default() }</small>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_code_starts_empty_and_never_invalid() {
        // Just chosen: the field is empty (no "XXX"), the code in use stays.
        assert_eq!(code_shown("EUR", Some("EUR")), "");
        assert_eq!(typed_code("", Some("EUR")), "EUR");
        assert_eq!(typed_code("  ", Some("USD")), "USD");
        // Typed: what was typed, in capitals.
        assert_eq!(typed_code(" nzd ", Some("EUR")), "NZD");
        assert_eq!(code_shown("NZD", Some("EUR")), "NZD");
        // A scenario with an unlisted code shows it.
        assert_eq!(code_shown("NZD", None), "NZD");
        assert_eq!(typed_code("CH", None), "CH");
        for (k, _) in KNOWN_CURRENCIES {
            assert_eq!(typed_code("", Some(k)), *k);
            assert_eq!(code_shown(k, Some(k)), "");
        }
    }
}
