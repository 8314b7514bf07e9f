//! The core's experiment problems ([`Problem`], the checks of
//! `Plan::new`) in Finnish and Luxembourgish, from their codes and
//! arguments, numbers in the language's format; a problem that wraps a
//! scenario's own problem says that one through `errors::code`. English is
//! the core's own text (`Problem`'s `Display`).

use super::errors::{code, number};
use crate::i18n::Lang;
use loyalty_sim::experiment::{PathError, Problem, Unknown, Unused, ValueKind};

/// What a field that is not a number holds, in `l`.
pub fn value_kind(l: Lang, k: ValueKind) -> &'static str {
    let (fi, lb) = match k {
        ValueKind::Null => ("tyhjä (null)", "eidel (null)"),
        ValueKind::Switch => ("valinta (kyllä tai ei)", "e Schalter (jo oder nee)"),
        ValueKind::Number => ("luku", "eng Zuel"),
        ValueKind::Text => ("teksti", "en Text"),
        ValueKind::List => ("luettelo", "eng Lëscht"),
        ValueKind::Group => ("kenttien ryhmä", "eng Grupp vu Felder"),
    };
    match l {
        Lang::En => k.english(),
        Lang::Fi => fi,
        Lang::Lb => lb,
    }
}

/// Why a path names no number the scenario uses, in Finnish or
/// Luxembourgish (`path` is the parameter).
fn path_error(fi: bool, path: &str, why: &PathError) -> String {
    let l = if fi { Lang::Fi } else { Lang::Lb };
    match why {
        PathError::Unknown(u) => {
            let why = match u {
                Unknown::Syntax if fi => "kirjoita se pisteillä erotettuina kenttien niminä, esim. programme.points.earn_rate tai programme.tiers.levels[0].discount".to_string(),
                Unknown::Syntax => "schreift en als Feldnimm mat Punkten dertëscht, z. B. programme.points.earn_rate oder programme.tiers.levels[0].discount".to_string(),
                Unknown::Seed if fi => "siemenluvun asettavat kokeen siemenet (seeds ja first_seed)".to_string(),
                Unknown::Seed => "de Seed gëtt vun de Seeds vum Experiment gesat (seeds a first_seed)".to_string(),
                Unknown::NoFields { at } if fi => format!("kohdassa {at} ei ole kenttiä"),
                Unknown::NoFields { at } => format!("{at} huet keng Felder"),
                Unknown::NoField { at, field, fields } => {
                    let list = fields.join(", ");
                    match (fi, at.is_empty()) {
                        (true, true) => format!("skenaariossa ei ole kenttää \u{201d}{field}\u{201d} (sen kentät: {list})"),
                        (true, false) => format!("kohdassa {at} ei ole kenttää \u{201d}{field}\u{201d} (sen kentät: {list})"),
                        (false, true) => format!("e Szenario huet kee Feld \u{201e}{field}\u{201c} (seng Felder: {list})"),
                        (false, false) => format!("{at} huet kee Feld \u{201e}{field}\u{201c} (seng Felder: {list})"),
                    }
                }
                Unknown::NotAList { at } if fi => format!("{at} ei ole luettelo"),
                Unknown::NotAList { at } => format!("{at} ass keng Lëscht"),
            };
            if fi {
                format!("tuntematon parametri \u{201d}{path}\u{201d}: {why}")
            } else {
                format!("onbekannte Parameter \u{201e}{path}\u{201c}: {why}")
            }
        }
        PathError::Unused(u) => {
            let why = match u {
                Unused::Null { at } if fi => format!("{at} puuttuu skenaariosta (null)"),
                Unused::Null { at } => format!("{at} feelt am Szenario (null)"),
                Unused::TooShort { at, len, index } if fi => {
                    format!("luettelossa {at} on {len} riviä, joten riviä [{index}] ei ole")
                }
                Unused::TooShort { at, len, index } => {
                    format!("{at} huet {len} Elementer, also gëtt et keen [{index}]")
                }
            };
            if fi {
                format!("skenaario ei käytä parametria \u{201d}{path}\u{201d}: {why}")
            } else {
                format!("de Szenario benotzt \u{201e}{path}\u{201c} net: {why}")
            }
        }
        PathError::NotANumber(k) => {
            let what = value_kind(l, *k);
            if fi {
                format!("\u{201d}{path}\u{201d} on {what} eikä luku; vain lukuja voi vaihdella")
            } else {
                format!("\u{201e}{path}\u{201c} ass {what} a keng Zuel; nëmmen Zuele kënne variéiert ginn")
            }
        }
    }
}

