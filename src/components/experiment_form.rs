//! The Experiments view's settings form: the kind, the seeds and each
//! kind's parameters, picked from lists with their units and sensible
//! ranges filled in.
//!
//! Invariant: every edit gives a whole new [`Setup`] to `on_setup`; the
//! form keeps no settings of its own, and text that is not a number is not
//! applied (the field keeps it, the setting keeps its last number).

use crate::experiment_setup::{self, KindChoice, Setup, Source};
use crate::text::experiments as t;
use loyalty_sim::experiment::{Axis, Constraint, Goal, Range};
use loyalty_sim::Scenario;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`Form`].
#[derive(Properties, Clone, PartialEq)]
pub struct FormProps {
    /// The page's language.
    pub lang: crate::i18n::Lang,
    /// The settings.
    pub setup: Rc<Setup>,
    /// The editor's scenario (which parameters it uses, their values).
    pub draft: Rc<Scenario>,
    /// Called with each edit, which the app applies to its current
    /// settings (so two quick edits never undo each other).
    pub on_setup: Callback<SetupEdit>,
}

/// An edit of the settings.
pub type SetupEdit = Rc<dyn Fn(&mut Setup)>;

type Edit = Rc<dyn Fn(&mut Setup, f64)>;

/// Properties of [`ExpNumber`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExpNumberProps {
    /// Element id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// The setting's value.
    pub value: f64,
    /// Called with what the field reads, when the user leaves it.
    pub on_value: Callback<f64>,
}

/// A number input that keeps what the user typed (a redraw of the page
/// meanwhile does not reset it) and applies the number it reads.
#[function_component(ExpNumber)]
pub fn exp_number(props: &ExpNumberProps) -> Html {
    let typed = use_state(|| props.value.to_string());
    {
        let typed = typed.clone();
        use_effect_with(props.value, move |v| typed.set(v.to_string()));
    }
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            typed.set(input.value());
        })
    };
    let on_value = props.on_value.clone();
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Ok(v) = input.value().trim().replace(',', ".").parse::<f64>() {
            if v.is_finite() {
                on_value.emit(v);
            }
        }
    });
    html! {
        <label class="exp-number" for={props.id.clone()}>
            <span>{ props.label.clone() }</span>
            <input type="number" step="any" id={props.id.clone()} value={(*typed).clone()} {oninput} {onchange} />
        </label>
    }
}

/// A parameter's unit: in English the core's (else the app's); in another
/// language the app's translation (else the core's English).
fn unit_of(lang: crate::i18n::Lang, path: &str) -> &'static str {
    let app = t::unit(lang, path);
    let core = experiment_setup::core_unit(path);
    match (lang, core) {
        (crate::i18n::Lang::En, Some(c)) => c,
        (_, Some(c)) if app.is_empty() => c,
        _ => app,
    }
}

/// A number field whose reading edits the settings.
fn number(id: String, label: &str, value: f64, props: &FormProps, edit: Edit) -> Html {
    let cb = props.on_setup.clone();
    let on_value = Callback::from(move |v: f64| {
        let edit = edit.clone();
        cb.emit(Rc::new(move |s: &mut Setup| edit(s, v)));
    });
    html! { <ExpNumber id={id} label={label.to_string()} {value} {on_value} /> }
}

/// A button that changes the settings.
fn button(id: String, label: &str, props: &FormProps, edit: impl Fn(&mut Setup) + 'static) -> Html {
    let cb = props.on_setup.clone();
    let edit: SetupEdit = Rc::new(edit);
    let onclick = Callback::from(move |_: MouseEvent| cb.emit(edit.clone()));
    html! { <button type="button" class="small" id={id} {onclick}>{ label.to_string() }</button> }
}

