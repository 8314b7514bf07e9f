//! The editor's sections for the targeted and contractual mechanics:
//! targeting (a segment-limited discount, targeted offers), service and
//! community (VIP terms, a club), partners (a coalition, a bank card),
//! coupons and gift cards, and contracts (profit sharing); plus the
//! reusable segment editor.
//!
//! Not a component of its own: these build parts of [`super::editor::Editor`]
//! with its field helpers, and every change is an edit of the draft.

use super::editor::{prog, remove_row, u32_of, Cx};
use super::num_field::field_id;
use super::row_table::{Column, RowTable};
use super::select_field::SelectField;
use crate::defaults;
use crate::text::{self, groups, segments};
use loyalty_sim::{
    BankCard, Club, Coalition, GiftCards, ProfitSharing, Programme, Referral, Scenario, Segment,
    Vip,
};
use std::rc::Rc;
use yew::prelude::*;

/// Finds the segment being edited in a draft.
pub(super) type SegmentOf = Rc<dyn Fn(&mut Scenario) -> Option<&mut Segment>>;

/// Gives a finder closure its higher-ranked signature.
fn seg_of(f: impl Fn(&mut Scenario) -> Option<&mut Segment> + 'static) -> SegmentOf {
    Rc::new(f)
}

/// A segment: a kind drop-down (a new kind starts with its default
/// parameter) and the kind's one parameter, if it has one. `path` is the
/// segment's scenario path (its errors' key), `text_key` its label's key.
pub(super) fn segment_editor(
    cx: &Cx,
    path: &str,
    text_key: &'static str,
    seg: &Segment,
    of: SegmentOf,
    compact: bool,
) -> Html {
    let lang = cx.lang;
    let t = text::field(lang, text_key);
    let on_select = {
        let on_edit = cx.on_edit.clone();
        let of = of.clone();
        Callback::from(move |v: String| {
            let of = of.clone();
            on_edit.emit(Rc::new(move |s: &mut Scenario| {
                if let Some(sg) = of(s) {
                    if defaults::segment_kind(sg) != v {
                        *sg = defaults::segment(&v);
                    }
                }
            }))
        })
    };
    let select = html! {
        <SelectField id={field_id(path)} label={t.label} help={t.help}
            options={segments::kinds(lang)} selected={defaults::segment_kind(seg)}
            {on_select} error={cx.error(path)} {compact} />
    };
    let param = match seg {
        Segment::TopSpenders { share } => cx.float_at(
            "segment.share",
            format!("{path}.share"),
            *share,
            move |s, v| {
                if let Some(Segment::TopSpenders { share }) = of(s) {
                    *share = v
                }
            },
            compact,
        ),
        Segment::New { days } => cx.int_at(
            "segment.new.days",
            format!("{path}.days"),
            *days as u64,
            move |s, v| {
                if let Some(Segment::New { days }) = of(s) {
                    *days = u32_of(v)
                }
            },
            compact,
        ),
        Segment::Lapsing { days } => cx.int_at(
            "segment.lapsing.days",
            format!("{path}.days"),
            *days as u64,
            move |s, v| {
                if let Some(Segment::Lapsing { days }) = of(s) {
                    *days = u32_of(v)
                }
            },
            compact,
        ),
        Segment::Tier { min } => cx.int_at(
            "segment.tier.min",
            format!("{path}.min"),
            *min as u64,
            move |s, v| {
                if let Some(Segment::Tier { min }) = of(s) {
                    *min = u32_of(v)
                }
            },
            compact,
        ),
        Segment::Everyone | Segment::Birthday => html! {},
    };
    if compact {
        html! { <div class="segment">{ select }{ param }</div> }
    } else {
        html! { <>{ select }{ param }</> }
    }
}

/// An error about a whole mechanic (`programme.coalition`), if any.
fn whole_error(cx: &Cx, path: &str) -> Html {
    match cx.error(path) {
        Some(msg) => html! { <p class="error" role="alert">{ msg }</p> },
        None => html! {},
    }
}

fn vip(s: &mut Scenario) -> Option<&mut Vip> {
    prog(s)?.vip.as_mut()
}

fn club(s: &mut Scenario) -> Option<&mut Club> {
    prog(s)?.club.as_mut()
}

