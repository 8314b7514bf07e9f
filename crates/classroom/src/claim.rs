//! The claim language: what a lesson says its run shows, as data a test
//! can check. A [`Measure`] reads one number from a report; a [`Claim`]
//! compares measures (or a measure with a number) and combines claims.
//!
//! Claims are judged over several seeds the way the project's findings
//! are: for each comparison the signed margin (positive on the side the
//! claim states) is computed seed by seed, and the claim holds when the
//! **median** margin is positive.

use loyalty_sim::{MonthStats, Report};
use serde::{Deserialize, Serialize};

/// Which run of a report a monthly measure reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Run {
    /// The programme run.
    #[default]
    Programme,
    /// The baseline twin.
    Baseline,
    /// Programme minus twin.
    Difference,
}

/// One number read from a report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Measure {
    /// A KPI by its field name in `kpis` (`"incremental_profit"`); `roi`
    /// and `payback_day` read as NaN when null, so a claim on them fails.
    Kpi(String),
    /// A KPI minus its twin's (`"nps"` is `kpis.nps - kpis.baseline_nps`);
    /// for `revenue`, `gross_profit`, `profit`, `active_customers`,
    /// `retention_rate` and `nps`.
    KpiVsTwin(String),
    /// A monthly column (a name of [`MonthStats::columns`], e.g.
    /// `"apostle_hostages"`) of one month (1-based; 0 = the last month).
    Month {
        /// The column.
        field: String,
        /// The month, from 1; 0 is the last month.
        #[serde(default)]
        month: u32,
        /// Which run.
        #[serde(default)]
        run: Run,
    },
    /// The mean of a monthly column over months `from..=to` (1-based;
    /// `to` = 0 is the last month).
    MeanOver {
        /// The column.
        field: String,
        /// First month, from 1.
        from: u32,
        /// Last month (0 = the last month).
        #[serde(default)]
        to: u32,
        /// Which run.
        #[serde(default)]
        run: Run,
    },
    /// Any number of the report's JSON by path, as the report is written
    /// (`finance.deciles[9].baseline_sales`, `kpis.members`).
    Field(String),
    /// The sum of measures.
    Sum(Vec<Measure>),
    /// `a / b` (NaN when `b` is 0, so the claim fails).
    Ratio(Box<Measure>, Box<Measure>),
    /// `a - b`.
    Minus(Box<Measure>, Box<Measure>),
    /// A constant.
    Value(f64),
}

/// A comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    /// Greater than.
    #[serde(rename = ">")]
    Gt,
    /// Less than.
    #[serde(rename = "<")]
    Lt,
}

/// A machine-checkable statement about a report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Claim {
    /// `left op right`.
    Compare {
        /// The measure compared.
        left: Measure,
        /// `>` or `<`.
        op: Op,
        /// What it is compared with.
        right: Measure,
    },
    /// `low < measure < high`.
    Between {
        /// The measure.
        measure: Measure,
        /// Lower bound (exclusive).
        low: f64,
        /// Upper bound (exclusive).
        high: f64,
    },
    /// A monthly column is higher in month `to` than in month `from`.
    Rising {
        /// The column.
        field: String,
        /// The earlier month, from 1.
        from: u32,
        /// The later month (0 = the last).
        #[serde(default)]
        to: u32,
        /// Which run.
        #[serde(default)]
        run: Run,
    },
    /// A monthly column is lower in month `to` than in month `from`.
    Falling {
        /// The column.
        field: String,
        /// The earlier month, from 1.
        from: u32,
        /// The later month (0 = the last).
        #[serde(default)]
        to: u32,
        /// Which run.
        #[serde(default)]
        run: Run,
    },
    /// Every claim holds.
    All(Vec<Claim>),
}

/// Why a measure cannot be read from a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureError(pub String);

const KPI_TWINS: [(&str, &str); 6] = [
    ("revenue", "baseline_revenue"),
    ("gross_profit", "baseline_gross_profit"),
    ("profit", "baseline_profit"),
    ("active_customers", "baseline_active_customers"),
    ("retention_rate", "baseline_retention_rate"),
    ("nps", "baseline_nps"),
];

fn kpi(report: &Report, name: &str) -> Result<f64, MeasureError> {
    let v = serde_json::to_value(&report.kpis).unwrap_or_default();
    match v.get(name) {
        Some(serde_json::Value::Null) => Ok(f64::NAN),
        Some(x) => x
            .as_f64()
            .ok_or_else(|| MeasureError(format!("kpis.{name} is not a number"))),
        None => Err(MeasureError(format!("there is no KPI \"{name}\""))),
    }
}

fn field(report: &Report, path: &str) -> Result<f64, MeasureError> {
    let root = serde_json::to_value(report).unwrap_or_default();
    let mut at = &root;
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        at = at
            .get(key)
            .ok_or_else(|| MeasureError(format!("the report has no field \"{path}\"")))?;
        while let Some(s) = rest.strip_prefix('[') {
            let close = s.find(']').unwrap_or(s.len());
            let i: usize = s[..close]
                .parse()
                .map_err(|_| MeasureError(format!("\"{path}\" has a bad index")))?;
            at = at
                .get(i)
                .ok_or_else(|| MeasureError(format!("\"{path}\": the list has no item {i}")))?;
            rest = s.get(close + 1..).unwrap_or("");
        }
    }
    match at {
        serde_json::Value::Null => Ok(f64::NAN),
        v => v
            .as_f64()
            .ok_or_else(|| MeasureError(format!("\"{path}\" is not a number"))),
    }
}

