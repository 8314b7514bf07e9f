//! The scenario editor: every parameter of the core, grouped, each with its
//! unit, explanation and the core's validation message.
//!
//! Invariant: the editor never holds a scenario of its own; every change is
//! an [`Edit`] applied by the app to its current draft, so no edit is lost
//! or applied to a stale copy.

use super::mechanics;
use super::num_field::NumField;
use super::row_table::{Column, RowTable};
use super::select_field::SelectField;
use super::toggle::Toggle;
use crate::format::input_number;
use crate::text::{self, choices, groups};
use loyalty_sim::{
    CardKind, Discount, DiscountStep, EnrolmentMode, Gift, Points, PrizeDraw, Programme,
    Redemption, Scenario, TierLevel, Tiers,
};
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

fn tiers(s: &mut Scenario) -> Option<&mut Tiers> {
    s.programme.as_mut()?.tiers.as_mut()
}

fn gift(s: &mut Scenario) -> Option<&mut Gift> {
    s.programme.as_mut()?.gift.as_mut()
}

fn draw(s: &mut Scenario) -> Option<&mut PrizeDraw> {
    s.programme.as_mut()?.draw.as_mut()
}

fn steps(s: &mut Scenario) -> Option<&mut Vec<DiscountStep>> {
    match s.programme.as_mut()?.discount.as_mut()? {
        Discount::Progressive { steps } => Some(steps),
        Discount::Flat { .. } => None,
    }
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
    let s = &*props.scenario;
    let advanced = use_state(|| crate::browser::load(ADVANCED_KEY).as_deref() == Some("1"));
    let query = use_state(String::new);
    {
        // Re-applied after every render: fields that appear later are filtered too.
        let q = (*query).clone();
        use_effect(move || crate::browser::filter_editor(&q));
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
                <label for="f-name">{ text::ui::NAME }</label>
                <div class="input-row">
                    <input id="f-name" type="text" value={s.name.clone()} {oninput} maxlength="200"
                        aria-describedby="f-name-edited" />
                    if props.name_edited {
                        <span class="badge" id="f-name-edited" title={text::ui::NAME_EDITED_HELP}>{ text::ui::NAME_EDITED }</span>
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
                <h4>{ groups::PROGRAMME_COSTS }</h4>
                <div class="fields">
                    { cx.float("programme.costs.setup", p.costs.setup, |s, v| if let Some(p) = prog(s) { p.costs.setup = v }) }
                    { cx.float("programme.costs.monthly_operating", p.costs.monthly_operating, |s, v| if let Some(p) = prog(s) { p.costs.monthly_operating = v }) }
                    { cx.float("programme.costs.card", p.costs.card, |s, v| if let Some(p) = prog(s) { p.costs.card = v }) }
                    { cx.float("programme.costs.member_monthly", p.costs.member_monthly, |s, v| if let Some(p) = prog(s) { p.costs.member_monthly = v }) }
                </div>
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
            { cx.float("market.promoter_tells", m.promoter_tells, |s, v| s.market.promoter_tells = v) }
            { cx.float("market.detractor_tells", m.detractor_tells, |s, v| s.market.detractor_tells = v) }
            { cx.float("market.referral_conversion", m.referral_conversion, |s, v| s.market.referral_conversion = v) }
            { cx.float("market.detraction_loss", m.detraction_loss, |s, v| s.market.detraction_loss = v) }
        </div>
    };

    let programme_switch = cx.switch(
        "t-programme",
        groups::PROGRAMME_SWITCH,
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
                <p>{ text::ui::ERRORS_TITLE }</p>
                <ul>
                    { for list.into_iter().map(|(path, msg)| html! {
                        <li><a href={format!("#{}", super::num_field::field_id(path))}>{ label_of(path) }</a>{ ": " }{ msg.clone() }</li>
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
            <h2 id="editor-title">{ text::ui::EDITOR_TITLE }</h2>
            <div class="editor-view">
                <label class="sr-only" for="param-search">{ text::ui::SEARCH_LABEL }</label>
                <span class="search">
                    <input type="search" id="param-search" placeholder={text::ui::SEARCH_PLACEHOLDER}
                        value={query.clone()} oninput={on_query} autocomplete="off" />
                </span>
                <Toggle id="t-advanced" label={text::ui::SHOW_ALL} checked={advanced} on_toggle={on_advanced} />
                <span id="search-count" class="search-count" aria-live="polite"></span>
            </div>
            if basic {
                <p class="basic-note">{ text::ui::BASIC_NOTE }</p>
            }
            { summary_errors }
            { group("g-simulation", groups::SIMULATION, groups::SIMULATION_HELP, true, simulation) }
            { group("g-programme", groups::PROGRAMME, groups::PROGRAMME_HELP, true, programme) }
            { group("g-timeline", groups::TIMELINE, groups::TIMELINE_HELP, !s.events.is_empty(), super::timeline::timeline(&cx, s)) }
            { group("g-business", groups::BUSINESS, groups::BUSINESS_HELP, basic, business) }
            { group("g-customers", groups::CUSTOMERS, groups::CUSTOMERS_HELP, false, customers) }
            { group("g-market", groups::MARKET, groups::MARKET_HELP, false, market) }
        </section>
    }
}

/// A readable name for an error's path: the field's label, or the path.
fn label_of(path: &str) -> String {
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
    let label = text::field(&key).label;
    if label.is_empty() {
        path.to_string()
    } else {
        label.to_string()
    }
}

fn programme_body(cx: &Cx, p: &Programme) -> Html {
    let e = &p.enrolment;
    let on_mode = {
        let on_edit = cx.on_edit.clone();
        Callback::from(move |v: String| {
            let mode = if v == "automatic" {
                EnrolmentMode::Automatic
            } else {
                EnrolmentMode::OptIn
            };
            on_edit.emit(Rc::new(move |s: &mut Scenario| {
                if let Some(p) = prog(s) {
                    p.enrolment.mode = mode
                }
            }))
        })
    };
    let on_card = {
        let on_edit = cx.on_edit.clone();
        Callback::from(move |v: String| {
            let card = if v == "bearer" {
                CardKind::Bearer
            } else {
                CardKind::Personal
            };
            on_edit.emit(Rc::new(move |s: &mut Scenario| {
                if let Some(p) = prog(s) {
                    p.enrolment.card = card
                }
            }))
        })
    };
    let enrolment = html! {
        <>
            <h4>{ groups::ENROLMENT }</h4>
            <div class="fields">
                <SelectField id="f-programme-enrolment-mode" label={choices::MODE} help={choices::MODE_HELP}
                    options={vec![("opt_in", choices::OPT_IN), ("automatic", choices::AUTOMATIC)]}
                    selected={if e.mode == EnrolmentMode::Automatic { "automatic" } else { "opt_in" }}
                    on_select={on_mode} />
                <SelectField id="f-programme-enrolment-card" label={choices::CARD} help={choices::CARD_HELP}
                    options={vec![("personal", choices::PERSONAL), ("bearer", choices::BEARER)]}
                    selected={if e.card == CardKind::Bearer { "bearer" } else { "personal" }}
                    on_select={on_card} />
                { cx.float("programme.enrolment.min_purchase", e.min_purchase, |s, v| if let Some(p) = prog(s) { p.enrolment.min_purchase = v }) }
                { cx.float("programme.enrolment.join_propensity", e.join_propensity, |s, v| if let Some(p) = prog(s) { p.enrolment.join_propensity = v }) }
                { cx.float("programme.enrolment.bearer_sharing", e.bearer_sharing, |s, v| if let Some(p) = prog(s) { p.enrolment.bearer_sharing = v }) }
            </div>
        </>
    };

    html! {
        <>
            { enrolment }
            { discount_section(cx, p) }
            { points_section(cx, p) }
            { tiers_section(cx, p) }
            { mechanics::targeting(cx, p) }
            { gift_section(cx, p) }
            { draw_section(cx, p) }
            { mechanics::service(cx, p) }
            { mechanics::partners(cx, p) }
            { mechanics::coupons_and_gift_cards(cx, p) }
            { mechanics::contracts(cx, p) }
        </>
    }
}

fn discount_section(cx: &Cx, p: &Programme) -> Html {
    let kind = match &p.discount {
        None => "none",
        Some(Discount::Flat { .. }) => "flat",
        Some(Discount::Progressive { .. }) => "progressive",
    };
    let on_kind = {
        let on_edit = cx.on_edit.clone();
        Callback::from(move |v: String| {
            on_edit.emit(Rc::new(move |s: &mut Scenario| {
                if let Some(p) = prog(s) {
                    if v == "none" {
                        // A limit on a discount that is gone would only be an error.
                        p.discount_for = None;
                    }
                    p.discount = match v.as_str() {
                        "flat" => Some(Discount::Flat { rate: 0.05 }),
                        "progressive" => Some(Discount::Progressive {
                            steps: vec![
                                DiscountStep {
                                    from_spend: 0.0,
                                    rate: 0.02,
                                },
                                DiscountStep {
                                    from_spend: 500.0,
                                    rate: 0.04,
                                },
                                DiscountStep {
                                    from_spend: 1500.0,
                                    rate: 0.06,
                                },
                            ],
                        }),
                        _ => None,
                    }
                }
            }))
        })
    };
    let body = match &p.discount {
        None => html! {},
        Some(Discount::Flat { rate }) => html! {
            <div class="fields">
                { cx.float("programme.discount.rate", *rate, |s, v| {
                    if let Some(Discount::Flat { rate }) = prog(s).and_then(|p| p.discount.as_mut()) { *rate = v }
                }) }
            </div>
        },
        Some(Discount::Progressive { steps: rows }) => {
            let cells: Vec<Vec<Html>> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    vec![
                        cx.float_at(
                            "programme.discount.steps.from_spend",
                            format!("programme.discount.steps[{i}].from_spend"),
                            r.from_spend,
                            move |s, v| {
                                if let Some(r) = steps(s).and_then(|t| t.get_mut(i)) {
                                    r.from_spend = v
                                }
                            },
                            true,
                        ),
                        cx.float_at(
                            "programme.discount.steps.rate",
                            format!("programme.discount.steps[{i}].rate"),
                            r.rate,
                            move |s, v| {
                                if let Some(r) = steps(s).and_then(|t| t.get_mut(i)) {
                                    r.rate = v
                                }
                            },
                            true,
                        ),
                    ]
                })
                .collect();
            html! {
                <RowTable id="steps" caption={groups::DISCOUNT_STEPS}
                    columns={vec![Column::of("programme.discount.steps.from_spend"), Column::of("programme.discount.steps.rate")]}
                    rows={cells}
                    error={cx.error("programme.discount.steps")}
                    on_add={cx.edit(|s| if let Some(t) = steps(s) {
                        let last = t.last().map(|r| (r.from_spend, r.rate)).unwrap_or((0.0, 0.0));
                        t.push(DiscountStep { from_spend: last.0 + 1000.0, rate: (last.1 + 0.02).min(0.9) });
                    })}
                    on_remove={remove_row(cx, |s, i| if let Some(t) = steps(s) { if i < t.len() { t.remove(i); } })} />
            }
        }
    };
    html! {
        <>
            <h4>{ groups::DISCOUNT }</h4>
            <div class="fields">
                <SelectField id="f-programme-discount-kind" label={groups::DISCOUNT_KIND}
                    options={vec![("none", groups::DISCOUNT_NONE), ("flat", groups::DISCOUNT_FLAT), ("progressive", groups::DISCOUNT_PROGRESSIVE)]}
                    selected={kind} on_select={on_kind} />
            </div>
            { body }
            if let Some(msg) = cx.error("programme.discount") {
                <p class="error" role="alert">{ msg }</p>
            }
        </>
    }
}

pub(super) fn remove_row(cx: &Cx, f: fn(&mut Scenario, usize)) -> Callback<usize> {
    let on_edit = cx.on_edit.clone();
    Callback::from(move |i: usize| on_edit.emit(Rc::new(move |s: &mut Scenario| f(s, i))))
}

fn points_section(cx: &Cx, p: &Programme) -> Html {
    let toggle = cx.switch(
        "t-points",
        groups::POINTS_SWITCH,
        p.points.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.points = if on { default_programme().points } else { None };
                if !on {
                    // A limit on points that are gone would only be an error.
                    p.points_for = None;
                }
            }
        },
    );
    let body = p.points.as_ref().map(|pt| {
        let on_redemption = {
            let on_edit = cx.on_edit.clone();
            Callback::from(move |v: String| {
                let r = if v == "automatic" { Redemption::Automatic } else { Redemption::Voluntary };
                on_edit.emit(Rc::new(move |s: &mut Scenario| {
                    if let Some(pt) = points(s) {
                        pt.redemption = r
                    }
                }))
            })
        };
        let bonus_toggle = cx.switch(
            "f-programme-points-bonus",
            groups::BONUS_SWITCH,
            pt.bonus.is_some(),
            |s, on| {
                if let Some(p) = points(s) {
                    p.bonus = on.then(crate::defaults::bonus)
                }
            },
        );
        let bonus_body = pt.bonus.as_ref().map(|b| {
            html! {
                <div class="fields">
                    { cx.float("programme.points.bonus.earn_rate", b.earn_rate, |s, v| if let Some(b) = points(s).and_then(|p| p.bonus.as_mut()) { b.earn_rate = v }) }
                    { cx.int("programme.points.bonus.valid_days", b.valid_days as u64, |s, v| if let Some(b) = points(s).and_then(|p| p.bonus.as_mut()) { b.valid_days = u32_of(v) }) }
                </div>
            }
        });
        let campaign_rows: Vec<Vec<Html>> = pt
            .campaigns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                vec![
                    cx.int_at("programme.points.campaigns.start_day", format!("programme.points.campaigns[{i}].start_day"), c.start_day as u64,
                        move |s, v| if let Some(c) = points(s).and_then(|p| p.campaigns.get_mut(i)) { c.start_day = u32_of(v) }, true),
                    cx.int_at("programme.points.campaigns.end_day", format!("programme.points.campaigns[{i}].end_day"), c.end_day as u64,
                        move |s, v| if let Some(c) = points(s).and_then(|p| p.campaigns.get_mut(i)) { c.end_day = u32_of(v) }, true),
                    cx.float_at("programme.points.campaigns.multiplier", format!("programme.points.campaigns[{i}].multiplier"), c.multiplier,
                        move |s, v| if let Some(c) = points(s).and_then(|p| p.campaigns.get_mut(i)) { c.multiplier = v }, true),
                ]
            })
            .collect();
        html! {
            <>
                <div class="fields">
                    { cx.float("programme.points.earn_rate", pt.earn_rate, |s, v| if let Some(p) = points(s) { p.earn_rate = v }) }
                    { cx.float("programme.points.point_value", pt.point_value, |s, v| if let Some(p) = points(s) { p.point_value = v }) }
                    { cx.int("programme.points.redemption_threshold", pt.redemption_threshold as u64, |s, v| if let Some(p) = points(s) { p.redemption_threshold = u32_of(v) }) }
                    <SelectField id="f-programme-points-redemption" label={choices::REDEMPTION} help={choices::REDEMPTION_HELP}
                        options={vec![("voluntary", choices::VOLUNTARY), ("automatic", choices::AUTO_REDEEM)]}
                        selected={if pt.redemption == Redemption::Automatic { "automatic" } else { "voluntary" }}
                        on_select={on_redemption} />
                    { cx.float("programme.points.reward_cost_ratio", pt.reward_cost_ratio, |s, v| if let Some(p) = points(s) { p.reward_cost_ratio = v }) }
                    { cx.int("programme.points.expiry_months", pt.expiry_months as u64, |s, v| if let Some(p) = points(s) { p.expiry_months = u32_of(v) }) }
                    { cx.int("programme.points.endowed", pt.endowed as u64, |s, v| if let Some(p) = points(s) { p.endowed = u32_of(v) }) }
                </div>
                <RowTable id="campaigns" caption={groups::CAMPAIGNS}
                    columns={vec![Column::of("programme.points.campaigns.start_day"), Column::of("programme.points.campaigns.end_day"), Column::of("programme.points.campaigns.multiplier")]}
                    rows={campaign_rows}
                    error={cx.error("programme.points.campaigns")}
                    on_add={cx.edit(|s| if let Some(p) = points(s) {
                        let start = p.campaigns.last().map(|c| c.end_day + 30).unwrap_or(90);
                        p.campaigns.push(loyalty_sim::Campaign { start_day: start, end_day: start + 29, multiplier: 1.5 });
                    })}
                    on_remove={remove_row(cx, |s, i| if let Some(p) = points(s) { if i < p.campaigns.len() { p.campaigns.remove(i); } })} />
                { bonus_toggle }
                { bonus_body.unwrap_or_default() }
            </>
        }
    });
    html! {
        <>
            <h4>{ groups::POINTS }</h4>
            { toggle }
            { body.unwrap_or_default() }
        </>
    }
}