/// A select whose choice changes the settings.
fn select(
    id: String,
    label: &str,
    options: Vec<(String, String)>,
    selected: &str,
    props: &FormProps,
    edit: impl Fn(&mut Setup, String) + 'static,
) -> Html {
    let cb = props.on_setup.clone();
    let edit = Rc::new(edit);
    let onchange = Callback::from(move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        let v = el.value();
        if v.is_empty() {
            return;
        }
        let edit = edit.clone();
        cb.emit(Rc::new(move |s: &mut Setup| edit(s, v.clone())));
    });
    html! {
        <label class="exp-select" for={id.clone()}>
            <span>{ label.to_string() }</span>
            <select id={id} {onchange}>
                { for options.into_iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={v == selected}>{ l }</option>
                }) }
            </select>
        </label>
    }
}

/// The menu of parameters to add (those not yet in the list).
fn add_menu(
    id: String,
    offered: Vec<String>,
    props: &FormProps,
    add: impl Fn(&mut Setup, String) + 'static,
) -> Html {
    let lang = props.lang;
    if offered.is_empty() {
        return html! {};
    }
    let mut options = vec![(String::new(), t::ADD_PARAMETER.get(lang).to_string())];
    options.extend(
        offered
            .into_iter()
            .map(|p| (p.clone(), t::parameter(lang, &p))),
    );
    select(id, t::ADD.get(lang), options, "", props, add)
}

/// Rows of parameters with a low and a high value (Monte Carlo assumptions,
/// tornado bars).
fn ranges(
    prefix: &'static str,
    list: &[Range],
    props: &FormProps,
    get: fn(&mut Setup) -> &mut Vec<Range>,
) -> Html {
    let lang = props.lang;
    let rows = list.iter().enumerate().map(|(i, r)| {
        let unit = unit_of(lang, &r.path);
        html! {
            <tr data-path={r.path.clone()}>
                <th scope="row">{ t::parameter(lang, &r.path) }<br /><small>{ unit }</small></th>
                <td>{ number(format!("{prefix}-{i}-low"), t::LOW.get(lang), r.low, props, Rc::new(move |s, v| { if let Some(r) = get(s).get_mut(i) { r.low = v } })) }</td>
                <td>{ number(format!("{prefix}-{i}-high"), t::HIGH.get(lang), r.high, props, Rc::new(move |s, v| { if let Some(r) = get(s).get_mut(i) { r.high = v } })) }</td>
                <td>{ button(format!("{prefix}-{i}-remove"), t::REMOVE.get(lang), props, move |s| { if i < get(s).len() { get(s).remove(i); } }) }</td>
            </tr>
        }
    });
    html! { <table class="exp-rows"><tbody>{ for rows }</tbody></table> }
}

fn kpi_options(lang: crate::i18n::Lang) -> Vec<(String, String)> {
    t::KPI_CHOICES
        .iter()
        .map(|k| (k.to_string(), t::kpi(lang, k).to_string()))
        .collect()
}

fn monte_carlo(props: &FormProps) -> Html {
    let lang = props.lang;
    let s = &props.setup;
    let defaults = experiment_setup::uncertain(&props.draft);
    let offered: Vec<String> = defaults
        .iter()
        .filter(|d| !s.uncertain.iter().any(|u| u.path == d.path))
        .map(|d| d.path.clone())
        .collect();
    html! {
        <fieldset class="exp-kind-settings">
            <legend>{ t::UNCERTAIN.get(lang) }</legend>
            <p class="help">{ t::UNCERTAIN_HELP.get(lang) }</p>
            { ranges("exp-uncertain", &s.uncertain, props, |s| &mut s.uncertain) }
            { add_menu("exp-uncertain-add".into(), offered, props, move |s, p| {
                if let Some(d) = defaults.iter().find(|d| d.path == p) { s.uncertain.push(d.clone()) }
            }) }
            if !s.uncertain.is_empty() {
                { number("exp-draws".into(), t::DRAWS.get(lang), s.draws as f64, props, Rc::new(|s, v| s.draws = v.round().clamp(1.0, 1000.0) as u32)) }
            }
        </fieldset>
    }
}