fn month_index(report: &Report, month: u32) -> Result<usize, MeasureError> {
    let n = report.monthly.len();
    let i = if month == 0 { n } else { month as usize };
    if i == 0 || i > n {
        return Err(MeasureError(format!(
            "month {month} is not in the run's {n} months"
        )));
    }
    Ok(i - 1)
}

fn column(stats: &MonthStats, field: &str) -> Result<f64, MeasureError> {
    stats
        .columns()
        .into_iter()
        .find(|(n, _)| n == field)
        .map(|(_, v)| v)
        .ok_or_else(|| MeasureError(format!("there is no monthly column \"{field}\"")))
}

fn month_value(report: &Report, field: &str, month: u32, run: Run) -> Result<f64, MeasureError> {
    let row = &report.monthly[month_index(report, month)?];
    Ok(match run {
        Run::Programme => column(&row.programme, field)?,
        Run::Baseline => column(&row.baseline, field)?,
        Run::Difference => column(&row.programme, field)? - column(&row.baseline, field)?,
    })
}

impl Measure {
    /// The measure's value in `report`.
    pub fn value(&self, report: &Report) -> Result<f64, MeasureError> {
        match self {
            Measure::Kpi(name) => kpi(report, name),
            Measure::KpiVsTwin(name) => {
                let twin = KPI_TWINS
                    .iter()
                    .find(|(k, _)| k == name)
                    .ok_or_else(|| MeasureError(format!("the KPI \"{name}\" has no twin")))?;
                Ok(kpi(report, twin.0)? - kpi(report, twin.1)?)
            }
            Measure::Month { field, month, run } => month_value(report, field, *month, *run),
            Measure::MeanOver {
                field,
                from,
                to,
                run,
            } => {
                let a = month_index(report, *from)?;
                let b = month_index(report, *to)?;
                if b < a {
                    return Err(MeasureError(format!("months {from} to {to} are empty")));
                }
                let mut sum = 0.0;
                for m in a..=b {
                    sum += month_value(report, field, m as u32 + 1, *run)?;
                }
                Ok(sum / (b - a + 1) as f64)
            }
            Measure::Ratio(a, b) => {
                let d = b.value(report)?;
                Ok(if d == 0.0 {
                    f64::NAN
                } else {
                    a.value(report)? / d
                })
            }
            Measure::Minus(a, b) => Ok(a.value(report)? - b.value(report)?),
            Measure::Field(path) => field(report, path),
            Measure::Sum(parts) => parts.iter().map(|m| m.value(report)).sum(),
            Measure::Value(x) => Ok(*x),
        }
    }

    /// The measure's median over reports (NaN if any is NaN).
    pub fn median(&self, reports: &[Report]) -> Result<f64, MeasureError> {
        let v = reports
            .iter()
            .map(|r| self.value(r))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(median(v))
    }
}

/// The median of the values (the mean of the middle two for an even
/// count); NaN when empty or when any value is NaN.
pub fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() || v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The verdict on a claim over several reports.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Whether every comparison's median margin is positive.
    pub holds: bool,
    /// The smallest median margin of the claim's comparisons (positive on
    /// the passing side; NaN counts as failing).
    pub margin: f64,
}

impl Claim {
    /// The signed margins of the claim's comparisons in one report.
    fn margins(&self, report: &Report, out: &mut Vec<f64>) -> Result<(), MeasureError> {
        match self {
            Claim::Compare { left, op, right } => {
                let d = left.value(report)? - right.value(report)?;
                out.push(match op {
                    Op::Gt => d,
                    Op::Lt => -d,
                });
            }
            Claim::Between { measure, low, high } => {
                let x = measure.value(report)?;
                out.push(x - low);
                out.push(high - x);
            }
            Claim::Rising {
                field,
                from,
                to,
                run,
            } => out.push(
                month_value(report, field, *to, *run)? - month_value(report, field, *from, *run)?,
            ),
            Claim::Falling {
                field,
                from,
                to,
                run,
            } => out.push(
                month_value(report, field, *from, *run)? - month_value(report, field, *to, *run)?,
            ),
            Claim::All(claims) => {
                for c in claims {
                    c.margins(report, out)?;
                }
            }
        }
        Ok(())
    }

    /// Checks the claim on every report (one per seed): each comparison's
    /// margin is taken seed by seed and the claim holds when the median of
    /// every comparison's margins is positive.
    pub fn judge(&self, reports: &[Report]) -> Result<Verdict, MeasureError> {
        let mut per_report = Vec::new();
        for r in reports {
            let mut m = Vec::new();
            self.margins(r, &mut m)?;
            per_report.push(m);
        }
        let k = per_report.first().map_or(0, Vec::len);
        let mut smallest = f64::INFINITY;
        for i in 0..k {
            let med = median(per_report.iter().map(|m| m[i]).collect());
            smallest = if med.is_nan() {
                f64::NAN
            } else {
                smallest.min(med)
            };
            if smallest.is_nan() {
                break;
            }
        }
        if k == 0 || reports.is_empty() {
            smallest = f64::NAN;
        }
        Ok(Verdict {
            holds: smallest > 0.0,
            margin: smallest,
        })
    }
}
