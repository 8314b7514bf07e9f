//! Every message exists in every language: the `texts!` tables of every
//! module, the field tables (the same paths in each language), the example
//! names and the messages with values.

use super::*;
use crate::i18n::problem;
use crate::link::ModelNotice;

/// Every `texts!` table of the app's text modules.
fn tables() -> Vec<(&'static str, &'static [(&'static str, Tr)])> {
    vec![
        ("text", ALL),
        ("text::ui", ui::ALL),
        ("text::notices", notices::ALL),
        ("text::segments", segments::ALL),
        ("text::events", events::ALL),
        ("text::choices", choices::ALL),
        ("text::kpi", kpi::ALL),
        ("text::verdict", verdict::ALL),
        ("text::groups", groups::ALL),
        ("text::summary", summary::ALL),
        ("text::currency", currency::ALL),
        ("text::finance", finance::ALL),
        ("text::calibrate", calibrate::ALL),
        ("text::calibrate::charts", calibrate::charts::ALL),
        ("text::experiments", experiments::ALL),
        ("text::experiment_tables", experiment_tables::ALL),
        ("text::follow", follow::ALL),
        ("text::follow::charts", follow::charts::ALL),
        ("text::quiz", quiz::ALL),
    ]
}

#[test]
fn every_message_is_in_every_language() {
    let mut problems = Vec::new();
    let mut n = 0;
    for (module, table) in tables() {
        for (name, t) in table {
            n += 1;
            problems.extend(problem(&format!("{module}::{name}"), t));
        }
    }
    for (kind, t) in follow::KINDS {
        problems.extend(problem(&format!("follow kind {kind:?}"), &t));
    }
    for (i, t) in EXAMPLE_NAMES.iter().enumerate() {
        problems.extend(problem(&format!("EXAMPLE_NAMES[{i}]"), t));
    }
    let columns = [
        &finance::WATERFALL_COLUMNS[..],
        &finance::ROLLFORWARD_COLUMNS,
        &finance::TIERS_COLUMNS,
        &finance::DECILES_COLUMNS,
        &finance::SEGMENTS_COLUMNS,
        &finance::COST_LINES_COLUMNS,
    ];
    for (i, t) in columns.iter().flat_map(|c| c.iter()).enumerate() {
        problems.extend(problem(&format!("finance column {i}"), t));
    }
    let choices = finance::TIMINGS
        .iter()
        .chain(&finance::BASES)
        .chain(&finance::GOALS)
        .chain(&calibrate::DELIMITERS);
    for (v, t) in choices {
        problems.extend(problem(&format!("choice {v}"), t));
    }
    let experiment_texts = experiments::KINDS
        .iter()
        .chain(&experiments::GOALS)
        .chain(&experiments::BOUNDS)
        .map(|(_, t)| t)
        .chain(&experiments::KIND_HELP)
        .chain(&experiments::EXAMPLES);
    for (i, t) in experiment_texts.enumerate() {
        problems.extend(problem(&format!("experiments choice {i}"), t));
    }
    for (v, t) in &calibrate::DECIMALS {
        problems.extend(problem(&format!("decimal {v}"), t));
    }
    assert!(n > 240, "only {n} messages found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_field_has_its_texts_in_every_language() {
    let paths = |l: Lang| -> Vec<&str> { field_table(l).iter().map(|(p, _)| *p).collect() };
    let en = paths(Lang::En);
    let mut problems = Vec::new();
    for l in [Lang::Fi, Lang::Lb] {
        let other = paths(l);
        for p in &en {
            if !other.contains(p) {
                problems.push(format!("{}: no text for field {p}", l.code()));
            }
        }
        for p in &other {
            if !en.contains(p) {
                problems.push(format!("{}: field {p} is not in English", l.code()));
            }
        }
    }
    for p in &en {
        let [e, fi, lb] = [Lang::En, Lang::Fi, Lang::Lb].map(|l| field(l, p));
        for (what, t) in [
            (
                "label",
                Tr {
                    en: e.label,
                    fi: fi.label,
                    lb: lb.label,
                },
            ),
            (
                "unit",
                Tr {
                    en: e.unit,
                    fi: fi.unit,
                    lb: lb.unit,
                },
            ),
            (
                "help",
                Tr {
                    en: e.help,
                    fi: fi.help,
                    lb: lb.help,
                },
            ),
        ] {
            problems.extend(problem(&format!("{p} {what}"), &t));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        field(Lang::Fi, "programme.offers.segment.days").label,
        "Päivät"
    );
}

/// A message with values in the three languages.
fn each(f: impl Fn(Lang) -> String) -> [String; 3] {
    Lang::ALL.map(f)
}

#[test]
fn every_message_with_values_is_in_every_language() {
    use crate::number_input::NumberError;
    let notice = ModelNotice::Older {
        link: Some(1),
        current: 2,
    };
    let cases: Vec<(&str, [String; 3])> = vec![
        ("problems 1", each(|l| ui::problems(l, 1))),
        ("problems 3", each(|l| ui::problems(l, 3))),
        ("blocked", each(|l| ui::blocked(l, 2, true))),
        ("blocked 1", each(|l| ui::blocked(l, 1, false))),
        ("example_loaded", each(|l| ui::example_loaded(l, "X"))),
        ("found 0", each(|l| ui::found(l, 0))),
        ("found 2", each(|l| ui::found(l, 2))),
        ("understood", each(|l| ui::understood(l, "1"))),
        (
            "number_error",
            each(|l| ui::number_error(l, &NumberError::NotWhole)),
        ),
        ("worker_died", each(|l| ui::worker_died(l, "x"))),
        ("model_version", each(|l| ui::model_version(l, 3))),
        ("timing", each(|l| timing(l, 100, 30, 5.0))),
        (
            "upload_cut_short",
            each(|l| notices::upload_cut_short(l, 3)),
        ),
        ("upload_damaged", each(|l| notices::upload_damaged(l, 3, 4))),
        ("upload_too_big", each(|l| notices::upload_too_big(l, 1024))),
        ("model_notice", each(|l| notices::model_notice(l, notice))),
        ("event title", each(|l| events::title(l, 2, "x"))),
        (
            "roi_basis",
            each(|l| kpi::roi_basis(l, 1.0, 2.0, &loyalty_sim::Currency::default())),
        ),
        ("question_of", each(|l| quiz::question_of(l, 3, 14))),
        ("answered", each(|l| quiz::answered(l, 5, 14))),
        ("question_score", each(|l| quiz::question_score(l, 0.5))),
        ("final_score", each(|l| quiz::final_score(l, 11.5, 14))),
        ("source_line", each(|l| quiz::source_line(l, 463))),
        ("terms_found 1", each(|l| quiz::terms_found(l, 1))),
        ("terms_found 3", each(|l| quiz::terms_found(l, 3))),
        ("no_match", each(|l| quiz::no_match(l, "x"))),
        ("no_such_term", each(|l| quiz::no_such_term(l, "x"))),
        ("what_is", each(|l| quiz::what_is(l, "NPS"))),
        ("month", each(|l| kpi::month(l, 7))),
        (
            "pays",
            each(|l| verdict::pays(l, 3, 1.0, 12, "x", &loyalty_sim::Currency::default())),
        ),
        (
            "loses",
            each(|l| verdict::loses(l, -1.0, 12, "x", &loyalty_sim::Currency::default())),
        ),
        (
            "ahead_unsteady",
            each(|l| verdict::ahead_unsteady(l, 1.0, 12, &loyalty_sim::Currency::default())),
        ),
        (
            "driver_pays",
            each(|l| verdict::driver_pays(l, 1.0, 2.0, 1.0, &loyalty_sim::Currency::default())),
        ),
        (
            "driver_loses",
            each(|l| verdict::driver_loses(l, -1.0, 2.0, 0.0, &loyalty_sim::Currency::default())),
        ),
        (
            "driver_loses+",
            each(|l| verdict::driver_loses(l, 1.0, 2.0, 0.0, &loyalty_sim::Currency::default())),
        ),
        (
            "discount_note",
            each(|l| verdict::discount_note(l, 5.0, -1.0, &loyalty_sim::Currency::default())),
        ),
    ];
    let mut cases = cases;
    for (i, p) in super::experiment_errors::samples().iter().enumerate() {
        let name = if i == 0 {
            "experiment problem"
        } else {
            "experiment problems"
        };
        cases.push((name, each(|l| super::experiment_errors::problem(l, p))));
    }
    for (name, [en, fi, lb]) in cases {
        for (code, text) in [("fi", &fi), ("lb", &lb)] {
            assert!(!text.trim().is_empty(), "{name}: no {code} text");
            assert_ne!(text, &en, "{name}: {code} is still English");
        }
    }
    for l in Lang::ALL {
        assert_eq!(segments::kinds(l).len(), 6);
        assert_eq!(events::kinds(l).len(), 8);
        assert_eq!(events::name(l, "no such kind"), "no such kind");
    }
    assert_eq!(
        events::name(Lang::Fi, "deregulation"),
        "Sääntelyn purku (monopoli päättyy)"
    );
}

#[test]
fn each_model_notice_is_one_sentence_naming_both_versions() {
    for (n, names) in [
        (
            ModelNotice::Older {
                link: Some(1),
                current: 2,
            },
            &["model version 1;", "version 2,"][..],
        ),
        (
            ModelNotice::Older {
                link: None,
                current: 2,
            },
            &["version 1 or earlier", "version 2,"][..],
        ),
        (
            ModelNotice::Newer {
                link: 999,
                current: 1,
            },
            &["model version 999,", "version 1,", "newer"][..],
        ),
    ] {
        let t = notices::model_notice(Lang::En, n);
        assert!(t.starts_with("This link") && t.ends_with('.'), "{t}");
        assert!(!t[..t.len() - 1].contains(". "), "one sentence: {t}");
        assert!(t.contains("the numbers may differ"), "{t}");
        for name in names {
            assert!(t.contains(name), "{t} should contain {name}");
        }
        for l in [Lang::Fi, Lang::Lb] {
            let t = notices::model_notice(l, n);
            assert!(!t[..t.len() - 1].contains(". "), "one sentence: {t}");
        }
    }
    assert_eq!(ui::model_version(Lang::En, 1), "Model version 1");
}

#[test]
fn index_html_has_the_page_texts_of_every_language() {
    let html = include_str!("../../index.html");
    assert!(html.contains(&format!("<title>{}</title>", PAGE_TITLE.en)));
    assert!(html.contains(&format!("content=\"{}\"", PAGE_DESCRIPTION.en)));
    for l in Lang::ALL {
        let p = format!("<p lang=\"{}\">{}</p>", l.code(), NOSCRIPT.get(l));
        assert!(html.contains(&p), "index.html's <noscript> lacks {p}");
    }
}