fn tornado(props: &FormProps) -> Html {
    let lang = props.lang;
    let s = &props.setup;
    let defaults = experiment_setup::uncertain(&props.draft);
    let shown = if s.tornado.is_empty() {
        defaults.clone()
    } else {
        s.tornado.clone()
    };
    let offered: Vec<String> = defaults
        .iter()
        .filter(|d| !shown.iter().any(|u| u.path == d.path))
        .map(|d| d.path.clone())
        .collect();
    // The first edit of the default list writes it out in full.
    let materialise = defaults.clone();
    html! {
        <fieldset class="exp-kind-settings">
            <legend>{ t::TORNADO_PARAMETERS.get(lang) }</legend>
            if s.tornado.is_empty() { <p class="help">{ t::TORNADO_DEFAULT.get(lang) }</p> }
            { ranges("exp-tornado", &shown, props, |s| &mut s.tornado) }
            { add_menu("exp-tornado-add".into(), offered, props, move |s, p| {
                if s.tornado.is_empty() { s.tornado = materialise.clone() }
                if let Some(d) = defaults.iter().find(|d| d.path == p) { s.tornado.push(d.clone()) }
            }) }
            { select("exp-kpi".into(), t::KPI.get(lang), kpi_options(lang), &s.kpi, props, |s, v| s.kpi = v) }
        </fieldset>
    }
}

fn compare(props: &FormProps, lang: crate::i18n::Lang) -> Html {
    let s = &props.setup;
    let examples = crate::examples::all();
    let rows = s.compare.iter().enumerate().map(|(i, src)| {
        let mut options = vec![("editor".to_string(), t::EDITOR_SCENARIO.get(lang).to_string())];
        for (k, path) in crate::examples::PATHS.iter().enumerate() {
            if let Some((name, _)) = examples.get(k + 1) {
                options.push((path.to_string(), name.get(lang).to_string()));
            }
        }
        let selected = match src {
            Source::Editor => "editor".to_string(),
            Source::Example(p) => p.clone(),
            Source::Inline(sc) => {
                options.push(("inline".into(), format!("{}{}", t::FROM_FILE.get(lang), sc.name)));
                "inline".into()
            }
        };
        html! {
            <li>
                { select(format!("exp-compare-{i}"), &format!("{}.", i + 1), options, &selected, props, move |s, v| {
                    let new = match v.as_str() { "editor" => Source::Editor, "inline" => return, p => Source::Example(p.to_string()) };
                    if let Some(x) = s.compare.get_mut(i) { *x = new }
                }) }
                if s.compare.len() > 2 { { button(format!("exp-compare-{i}-remove"), t::REMOVE.get(lang), props, move |s| { if i < s.compare.len() { s.compare.remove(i); } }) } }
            </li>
        }
    });
    html! {
        <fieldset class="exp-kind-settings">
            <legend>{ t::SCENARIOS.get(lang) }</legend>
            <ol class="exp-compare">{ for rows }</ol>
            if s.compare.len() < 4 {
                { button("exp-compare-add".into(), t::ADD_SCENARIO.get(lang), props, |s| s.compare.push(Source::Example(crate::examples::PATHS[3].into()))) }
            }
        </fieldset>
    }
}

