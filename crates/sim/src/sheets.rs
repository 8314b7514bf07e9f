//! The whole report as tables for a spreadsheet: the KPIs, the monthly rows
//! of both runs, the waterfall, the groups and deciles, the points
//! roll-forward, the deferred revenue, the cohorts, the tiers and the
//! targeted segments and the cost lines, one table each, every column headed by its name and
//! unit. The shells write them (the CLI as xlsx); this module only arranges
//! the numbers.
//!
//! Invariant: every number is the report's own (copied, never recomputed),
//! so a sheet and the JSON report agree exactly.

use crate::report::Report;
use serde_json::Value;

/// One cell of a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// A number.
    Number(f64),
    /// A text.
    Text(String),
}

/// One table: a sheet's name, its column headers (`name (unit)`) and rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The sheet's name (at most 31 characters).
    pub name: String,
    /// Column headers, with the unit in brackets.
    pub header: Vec<String>,
    /// Rows of cells, as many as the header has columns.
    pub rows: Vec<Vec<Cell>>,
}

/// The unit of a report field or monthly column, from its name.
pub fn unit_of(name: &str) -> &'static str {
    let n = name.strip_prefix("baseline_").unwrap_or(name);
    const MONEY: &[&str] = &[
        "gross_sales",
        "discounts",
        "revenue",
        "cost_of_goods",
        "gross_profit",
        "programme_cost",
        "programme_income",
        "profit",
        "incremental_profit",
        "npv",
        "liability",
        "amount",
        "sales",
        "retention",
        "frequency",
        "basket",
        "acquisition",
        "subsidy",
        "discounts_other",
        "rewards_other",
        "total",
        "extra_margin",
        "benefit_cost",
        "rewards",
        "profit_per_member",
        "opening",
        "deferred",
        "recognised",
        "closing",
        "cost_liability",
        "members_sales",
        "members_discounts",
        "cost",
        "benefits",
        "incremental_gross_profit",
        "rest",
    ];
    if n.starts_with("cost_per_point") || n == "point_cost" || n == "ssp_per_point" {
        "currency per point"
    } else if n.starts_with("cost_")
        || n.starts_with("income_")
        || n.ends_with("_value")
        || n == "revaluation"
        || MONEY.contains(&n)
    {
        "currency"
    } else if n.starts_with("points") || n.ends_with("_points") {
        "points"
    } else if n == "nps" {
        "score -100 to 100"
    } else if n == "satisfaction" {
        "score about -1 to 1"
    } else if n.contains("day") || n == "days" {
        "days"
    } else if n.contains("rate")
        || n.contains("uplift")
        || n.contains("share")
        || n.contains("breakage")
        || n.contains("rebate")
        || n.starts_with("loyalty_")
        || n.starts_with("apostle_")
        || n.starts_with("commitment_")
        || n.starts_with("satisfaction_bin")
        || n == "roi"
    {
        "ratio"
    } else {
        "count"
    }
}

fn cell(v: &Value) -> Cell {
    match v {
        Value::Number(n) => Cell::Number(n.as_f64().unwrap_or(0.0)),
        Value::String(s) => Cell::Text(s.clone()),
        Value::Bool(b) => Cell::Number(f64::from(u8::from(*b))),
        Value::Null => Cell::Text(String::new()),
        Value::Array(a) => Cell::Number(a.iter().filter_map(Value::as_f64).sum()),
        Value::Object(_) => Cell::Text(String::new()),
    }
}

