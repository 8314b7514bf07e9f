//! The scenario editor: every parameter of the core, grouped, each with its
//! unit, explanation and the core's validation message.
//!
//! Invariant: the editor never holds a scenario of its own; every change is
//! an [`Edit`] applied by the app to its current draft, so no edit is lost
//! or applied to a stale copy.

use super::num_field::NumField;
use super::programme::programme_body;
use super::toggle::Toggle;
use crate::format::input_number;
use crate::i18n::Lang;
use crate::text::{self, groups};
use loyalty_sim::{Points, Programme, Scenario};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// A change to the scenario.
pub type Edit = Rc<dyn Fn(&mut Scenario)>;

/// The key of the scenario name's typed edits.
pub const NAME_KEY: &str = "name";

/// The element ids of the settings the basic view shows: the name, the
/// population and horizon, the programme and its main rates, the basket
/// and the margin. Everything else is one click away ("Show all settings").
pub const BASIC_IDS: [&str; 12] = [
    "f-name",
    "f-simulation-customers",
    "f-simulation-days",
    "t-programme",
    "f-programme-discount-kind",
    "f-programme-discount-rate",
    "t-points",
    "f-programme-points-earn-rate",
    "f-programme-points-point-value",
    "t-tiers",
    "f-business-mean-basket",
    "f-business-gross-margin",
];

/// Whether the element with this id is shown in the basic view.
pub fn is_basic(id: &str) -> bool {
    BASIC_IDS.contains(&id)
}

/// Where the basic / all-settings choice is kept in `localStorage`.
const ADVANCED_KEY: &str = "loyalty-lab.advanced";

/// Properties of [`Editor`].
#[derive(Properties, Clone)]
pub struct EditorProps {
    /// The draft being edited.
    pub scenario: Rc<Scenario>,
    /// Validation messages by field path.
    pub errors: Rc<HashMap<String, String>>,
    /// Receives every change.
    pub on_edit: Callback<Edit>,
    /// Receives every change of a typed field, with the field's path (so
    /// that typing in one field makes one undo step).
    pub on_typed: Callback<(AttrValue, Edit)>,
    /// Told which fields hold text that is not a number (and when that ends).
    #[prop_or_default]
    pub on_unreadable: Callback<(AttrValue, Option<AttrValue>)>,
    /// Bumped when the whole scenario is replaced (example, upload, undo).
    #[prop_or_default]
    pub epoch: u64,
    /// The scenario's name no longer describes it (it changed since named).
    #[prop_or_default]
    pub name_edited: bool,
}

impl PartialEq for EditorProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario)
            && Rc::ptr_eq(&self.errors, &other.errors)
            && self.on_edit == other.on_edit
            && self.on_typed == other.on_typed
            && self.on_unreadable == other.on_unreadable
            && self.epoch == other.epoch
            && self.name_edited == other.name_edited
    }
}

/// What field builders need.
pub(super) struct Cx<'a> {
    pub(super) errors: &'a HashMap<String, String>,
    pub(super) on_edit: &'a Callback<Edit>,
    pub(super) on_typed: &'a Callback<(AttrValue, Edit)>,
    pub(super) on_unreadable: &'a Callback<(AttrValue, Option<AttrValue>)>,
    pub(super) epoch: u64,
    /// The reader's language.
    pub(super) lang: Lang,
}

