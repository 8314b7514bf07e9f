//! The Programme group's first mechanics in the editor: the discount
//! (flat or progressive, with its step table), points (with campaigns),
//! tiers (with their level table), the gift and the prize draw. The newer
//! mechanics' sections are in `mechanics.rs`.
//!
//! Invariant: as in the whole editor, every change is an `Edit` applied by
//! the app to its current draft.

use super::editor::*;
use super::mechanics;
use super::row_table::{Column, RowTable};
use super::select_field::SelectField;
use crate::text::{self, choices, groups};
use loyalty_sim::{
    CardKind, Discount, DiscountStep, EnrolmentMode, Gift, PrizeDraw, Programme, Redemption,
    Scenario, TierLevel, Tiers,
};
use std::rc::Rc;
use yew::prelude::*;

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

pub(super) fn programme_body(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
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
            { super::goal::goal_field(cx, p) }
            <h4>{ groups::ENROLMENT.get(lang) }</h4>
            <div class="fields">
                <SelectField id="f-programme-enrolment-mode" label={choices::MODE.get(lang)} help={choices::MODE_HELP.get(lang)}
                    options={vec![("opt_in", choices::OPT_IN.get(lang)), ("automatic", choices::AUTOMATIC.get(lang))]}
                    selected={if e.mode == EnrolmentMode::Automatic { "automatic" } else { "opt_in" }}
                    on_select={on_mode} />
                <SelectField id="f-programme-enrolment-card" label={choices::CARD.get(lang)} help={choices::CARD_HELP.get(lang)}
                    options={vec![("personal", choices::PERSONAL.get(lang)), ("bearer", choices::BEARER.get(lang))]}
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
    let lang = cx.lang;
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
                <RowTable id="steps" caption={groups::DISCOUNT_STEPS.get(lang)}
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
            <h4>{ groups::DISCOUNT.get(lang) }</h4>
            <div class="fields">
                <SelectField id="f-programme-discount-kind" label={groups::DISCOUNT_KIND.get(lang)}
                    options={vec![("none", groups::DISCOUNT_NONE.get(lang)), ("flat", groups::DISCOUNT_FLAT.get(lang)), ("progressive", groups::DISCOUNT_PROGRESSIVE.get(lang))]}
                    selected={kind} on_select={on_kind} />
            </div>
            { body }
            if let Some(msg) = cx.error("programme.discount") {
                <p class="error" role="alert">{ msg }</p>
            }
        </>
    }
}

fn points_section(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let toggle = cx.switch(
        "t-points",
        groups::POINTS_SWITCH.get(lang),
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
            groups::BONUS_SWITCH.get(lang),
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
                    <SelectField id="f-programme-points-redemption" label={choices::REDEMPTION.get(lang)} help={choices::REDEMPTION_HELP.get(lang)}
                        options={vec![("voluntary", choices::VOLUNTARY.get(lang)), ("automatic", choices::AUTO_REDEEM.get(lang))]}
                        selected={if pt.redemption == Redemption::Automatic { "automatic" } else { "voluntary" }}
                        on_select={on_redemption} />
                    { cx.float("programme.points.reward_cost_ratio", pt.reward_cost_ratio, |s, v| if let Some(p) = points(s) { p.reward_cost_ratio = v }) }
                    { cx.int("programme.points.expiry_months", pt.expiry_months as u64, |s, v| if let Some(p) = points(s) { p.expiry_months = u32_of(v) }) }
                    { cx.int("programme.points.endowed", pt.endowed as u64, |s, v| if let Some(p) = points(s) { p.endowed = u32_of(v) }) }
                </div>
                <RowTable id="campaigns" caption={groups::CAMPAIGNS.get(lang)}
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
            <h4>{ groups::POINTS.get(lang) }</h4>
            { toggle }
            { body.unwrap_or_default() }
        </>
    }
}

fn tiers_section(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let toggle = cx.switch(
        "t-tiers",
        groups::TIERS_SWITCH.get(lang),
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
                            <label for={id.clone()} class="sr-only">{ text::field(lang, "programme.tiers.levels.name").label }</label>
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
                <RowTable id="tiers" caption={groups::TIER_LEVELS.get(lang)}
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
            <h4>{ groups::TIERS.get(lang) }</h4>
            { toggle }
            { body.unwrap_or_default() }
        </>
    }
}

fn gift_section(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let toggle = cx.switch(
        "t-gift",
        groups::GIFT_SWITCH.get(lang),
        p.gift.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.gift = on.then(crate::defaults::gift);
                if !on {
                    p.gift_for = None;
                }
            }
        },
    );
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
            <h4>{ groups::GIFT.get(lang) }</h4>
            { toggle }
            { body.unwrap_or_default() }
        </>
    }
}

fn draw_section(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let toggle = cx.switch(
        "t-draw",
        groups::DRAW_SWITCH.get(lang),
        p.draw.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.draw = on.then(crate::defaults::draw);
                if !on {
                    p.draw_for = None;
                }
            }
        },
    );
    let body = p.draw.as_ref().map(|dr| {
        let members_only = cx.switch(
            "t-draw-members",
            groups::DRAW_MEMBERS_ONLY.get(lang),
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
            <h4>{ groups::DRAW.get(lang) }</h4>
            { toggle }
            { body.unwrap_or_default() }
        </>
    }
}