fn tiers_section(cx: &Cx, p: &Programme) -> Html {
    let toggle = cx.switch(
        "t-tiers",
        groups::TIERS_SWITCH,
        p.tiers.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.tiers = on.then(crate::defaults::tiers)
            }
        },
    );
    let body = p.tiers.as_ref().map(|t| {
        let rows: Vec<Vec<Html>> = t
            .levels
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let on_edit = cx.on_edit.clone();
                let name_path = format!("programme.tiers.levels[{i}].name");
                let oninput = Callback::from(move |e: InputEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    let v = input.value();
                    on_edit.emit(Rc::new(move |s: &mut Scenario| {
                        if let Some(l) = tiers(s).and_then(|t| t.levels.get_mut(i)) {
                            l.name = v.clone()
                        }
                    }))
                });
                let id = super::num_field::field_id(&name_path);
                let err = cx.error(&name_path);
                vec![
                    html! {
                        <div class={classes!("field", "compact", err.is_some().then_some("invalid"))}>
                            <label for={id.clone()} class="sr-only">{ text::field("programme.tiers.levels.name").label }</label>
                            <input id={id} type="text" value={l.name.clone()} {oninput} maxlength="40" />
                            <small class="error" role="alert">{ err.unwrap_or_default() }</small>
                        </div>
                    },
                    cx.float_at("programme.tiers.levels.qualifying_spend", format!("programme.tiers.levels[{i}].qualifying_spend"), l.qualifying_spend,
                        move |s, v| if let Some(l) = tiers(s).and_then(|t| t.levels.get_mut(i)) { l.qualifying_spend = v }, true),
                    cx.float_at("programme.tiers.levels.discount", format!("programme.tiers.levels[{i}].discount"), l.discount,
                        move |s, v| if let Some(l) = tiers(s).and_then(|t| t.levels.get_mut(i)) { l.discount = v }, true),
                    cx.float_at("programme.tiers.levels.points_multiplier", format!("programme.tiers.levels[{i}].points_multiplier"), l.points_multiplier,
                        move |s, v| if let Some(l) = tiers(s).and_then(|t| t.levels.get_mut(i)) { l.points_multiplier = v }, true),
                    cx.float_at("programme.tiers.levels.service_boost", format!("programme.tiers.levels[{i}].service_boost"), l.service_boost,
                        move |s, v| if let Some(l) = tiers(s).and_then(|t| t.levels.get_mut(i)) { l.service_boost = v }, true),
                ]
            })
            .collect();
        html! {
            <>
                <div class="fields">
                    { cx.int("programme.tiers.window_months", t.window_months as u64, |s, v| if let Some(t) = tiers(s) { t.window_months = u32_of(v) }) }
                </div>
                <RowTable id="tiers" caption={groups::TIER_LEVELS}
                    columns={vec![
                        Column::of("programme.tiers.levels.name"),
                        Column::of("programme.tiers.levels.qualifying_spend"),
                        Column::of("programme.tiers.levels.discount"),
                        Column::of("programme.tiers.levels.points_multiplier"),
                        Column::of("programme.tiers.levels.service_boost"),
                    ]}
                    {rows}
                    error={cx.error("programme.tiers.levels")}
                    on_add={cx.edit(|s| if let Some(t) = tiers(s) {
                        let (spend, disc) = t.levels.last().map(|l| (l.qualifying_spend, l.discount)).unwrap_or((0.0, 0.0));
                        let n = t.levels.len() + 1;
                        t.levels.push(TierLevel { name: format!("tier {n}"), qualifying_spend: spend * 2.0 + 100.0, discount: (disc + 0.02).min(0.5), points_multiplier: 1.0, service_boost: 0.05 });
                    })}
                    on_remove={remove_row(cx, |s, i| if let Some(t) = tiers(s) { if i < t.levels.len() { t.levels.remove(i); } })} />
            </>
        }
    });
    html! {
        <>
            <h4>{ groups::TIERS }</h4>
            { toggle }
            { body.unwrap_or_default() }
        </>
    }
}