/// An experiment's problem in `l`.
pub fn problem(l: Lang, p: &Problem) -> String {
    if l == Lang::En {
        return p.to_string();
    }
    let fi = l == Lang::Fi;
    let n = |v: f64| number(l, v);
    let pick = |a: String, b: String| if fi { a } else { b };
    use Problem::*;
    match p {
        SeedsCount { max, got } => pick(
            format!("siemenlukujen määrän on oltava 1–{} (annettu {})", n(*max as f64), n(*got as f64)),
            format!("muss eng Zuel vu Seeds tëscht 1 an {} sinn (kritt: {})", n(*max as f64), n(*got as f64)),
        ),
        FirstSeedTooLarge => pick(
            "on liian suuri näin monelle siemenluvulle".into(),
            "ass ze grouss fir esou vill Seeds".into(),
        ),
        TooManyRuns { variants, seeds, runs, max } => {
            let (v, s, r, m) = (n(*variants as f64), n(*seeds as f64), n(*runs as f64), n(*max as f64));
            pick(
                format!("{v} muunnelmaa × {s} siemenlukua = {r} ajoa, enemmän kuin enintään sallitut {m}; käytä vähemmän siemenlukuja tai pisteitä"),
                format!("{v} Varianten × {s} Seeds = {r} Leef, méi wéi déi héchstens {m}; benotzt manner Seeds oder manner Punkten"),
            )
        }
        NotResolved { file } => pick(
            format!("skenaariotiedostoa \u{201d}{file}\u{201d} ei luettu (koe on ratkaistava ensin)"),
            format!("de Szenario-Fichier \u{201e}{file}\u{201c} gouf net gelies (d'Experiment muss fir d'éischt opgeléist ginn)"),
        ),
        ScenarioRequired => pick(
            "on pakollinen: skenaario (JSON-olio) tai skenaariotiedoston polku".into(),
            "ass obligatoresch: e Szenario (en JSON-Objet) oder de Wee vun engem Szenario-Fichier".into(),
        ),
        ScenarioUnusedByCompare => pick(
            "vertailu ei käytä tätä: luettele kaikki skenaariot, vertailukohta ensin, kohdassa scenarios".into(),
            "e Verglach benotzt dat net: lëscht all Szenarie, d'Referenz als éischt, ënner scenarios op".into(),
        ),
        CompareCount { got } => pick(
            format!("skenaarioita on oltava 2–4 (annettu {got})"),
            format!("muss 2 bis 4 Szenarien oplëschten (kritt: {got})"),
        ),
        Path { path, why } => path_error(fi, path, why),
        NotWhole { path, value } => pick(
            format!("{path} on kokonaisluku (0 tai enemmän); {} ei ole", n(*value)),
            format!("{path} ass eng ganz Zuel (0 oder méi); {} ass keng", n(*value)),
        ),
        OutsideRange { path, value, why } => {
            let why = code(l, why);
            pick(
                format!("{} on parametrin {path} sallitun alueen ulkopuolella: {why}", n(*value)),
                format!("{} ass ausserhalb vum erlaabte Beräich vu {path}: {why}", n(*value)),
            )
        }
        InvalidWith { path, value, problems } => {
            let all: Vec<String> = problems
                .iter()
                .map(|e| format!("{}: {}", e.path, code(l, &e.code)))
                .collect();
            pick(
                format!("kun {path} = {}, skenaario ei kelpaa: {}", n(*value), all.join("; ")),
                format!("mat {path} = {} ass de Szenario net gëlteg: {}", n(*value), all.join("; ")),
            )
        }
        LowAboveHigh { low, high } => pick(
            format!("alaraja ei saa olla ylärajaa suurempi ({} > {})", n(*low), n(*high)),
            format!("déi ënnescht Grenz dierf net iwwer der iewescht sinn ({} > {})", n(*low), n(*high)),
        ),
        UnknownKpi { kpi } => {
            let all = loyalty_sim::experiment::KPI_NAMES.join(", ");
            pick(
                format!("tuntematon tunnusluku \u{201d}{kpi}\u{201d} (tunnusluvut: {all})"),
                format!("onbekannt Kennzuel \u{201e}{kpi}\u{201c} (d'Kennzuelen: {all})"),
            )
        }
        DrawsWithoutUncertain => pick(
            "arvonnat tarvitsevat epävarmoja oletuksia (uncertain); poista arvonnat tai lisää oletuksia".into(),
            "Ziehungen brauchen onsécher Unhuelen (uncertain); huelt se ewech oder setzt der derbäi".into(),
        ),
        DrawsCount { max, got } => pick(
            format!("arvontojen määrän on oltava 1–{} (annettu {})", n(*max as f64), n(*got as f64)),
            format!("d'Zuel vun Ziehunge muss tëscht 1 an {} sinn (kritt: {})", n(*max as f64), n(*got as f64)),
        ),
        InDraw { draw, why } => {
            let why = code(l, why);
            pick(format!("arvonnassa {draw}: {why}"), format!("an der Ziehung {draw}: {why}"))
        }
        ValuesCount { .. }
        | BadStep { .. }
        | AxisNeedsValues
        | ConstraintNeedsBound
        | ConstraintImpossible { .. }
        | ParametersCount { .. }
        | SameParameter
        | TooManyPoints { .. }
        | NoDefaultUncertain
        | NotFinite => grid_problem(l, p),
        NotAnObject { .. }
        | NotJson { .. }
        | KindRequired
        | UnknownKind { .. }
        | NotAField { .. }
        | FieldMissing
        | ScenarioSource => file_problem(l, p),
    }
}