fn coalition(s: &mut Scenario) -> Option<&mut Coalition> {
    prog(s)?.coalition.as_mut()
}

fn bank_card(s: &mut Scenario) -> Option<&mut BankCard> {
    prog(s)?.bank_card.as_mut()
}

fn gift_cards(s: &mut Scenario) -> Option<&mut GiftCards> {
    prog(s)?.gift_cards.as_mut()
}

fn profit_sharing(s: &mut Scenario) -> Option<&mut ProfitSharing> {
    prog(s)?.profit_sharing.as_mut()
}

/// An "only for a segment" switch for a benefit, and its segment editor
/// while it is on.
fn limit(
    cx: &Cx,
    id: &'static str,
    label: &'static str,
    path: &'static str,
    current: Option<&Segment>,
    set: fn(&mut Scenario, bool),
    of: SegmentOf,
) -> Html {
    let toggle = cx.switch(id, label, current.is_some(), set);
    let body = current.map(|sg| {
        html! {
            <div class="fields">
                { segment_editor(cx, path, path, sg, of, false) }
            </div>
        }
    });
    html! { <>{ toggle }{ body.unwrap_or_default() }</> }
}

/// Targeting: the discount, points, gift and prize draw limited to a
/// segment, and targeted offers.
pub(super) fn targeting(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let mut limits = Vec::new();
    if p.discount.is_some() || p.discount_for.is_some() {
        limits.push(limit(
            cx,
            "t-discount-for",
            groups::DISCOUNT_FOR_SWITCH.get(lang),
            "programme.discount_for",
            p.discount_for.as_ref(),
            |s, on| {
                if let Some(p) = prog(s) {
                    p.discount_for = on.then(defaults::discount_for)
                }
            },
            seg_of(|s: &mut Scenario| prog(s)?.discount_for.as_mut()),
        ));
    }
    if p.points.is_some() || p.points_for.is_some() {
        limits.push(limit(
            cx,
            "t-points-for",
            groups::POINTS_FOR_SWITCH.get(lang),
            "programme.points_for",
            p.points_for.as_ref(),
            |s, on| {
                if let Some(p) = prog(s) {
                    p.points_for = on.then(defaults::discount_for)
                }
            },
            seg_of(|s: &mut Scenario| prog(s)?.points_for.as_mut()),
        ));
    }
    if p.gift.is_some() || p.gift_for.is_some() {
        limits.push(limit(
            cx,
            "t-gift-for",
            groups::GIFT_FOR_SWITCH.get(lang),
            "programme.gift_for",
            p.gift_for.as_ref(),
            |s, on| {
                if let Some(p) = prog(s) {
                    p.gift_for = on.then(defaults::discount_for)
                }
            },
            seg_of(|s: &mut Scenario| prog(s)?.gift_for.as_mut()),
        ));
    }
    if p.draw.is_some() || p.draw_for.is_some() {
        limits.push(limit(
            cx,
            "t-draw-for",
            groups::DRAW_FOR_SWITCH.get(lang),
            "programme.draw_for",
            p.draw_for.as_ref(),
            |s, on| {
                if let Some(p) = prog(s) {
                    p.draw_for = on.then(defaults::discount_for)
                }
            },
            seg_of(|s: &mut Scenario| prog(s)?.draw_for.as_mut()),
        ));
    }
    let limit: Html = limits.into_iter().collect();
    let rows: Vec<Vec<Html>> = p
        .offers
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let path = format!("programme.offers[{i}]");
            let of = seg_of(move |s: &mut Scenario| Some(&mut prog(s)?.offers.get_mut(i)?.segment));
            vec![
                segment_editor(
                    cx,
                    &format!("{path}.segment"),
                    "programme.offers.segment",
                    &o.segment,
                    of,
                    true,
                ),
                cx.float_at(
                    "programme.offers.extra_discount",
                    format!("{path}.extra_discount"),
                    o.extra_discount,
                    move |s, v| {
                        if let Some(o) = prog(s).and_then(|p| p.offers.get_mut(i)) {
                            o.extra_discount = v
                        }
                    },
                    true,
                ),
                cx.float_at(
                    "programme.offers.points_multiplier",
                    format!("{path}.points_multiplier"),
                    o.points_multiplier,
                    move |s, v| {
                        if let Some(o) = prog(s).and_then(|p| p.offers.get_mut(i)) {
                            o.points_multiplier = v
                        }
                    },
                    true,
                ),
            ]
        })
        .collect();
    html! {
        <>
            <h4>{ groups::TARGETING.get(lang) }</h4>
            { limit }
            <RowTable id="offers" caption={groups::OFFERS.get(lang)}
                columns={vec![
                    Column::of("programme.offers.segment"),
                    Column::of("programme.offers.extra_discount"),
                    Column::of("programme.offers.points_multiplier"),
                ]}
                {rows}
                error={cx.error("programme.offers")}
                on_add={cx.edit(|s| if let Some(p) = prog(s) {
                    if p.offers.len() < 8 { p.offers.push(defaults::offer()) }
                })}
                on_remove={remove_row(cx, |s, i| if let Some(p) = prog(s) { if i < p.offers.len() { p.offers.remove(i); } })} />
        </>
    }
}