fn gift_section(cx: &Cx, p: &Programme) -> Html {
    let toggle = cx.switch("t-gift", groups::GIFT_SWITCH, p.gift.is_some(), |s, on| {
        if let Some(p) = prog(s) {
            p.gift = on.then(crate::defaults::gift);
            if !on {
                p.gift_for = None;
            }
        }
    });
    let body = p.gift.as_ref().map(|g| {
        html! {
            <div class="fields">
                { cx.float("programme.gift.value", g.value, |s, v| if let Some(g) = gift(s) { g.value = v }) }
                { cx.float("programme.gift.cost", g.cost, |s, v| if let Some(g) = gift(s) { g.cost = v }) }
                { cx.int("programme.gift.start_day", g.start_day as u64, |s, v| if let Some(g) = gift(s) { g.start_day = u32_of(v) }) }
                { cx.int("programme.gift.end_day", g.end_day as u64, |s, v| if let Some(g) = gift(s) { g.end_day = u32_of(v) }) }
            </div>
        }
    });
    html! {
        <>
            <h4>{ groups::GIFT }</h4>
            { toggle }
            { body.unwrap_or_default() }
        </>
    }
}

fn draw_section(cx: &Cx, p: &Programme) -> Html {
    let toggle = cx.switch("t-draw", groups::DRAW_SWITCH, p.draw.is_some(), |s, on| {
        if let Some(p) = prog(s) {
            p.draw = on.then(crate::defaults::draw);
            if !on {
                p.draw_for = None;
            }
        }
    });
    let body = p.draw.as_ref().map(|dr| {
        let members_only = cx.switch(
            "t-draw-members",
            groups::DRAW_MEMBERS_ONLY,
            dr.members_only,
            |s, on| {
                if let Some(d) = draw(s) {
                    d.members_only = on
                }
            },
        );
        html! {
            <>
                <div class="fields">
                    { cx.float("programme.draw.chance", dr.chance, |s, v| if let Some(d) = draw(s) { d.chance = v }) }
                    { cx.int("programme.draw.every", dr.every as u64, |s, v| if let Some(d) = draw(s) { d.every = u32_of(v) }) }
                    { cx.float("programme.draw.prize_value", dr.prize_value, |s, v| if let Some(d) = draw(s) { d.prize_value = v }) }
                    { cx.float("programme.draw.prize_cost", dr.prize_cost, |s, v| if let Some(d) = draw(s) { d.prize_cost = v }) }
                    { cx.float("programme.draw.monthly_budget", dr.monthly_budget, |s, v| if let Some(d) = draw(s) { d.monthly_budget = v }) }
                </div>
                { members_only }
            </>
        }
    });
    html! {
        <>
            <h4>{ groups::DRAW }</h4>
            { toggle }
            { body.unwrap_or_default() }
        </>
    }
}