fn sweep(props: &FormProps) -> Html {
    let lang = props.lang;
    let s = &props.setup;
    let offered = experiment_setup::sweepable(&props.draft);
    let rows = s.axes.iter().enumerate().map(|(i, a)| {
        let mut options: Vec<(String, String)> = offered
            .iter()
            .map(|o| (o.path.clone(), t::parameter(lang, &o.path)))
            .collect();
        if !offered.iter().any(|o| o.path == a.path) {
            options.insert(0, (a.path.clone(), t::parameter(lang, &a.path)));
        }
        let grid = offered.clone();
        let unit = unit_of(lang, &a.path);
        let field = |f: fn(&mut Axis) -> &mut Option<f64>| -> Edit {
            Rc::new(move |s: &mut Setup, v| {
                if let Some(a) = s.axes.get_mut(i) {
                    *f(a) = Some(v);
                    a.values = None;
                }
            })
        };
        html! {
            <div class="exp-axis" data-path={a.path.clone()}>
                { select(format!("exp-axis-{i}"), t::PARAMETER.get(lang), options, &a.path, props, move |s, p| {
                    if let (Some(x), Some(o)) = (s.axes.get_mut(i), grid.iter().find(|o| o.path == p)) { *x = o.clone() }
                }) }
                <small class="unit">{ unit }</small>
                { number(format!("exp-axis-{i}-from"), t::FROM.get(lang), a.from.unwrap_or_default(), props, field(|a| &mut a.from)) }
                { number(format!("exp-axis-{i}-to"), t::TO.get(lang), a.to.unwrap_or_default(), props, field(|a| &mut a.to)) }
                { number(format!("exp-axis-{i}-step"), t::STEP.get(lang), a.step.unwrap_or_default(), props, field(|a| &mut a.step)) }
                if s.axes.len() > 1 { { button(format!("exp-axis-{i}-remove"), t::REMOVE.get(lang), props, move |s| { if i < s.axes.len() { s.axes.remove(i); } }) } }
            </div>
        }
    });
    let second = offered
        .iter()
        .find(|o| !s.axes.iter().any(|a| a.path == o.path))
        .cloned();
    let constraints = s.constraints.iter().enumerate().map(|(i, c)| html! {
        <div class="exp-constraint">
            { select(format!("exp-constraint-{i}-kpi"), t::KPI.get(lang), kpi_options(lang), &c.kpi, props, move |s, v| { if let Some(c) = s.constraints.get_mut(i) { c.kpi = v } }) }
            { select(format!("exp-constraint-{i}-bound"), t::BOUND.get(lang), bound_options(lang), bound_of(c), props, move |s, v| { if let Some(c) = s.constraints.get_mut(i) { set_bound(c, &v) } }) }
            if let Some(min) = c.min { { number(format!("exp-constraint-{i}-min"), t::AT_LEAST.get(lang), min, props, Rc::new(move |s, v| { if let Some(c) = s.constraints.get_mut(i) { c.min = Some(v) } })) } }
            if let Some(max) = c.max { { number(format!("exp-constraint-{i}-max"), t::AT_MOST.get(lang), max, props, Rc::new(move |s, v| { if let Some(c) = s.constraints.get_mut(i) { c.max = Some(v) } })) } }
            { button(format!("exp-constraint-{i}-remove"), t::REMOVE.get(lang), props, move |s| { if i < s.constraints.len() { s.constraints.remove(i); } }) }
        </div>
    });
    let goal = match s.goal {
        Goal::Max => "max",
        Goal::Min => "min",
    };
    let goals: Vec<(String, String)> = t::GOALS
        .iter()
        .map(|(v, l)| (v.to_string(), l.get(lang).to_string()))
        .collect();
    html! {
        <fieldset class="exp-kind-settings">
            <legend>{ t::AXES.get(lang) }</legend>
            { for rows }
            if let (true, Some(o)) = (s.axes.len() < 2, second) {
                { button("exp-axis-add".into(), t::ADD_AXIS.get(lang), props, move |s| s.axes.push(o.clone())) }
            }
            { select("exp-kpi".into(), t::KPI.get(lang), kpi_options(lang), &s.kpi, props, |s, v| s.kpi = v) }
            { select("exp-goal".into(), t::GOAL.get(lang), goals, goal, props, |s, v| s.goal = if v == "min" { Goal::Min } else { Goal::Max }) }
            <p class="help">{ t::CONSTRAINTS.get(lang) }</p>
            { for constraints }
            { button("exp-constraint-add".into(), t::ADD_CONSTRAINT.get(lang), props, |s| s.constraints.push(Constraint { kpi: "liability".into(), max: Some(150_000.0), min: None })) }
        </fieldset>
    }
}

