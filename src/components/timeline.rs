//! The editor's timeline: the scenario's dated events, one block each with
//! its kind, day and the kind's own settings, and buttons to add and remove
//! events.
//!
//! Not a component of its own: it builds part of [`super::editor::Editor`]
//! with its field helpers. Errors at `events[i]` show under the event's kind,
//! errors at `events[i].<field>` next to the field, errors at `events` under
//! the list.

use super::editor::{u32_of, Cx};
use super::num_field::field_id;
use super::select_field::SelectField;
use crate::defaults;
use crate::text::{self, events, groups};
use loyalty_sim::{Event, Scenario, Settle};
use std::rc::Rc;
use yew::prelude::*;

/// Most events a scenario may have (the core's limit).
const MAX_EVENTS: usize = 32;

/// The timeline group's body.
pub(super) fn timeline(cx: &Cx, s: &Scenario) -> Html {
    let lang = cx.lang;
    let add = {
        let on_edit = cx.on_edit.clone();
        Callback::from(move |_: MouseEvent| {
            on_edit.emit(Rc::new(|s: &mut Scenario| {
                if s.events.len() < MAX_EVENTS {
                    let e = defaults::new_event(s);
                    s.events.push(e);
                }
            }))
        })
    };
    html! {
        <div class="timeline">
            if s.events.is_empty() {
                <p class="group-help">{ groups::NO_EVENTS.get(lang) }</p>
            }
            { for s.events.iter().enumerate().map(|(i, e)| event_block(cx, i, e)) }
            if let Some(msg) = cx.error("events") {
                <p class="error" role="alert">{ msg }</p>
            }
            <button type="button" class="small" id={field_id("events")} onclick={add}
                disabled={s.events.len() >= MAX_EVENTS}>{ groups::ADD_EVENT.get(lang) }</button>
        </div>
    }
}

fn event_block(cx: &Cx, i: usize, e: &Event) -> Html {
    let lang = cx.lang;
    let path = format!("events[{i}]");
    let kind_text = text::field(lang, "events.kind");
    let on_kind = {
        let on_edit = cx.on_edit.clone();
        Callback::from(move |v: String| {
            on_edit.emit(Rc::new(move |s: &mut Scenario| {
                if let Some(e) = s.events.get_mut(i) {
                    if e.kind() != v {
                        *e = defaults::event(&v, e.day());
                    }
                }
            }))
        })
    };
    let remove = {
        let on_edit = cx.on_edit.clone();
        Callback::from(move |_: MouseEvent| {
            on_edit.emit(Rc::new(move |s: &mut Scenario| {
                if i < s.events.len() {
                    s.events.remove(i);
                }
            }))
        })
    };
    let title = events::title(lang, i + 1, events::name(lang, e.kind()));
    let day = cx.int_at(
        "events.day",
        format!("{path}.day"),
        e.day() as u64,
        move |s, v| {
            if let Some(e) = s.events.get_mut(i) {
                defaults::set_day(e, u32_of(v))
            }
        },
        false,
    );
    html! {
        <fieldset class="event" data-kind={e.kind()}>
            <legend>{ title.clone() }</legend>
            <div class="fields">
                <SelectField id={field_id(&path)} label={kind_text.label} help={kind_text.help}
                    options={events::kinds(lang)} selected={e.kind()} on_select={on_kind}
                    error={cx.error(&path)} />
                { day }
                { own_fields(cx, i, &path, e) }
            </div>
            <button type="button" class="small" onclick={remove}
                aria-label={format!("{}: {}", groups::REMOVE_EVENT.get(lang), title)}>{ groups::REMOVE_EVENT.get(lang) }</button>
        </fieldset>
    }
}

fn ev(s: &mut Scenario, i: usize) -> Option<&mut Event> {
    s.events.get_mut(i)
}