impl Cx<'_> {
    pub(super) fn error(&self, path: &str) -> Option<AttrValue> {
        self.errors.get(path).map(|m| AttrValue::from(m.clone()))
    }

    pub(super) fn edit(&self, f: impl Fn(&mut Scenario) + 'static) -> Callback<()> {
        let on_edit = self.on_edit.clone();
        let f: Edit = Rc::new(f);
        Callback::from(move |()| on_edit.emit(f.clone()))
    }

    /// A checkbox whose change calls `set` with the new state.
    pub(super) fn switch(
        &self,
        id: &'static str,
        label: &'static str,
        checked: bool,
        set: fn(&mut Scenario, bool),
    ) -> Html {
        let on_edit = self.on_edit.clone();
        let on_toggle = Callback::from(move |on: bool| {
            on_edit.emit(Rc::new(move |s: &mut Scenario| set(s, on)))
        });
        html! { <Toggle {id} {label} {checked} {on_toggle} /> }
    }

    pub(super) fn float(
        &self,
        path: &'static str,
        value: f64,
        set: fn(&mut Scenario, f64),
    ) -> Html {
        self.float_at(path, path.to_string(), value, set, false)
    }

    pub(super) fn int(&self, path: &'static str, value: u64, set: fn(&mut Scenario, u64)) -> Html {
        self.int_at(path, path.to_string(), value, set, false)
    }

    pub(super) fn float_at(
        &self,
        text_key: &'static str,
        path: String,
        value: f64,
        set: impl Fn(&mut Scenario, f64) + 'static,
        compact: bool,
    ) -> Html {
        let on_typed = self.on_typed.clone();
        let set = Rc::new(set);
        let key = AttrValue::from(path.clone());
        let on_change = Callback::from(move |v: f64| {
            let set = set.clone();
            on_typed.emit((key.clone(), Rc::new(move |s: &mut Scenario| set(s, v))));
        });
        html! {
            <NumField path={path.clone()} text_key={text_key} value={input_number(value)}
                error={self.error(&path)} {on_change} {compact}
                on_unreadable={self.on_unreadable.clone()} epoch={self.epoch} />
        }
    }

    pub(super) fn int_at(
        &self,
        text_key: &'static str,
        path: String,
        value: u64,
        set: impl Fn(&mut Scenario, u64) + 'static,
        compact: bool,
    ) -> Html {
        let on_typed = self.on_typed.clone();
        let set = Rc::new(set);
        let key = AttrValue::from(path.clone());
        let on_change = Callback::from(move |v: f64| {
            // The field reads whole, non-negative numbers up to 2^53 only.
            let v = v as u64;
            let set = set.clone();
            on_typed.emit((key.clone(), Rc::new(move |s: &mut Scenario| set(s, v))));
        });
        html! {
            <NumField path={path.clone()} text_key={text_key} value={value.to_string()}
                integer=true error={self.error(&path)} {on_change} {compact}
                on_unreadable={self.on_unreadable.clone()} epoch={self.epoch} />
        }
    }
}