/// Why an experiment file's text is not an experiment, in Finnish or
/// Luxembourgish (`l` is not English): the JSON reader's English detail is
/// left out, as for a scenario (`errors::code`).
fn file_problem(l: Lang, p: &Problem) -> String {
    let fi = l == Lang::Fi;
    let pick = |a: String, b: String| if fi { a } else { b };
    let kinds = loyalty_sim::experiment::KINDS.join(", ");
    use Problem::*;
    match p {
        NotAnObject { file: true } => pick(
            "on oltava JSON-olio ({ … }); esimerkkejä on tiedostoissa experiments/*.json".into(),
            "muss en JSON-Objet sinn ({ … }); Beispiller fannt Dir an experiments/*.json".into(),
        ),
        NotAnObject { file: false } => code(
            l,
            &loyalty_sim::ErrorCode::Parse(Box::new(loyalty_sim::ParseProblem::NotAnObject)),
        ),
        NotJson { detail, at } => {
            let (detail, at) = (detail.clone(), *at);
            let p = loyalty_sim::ParseProblem::NotJson { detail, at };
            code(l, &loyalty_sim::ErrorCode::Parse(Box::new(p)))
        }
        KindRequired => pick(
            format!("on pakollinen: yksi näistä: {kinds}"),
            format!("ass obligatoresch: eent vun dësen: {kinds}"),
        ),
        UnknownKind { got } => pick(
            format!("on oltava yksi näistä: {kinds} (annettu \u{201d}{got}\u{201d})"),
            format!("muss eent vun dësen sinn: {kinds} (kritt: \u{201e}{got}\u{201c})"),
        ),
        NotAField {
            group,
            kind,
            fields,
        } => {
            let list = fields.join(", ");
            let all = format!("name, scenario, seeds, first_seed, kind, {list}");
            match (fi, group.is_empty()) {
                (true, true) => format!("ei ole {kind}-kokeen kenttä (sen kentät: {all})"),
                (true, false) => format!("ei ole ryhmän {group} kenttä (sen kentät: {list})"),
                (false, true) => {
                    format!("ass kee Feld vun engem {kind}-Experiment (seng Felder: {all})")
                }
                (false, false) => format!("ass kee Feld vu(n) {group} (seng Felder: {list})"),
            }
        }
        FieldMissing => pick(
            "on pakollinen mutta puuttuu".into(),
            "ass obligatoresch, feelt awer".into(),
        ),
        ScenarioSource => pick(
            "on oltava skenaario (JSON-olio) tai skenaariotiedoston polku (teksti)".into(),
            "muss e Szenario (en JSON-Objet) oder de Wee vun engem Szenario-Fichier (en Text) sinn"
                .into(),
        ),
        _ => p.to_string(),
    }
}

