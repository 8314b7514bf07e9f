//! The programme's cost list as the source texts give it: card production
//! and issuing, administration, technical support, handling disputes,
//! special equipment, staff hiring and training, communication; each line
//! one-off or monthly, fixed or per member (`programme.costs.lines`), on
//! top of the four amounts every scenario has had (`setup`,
//! `monthly_operating`, `card`, `member_monthly`), which read as four
//! lines of their own. The finance view's `cost_lines` books each line.
//!
//! Invariants: a line is booked exactly where the amount of its kind is
//! (one-off fixed with the set-up, monthly fixed with the operating cost,
//! one-off per member with each card issued, monthly per member with each
//! member's month), in cents rounded line by line, so a scenario without
//! lines keeps its numbers bit for bit, and the rows of `cost_lines` add
//! up to the ledger's `fixed`, `cards` and `members` exactly.

use crate::error_code::Quantity;
use crate::finance::cur;
use crate::rules::cents;
use crate::scenario::ProgrammeCosts;
use crate::validate::Check;
use serde::{Deserialize, Serialize};

/// An item of the source texts' cost list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostItem {
    /// Card production and issuing.
    Cards,
    /// Administration.
    Administration,
    /// Technical support (systems, data).
    TechnicalSupport,
    /// Handling disputes and complaints.
    Disputes,
    /// Special equipment (terminals, kiosks).
    Equipment,
    /// Staff hiring and training.
    Staff,
    /// Communication (statements, mailings, SMS, e-mail).
    Communication,
}

impl CostItem {
    /// Every item, in the source texts' order.
    pub const ALL: [CostItem; 7] = [
        CostItem::Cards,
        CostItem::Administration,
        CostItem::TechnicalSupport,
        CostItem::Disputes,
        CostItem::Equipment,
        CostItem::Staff,
        CostItem::Communication,
    ];

    /// The item as written in scenario files (`technical_support`).
    pub fn name(self) -> &'static str {
        match self {
            CostItem::Cards => "cards",
            CostItem::Administration => "administration",
            CostItem::TechnicalSupport => "technical_support",
            CostItem::Disputes => "disputes",
            CostItem::Equipment => "equipment",
            CostItem::Staff => "staff",
            CostItem::Communication => "communication",
        }
    }
}

/// When a cost line is booked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostTiming {
    /// Once: when the programme starts (fixed) or when a member joins (per member).
    OneOff,
    /// Every month the programme runs (at the month's end).
    Monthly,
}

/// What a cost line's amount is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostBasis {
    /// The whole programme.
    Fixed,
    /// Each member (each one joining, or each member's month).
    PerMember,
}

/// One line of the cost list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostLine {
    /// What it pays for.
    pub item: CostItem,
    /// One-off or monthly.
    pub timing: CostTiming,
    /// Fixed or per member.
    pub basis: CostBasis,
    /// The amount each time, in currency units.
    pub amount: f64,
}

/// Most lines a cost list can have.
pub const MAX_COST_LINES: usize = 32;

/// The four kinds of booking, in the order of [`Kinds`].
const KINDS: [(CostTiming, CostBasis); 4] = [
    (CostTiming::OneOff, CostBasis::Fixed),
    (CostTiming::Monthly, CostBasis::Fixed),
    (CostTiming::OneOff, CostBasis::PerMember),
    (CostTiming::Monthly, CostBasis::PerMember),
];

/// Cents by kind: set-up, monthly operating, per card issued, per member-month.
pub(crate) type Kinds = [i64; 4];

fn kind(l: &CostLine) -> usize {
    KINDS
        .iter()
        .position(|k| *k == (l.timing, l.basis))
        .unwrap_or(0)
}

/// The four amounts (as lines of their kind) and then the lines: (name, kind, cents).
fn all_lines(c: &ProgrammeCosts) -> Vec<(&'static str, usize, i64)> {
    let mut v = vec![
        ("setup", 0, cents(c.setup)),
        ("monthly_operating", 1, cents(c.monthly_operating)),
        ("card", 2, cents(c.card)),
        ("member_monthly", 3, cents(c.member_monthly)),
    ];
    v.extend(
        c.lines
            .iter()
            .map(|l| (l.item.name(), kind(l), cents(l.amount))),
    );
    v
}

/// What is booked each time, by kind, in cents (each line rounded on its own).
pub(crate) fn kinds(c: &ProgrammeCosts) -> Kinds {
    let mut k = [0i64; 4];
    for (_, i, c) in all_lines(c) {
        k[i] = k[i].saturating_add(c);
    }
    k
}

/// Checks the lines (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, costs: &ProgrammeCosts) {
    for (i, l) in costs.lines.iter().enumerate() {
        c.range(
            &format!("programme.costs.lines[{i}].amount"),
            l.amount,
            0.0,
            1e12,
            Quantity::Amount,
        );
    }
    if costs.lines.len() > MAX_COST_LINES {
        c.coded(
            "programme.costs.lines",
            crate::ErrorCode::TooManyCostLines {
                max: MAX_COST_LINES as u32,
            },
        );
    }
}

/// One line of the finance view's cost list (money in currency units).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CostLineRow {
    /// The item (`cards`, ..., `communication`), or one of the four amounts
    /// every scenario has (`setup`, `monthly_operating`, `card`, `member_monthly`).
    pub item: String,
    /// `one_off` or `monthly`.
    pub timing: String,
    /// `fixed` or `per_member`.
    pub basis: String,
    /// The amount each time (rounded to the cent).
    pub amount: f64,
    /// Times booked: set-ups, months run, cards issued or member-months.
    pub count: u64,
    /// `amount * count`.
    pub cost: f64,
}

/// A unit enum's name as written in scenario files (`one_off`).
fn word(v: &impl Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The rows: the four amounts and each line, with what they booked (the
/// counts by kind: set-ups, months run, cards issued, member-months).
/// Lines of zero that never book are left out.
pub(crate) fn rows(c: &ProgrammeCosts, counts: [u64; 4]) -> Vec<CostLineRow> {
    all_lines(c)
        .into_iter()
        .filter(|&(_, _, a)| a != 0)
        .map(|(name, i, a)| {
            let (timing, basis) = KINDS[i];
            CostLineRow {
                item: name.to_string(),
                timing: word(&timing),
                basis: word(&basis),
                amount: cur(a),
                count: counts[i],
                cost: cur(a.saturating_mul(counts[i] as i64)),
            }
        })
        .collect()
}