pub(super) fn u32_of(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

pub(super) fn prog(s: &mut Scenario) -> Option<&mut Programme> {
    s.programme.as_mut()
}

pub(super) fn points(s: &mut Scenario) -> Option<&mut Points> {
    s.programme.as_mut()?.points.as_mut()
}

pub(super) fn default_programme() -> Programme {
    Scenario::default()
        .programme
        .expect("the default scenario has a programme")
}

pub(super) fn group(
    id: &'static str,
    title: &'static str,
    help: &'static str,
    open: bool,
    body: Html,
) -> Html {
    html! {
        <details class="group" id={id} open={open}>
            <summary><h3>{ title }</h3></summary>
            <p class="group-help">{ help }</p>
            { body }
        </details>
    }
}

/// The scenario editor.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let s = &*props.scenario;
    let advanced = use_state(|| crate::browser::load(ADVANCED_KEY).as_deref() == Some("1"));
    let query = use_state(String::new);
    {
        // Re-applied after every render: fields that appear later are filtered too.
        let q = (*query).clone();
        use_effect(move || crate::browser::filter_editor(lang, &q));
    }
    let props_advanced = {
        let a = advanced.clone();
        let on_advanced = Callback::from(move |on: bool| {
            let _ = crate::browser::save(ADVANCED_KEY, if on { "1" } else { "0" });
            a.set(on);
        });
        let q = query.clone();
        let on_query = Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            q.set(input.value());
        });
        (*advanced, (*query).clone(), on_advanced, on_query)
    };
    let cx = Cx {
        errors: &props.errors,
        on_edit: &props.on_edit,
        on_typed: &props.on_typed,
        on_unreadable: &props.on_unreadable,
        epoch: props.epoch,
        lang,
    };

    let name_input = {
        let on_typed = props.on_typed.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let v = input.value();
            on_typed.emit((
                AttrValue::from(NAME_KEY),
                Rc::new(move |s: &mut Scenario| s.name = v.clone()),
            ));
        });
        html! {
            <div class="field wide basic">
                <label for="f-name">{ text::ui::NAME.get(lang) }</label>
                <div class="input-row">
                    <input id="f-name" type="text" value={s.name.clone()} {oninput} maxlength="200"
                        aria-describedby="f-name-edited" />
                    if props.name_edited {
                        <span class="badge" id="f-name-edited" title={text::ui::NAME_EDITED_HELP.get(lang)}>{ text::ui::NAME_EDITED.get(lang) }</span>
                    }
                </div>
            </div>
        }
    };

    let simulation = html! {
        <div class="fields">
            { name_input }
            { cx.int("simulation.customers", s.simulation.customers as u64, |s, v| s.simulation.customers = u32_of(v)) }
            { cx.int("simulation.days", s.simulation.days as u64, |s, v| s.simulation.days = u32_of(v)) }
            { cx.int("simulation.seed", s.simulation.seed, |s, v| s.simulation.seed = v) }
        </div>
    };

    let programme_costs = s.programme.as_ref().map(|p| {
        html! {
            <>
                <h4>{ groups::PROGRAMME_COSTS.get(lang) }</h4>
                <div class="fields">
                    { cx.float("programme.costs.setup", p.costs.setup, |s, v| if let Some(p) = prog(s) { p.costs.setup = v }) }
                    { cx.float("programme.costs.monthly_operating", p.costs.monthly_operating, |s, v| if let Some(p) = prog(s) { p.costs.monthly_operating = v }) }
                    { cx.float("programme.costs.card", p.costs.card, |s, v| if let Some(p) = prog(s) { p.costs.card = v }) }
                    { cx.float("programme.costs.member_monthly", p.costs.member_monthly, |s, v| if let Some(p) = prog(s) { p.costs.member_monthly = v }) }
                </div>
                { super::cost_lines::cost_lines(&cx, p) }
            </>
        }
    });

    let b = &s.business;
    let business = html! {
        <>
            <div class="fields">
                { cx.float("business.mean_basket", b.mean_basket, |s, v| s.business.mean_basket = v) }
                { cx.float("business.gross_margin", b.gross_margin, |s, v| s.business.gross_margin = v) }
                { cx.float("business.service_quality", b.service_quality, |s, v| s.business.service_quality = v) }
                { cx.float("business.price_index", b.price_index, |s, v| s.business.price_index = v) }
                { cx.float("business.annual_discount_rate", b.annual_discount_rate, |s, v| s.business.annual_discount_rate = v) }
                { super::currency_field::currency_field(&cx, &b.currency) }
            </div>
            { programme_costs.unwrap_or_default() }
        </>
    };

    let c = &s.customers;
    let customers = html! {
        <div class="fields">
            { cx.float("customers.occasions_per_year", c.occasions_per_year, |s, v| s.customers.occasions_per_year = v) }
            { cx.float("customers.rate_shape", c.rate_shape, |s, v| s.customers.rate_shape = v) }
            { cx.float("customers.basket_spread", c.basket_spread, |s, v| s.customers.basket_spread = v) }
            { cx.float("customers.trip_spread", c.trip_spread, |s, v| s.customers.trip_spread = v) }
            { cx.float("customers.price_sensitivity", c.price_sensitivity, |s, v| s.customers.price_sensitivity = v) }
            { cx.float("customers.reward_appetite", c.reward_appetite, |s, v| s.customers.reward_appetite = v) }
            { cx.float("customers.annual_exit_rate", c.annual_exit_rate, |s, v| s.customers.annual_exit_rate = v) }
            { cx.int("customers.lapse_days", c.lapse_days as u64, |s, v| s.customers.lapse_days = u32_of(v)) }
        </div>
    };

    let m = &s.market;
    let market = html! {
        <div class="fields">
            { cx.int("market.alternatives", m.alternatives as u64, |s, v| s.market.alternatives = u32_of(v)) }
            { cx.float("market.competitor_quality", m.competitor_quality, |s, v| s.market.competitor_quality = v) }
            { cx.float("market.switching_barrier", m.switching_barrier, |s, v| s.market.switching_barrier = v) }
            { cx.float("market.trend", m.trend, |s, v| s.market.trend = v) }
            { cx.int("market.market_size", u64::from(loyalty_sim::market_size(s)), |s, v| s.market.market_size = Some(u32_of(v))) }
            { cx.float("market.promoter_tells", m.promoter_tells, |s, v| s.market.promoter_tells = v) }
            { cx.float("market.detractor_tells", m.detractor_tells, |s, v| s.market.detractor_tells = v) }
            { cx.float("market.referral_conversion", m.referral_conversion, |s, v| s.market.referral_conversion = v) }
            { cx.float("market.detraction_loss", m.detraction_loss, |s, v| s.market.detraction_loss = v) }
        </div>
    };

    let programme_switch = cx.switch(
        "t-programme",
        groups::PROGRAMME_SWITCH.get(lang),
        s.programme.is_some(),
        |s, on| s.programme = on.then(default_programme),
    );

    let programme = html! {
        <>
            { programme_switch }
            { s.programme.as_ref().map(|p| programme_body(&cx, p)).unwrap_or_default() }
        </>
    };

    let summary_errors = if props.errors.is_empty() {
        html! {}
    } else {
        let mut list: Vec<_> = props.errors.iter().collect();
        list.sort();
        html! {
            <div class="error-summary" role="alert">
                <p>{ text::ui::ERRORS_TITLE.get(lang) }</p>
                <ul>
                    { for list.into_iter().map(|(path, msg)| html! {
                        <li><a href={format!("#{}", super::num_field::field_id(path))}>{ label_of(lang, path) }</a>{ ": " }{ msg.clone() }</li>
                    }) }
                </ul>
            </div>
        }
    };

    let advanced = props_advanced.0;
    let query = props_advanced.1;
    let on_advanced = props_advanced.2;
    let on_query = props_advanced.3;
    let searching = !query.trim().is_empty();
    let basic = !advanced && !searching;
    let class = classes!(
        "editor",
        basic.then_some("basic"),
        searching.then_some("searching")
    );
    html! {
        <section {class} id="editor" aria-labelledby="editor-title">
            <h2 id="editor-title">{ text::ui::EDITOR_TITLE.get(lang) }</h2>
            <div class="editor-view">
                <label class="sr-only" for="param-search">{ text::ui::SEARCH_LABEL.get(lang) }</label>
                <span class="search">
                    <input type="search" id="param-search" placeholder={text::ui::SEARCH_PLACEHOLDER.get(lang)}
                        value={query.clone()} oninput={on_query} autocomplete="off" />
                </span>
                <Toggle id="t-advanced" label={text::ui::SHOW_ALL.get(lang)} checked={advanced} on_toggle={on_advanced} />
                <span id="search-count" class="search-count" aria-live="polite"></span>
            </div>
            if basic {
                <p class="basic-note">{ text::ui::BASIC_NOTE.get(lang) }</p>
            }
            { summary_errors }
            { group("g-simulation", groups::SIMULATION.get(lang), groups::SIMULATION_HELP.get(lang), true, simulation) }
            { group("g-programme", groups::PROGRAMME.get(lang), groups::PROGRAMME_HELP.get(lang), true, programme) }
            { group("g-timeline", groups::TIMELINE.get(lang), groups::TIMELINE_HELP.get(lang), !s.events.is_empty(), super::timeline::timeline(&cx, s)) }
            { group("g-business", groups::BUSINESS.get(lang), groups::BUSINESS_HELP.get(lang), basic, business) }
            { group("g-customers", groups::CUSTOMERS.get(lang), groups::CUSTOMERS_HELP.get(lang), false, customers) }
            { group("g-market", groups::MARKET.get(lang), groups::MARKET_HELP.get(lang), false, market) }
        </section>
    }
}

/// A readable name for an error's path: the field's label, or the path.
fn label_of(lang: Lang, path: &str) -> String {
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
    let label = text::field(lang, &key).label;
    if label.is_empty() {
        path.to_string()
    } else {
        label.to_string()
    }
}

pub(super) fn remove_row(cx: &Cx, f: fn(&mut Scenario, usize)) -> Callback<usize> {
    let on_edit = cx.on_edit.clone();
    Callback::from(move |i: usize| on_edit.emit(Rc::new(move |s: &mut Scenario| f(s, i))))
}
