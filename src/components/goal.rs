//! The programme's goal: the editor's control (`programme.goal`) and the
//! judgement against it, a sentence for the verdict and the Finance tab
//! from the report's `finance.goal` (with the warning when the design's
//! benefits pull in different directions). Every text is in `text::finance`.

use super::editor::{prog, Cx};
use super::select_field::SelectField;
use crate::i18n::Lang;
use crate::text::finance as t;
use loyalty_sim::{Goal, Programme, Report, Scenario};
use std::rc::Rc;
use yew::prelude::*;

fn goal_value(g: Option<Goal>) -> &'static str {
    match g {
        None => "none",
        Some(Goal::Acquisition) => "acquisition",
        Some(Goal::Retention) => "retention",
        Some(Goal::Defensive) => "defensive",
    }
}

fn goal_of(v: &str) -> Option<Goal> {
    match v {
        "acquisition" => Some(Goal::Acquisition),
        "retention" => Some(Goal::Retention),
        "defensive" => Some(Goal::Defensive),
        _ => None,
    }
}

/// The editor's goal drop-down.
pub(super) fn goal_field(cx: &Cx, p: &Programme) -> Html {
    let on_edit = cx.on_edit.clone();
    let on_select = Callback::from(move |v: String| {
        let goal = goal_of(&v);
        on_edit.emit(Rc::new(move |s: &mut Scenario| {
            if let Some(p) = prog(s) {
                p.goal = goal
            }
        }))
    });
    html! {
        <div class="fields">
            <SelectField id="f-programme-goal" label={t::GOAL_LABEL.get(cx.lang)} help={t::GOAL_HELP.get(cx.lang)}
                options={t::GOALS.iter().map(|(v, l)| (*v, l.get(cx.lang))).collect::<Vec<_>>()} selected={goal_value(p.goal)} {on_select}
                error={cx.error("programme.goal")} />
        </div>
    }
}

/// The judgement against the stated goal, then the warning of a mixed
/// design; empty without a goal.
pub fn judgement(l: Lang, r: &Report) -> Vec<String> {
    let g = &r.finance.goal;
    let Some(goal) = g.goal else {
        return Vec::new();
    };
    let mut v = vec![match goal {
        Goal::Retention => t::goal_retention(l, g.churn_prevented, g.retention),
        Goal::Acquisition => {
            t::goal_acquisition(l, g.customers_brought, g.cost_per_customer_brought)
        }
        Goal::Defensive => t::goal_defensive(l, g.competitor_day, g.kept_through_competitor),
    }];
    if g.mixed {
        let names = |v: &[String]| v.iter().map(|x| t::lever(l, x)).collect::<Vec<_>>();
        v.push(t::goal_mixed(
            l,
            &names(&g.acquisition_levers),
            &names(&g.retention_levers),
        ));
    }
    v
}

/// The Finance tab's paragraph on the goal (nothing without one).
pub fn goal_panel(l: Lang, r: &Report) -> Html {
    let lines = judgement(l, r);
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <section class="goal" id="finance-goal" aria-labelledby="finance-goal-title">
            <h3 id="finance-goal-title">{ t::GOAL_TITLE.get(l) }</h3>
            { for lines.iter().map(|x| html! { <p>{ x.clone() }</p> }) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_goal_round_trips_through_the_control() {
        for (v, _) in t::GOALS {
            assert_eq!(goal_value(goal_of(v)), v);
        }
    }

    #[test]
    fn each_goal_is_judged_and_a_mixed_design_is_said() {
        let mut s = Scenario::default();
        s.simulation.customers = 400;
        s.simulation.days = 200;
        let r = loyalty_sim::run(&s).unwrap();
        assert!(judgement(Lang::En, &r).is_empty(), "no goal, no sentence");
        for g in [Goal::Acquisition, Goal::Retention, Goal::Defensive] {
            let mut r = r.clone();
            r.finance.goal.goal = Some(g);
            let lines = judgement(Lang::En, &r);
            assert_eq!(lines.len(), 1, "{g:?}");
            r.finance.goal.mixed = true;
            r.finance.goal.acquisition_levers = vec!["referral".into()];
            r.finance.goal.retention_levers = vec!["tiers".into(), "vip".into()];
            let lines = judgement(Lang::En, &r);
            assert_eq!(lines.len(), 2);
            assert!(
                lines[1].contains(t::lever(Lang::En, "vip"))
                    && lines[1].contains(t::lever(Lang::En, "referral"))
            );
        }
    }
}