/// The problems of a sweep's grid, a constraint or a tornado's bars, in
/// Finnish or Luxembourgish (`l` is not English).
fn grid_problem(l: Lang, p: &Problem) -> String {
    let fi = l == Lang::Fi;
    let n = |v: f64| number(l, v);
    let pick = |a: String, b: String| if fi { a } else { b };
    use Problem::*;
    match p {
        ValuesCount { max } => pick(
            format!("arvoja on oltava 1–{}", n(*max as f64)),
            format!("muss 1 bis {} Wäerter oplëschten", n(*max as f64)),
        ),
        BadStep { from, to, step, max } => {
            let (a, b, s, m) = (n(*from), n(*to), n(*step), n(*max as f64));
            pick(
                format!("alun on oltava enintään loppu ja askeleen yli 0, ja arvoja saa tulla enintään {m} (annettu alku {a}, loppu {b}, askel {s})"),
                format!("brauch en Ufank net iwwer dem Enn an e Schrëtt iwwer 0, deen héchstens {m} Wäerter gëtt (kritt: Ufank {a}, Enn {b}, Schrëtt {s})"),
            )
        }
        AxisNeedsValues => pick(
            "tarvitsee joko alun, lopun ja askeleen tai luettelon arvoja".into(),
            "brauch entweder Ufank, Enn a Schrëtt oder eng Lëscht vu Wäerter".into(),
        ),
        ConstraintNeedsBound => pick(
            "tarvitsee ylärajan, alarajan tai molemmat".into(),
            "brauch eng iewescht Grenz, eng ënnescht Grenz oder béid".into(),
        ),
        ConstraintImpossible { kpi, min, max } => pick(
            format!("vaatii tunnusluvulta {kpi} vähintään {} ja enintään {}: mikään arvo ei täytä molempia; aseta alaraja enintään ylärajaksi", n(*min), n(*max)),
            format!("verlaangt fir {kpi} op mannst {} an héchstens {}: kee Wäert kann dat béid erfëllen; setzt déi ënnescht Grenz net iwwer déi iewescht", n(*min), n(*max)),
        ),
        ParametersCount { got } => pick(
            format!("parametreja on oltava 1 tai 2 (annettu {got})"),
            format!("muss 1 oder 2 Parameteren oplëschten (kritt: {got})"),
        ),
        SameParameter => pick(
            "on sama parametri kuin ensimmäinen".into(),
            "ass dee selwechte Parameter wéi deen éischten".into(),
        ),
        TooManyPoints { points, max } => pick(
            format!("antaa {} pistettä, enemmän kuin enintään sallitut {} ajoa", n(*points as f64), n(*max as f64)),
            format!("gëtt {} Punkten, méi wéi déi héchstens {} Leef", n(*points as f64), n(*max as f64)),
        ),
        NoDefaultUncertain => pick(
            "skenaario ei käytä yhtäkään oletusarvoisista epävarmoista parametreista; luettele joitakin".into(),
            "de Szenario benotzt keen vun de Standard-onséchere Parameteren; lëscht der e puer op".into(),
        ),
        NotFinite => pick(
            "arvon on oltava äärellinen luku".into(),
            "muss eng endlech Zuel sinn".into(),
        ),
        _ => p.to_string(),
    }
}

