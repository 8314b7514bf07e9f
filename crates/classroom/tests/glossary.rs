//! The glossary: complete in three languages, covering the lessons'
//! concepts, and searchable in any language without case or accents.

use loyalty_classroom::glossary::{fold, search, terms};
use loyalty_classroom::lessons;
use std::collections::HashSet;

#[test]
fn every_term_has_all_three_languages_and_known_lessons() {
    let all = terms().expect("data/glossary.json parses");
    assert!(all.len() >= 60, "{} terms", all.len());
    let lesson_ids: HashSet<_> = lessons().unwrap().into_iter().map(|l| l.id).collect();
    let mut ids = HashSet::new();
    for t in &all {
        assert!(ids.insert(t.id.clone()), "duplicate term {}", t.id);
        for lang in loyalty_classroom::Lang::ALL {
            assert!(
                !t.term.get(lang).trim().is_empty(),
                "term {}: no {} name",
                t.id,
                lang.code()
            );
        }
        if let Some(p) = t.definition.problem() {
            panic!("term {}: definition: {p}", t.id);
        }
        for l in &t.lessons {
            assert!(lesson_ids.contains(l), "term {}: no lesson {l}", t.id);
        }
    }
}

#[test]
fn every_lesson_concept_is_in_the_glossary_and_links_back() {
    let all = terms().unwrap();
    for l in lessons().unwrap() {
        for c in &l.concepts {
            let t = all.iter().find(|t| &t.id == c);
            assert!(
                t.is_some(),
                "lesson {}: concept {c} not in the glossary",
                l.id
            );
        }
    }
}

#[test]
fn the_brief_concepts_are_all_there() {
    let ids: HashSet<_> = terms().unwrap().into_iter().map(|t| t.id).collect();
    for id in [
        "affective-commitment",
        "normative-commitment",
        "economic-commitment",
        "forced-commitment",
        "habitual-commitment",
        "absolute-loyalty",
        "latent-loyalty",
        "spurious-loyalty",
        "no-loyalty",
        "loyalists",
        "defectors",
        "mercenaries",
        "hostages",
        "nps",
        "promoters",
        "passives",
        "detractors",
        "satisfaction-parts",
        "servqual",
        "reliability",
        "responsiveness",
        "assurance",
        "empathy",
        "tangibles",
        "emotion-scale",
        "loyalty-ladder",
        "bearer-card",
        "tiers",
        "progressive-discount",
        "points",
        "vip-terms",
        "prize-draw",
        "club",
        "profit-sharing",
        "coalition",
        "co-branded-card",
        "gift-cards-coupons",
        "short-lived-points",
        "liability",
        "breakage",
        "incremental-profit",
        "twin",
        "self-selection",
        "pareto",
        "retention",
    ] {
        assert!(ids.contains(id), "the glossary has no {id}");
    }
}

/// English words a Luxembourgish glossary name must not hold (whole
/// words, without case). "Net Promoter Score" and "Red Cube" are names and
/// keep their English.
const ENGLISH: [&str; 36] = [
    "co",
    "branded",
    "loyalty",
    "programme",
    "program",
    "tier",
    "tiers",
    "card",
    "cards",
    "point",
    "points",
    "reward",
    "rewards",
    "coupon",
    "coupons",
    "cashback",
    "gift",
    "gifts",
    "discount",
    "customer",
    "customers",
    "satisfaction",
    "commitment",
    "breakage",
    "liability",
    "payback",
    "twin",
    "uplift",
    "threshold",
    "ladder",
    "prize",
    "draw",
    "sharing",
    "profit",
    "the",
    "and",
];

/// The words of `text` in `ENGLISH`.
fn english_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| ENGLISH.contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_luxembourgish_names_hold_no_english_words() {
    assert_eq!(english_words("Co-branded Bankkaart"), ["co", "branded"]);
    assert_eq!(english_words("Kaddoskaarten a Coupons"), ["coupons"]);
    let mut found = Vec::new();
    for t in terms().unwrap() {
        let words = english_words(&t.term.lb);
        if !words.is_empty() {
            found.push(format!("{}: {:?} {words:?}", t.id, t.term.lb));
        }
        // The definitions too, for the words that are never Luxembourgish.
        for w in english_words(&t.definition.lb) {
            if ["cashback", "coupons", "branded"].contains(&w.as_str()) {
                found.push(format!("{} (definition): {w}", t.id));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// Names the Luxembourgish texts keep with their own "ö" (the author
/// Christian Grönroos).
const NAMES_WITH_OE: [&str; 1] = ["Grönroos"];

/// Whether `text` holds an "ö" outside `NAMES_WITH_OE`: Luxembourgish
/// writes "ë" or "éi" where German has "ö" (Sëldner, ageléist, fërderen).
fn holds_oe(text: &str) -> bool {
    let rest = NAMES_WITH_OE
        .iter()
        .fold(text.to_string(), |t, name| t.replace(name, ""));
    rest.contains(['ö', 'Ö'])
}

/// Every "lb" string under `value`, with its place (`at`).
fn lb_texts(value: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("lb", serde_json::Value::String(s)) => out.push((at.to_string(), s.clone())),
                    _ => lb_texts(v, &format!("{at}.{k}"), out),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                lb_texts(v, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_luxembourgish_text_of_the_classroom_holds_a_german_oe() {
    assert!(holds_oe("Söldner") && holds_oe("agelöst"));
    assert!(!holds_oe("Sëldner, ageléist (Grönroos)"));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["data", "lessons"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let json = std::fs::read_to_string(&path).unwrap();
                let value: serde_json::Value = serde_json::from_str(&json).unwrap();
                lb_texts(&value, &path.display().to_string(), &mut texts);
            }
        }
    }
    assert!(texts.len() > 300, "only {} lb texts found", texts.len());
    let found: Vec<_> = texts.iter().filter(|(_, t)| holds_oe(t)).collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn search_finds_terms_in_any_language_without_case_or_accents() {
    let all = terms().unwrap();
    let first = |q: &str| search(&all, q).first().map(|t| t.id.clone());
    // Finnish.
    assert_eq!(first("panttivangit").as_deref(), Some("hostages"));
    assert_eq!(first("PALKKASOTURIT").as_deref(), Some("mercenaries"));
    assert_eq!(
        first("tyytyvaisyyden kolme").as_deref(),
        Some("satisfaction-parts")
    );
    // Luxembourgish, with and without its accents.
    assert_eq!(first("Gezwongen").as_deref(), Some("forced-commitment"));
    assert_eq!(first("Réckstufung").as_deref(), Some("demotion"));
    assert_eq!(first("reckstufung").as_deref(), Some("demotion"));
    assert_eq!(first("Sëldner").as_deref(), Some("mercenaries"));
    assert_eq!(first("seldner").as_deref(), Some("mercenaries"));
    // English, and a word of a definition only.
    assert_eq!(first("breakage").as_deref(), Some("breakage"));
    assert!(search(&all, "Harley-Davidson")
        .iter()
        .any(|t| t.id == "club"));
    assert!(search(&all, "").is_empty());
    assert!(search(&all, "zzzz-no-such-word").is_empty());
    assert_eq!(fold("Ëmwelt ÄÖÜ éÈ"), "emwelt aou ee");
}
