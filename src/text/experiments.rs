use crate::i18n::Lang;

// The Experiments view is in English only for now: its numbers take the
// English format so that the words and numbers agree.
fn duration_ms(ms: f64) -> String {
    crate::format::duration_ms(Lang::En, ms)
}
fn money(x: f64) -> String {
    crate::format::money(Lang::En, x)
}
fn percent(share: f64) -> String {
    crate::format::percent(Lang::En, share)
}

pub const MODES: &str = "What to show";
pub const SINGLE_RUN: &str = "Single run";
pub const EXPERIMENTS: &str = "Experiments";
pub const TITLE: &str = "Experiments";
pub const INTRO: &str = "Many runs of the scenario in the editor: how sure the result is, which design is best, which assumption would flip the verdict. Every run keeps its twin, and every variant runs on the same seeds, so differences are measured with common random numbers.";

pub const KIND: &str = "Kind of experiment";
pub const KINDS: [(&str, &str); 4] = [
    ("monte_carlo", "Monte Carlo"),
    ("compare", "Compare designs"),
    ("sweep", "Sweep"),
    ("tornado", "Sensitivity (tornado)"),
];
pub const KIND_HELP: [&str; 4] = [
    "The scenario over many seeds, optionally with uncertain assumptions drawn from ranges: how sure is the result?",
    "2 to 4 scenarios over the same seeds: which design is better, and by how much?",
    "One or two parameters over a grid, each point over every seed: where is the best value?",
    "Each uncertain parameter to its low and high value, one at a time: which assumption matters most?",
];

pub const NAME: &str = "Name";
pub const SEEDS: &str = "Seeds (replications)";
pub const SEEDS_HELP: &str = "Each variant runs once per seed; more seeds, narrower bands.";
pub const FIRST_SEED: &str = "First seed";
pub const DRAWS: &str = "Draws of the assumptions";
pub const DRAWS_HELP: &str =
    "Each draw picks every uncertain assumption from its range and runs over every seed.";
pub const UNCERTAIN: &str = "Uncertain assumptions";
pub const UNCERTAIN_HELP: &str = "Drawn uniformly between low and high. None: seed noise only.";
pub const TORNADO_PARAMETERS: &str = "Parameters and their low and high values";
pub const TORNADO_DEFAULT: &str =
    "The default list of what you cannot know for sure (customer traits, market, appetites).";
pub const SCENARIOS: &str = "Scenarios (the first is the reference)";
pub const EDITOR_SCENARIO: &str = "The scenario in the editor";
pub const FROM_FILE: &str = "From the experiment file: ";
pub const AXES: &str = "Swept parameters (one or two)";
pub const PARAMETER: &str = "Parameter";
pub const FROM: &str = "From";
pub const TO: &str = "To";
pub const STEP: &str = "Step";
pub const LOW: &str = "Low";
pub const HIGH: &str = "High";
pub const UNIT: &str = "Unit";
pub const KPI: &str = "KPI";
pub const GOAL: &str = "Best is";
pub const GOALS: [(&str, &str); 2] = [("max", "the largest"), ("min", "the smallest")];
pub const CONSTRAINTS: &str = "Constraints on the medians";
pub const AT_MOST: &str = "at most";
pub const ADD: &str = "Add";
pub const ADD_PARAMETER: &str = "Add a parameter…";
pub const ADD_SCENARIO: &str = "Add a scenario";
pub const ADD_AXIS: &str = "Add a second parameter";
pub const ADD_CONSTRAINT: &str = "Add a constraint";
pub const REMOVE: &str = "Remove";
pub const EXAMPLES: [&str; 5] = [
    "Monte Carlo of the default scenario (20 seeds)",
    "Monte Carlo with uncertain appetite and competition",
    "Compare: flat discount, Red Cube bonus, tiers",
    "Sweep: the Red Cube accrual rate, 1-20 %",
    "Tornado of the default scenario",
];
pub const EXAMPLE_MENU: &str = "Example experiments…";
/// The example experiments' group in the toolbar's examples menu.
pub const EXAMPLE_GROUP: &str = "Experiments (opens the Experiments view)";
pub const START: &str = "Start experiment";
pub const PAUSE: &str = "Pause";
pub const RESUME: &str = "Resume";
pub const CANCEL: &str = "Cancel";
pub const DOWNLOAD_CSV: &str = "Download runs (CSV)";
pub const DOWNLOAD_JSON: &str = "Download report (JSON)";
pub const CSV_FILE: &str = "loyalty-lab-experiment-runs.csv";
pub const JSON_FILE: &str = "loyalty-lab-experiment.json";
pub const PROBLEMS: &str = "The experiment cannot start:";
pub const DRAFT_INVALID: &str =
    "The scenario in the editor needs fixing first (see the Scenario tab).";
