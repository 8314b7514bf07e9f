//! The source texts' cost list (`programme.costs.lines`): each line books
//! where its kind does, the finance view's `cost_lines` add up to the
//! ledger's fixed, card and per-member costs to the cent, a line gives the
//! same numbers as the old amount of its kind, scenarios without lines read
//! and write as before, and bad lines are refused by field.

mod common;

use loyalty_sim::*;

fn cents(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

fn line(item: CostItem, timing: CostTiming, basis: CostBasis, amount: f64) -> CostLine {
    CostLine {
        item,
        timing,
        basis,
        amount,
    }
}

/// Every item once, the four kinds each at least once.
fn every_line() -> Vec<CostLine> {
    use CostBasis::*;
    use CostTiming::*;
    vec![
        line(CostItem::Cards, OneOff, PerMember, 0.8),
        line(CostItem::Administration, Monthly, Fixed, 400.0),
        line(CostItem::TechnicalSupport, Monthly, Fixed, 250.5),
        line(CostItem::Disputes, Monthly, PerMember, 0.013),
        line(CostItem::Equipment, OneOff, Fixed, 12_000.0),
        line(CostItem::Staff, OneOff, Fixed, 3_000.0),
        line(CostItem::Communication, Monthly, PerMember, 0.04),
    ]
}

/// The rows of `cost_lines` add up to the ledger's components.
fn assert_rows_add_up(o: &Outcome, what: &str) {
    let t = o.programme_ledger.total();
    let rows = &o.report.finance.cost_lines;
    let sum = |timing: &str, basis: &str| -> i64 {
        rows.iter()
            .filter(|r| r.timing == timing && r.basis == basis)
            .map(|r| cents(r.cost))
            .sum()
    };
    assert_eq!(
        sum("one_off", "fixed") + sum("monthly", "fixed"),
        t.fixed,
        "{what}: fixed"
    );
    assert_eq!(sum("one_off", "per_member"), t.cards, "{what}: cards");
    assert_eq!(sum("monthly", "per_member"), t.members, "{what}: members");
    for r in rows {
        assert_eq!(
            cents(r.cost),
            cents(r.amount) * r.count as i64,
            "{what}: {}",
            r.item
        );
    }
}

#[test]
fn cost_lines_add_up_to_the_ledger_for_every_example_and_every_kind() {
    for (name, text) in common::ALL {
        let mut s = common::load(text);
        s.simulation.customers = 1_000;
        s.simulation.days = 400;
        assert_rows_add_up(&common::outcome(&s), name);
        if let Some(p) = s.programme.as_mut() {
            p.costs.lines = every_line();
            let o = common::outcome(&s);
            assert_rows_add_up(&o, &format!("{name} with every line"));
            let items: Vec<&str> = o
                .report
                .finance
                .cost_lines
                .iter()
                .map(|r| r.item.as_str())
                .collect();
            for i in CostItem::ALL {
                assert!(items.contains(&i.name()), "{name}: {} has a row", i.name());
            }
        }
    }
    // Launched late, ended early (the everything scenario): only the months run.
    let mut s = common::everything(400, 240);
    s.programme.as_mut().unwrap().costs.lines = every_line();
    let o = common::outcome(&s);
    assert_rows_add_up(&o, "everything");
    let monthly = o
        .report
        .finance
        .cost_lines
        .iter()
        .find(|r| r.item == "administration")
        .unwrap();
    assert!(
        monthly.count > 0 && monthly.count < 8,
        "{} months",
        monthly.count
    );
}

#[test]
fn a_line_gives_the_same_numbers_as_the_old_amount_of_its_kind() {
    use CostBasis::*;
    use CostTiming::*;
    let mut old = Scenario::default();
    old.simulation.customers = 1_500;
    old.simulation.days = 365;
    let mut new = old.clone();
    let c = &mut new.programme.as_mut().unwrap().costs;
    let (setup, op, card, member) = (c.setup, c.monthly_operating, c.card, c.member_monthly);
    c.setup = 0.0;
    c.monthly_operating = 0.0;
    c.card = 0.0;
    c.member_monthly = 0.0;
    c.lines = vec![
        line(CostItem::Equipment, OneOff, Fixed, setup),
        line(CostItem::Administration, Monthly, Fixed, op),
        line(CostItem::Cards, OneOff, PerMember, card),
        line(CostItem::Communication, Monthly, PerMember, member),
    ];
    let (a, b) = (run(&old).unwrap(), run(&new).unwrap());
    assert_eq!(a.kpis, b.kpis);
    assert_eq!(a.monthly, b.monthly);
    assert_eq!(a.finance.waterfall, b.finance.waterfall);
    let names = |r: &Report| -> Vec<String> {
        r.finance
            .cost_lines
            .iter()
            .map(|x| x.item.clone())
            .collect()
    };
    assert_eq!(
        names(&a),
        ["setup", "monthly_operating", "card", "member_monthly"]
    );
    assert_eq!(
        names(&b),
        ["equipment", "administration", "cards", "communication"]
    );
}

#[test]
fn scenarios_without_lines_read_and_write_as_before() {
    for (name, text) in common::ALL {
        let s = parse_scenario(text).expect(name);
        let json = s.to_json_pretty();
        assert!(!json.contains("\"lines\""), "{name}: no lines written");
        assert_eq!(parse_scenario(&json).expect(name), s, "{name}: reads back");
        if let Some(p) = &s.programme {
            assert!(p.costs.lines.is_empty(), "{name}: no lines");
        }
    }
    let mut s = Scenario::default();
    s.programme.as_mut().unwrap().costs.lines = every_line();
    let back = parse_scenario(&s.to_json_pretty()).expect("round trip");
    assert_eq!(back, s);
    assert!(s.to_json_pretty().contains("\"technical_support\""));
}

#[test]
fn bad_lines_are_refused_by_field() {
    let mut s = Scenario::default();
    s.programme.as_mut().unwrap().costs.lines = vec![line(
        CostItem::Staff,
        CostTiming::OneOff,
        CostBasis::Fixed,
        -5.0,
    )];
    let errs = validate(&s).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.path == "programme.costs.lines[0].amount"),
        "{errs:?}"
    );
    s.programme.as_mut().unwrap().costs.lines = (0..=MAX_COST_LINES)
        .map(|_| line(CostItem::Staff, CostTiming::OneOff, CostBasis::Fixed, 1.0))
        .collect();
    let errs = validate(&s).unwrap_err();
    assert!(
        errs.iter().any(|e| e.path == "programme.costs.lines"),
        "{errs:?}"
    );
    let text = Scenario::default()
        .to_json_pretty()
        .replace(
            "\"member_monthly\": 0.05",
            "\"member_monthly\": 0.05, \"lines\": [{\"item\": \"lunch\", \"timing\": \"monthly\", \"basis\": \"fixed\", \"amount\": 1}]",
        );
    let e = parse_scenario(&text).unwrap_err();
    assert!(
        e.iter()
            .any(|e| e.path.starts_with("programme.costs.lines[0]")),
        "{e:?}"
    );
}
