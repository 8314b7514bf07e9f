//! The editor's cost list (`programme.costs.lines`): one row per line, its
//! item, one-off or monthly, fixed or per member, and its amount. Every
//! text is in `text::finance`; a new line is `defaults::cost_line`.

use super::editor::{prog, remove_row, Cx};
use super::num_field::field_id;
use super::row_table::{Column, RowTable};
use super::select_field::SelectField;
use crate::defaults;
use crate::text::finance as t;
use loyalty_sim::{CostBasis, CostItem, CostLine, CostTiming, Programme, MAX_COST_LINES};
use yew::prelude::*;

/// A drop-down cell of line `i`: `options` as `(value, label)`, `set`
/// changes the line to the chosen value.
fn choice(
    cx: &Cx,
    i: usize,
    key: &'static str,
    options: Vec<(&'static str, &'static str)>,
    selected: &'static str,
    set: fn(&mut CostLine, &str),
) -> Html {
    let path = format!(
        "programme.costs.lines[{i}].{}",
        key.rsplit('.').next().unwrap_or(key)
    );
    let on_edit = cx.on_edit.clone();
    let on_select = Callback::from(move |v: String| {
        on_edit.emit(std::rc::Rc::new(move |s: &mut loyalty_sim::Scenario| {
            if let Some(l) = prog(s).and_then(|p| p.costs.lines.get_mut(i)) {
                set(l, &v)
            }
        }))
    });
    let text = crate::text::field(cx.lang, key);
    html! {
        <SelectField id={field_id(&path)} label={text.label} help={text.help}
            {options} selected={selected} {on_select} error={cx.error(&path)} compact=true />
    }
}

/// The cost list's table.
pub(super) fn cost_lines(cx: &Cx, p: &Programme) -> Html {
    let items: Vec<(&'static str, &'static str)> = CostItem::ALL
        .iter()
        .map(|i| (i.name(), t::cost_item(cx.lang, i.name())))
        .collect();
    let rows: Vec<Vec<Html>> = p
        .costs
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            vec![
                choice(
                    cx,
                    i,
                    "programme.costs.lines.item",
                    items.clone(),
                    l.item.name(),
                    |l, v| {
                        if let Some(x) = CostItem::ALL.iter().find(|x| x.name() == v) {
                            l.item = *x
                        }
                    },
                ),
                choice(
                    cx,
                    i,
                    "programme.costs.lines.timing",
                    t::TIMINGS
                        .iter()
                        .map(|(v, l)| (*v, l.get(cx.lang)))
                        .collect(),
                    match l.timing {
                        CostTiming::OneOff => "one_off",
                        CostTiming::Monthly => "monthly",
                    },
                    |l, v| {
                        l.timing = if v == "monthly" {
                            CostTiming::Monthly
                        } else {
                            CostTiming::OneOff
                        }
                    },
                ),
                choice(
                    cx,
                    i,
                    "programme.costs.lines.basis",
                    t::BASES.iter().map(|(v, l)| (*v, l.get(cx.lang))).collect(),
                    match l.basis {
                        CostBasis::Fixed => "fixed",
                        CostBasis::PerMember => "per_member",
                    },
                    |l, v| {
                        l.basis = if v == "per_member" {
                            CostBasis::PerMember
                        } else {
                            CostBasis::Fixed
                        }
                    },
                ),
                cx.float_at(
                    "programme.costs.lines.amount",
                    format!("programme.costs.lines[{i}].amount"),
                    l.amount,
                    move |s, v| {
                        if let Some(l) = prog(s).and_then(|p| p.costs.lines.get_mut(i)) {
                            l.amount = v
                        }
                    },
                    true,
                ),
            ]
        })
        .collect();
    html! {
        <RowTable id="cost-lines" caption={t::COST_LINES_CAPTION.get(cx.lang)}
            columns={vec![
                Column::of("programme.costs.lines.item"),
                Column::of("programme.costs.lines.timing"),
                Column::of("programme.costs.lines.basis"),
                Column::of("programme.costs.lines.amount"),
            ]}
            {rows}
            error={cx.error("programme.costs.lines")}
            on_add={cx.edit(|s| if let Some(p) = prog(s) {
                if p.costs.lines.len() < MAX_COST_LINES { p.costs.lines.push(defaults::cost_line()) }
            })}
            on_remove={remove_row(cx, |s, i| if let Some(p) = prog(s) {
                if i < p.costs.lines.len() { p.costs.lines.remove(i); }
            })} />
    }
}