/// Which limits a constraint has: `"max"` (at most), `"min"` (at least)
/// or `"both"` (between).
fn bound_of(c: &Constraint) -> &'static str {
    match (c.min, c.max) {
        (Some(_), Some(_)) => "both",
        (Some(_), None) => "min",
        _ => "max",
    }
}

fn bound_options(lang: crate::i18n::Lang) -> Vec<(String, String)> {
    t::BOUNDS
        .iter()
        .map(|(v, l)| (v.to_string(), l.get(lang).to_string()))
        .collect()
}

/// Gives a constraint the limits `bound` names (see [`bound_of`]), keeping
/// the number already set: "at most 150,000" becomes "at least 150,000".
fn set_bound(c: &mut Constraint, bound: &str) {
    let value = c.max.or(c.min).unwrap_or_default();
    match bound {
        "min" => (c.min, c.max) = (Some(c.min.unwrap_or(value)), None),
        "both" => (c.min, c.max) = (Some(c.min.unwrap_or(value)), Some(c.max.unwrap_or(value))),
        _ => (c.min, c.max) = (None, Some(c.max.unwrap_or(value))),
    }
}

/// The settings form.
#[function_component(Form)]
pub fn form(props: &FormProps) -> Html {
    let lang = props.lang;
    let s = &props.setup;
    let kinds = KindChoice::ALL.iter().zip(t::KINDS).zip(t::KIND_HELP).map(|((k, (_, label)), help)| {
        let k = *k;
        let selected = s.kind == k;
        let cb = props.on_setup.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(Rc::new(move |s: &mut Setup| s.kind = k)));
        html! {
            <button type="button" role="tab" id={format!("exp-kind-{}", k.slug())} aria-selected={selected.to_string()}
                title={help.get(lang)} {onclick}>{ label.get(lang) }</button>
        }
    });
    let help = KindChoice::ALL
        .iter()
        .position(|k| *k == s.kind)
        .map(|i| t::KIND_HELP[i].get(lang))
        .unwrap_or_default();
    let settings = match s.kind {
        KindChoice::MonteCarlo => monte_carlo(props),
        KindChoice::Compare => compare(props, lang),
        KindChoice::Sweep => sweep(props),
        KindChoice::Tornado => tornado(props),
    };
    html! {
        <div class="exp-form">
            <nav class="view-tabs exp-kinds" role="tablist" aria-label={t::KIND.get(lang)}>{ for kinds }</nav>
            <p class="help">{ help }</p>
            <div class="exp-common">
                { number("exp-seeds".into(), t::SEEDS.get(lang), s.seeds as f64, props, Rc::new(|s, v| s.seeds = v.round().clamp(0.0, 1e6) as u32)) }
                { number("exp-first-seed".into(), t::FIRST_SEED.get(lang), s.first_seed as f64, props, Rc::new(|s, v| s.first_seed = v.round().clamp(0.0, 1e15) as u64)) }
                <small class="help">{ t::SEEDS_HELP.get(lang) }</small>
            </div>
            { settings }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_a_constraint_between_at_most_and_at_least_keeps_its_number() {
        let mut c = Constraint {
            kpi: "retention_rate".into(),
            max: Some(0.8),
            min: None,
        };
        assert_eq!(bound_of(&c), "max");
        set_bound(&mut c, "min");
        assert_eq!((c.min, c.max, bound_of(&c)), (Some(0.8), None, "min"));
        set_bound(&mut c, "both");
        assert_eq!((c.min, c.max, bound_of(&c)), (Some(0.8), Some(0.8), "both"));
        c.max = Some(0.9);
        set_bound(&mut c, "max");
        assert_eq!((c.min, c.max), (None, Some(0.9)));
        set_bound(&mut c, "both");
        assert_eq!((c.min, c.max), (Some(0.9), Some(0.9)));
    }
}