/// Service and community: VIP terms and a club.
pub(super) fn service(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let vip_toggle = cx.switch(
        "f-programme-vip",
        groups::VIP_SWITCH.get(lang),
        p.vip.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.vip = on.then(defaults::vip)
            }
        },
    );
    let vip_body = p.vip.as_ref().map(|v| {
        let of = seg_of(|s: &mut Scenario| Some(&mut vip(s)?.segment));
        html! {
            <div class="fields">
                { segment_editor(cx, "programme.vip.segment", "programme.vip.segment", &v.segment, of, false) }
                { cx.float("programme.vip.service_boost", v.service_boost, |s, x| if let Some(v) = vip(s) { v.service_boost = x }) }
                { cx.float("programme.vip.monthly_cost", v.monthly_cost, |s, x| if let Some(v) = vip(s) { v.monthly_cost = x }) }
            </div>
        }
    });
    let club_toggle = cx.switch(
        "f-programme-club",
        groups::CLUB_SWITCH.get(lang),
        p.club.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.club = on.then(defaults::club)
            }
        },
    );
    let club_body = p.club.as_ref().map(|c| {
        let of = seg_of(|s: &mut Scenario| Some(&mut club(s)?.segment));
        html! {
            <div class="fields">
                { segment_editor(cx, "programme.club.segment", "programme.club.segment", &c.segment, of, false) }
                { cx.float("programme.club.annual_fee", c.annual_fee, |s, x| if let Some(c) = club(s) { c.annual_fee = x }) }
                { cx.float("programme.club.join_propensity", c.join_propensity, |s, x| if let Some(c) = club(s) { c.join_propensity = x }) }
                { cx.int("programme.club.events_per_year", c.events_per_year as u64, |s, x| if let Some(c) = club(s) { c.events_per_year = u32_of(x) }) }
                { cx.float("programme.club.event_cost", c.event_cost, |s, x| if let Some(c) = club(s) { c.event_cost = x }) }
                { cx.float("programme.club.member_monthly_cost", c.member_monthly_cost, |s, x| if let Some(c) = club(s) { c.member_monthly_cost = x }) }
                { cx.float("programme.club.referral_boost", c.referral_boost, |s, x| if let Some(c) = club(s) { c.referral_boost = x }) }
            </div>
        }
    });
    html! {
        <>
            <h4>{ groups::SERVICE.get(lang) }</h4>
            { vip_toggle }
            { whole_error(cx, "programme.vip") }
            { vip_body.unwrap_or_default() }
            { club_toggle }
            { whole_error(cx, "programme.club") }
            { club_body.unwrap_or_default() }
            { referral_section(cx, p) }
        </>
    }
}

fn referral(s: &mut Scenario) -> Option<&mut Referral> {
    prog(s)?.referral.as_mut()
}