/// A run the worker refused (its `Response::Invalid`, `(path, English)`
/// pairs), in `l`. The worker checked the job's `scenario` with the core's
/// `validate`; the same check here gives the problems' codes, said in `l`.
/// Only when it passes here (a request the worker could not read) are the
/// worker's own words put in the sentence.
pub fn job_refused(
    l: Lang,
    scenario: Option<&loyalty_sim::Scenario>,
    worker: &[(String, String)],
) -> String {
    let detail: Vec<String> = match scenario.map(loyalty_sim::validate) {
        Some(Err(errors)) => errors
            .iter()
            .map(|e| format!("{}: {}", e.path, super::errors::message(l, e)))
            .collect(),
        _ => worker.iter().map(|(p, m)| format!("{p}: {m}")).collect(),
    };
    super::experiments::JOB_REFUSED
        .get(l)
        .replace("{}", &detail.join("; "))
}

/// One problem of every kind (and every kind of path error), for the tests.
#[cfg(test)]
pub(crate) fn samples() -> Vec<Problem> {
    use loyalty_sim::{ErrorCode, FieldError, Quantity, Rule};
    let range = ErrorCode::OutOfRange {
        what: Quantity::Share,
        lo: 0.0,
        hi: 0.95,
        got: 1.5,
    };
    let path = |why| Path {
        path: "programme.points.earn_rate".into(),
        why,
    };
    use Problem::*;
    let mut all = vec![
        SeedsCount { max: 1000, got: 0 },
        FirstSeedTooLarge,
        TooManyRuns {
            variants: 30,
            seeds: 100,
            runs: 3000,
            max: 2000,
        },
        NotResolved {
            file: "a.json".into(),
        },
        ScenarioRequired,
        ScenarioUnusedByCompare,
        CompareCount { got: 5 },
        NotWhole {
            path: "simulation.customers".into(),
            value: 1.5,
        },
        OutsideRange {
            path: "programme.points.earn_rate".into(),
            value: 1.5,
            why: Box::new(range.clone()),
        },
        InvalidWith {
            path: "simulation.days".into(),
            value: 40.0,
            problems: vec![
                FieldError::coded(
                    "events[0].day",
                    ErrorCode::AfterHorizon { last: 39, got: 100 },
                ),
                FieldError::coded("programme.card", ErrorCode::Rule(Rule::PointsNeedPersonal)),
            ],
        },
        LowAboveHigh {
            low: 2.0,
            high: 1.0,
        },
        UnknownKpi {
            kpi: "profitt".into(),
        },
        DrawsWithoutUncertain,
        DrawsCount { max: 1000, got: 0 },
        InDraw {
            draw: 3,
            why: Box::new(range),
        },
        ValuesCount { max: 1000 },
        BadStep {
            from: 1.0,
            to: 0.0,
            step: 0.5,
            max: 1000,
        },
        AxisNeedsValues,
        ConstraintNeedsBound,
        ConstraintImpossible {
            kpi: "roi".into(),
            min: 2.0,
            max: 1.0,
        },
        ParametersCount { got: 3 },
        SameParameter,
        TooManyPoints {
            points: 4000,
            max: 2000,
        },
        NoDefaultUncertain,
        NotFinite,
        path(PathError::Unknown(Unknown::Syntax)),
        path(PathError::Unknown(Unknown::Seed)),
        path(PathError::Unknown(Unknown::NoFields { at: "name".into() })),
        path(PathError::Unknown(Unknown::NoField {
            at: String::new(),
            field: "foo".into(),
            fields: vec!["market".into(), "programme".into()],
        })),
        path(PathError::Unknown(Unknown::NoField {
            at: "programme.points".into(),
            field: "earn_rat".into(),
            fields: vec!["earn_rate".into()],
        })),
        path(PathError::Unknown(Unknown::NotAList {
            at: "programme".into(),
        })),
        path(PathError::Unused(Unused::Null {
            at: "programme.tiers".into(),
        })),
        path(PathError::Unused(Unused::TooShort {
            at: "programme.tiers.levels".into(),
            len: 2,
            index: 3,
        })),
    ];
    all.extend(ValueKind::ALL.map(|k| path(PathError::NotANumber(k))));
    all.extend(file_samples());
    all
}