pub const WORKER_FAILED: &str =
    "The simulation workers could not start; the finished runs are kept.";
pub const RESULTS: &str = "Results";
pub const KPI_TABLE: &str = "KPIs over the runs";
pub const DIFF_TABLE: &str = "Differences against the first scenario (seed by seed)";
pub const DIFFERING: &str = "Parameters that differ";
pub const P_POSITIVE: &str = "P(> 0)";
pub const MEDIAN: &str = "Median";
pub const MEAN_SE: &str = "Mean ± s.e.";
pub const BAND_90: &str = "5–95 %";
pub const P_PROFIT: &str = "Share of runs with incremental profit above 0";
pub const P_NPV: &str = "Share of runs with NPV above 0";
pub const PAYBACK_MEDIAN: &str = "Median payback month";
pub const NEVER_SHARE: &str = "Share of runs that never pay back";

/// The runs and time the settings take, said before starting.
pub fn plan(
    runs: usize,
    variants: usize,
    seeds: usize,
    estimate_ms: f64,
    workers: usize,
) -> String {
    let unit = if runs == 1 { "run" } else { "runs" };
    format!(
        "{runs} {unit} ({variants} × {seeds} seeds), about {} with {workers} workers.",
        duration_ms(estimate_ms)
    )
}

/// Progress while running (or paused, or stopped).
pub fn progress(done: usize, total: usize, state: &str, elapsed_ms: f64) -> String {
    format!(
        "{done} of {total} runs {state} ({}).",
        duration_ms(elapsed_ms)
    )
}
pub const RUNNING: &str = "done";
pub const PAUSED: &str = "done, paused";
pub const CANCELLED: &str = "done, cancelled: the results below are of the finished runs";
pub const FINISHED: &str = "done";

/// A bundled file the experiment names was not found.
pub fn unknown_file(path: &str) -> String {
    format!("names the scenario file {path}, which is not one of the app's examples")
}

/// What a parameter is, for a user (its path if the app has no name for it).
pub fn parameter(path: &str) -> String {
    let name = match path {
        "programme.points.earn_rate" => "Earn rate",
        "programme.points.redemption_threshold" => "Redemption threshold",
        "programme.points.expiry_months" => "Points expiry",
        "programme.points.reward_cost_ratio" => "Cost of a reward per unit of value",
        "programme.discount.rate" => "Discount rate",
        "programme.enrolment.min_purchase" => "Purchase needed to join",
        "programme.enrolment.join_propensity" => "Join propensity",
        "programme.costs.monthly_operating" => "Monthly operating cost",
        "programme.costs.setup" => "Set-up cost",
        "business.price_index" => "Price index",
        "business.service_quality" => "Service quality",
        "customers.reward_appetite" => "Reward appetite",
        "customers.price_sensitivity" => "Price sensitivity",
        "customers.occasions_per_year" => "Shopping occasions a year",
        "customers.annual_exit_rate" => "Customers leaving the market a year",
        "customers.rate_shape" => "Spread of shopping rates",
        "market.competitor_quality" => "Competitor quality",
        "market.switching_barrier" => "Switching barrier",
        "market.promoter_tells" => "Promoters tell",
        "market.detractor_tells" => "Detractors tell",
        "market.referral_conversion" => "Referral conversion",
        _ => return path.to_string(),
    };
    name.to_string()
}