/// A referral bonus: points or a reward for members who bring a new
/// customer, and welcome points for the newcomer.
fn referral_section(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let toggle = cx.switch(
        "f-programme-referral",
        groups::REFERRAL_SWITCH.get(lang),
        p.referral.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.referral = on.then(|| defaults::referral(p.points.is_some()))
            }
        },
    );
    let body = p.referral.as_ref().map(|r| {
        html! {
            <div class="fields">
                { cx.int("programme.referral.points", r.points as u64, |s, x| if let Some(r) = referral(s) { r.points = u32_of(x) }) }
                { cx.float("programme.referral.reward", r.reward, |s, x| if let Some(r) = referral(s) { r.reward = x }) }
                { cx.float("programme.referral.reward_cost", r.reward_cost, |s, x| if let Some(r) = referral(s) { r.reward_cost = x }) }
                { cx.int("programme.referral.welcome_points", r.welcome_points as u64, |s, x| if let Some(r) = referral(s) { r.welcome_points = u32_of(x) }) }
            </div>
        }
    });
    html! {
        <>
            { toggle }
            { whole_error(cx, "programme.referral") }
            { body.unwrap_or_default() }
        </>
    }
}

/// Partners: a coalition and a co-branded bank card.
pub(super) fn partners(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let coalition_toggle = cx.switch(
        "f-programme-coalition",
        groups::COALITION_SWITCH.get(lang),
        p.coalition.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.coalition = on.then(defaults::coalition)
            }
        },
    );
    let coalition_body = p.coalition.as_ref().map(|c| {
        html! {
            <div class="fields">
                { cx.int("programme.coalition.partners", c.partners as u64, |s, x| if let Some(c) = coalition(s) { c.partners = u32_of(x) }) }
                { cx.float("programme.coalition.partner_points_per_year", c.partner_points_per_year, |s, x| if let Some(c) = coalition(s) { c.partner_points_per_year = x }) }
                { cx.float("programme.coalition.issue_fee", c.issue_fee, |s, x| if let Some(c) = coalition(s) { c.issue_fee = x }) }
                { cx.float("programme.coalition.burn_here", c.burn_here, |s, x| if let Some(c) = coalition(s) { c.burn_here = x }) }
                { cx.float("programme.coalition.settlement", c.settlement, |s, x| if let Some(c) = coalition(s) { c.settlement = x }) }
                { cx.float("programme.coalition.partner_referrals", c.partner_referrals, |s, x| if let Some(c) = coalition(s) { c.partner_referrals = x }) }
            </div>
        }
    });
    let bank_toggle = cx.switch(
        "f-programme-bank-card",
        groups::BANK_CARD_SWITCH.get(lang),
        p.bank_card.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.bank_card = on.then(defaults::bank_card)
            }
        },
    );
    let bank_body = p.bank_card.as_ref().map(|b| {
        html! {
            <div class="fields">
                { cx.float("programme.bank_card.uptake", b.uptake, |s, x| if let Some(b) = bank_card(s) { b.uptake = x }) }
                { cx.float("programme.bank_card.cashback_rate", b.cashback_rate, |s, x| if let Some(b) = bank_card(s) { b.cashback_rate = x }) }
                { cx.float("programme.bank_card.bank_share", b.bank_share, |s, x| if let Some(b) = bank_card(s) { b.bank_share = x }) }
            </div>
        }
    });
    html! {
        <>
            <h4>{ groups::PARTNERS.get(lang) }</h4>
            { coalition_toggle }
            { whole_error(cx, "programme.coalition") }
            { coalition_body.unwrap_or_default() }
            { bank_toggle }
            { whole_error(cx, "programme.bank_card") }
            { bank_body.unwrap_or_default() }
        </>
    }
}