/// One problem of every kind an experiment file's text can have.
#[cfg(test)]
fn file_samples() -> Vec<Problem> {
    use Problem::*;
    vec![
        NotAnObject { file: true },
        NotAnObject { file: false },
        NotJson {
            detail: "EOF while parsing a value".into(),
            at: Some((1, 9)),
        },
        KindRequired,
        UnknownKind {
            got: "sweeep".into(),
        },
        NotAField {
            group: String::new(),
            kind: "sweep".into(),
            fields: vec!["parameters".into(), "kpi".into()],
        },
        NotAField {
            group: "parameters[0]".into(),
            kind: "sweep".into(),
            fields: vec!["path".into(), "values".into()],
        },
        FieldMissing,
        ScenarioSource,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which kind a sample is: an exhaustive match, so a new kind of
    /// problem fails the test below until it has a sample (and its texts).
    fn kind(p: &Problem) -> usize {
        use Problem::*;
        match p {
            SeedsCount { .. } => 0,
            FirstSeedTooLarge => 1,
            TooManyRuns { .. } => 2,
            NotResolved { .. } => 3,
            ScenarioRequired => 4,
            ScenarioUnusedByCompare => 5,
            CompareCount { .. } => 6,
            Path { .. } => 7,
            NotWhole { .. } => 8,
            OutsideRange { .. } => 9,
            InvalidWith { .. } => 10,
            LowAboveHigh { .. } => 11,
            UnknownKpi { .. } => 12,
            DrawsWithoutUncertain => 13,
            DrawsCount { .. } => 14,
            InDraw { .. } => 15,
            ValuesCount { .. } => 16,
            BadStep { .. } => 17,
            AxisNeedsValues => 18,
            ConstraintNeedsBound => 19,
            ConstraintImpossible { .. } => 20,
            ParametersCount { .. } => 21,
            SameParameter => 22,
            TooManyPoints { .. } => 23,
            NoDefaultUncertain => 24,
            NotFinite => 25,
            NotAnObject { .. } => 26,
            NotJson { .. } => 27,
            KindRequired => 28,
            UnknownKind { .. } => 29,
            NotAField { .. } => 30,
            FieldMissing => 31,
            ScenarioSource => 32,
        }
    }

    #[test]
    fn every_experiment_problem_is_said_in_finnish_and_luxembourgish() {
        let samples = samples();
        for k in 0..33 {
            assert!(
                samples.iter().any(|p| kind(p) == k),
                "no sample of kind {k}"
            );
        }
        for p in &samples {
            let en = problem(Lang::En, p);
            assert!(!en.is_empty());
            for l in [Lang::Fi, Lang::Lb] {
                let t = problem(l, p);
                assert!(!t.trim().is_empty(), "{l:?}: {p:?}");
                assert_ne!(t, en, "{l:?}: {p:?} is still English");
                for english in [
                    "must ",
                    " the ",
                    " is ",
                    "between",
                    "allowed",
                    " not ",
                    "needs ",
                    " of ",
                    "share",
                    "got ",
                    "draw ",
                    "scenario ",
                    "after the horizon",
                ] {
                    assert!(!t.contains(english), "{l:?}: {english:?} in {t}");
                }
            }
        }
        let fi = problem(Lang::Fi, &samples[8]);
        assert!(fi.contains("1,5") && fi.contains("osuus"), "{fi}");
    }

    #[test]
    fn the_core_checks_of_a_bad_experiment_are_said_in_finnish() {
        let scenario = loyalty_sim::Scenario::default().to_json_pretty();
        let e = loyalty_sim::experiment::Experiment::from_json(&format!(
            r#"{{"kind": "sweep", "seeds": 0, "scenario": {scenario}, "kpi": "profitt",
               "parameters": [{{"path": "programme.points.earn_rat", "values": [1]}}]}}"#
        ));
        let errors = match e.map(|e| loyalty_sim::experiment::Plan::new(&e)) {
            Ok(Err(errors)) => errors,
            other => panic!("expected problems, got {other:?}"),
        };
        assert!(errors.len() >= 3, "{errors:?}");
        for e in &errors {
            let fi = crate::text::errors::message(Lang::Fi, e);
            assert_ne!(fi, e.message, "{}: still English", e.path);
            assert_eq!(crate::text::errors::message(Lang::En, e), e.message);
        }
    }

    #[test]
    fn a_bad_experiment_file_is_said_in_finnish_and_luxembourgish() {
        let scenario = loyalty_sim::Scenario::default().to_json_pretty();
        let sweep = format!(
            r#"{{"kind": "sweep", "seeds": 2, "scenario": {scenario}, "parameters": [{{"path": "programme.points.earn_rate", "values": [0.1]}}]}}"#
        );
        let texts = [
            "[1]".to_string(),
            "{\"kind\": ".to_string(),
            "{\"seeds\": 2}".to_string(),
            "{\"kind\": \"sweeep\", \"seeds\": 2}".to_string(),
            sweep.replacen('{', "{\"seed\": 3, ", 1),
            sweep.replace("\"path\"", "\"pathh\""),
            sweep.replacen("\"seeds\": 2,", "", 1),
            sweep.replacen("\"seeds\": 2", "\"seeds\": \"two\"", 1),
            sweep.replace("\"gross_margin\": 0.3", "\"gross_margin\": \"high\""),
            "{\"kind\": \"monte_carlo\", \"seeds\": 2, \"scenario\": 3}".to_string(),
        ];
        for text in &texts {
            let Err(errors) = loyalty_sim::experiment::Experiment::from_json(text) else {
                panic!("{text:.60} was read");
            };
            for e in &errors {
                assert_eq!(crate::text::errors::message(Lang::En, e), e.message);
                for l in [Lang::Fi, Lang::Lb] {
                    let m = crate::text::errors::message(l, e);
                    assert_ne!(m, e.message, "{l:?}: {e} still English");
                    for english in [
                        "must", "missing", "valid", "field", " line ", "expected", "invalid",
                        " of ",
                    ] {
                        assert!(!m.contains(english), "{l:?}: {english:?} in {m}");
                    }
                }
            }
        }
        let Err(errors) = loyalty_sim::experiment::Experiment::from_json(&texts[6]) else {
            panic!("read");
        };
        let fi = crate::text::errors::message(Lang::Fi, &errors[0]);
        assert_eq!(
            format!("{}: {fi}", errors[0].path),
            "seeds: on pakollinen mutta puuttuu"
        );
    }

    #[test]
    fn a_run_the_worker_refused_is_said_in_the_page_s_language() {
        let mut bad = loyalty_sim::Scenario::default();
        bad.business.gross_margin = 1.5;
        let worker = vec![(
            "business.gross_margin".to_string(),
            loyalty_sim::validate(&bad).unwrap_err()[0].message.clone(),
        )];
        let fi = job_refused(Lang::Fi, Some(&bad), &worker);
        assert!(
            fi.starts_with("Simulaation taustaprosessi hylkäsi ajon (business.gross_margin: "),
            "{fi}"
        );
        assert!(!fi.contains(&worker[0].1) && !fi.contains("must"), "{fi}");
        assert!(fi.contains("1,5"), "{fi}");
        let en = job_refused(Lang::En, Some(&bad), &worker);
        assert!(
            en.contains(&format!("business.gross_margin: {}", worker[0].1)),
            "{en}"
        );
        // A request the worker could not read: its words, in the sentence.
        let garbled = vec![("request".to_string(), "expected value".to_string())];
        let lb = job_refused(Lang::Lb, Some(&loyalty_sim::Scenario::default()), &garbled);
        assert_eq!(lb, "E Simulatiouns-Worker huet e Laf refuséiert (request: expected value); déi fäerdeg Leef bleiwen.");
    }
}