/// The unit of a parameter (empty if the app has none for it).
pub fn unit(path: &str) -> &'static str {
    match path {
        "programme.points.earn_rate" | "programme.discount.rate" => {
            "share of the spend (0.05 = 5 %)"
        }
        "programme.points.redemption_threshold" => "points",
        "programme.points.expiry_months" => "months",
        "programme.points.reward_cost_ratio" => "share 0-1",
        "programme.enrolment.min_purchase"
        | "programme.costs.monthly_operating"
        | "programme.costs.setup" => "currency units",
        "business.price_index" => "index (1 = market)",
        "business.service_quality" => "quality 0-1",
        "customers.reward_appetite" => "share 0-1",
        "customers.price_sensitivity" => "sensitivity (1 = typical)",
        "customers.occasions_per_year" => "occasions a year",
        "customers.annual_exit_rate" => "share a year",
        "customers.rate_shape" => "Gamma shape",
        "market.competitor_quality" => "quality 0-1",
        "market.switching_barrier" => "share 0-0.95",
        "market.promoter_tells" | "market.detractor_tells" => "people a year",
        "market.referral_conversion" => "share",
        "programme.enrolment.join_propensity" => "probability",
        _ => "",
    }
}

/// Whether a parameter is a share, written as a percentage in sentences.
fn is_share(path: &str) -> bool {
    matches!(
        path,
        "programme.points.earn_rate"
            | "programme.discount.rate"
            | "programme.points.reward_cost_ratio"
            | "customers.reward_appetite"
            | "customers.annual_exit_rate"
            | "market.switching_barrier"
            | "market.referral_conversion"
            | "programme.enrolment.join_propensity"
    )
}

/// A parameter's value in a sentence: `3 %` for a share, else the number.
pub fn value(path: &str, v: f64) -> String {
    if is_share(path) {
        let p = (v * 1000.0).round() / 10.0;
        format!("{p} %")
    } else {
        let r = (v * 1000.0).round() / 1000.0;
        format!("{r}")
    }
}

/// A KPI's name for a user.
pub fn kpi(name: &str) -> &str {
    match name {
        "incremental_profit" => "incremental profit",
        "npv" => "NPV",
        "roi" => "ROI",
        "profit" => "profit",
        "revenue" => "revenue",
        "programme_cost" => "programme cost",
        "liability" => "points liability",
        "members" => "members",
        "retention_rate" => "retention",
        "nps" => "NPS",
        "payback_day" => "payback day",
        other => other,
    }
}

/// The KPIs offered for sweeps, tornados and constraints.
pub const KPI_CHOICES: [&str; 7] = [
    "incremental_profit",
    "npv",
    "roi",
    "programme_cost",
    "liability",
    "members",
    "nps",
];

/// The KPI rows of the tables.
pub const TABLE_KPIS: [&str; 8] = [
    "incremental_profit",
    "npv",
    "roi",
    "revenue",
    "programme_cost",
    "liability",
    "members",
    "nps",
];

/// Monte Carlo verdict.
pub fn verdict_monte_carlo(
    pays_share: f64,
    runs: usize,
    months: usize,
    p50: f64,
    p5: f64,
    p95: f64,
) -> String {
    format!(
        "In {} of {runs} runs the programme pays back within {months} months; the median incremental profit is {} (90 % of runs between {} and {}).",
        percent(pays_share).replace(".0 %", " %"),
        money(p50),
        money(p5),
        money(p95)
    )
}

/// Sweep verdict, one parameter.
pub fn verdict_sweep(
    path: &str,
    best: f64,
    lo: f64,
    hi: f64,
    kpi_name: &str,
    p50: f64,
    current: Option<f64>,
) -> String {
    let range = if lo == hi {
        "on every seed".to_string()
    } else {
        format!("({}–{} over the seeds)", value(path, lo), value(path, hi))
    };
    let against = match current {
        Some(c) if best < c => format!(", below the {} of the scenario", value(path, c)),
        Some(c) if best > c => format!(", above the {} of the scenario", value(path, c)),
        Some(_) => ", the scenario's own value".to_string(),
        None => String::new(),
    };
    format!(
        "The best {} is {} {range}, with a median {} of {}{against}.",
        parameter(path).to_lowercase(),
        value(path, best),
        kpi(kpi_name),
        money(p50)
    )
}