/// A table of rows (serialised report structs) with these columns, each
/// `field` (its unit from [`unit_of`]) or `field|unit`.
fn table<T: serde::Serialize>(name: &str, columns: &[&'static str], rows: &[T]) -> Sheet {
    let split = |c: &'static str| c.split_once('|').unwrap_or((c, unit_of(c)));
    let header = columns
        .iter()
        .map(|c| match split(c) {
            (c @ ("part" | "name"), _) => c.to_string(),
            (c @ ("month" | "decile" | "tier"), _) => format!("{c} (number)"),
            (c, unit) => format!("{c} ({unit})"),
        })
        .collect();
    let columns: Vec<&str> = columns.iter().map(|c| split(c).0).collect();
    let rows = rows
        .iter()
        .map(|r| {
            let v = serde_json::to_value(r).unwrap_or(Value::Null);
            columns.iter().map(|c| cell(&v[*c])).collect()
        })
        .collect();
    Sheet {
        name: name.to_string(),
        header,
        rows,
    }
}

/// The KPIs and the finance view's single figures: one row each.
fn kpis(r: &Report) -> Sheet {
    let mut rows = Vec::new();
    let mut add = |prefix: &str, v: Value| {
        if let Value::Object(m) = v {
            for (k, x) in m {
                let name = format!("{prefix}{k}");
                let unit = unit_of(&k).to_string();
                rows.push(vec![Cell::Text(name), cell(&x), Cell::Text(unit)]);
            }
        }
    };
    add("", serde_json::to_value(&r.kpis).unwrap_or(Value::Null));
    add(
        "points.",
        serde_json::to_value(&r.finance.points).unwrap_or(Value::Null),
    );
    Sheet {
        name: "KPIs".into(),
        header: vec!["kpi".into(), "value".into(), "unit".into()],
        rows,
    }
}

/// The monthly rows of both runs (the CSV's columns).
fn monthly(r: &Report) -> Sheet {
    let (names, rows) = r.monthly_table();
    Sheet {
        name: "Monthly".into(),
        header: names
            .iter()
            .map(|n| match n.as_str() {
                "month" => "month (number)".to_string(),
                _ => format!("{n} ({})", unit_of(n)),
            })
            .collect(),
        rows: rows
            .into_iter()
            .map(|row| row.into_iter().map(Cell::Number).collect())
            .collect(),
    }
}

const SPLIT: &[&str] = &[
    "decile",
    "customers",
    "baseline_sales",
    "sales",
    "retention",
    "frequency",
    "basket",
    "acquisition",
    "subsidy",
    "discounts_other",
    "rewards_other",
    "total",
];

impl Report {
    /// The whole report as tables, one a sheet; money units name the
    /// report's currency (`revenue (EUR)`, `point_cost (USD per point)`).
    pub fn sheets(&self) -> Vec<Sheet> {
        let code = &self.currency.code;
        let mut sheets = self.sheets_in_currency_units();
        for sheet in &mut sheets {
            for h in &mut sheet.header {
                *h = with_currency_unit(h, code);
            }
            if sheet.name == "KPIs" {
                for row in &mut sheet.rows {
                    if let Some(Cell::Text(u)) = row.get_mut(2) {
                        *u = u.replace("currency", code);
                    }
                }
            }
        }
        sheets
    }

    /// The monthly table's column names for CSV files: the names of
    /// [`Report::monthly_table`], money columns with the currency's code
    /// (`revenue (EUR)`), the others bare (`nps`).
    pub fn monthly_csv_header(&self) -> Vec<String> {
        let (names, _) = self.monthly_table();
        names
            .into_iter()
            .map(|n| {
                let unit = unit_of(&n);
                if unit.contains("currency") {
                    format!("{n} ({})", unit.replace("currency", &self.currency.code))
                } else {
                    n
                }
            })
            .collect()
    }

    fn sheets_in_currency_units(&self) -> Vec<Sheet> {
        let f = &self.finance;
        let mut groups = table("Members", &SPLIT[1..], &[&f.members, &f.non_members]);
        groups.header.insert(0, "group".into());
        for (row, name) in groups.rows.iter_mut().zip(["members", "non_members"]) {
            row.insert(0, Cell::Text(name.into()));
        }
        vec![
            kpis(self),
            monthly(self),
            table("Waterfall", &["part", "amount"], &f.waterfall),
            groups,
            table("Deciles", SPLIT, &f.deciles),
            table(
                "Points roll-forward",
                &[
                    "month",
                    "opening|points",
                    "issued|points",
                    "redeemed|points",
                    "expired|points",
                    "closing|points",
                    "point_cost",
                    "opening_value",
                    "issued_value",
                    "redeemed_value",
                    "expired_value",
                    "revaluation",
                    "closing_value",
                    "breakage",
                    "liability",
                ],
                &f.points_rollforward,
            ),
            table(
                "Deferred revenue",
                &[
                    "month",
                    "ssp_per_point",
                    "opening",
                    "deferred",
                    "recognised",
                    "closing",
                    "cost_liability",
                ],
                &f.deferred_revenue,
            ),
            cohorts(self),
            table(
                "Tiers",
                &[
                    "tier",
                    "name",
                    "members",
                    "members_at_end",
                    "revenue",
                    "gross_profit",
                    "baseline_gross_profit",
                    "extra_margin",
                    "benefit_cost",
                    "rewards",
                    "profit_per_member",
                    "promotions",
                    "demotions",
                ],
                &f.tiers,
            ),
            table(
                "Segments",
                &[
                    "kind|text",
                    "index|number",
                    "segment|text",
                    "reach|members",
                    "cost",
                    "benefits",
                    "incremental_gross_profit",
                    "rest",
                    "cost_per_profit|currency per currency",
                ],
                &f.segments,
            ),
            table(
                "Cost lines",
                &[
                    "item|text",
                    "timing|text",
                    "basis|text",
                    "amount",
                    "count|times",
                    "cost",
                ],
                &f.cost_lines,
            ),
        ]
    }
}

/// A header `name (unit)` with `currency` in its unit replaced by `code`.
fn with_currency_unit(header: &str, code: &str) -> String {
    match header.rfind(" (") {
        Some(i) => {
            let (name, unit) = header.split_at(i);
            format!("{name}{}", unit.replace("currency", code))
        }
        None => header.to_string(),
    }
}

/// Each cohort's points and their shares at the horizon.
fn cohorts(r: &Report) -> Sheet {
    let last = |v: &[f64]| Cell::Number(v.last().copied().unwrap_or(0.0));
    Sheet {
        name: "Cohorts".into(),
        header: [
            "month (number)",
            "issued (points)",
            "redeemed by the horizon (ratio)",
            "expired by the horizon (ratio)",
            "outstanding at the horizon (ratio)",
        ]
        .map(String::from)
        .to_vec(),
        rows: r
            .finance
            .cohorts
            .iter()
            .map(|c| {
                vec![
                    Cell::Number(c.month as f64),
                    Cell::Number(c.issued as f64),
                    last(&c.redeemed),
                    last(&c.expired),
                    last(&c.outstanding),
                ]
            })
            .collect(),
    }
}