/// The fields of an event's kind besides its day.
fn own_fields(cx: &Cx, i: usize, path: &str, e: &Event) -> Html {
    let lang = cx.lang;
    match e {
        Event::Launch { .. } => html! {},
        Event::End { settle, .. } => {
            let t = text::field(lang, "events.settle");
            let on_select = {
                let on_edit = cx.on_edit.clone();
                Callback::from(move |v: String| {
                    let to = if v == "write_off" {
                        Settle::WriteOff
                    } else {
                        Settle::PayOut
                    };
                    on_edit.emit(Rc::new(move |s: &mut Scenario| {
                        if let Some(Event::End { settle, .. }) = ev(s, i) {
                            *settle = to
                        }
                    }))
                })
            };
            let settle_path = format!("{path}.settle");
            html! {
                <SelectField id={field_id(&settle_path)} label={t.label} help={t.help}
                    options={events::settle(lang)}
                    selected={if *settle == Settle::WriteOff { "write_off" } else { "pay_out" }}
                    {on_select} error={cx.error(&settle_path)} />
            }
        }
        Event::RuleChange {
            point_value_factor,
            threshold_factor,
            ..
        } => html! {
            <>
                { cx.float_at("events.point_value_factor", format!("{path}.point_value_factor"), *point_value_factor,
                    move |s, v| if let Some(Event::RuleChange { point_value_factor, .. }) = ev(s, i) { *point_value_factor = v }, false) }
                { cx.float_at("events.threshold_factor", format!("{path}.threshold_factor"), *threshold_factor,
                    move |s, v| if let Some(Event::RuleChange { threshold_factor, .. }) = ev(s, i) { *threshold_factor = v }, false) }
            </>
        },
        Event::Campaign {
            days, multiplier, ..
        } => html! {
            <>
                { cx.int_at("events.days", format!("{path}.days"), *days as u64,
                    move |s, v| if let Some(Event::Campaign { days, .. }) = ev(s, i) { *days = u32_of(v) }, false) }
                { cx.float_at("events.multiplier", format!("{path}.multiplier"), *multiplier,
                    move |s, v| if let Some(Event::Campaign { multiplier, .. }) = ev(s, i) { *multiplier = v }, false) }
            </>
        },
        Event::CompetitorProgramme { value, .. } => cx.float_at(
            "events.value",
            format!("{path}.value"),
            *value,
            move |s, v| {
                if let Some(Event::CompetitorProgramme { value, .. }) = ev(s, i) {
                    *value = v
                }
            },
            false,
        ),
        Event::CompetitorPriceCut { cut, .. } => cx.float_at(
            "events.cut",
            format!("{path}.cut"),
            *cut,
            move |s, v| {
                if let Some(Event::CompetitorPriceCut { cut, .. }) = ev(s, i) {
                    *cut = v
                }
            },
            false,
        ),
        Event::Deregulation {
            alternatives,
            competitor_quality,
            ..
        } => html! {
            <>
                { cx.int_at("events.alternatives", format!("{path}.alternatives"), *alternatives as u64,
                    move |s, v| if let Some(Event::Deregulation { alternatives, .. }) = ev(s, i) { *alternatives = u32_of(v) }, false) }
                { cx.float_at("events.competitor_quality", format!("{path}.competitor_quality"), *competitor_quality,
                    move |s, v| if let Some(Event::Deregulation { competitor_quality, .. }) = ev(s, i) { *competitor_quality = v }, false) }
            </>
        },
        Event::ServiceFailure { days, severity, .. } => html! {
            <>
                { cx.int_at("events.days", format!("{path}.days"), *days as u64,
                    move |s, v| if let Some(Event::ServiceFailure { days, .. }) = ev(s, i) { *days = u32_of(v) }, false) }
                { cx.float_at("events.severity", format!("{path}.severity"), *severity,
                    move |s, v| if let Some(Event::ServiceFailure { severity, .. }) = ev(s, i) { *severity = v }, false) }
            </>
        },
    }
}