/// Sweep verdict, two parameters.
pub fn verdict_sweep_2d(
    paths: &[String],
    best: &[f64],
    kpi_name: &str,
    p50: f64,
    share: f64,
) -> String {
    let at: Vec<String> = paths
        .iter()
        .zip(best)
        .map(|(p, v)| format!("{} {}", parameter(p).to_lowercase(), value(p, *v)))
        .collect();
    format!(
        "The best point is {} with a median {} of {}; {} of the seeds agree on it.",
        at.join(" and "),
        kpi(kpi_name),
        money(p50),
        percent(share).replace(".0 %", " %")
    )
}

/// No point meets the constraints.
pub const NO_OPTIMUM: &str = "No point of the sweep meets the constraints.";

/// Tornado verdict.
pub fn verdict_tornado(
    path: &str,
    lo_v: f64,
    hi_v: f64,
    kpi_name: &str,
    lo: f64,
    hi: f64,
) -> String {
    let flips = if (lo > 0.0) != (hi > 0.0) {
        " and flips its sign"
    } else {
        ""
    };
    format!(
        "The result depends most on {}: from {} to {} it moves the median {} from {} to {}{flips}.",
        parameter(path).to_lowercase(),
        value(path, lo_v),
        value(path, hi_v),
        kpi(kpi_name),
        money(lo),
        money(hi)
    )
}

/// Compare verdict.
pub fn verdict_compare(best: &str, p50: f64, first: &str, ahead_share: Option<f64>) -> String {
    match ahead_share {
        Some(s) => format!(
            "\"{best}\" has the highest median incremental profit ({}); it beats \"{first}\" on {} of the seeds.",
            money(p50),
            percent(s).replace(".0 %", " %")
        ),
        None => format!(
            "\"{best}\", the first scenario, has the highest median incremental profit ({}).",
            money(p50)
        ),
    }
}

/// Before any run has finished.
pub const NO_RESULTS: &str = "No finished runs yet.";

// Charts.
pub const FAN_CAPTION: &str = "Cumulative incremental profit: median, 50 % and 90 % bands";
pub const FAN_DESC: &str = "Fan chart of the cumulative incremental profit by month over the runs: the median line, the 25-75 % band and the 5-95 % band.";
pub const PAYBACK_CAPTION: &str = "When the programme pays back";
pub const PAYBACK_DESC: &str =
    "Bars of the number of runs paying back in each month, and of those that never do.";
pub const HISTOGRAM_CAPTION: &str = "Incremental profit over the runs";
pub const HISTOGRAM_DESC: &str =
    "Histogram of the incremental profit of every run, with the share of runs above zero.";
pub const SWEEP_CAPTION: &str = "The sweep: median and 90 % band";
pub const SWEEP_DESC: &str = "The KPI's median at every grid value with its 5-95 % band over the seeds; the optimum is circled.";
pub const HEATMAP_CAPTION: &str = "The sweep: median incremental profit";
pub const HEATMAP_DESC: &str = "Heat map of the KPI's median over the two swept parameters, with the break-even contour and the optimum.";
pub const TORNADO_CAPTION: &str = "Sensitivity: the KPI at each parameter's low and high";
pub const TORNADO_DESC: &str = "Tornado chart: for each parameter, bars from the base median to the median with its low and its high value, largest first.";
pub const COMPARE_CAPTION: &str = "Cumulative incremental profit of each scenario (median)";
pub const COMPARE_DESC: &str = "The median cumulative incremental profit by month of each compared scenario, with its 5-95 % band.";
pub const MONTH: &str = "Month";
pub const MONEY_AXIS: &str = "Currency units";
pub const RUNS_AXIS: &str = "Runs";
pub const NEVER: &str = "never";
pub const MEDIAN_LINE: &str = "median";
pub const BAND_50: &str = "25–75 %";
pub const LOW_BAR: &str = "low value";
pub const HIGH_BAR: &str = "high value";
pub const BREAK_EVEN: &str = "break-even";
pub const OPTIMUM: &str = "optimum";
pub const BASE: &str = "base";

/// P(> 0) written on the histogram.
pub fn p_positive(share: f64) -> String {
    format!("P(> 0) = {}", percent(share))
}

/// The optimum's label on the sweep chart.
pub fn optimum_label(path: &str, v: f64) -> String {
    format!("optimum {}", value(path, v))
}

/// The PNG file of an experiment chart.
pub fn png_file(slug: &str) -> String {
    format!("loyalty-lab-experiment-{slug}.png")
}