/// Coupons (a table) and gift cards.
pub(super) fn coupons_and_gift_cards(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let rows: Vec<Vec<Html>> = p
        .coupons
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let path = format!("programme.coupons[{i}]");
            let of =
                seg_of(move |s: &mut Scenario| Some(&mut prog(s)?.coupons.get_mut(i)?.segment));
            vec![
                segment_editor(
                    cx,
                    &format!("{path}.segment"),
                    "programme.coupons.segment",
                    &c.segment,
                    of,
                    true,
                ),
                cx.float_at(
                    "programme.coupons.value",
                    format!("{path}.value"),
                    c.value,
                    move |s, v| {
                        if let Some(c) = prog(s).and_then(|p| p.coupons.get_mut(i)) {
                            c.value = v
                        }
                    },
                    true,
                ),
                cx.int_at(
                    "programme.coupons.valid_days",
                    format!("{path}.valid_days"),
                    c.valid_days as u64,
                    move |s, v| {
                        if let Some(c) = prog(s).and_then(|p| p.coupons.get_mut(i)) {
                            c.valid_days = u32_of(v)
                        }
                    },
                    true,
                ),
                cx.float_at(
                    "programme.coupons.send_cost",
                    format!("{path}.send_cost"),
                    c.send_cost,
                    move |s, v| {
                        if let Some(c) = prog(s).and_then(|p| p.coupons.get_mut(i)) {
                            c.send_cost = v
                        }
                    },
                    true,
                ),
                cx.int_at(
                    "programme.coupons.every_months",
                    format!("{path}.every_months"),
                    c.every_months as u64,
                    move |s, v| {
                        if let Some(c) = prog(s).and_then(|p| p.coupons.get_mut(i)) {
                            c.every_months = u32_of(v)
                        }
                    },
                    true,
                ),
            ]
        })
        .collect();
    let gift_toggle = cx.switch(
        "f-programme-gift-cards",
        groups::GIFT_CARDS_SWITCH.get(lang),
        p.gift_cards.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.gift_cards = on.then(defaults::gift_cards)
            }
        },
    );
    let gift_body = p.gift_cards.as_ref().map(|g| {
        html! {
            <div class="fields">
                { cx.float("programme.gift_cards.purchase_share", g.purchase_share, |s, x| if let Some(g) = gift_cards(s) { g.purchase_share = x }) }
                { cx.float("programme.gift_cards.value", g.value, |s, x| if let Some(g) = gift_cards(s) { g.value = x }) }
                { cx.float("programme.gift_cards.redeemed_share", g.redeemed_share, |s, x| if let Some(g) = gift_cards(s) { g.redeemed_share = x }) }
                { cx.int("programme.gift_cards.mean_days_to_redeem", g.mean_days_to_redeem as u64, |s, x| if let Some(g) = gift_cards(s) { g.mean_days_to_redeem = u32_of(x) }) }
            </div>
        }
    });
    html! {
        <>
            <h4>{ groups::COUPONS_AND_GIFT_CARDS.get(lang) }</h4>
            <RowTable id="coupons" caption={groups::COUPONS.get(lang)}
                columns={vec![
                    Column::of("programme.coupons.segment"),
                    Column::of("programme.coupons.value"),
                    Column::of("programme.coupons.valid_days"),
                    Column::of("programme.coupons.send_cost"),
                    Column::of("programme.coupons.every_months"),
                ]}
                {rows}
                error={cx.error("programme.coupons")}
                on_add={cx.edit(|s| if let Some(p) = prog(s) {
                    if p.coupons.len() < 8 { p.coupons.push(defaults::coupon()) }
                })}
                on_remove={remove_row(cx, |s, i| if let Some(p) = prog(s) { if i < p.coupons.len() { p.coupons.remove(i); } })} />
            { gift_toggle }
            { whole_error(cx, "programme.gift_cards") }
            { gift_body.unwrap_or_default() }
        </>
    }
}

/// Contracts: profit sharing.
pub(super) fn contracts(cx: &Cx, p: &Programme) -> Html {
    let lang = cx.lang;
    let toggle = cx.switch(
        "f-programme-profit-sharing",
        groups::PROFIT_SHARING_SWITCH.get(lang),
        p.profit_sharing.is_some(),
        |s, on| {
            if let Some(p) = prog(s) {
                p.profit_sharing = on.then(defaults::profit_sharing)
            }
        },
    );
    let body = p.profit_sharing.as_ref().map(|ps| {
        let of = seg_of(|s: &mut Scenario| Some(&mut profit_sharing(s)?.segment));
        html! {
            <div class="fields">
                { segment_editor(cx, "programme.profit_sharing.segment", "programme.profit_sharing.segment", &ps.segment, of, false) }
                { cx.float("programme.profit_sharing.share", ps.share, |s, x| if let Some(p) = profit_sharing(s) { p.share = x }) }
                { cx.int("programme.profit_sharing.payout_months", ps.payout_months as u64, |s, x| if let Some(p) = profit_sharing(s) { p.payout_months = u32_of(x) }) }
            </div>
        }
    });
    html! {
        <>
            <h4>{ groups::CONTRACTS.get(lang) }</h4>
            { toggle }
            { whole_error(cx, "programme.profit_sharing") }
            { body.unwrap_or_default() }
        </>
    }
}
