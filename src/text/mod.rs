//! Every user-facing string of the app, in one place (English; a later
//! issue adds Finnish by turning these into a per-language table).
//!
//! Invariant: no component writes user-visible text of its own; labels,
//! units, explanations, messages and verdicts all come from here.

pub use crate::chart_text::{ChartText, CHART_TEXT_EN as CHARTS};

/// The app's name.
pub const APP_NAME: &str = "Loyalty Lab";
/// The tagline under the name.
pub const TAGLINE: &str =
    "Does your loyalty programme pay? Simulate it against a twin without the programme.";

/// Labels of buttons and controls.
pub mod ui {
    pub const RUN: &str = "Run simulation";
    pub const RESTART: &str = "Restart";
    pub const RESTART_HELP: &str =
        "Stop this run and start again from 0 % with the settings as they are now.";
    pub const UNDO: &str = "Undo";
    pub const UNDO_HELP: &str = "Undo the last change (Ctrl+Z)";
    pub const REDO: &str = "Redo";
    pub const REDO_HELP: &str = "Redo the change just undone (Ctrl+Shift+Z)";
    pub const JUMP: &str = "Show";
    pub const JUMP_HELP: &str = "Go to the first setting that needs fixing";
    pub const EDITED: &str = "edited";

    /// "2 settings need fixing" beside the disabled Run button.
    pub fn problems(n: usize) -> String {
        if n == 1 {
            "1 setting needs fixing".to_string()
        } else {
            format!("{n} settings need fixing")
        }
    }

    /// The status while the draft cannot run.
    pub fn blocked(n: usize, has_results: bool) -> String {
        let what = if n == 1 {
            "the setting"
        } else {
            "the settings"
        };
        if has_results {
            format!("These results are for earlier settings. Fix {what} marked in red to run the simulation again.")
        } else {
            format!("No results yet: fix {what} marked in red to run the simulation.")
        }
    }

    /// The notice after loading an example.
    pub fn example_loaded(name: &str) -> String {
        format!("Loaded the example \u{201c}{name}\u{201d}. Undo (Ctrl+Z) brings back what you had before.")
    }
    pub const CANCEL: &str = "Cancel";
    pub const TOOLBAR: &str = "Scenario tools";
    pub const COPY_LINK: &str = "Copy link";
    pub const LINK_COPIED: &str = "Link copied to the clipboard.";
    pub const LINK_SHOWN: &str =
        "Copy the link below (the clipboard is not available in this browser).";
    pub const SHARE_LINK_LABEL: &str = "Share link for this scenario";
    pub const DOWNLOAD_JSON: &str = "Download scenario (JSON)";
    pub const UPLOAD_JSON: &str = "Open scenario (JSON)…";
    pub const DOWNLOAD_CSV: &str = "Download monthly results (CSV)";
    pub const DOWNLOAD_SUMMARY: &str = "Download summary (CSV)";
    pub const DOWNLOAD_CSV_HELP: &str =
        "Every column of the report for each month (the same as the command line's CSV)";
    pub const DOWNLOAD_SUMMARY_HELP: &str =
        "The KPIs, then per month the programme, the twin and their difference for the main measures, rounded for reading";
    pub const DOWNLOAD_PNG: &str = "Download PNG";
    pub const ENLARGE: &str = "Enlarge";
    pub const ENLARGE_HELP: &str = "Show over the whole window";
    pub const CLOSE_CHART: &str = "Close (Esc)";
    pub const RESET: &str = "Reset to defaults";
    pub const EXAMPLES: &str = "Example scenarios";
    pub const EXAMPLE_PICK: &str = "Load an example…";
    pub const DISMISS: &str = "Dismiss";
    pub const RESTORE_AUTOSAVE: &str = "Restore my last scenario";
    pub const LIVE: &str = "Live update";
    pub const LIVE_HELP: &str =
        "Re-run automatically after each change (only for small populations: up to 20 million customer-days).";
    pub const RUNNING: &str = "Simulating";
    pub const PROGRESS_LABEL: &str = "Simulation progress";
    pub const STALE: &str =
        "These results are for earlier settings. Run the simulation to update them.";
    pub const WAITING: &str = "Simulating the default scenario…";
    pub const CANCELLED: &str = "Run cancelled. The results shown are from the last completed run.";
    pub const ERRORS_TITLE: &str = "Some settings need fixing before the simulation can run:";
    pub const EDITOR_TITLE: &str = "Scenario";
    pub const TABS: &str = "Scenario or results";
    pub const FOLD: &str = "\u{2190} Hide the scenario (results full width)";
    pub const UNFOLD: &str = "\u{2192} Show the scenario";
    pub const RESULTS_TITLE: &str = "Results";
    pub const CHARTS_TITLE: &str = "Charts";
    pub const NAME: &str = "Scenario name";
    pub const SEARCH_LABEL: &str = "Find a setting by name";
    pub const SEARCH_PLACEHOLDER: &str = "Find a setting (e.g. margin, expiry)…";
    pub const SHOW_ALL: &str = "Show all settings";
    pub const BASIC_NOTE: &str =
        "Showing the main settings. Switch on \u{201c}Show all settings\u{201d} or search for any other.";
    /// "3 settings found".
    pub fn found(n: usize) -> String {
        match n {
            0 => "No setting matches.".to_string(),
            1 => "1 setting found".to_string(),
            n => format!("{n} settings found"),
        }
    }
    pub const NAME_EDITED: &str = "edited";
    pub const NAME_EDITED_HELP: &str =
        "The scenario has changed since it got this name: the name may no longer describe it.";
    pub const ON: &str = "On";
    pub const ADD_ROW: &str = "Add row";
    pub const REMOVE_ROW: &str = "Remove";
    pub const NOT_A_NUMBER: &str =
        "This is not a number Loyalty Lab can read: type e.g. 0.25, 0,25 or 10 000.";
    pub const NOT_A_WHOLE_NUMBER: &str = "Enter a whole number (e.g. 12 or 10 000).";
    pub const EMPTY_NUMBER: &str = "Enter a number: this field is empty.";
    pub const PERCENT_NOT_HERE: &str =
        "This field is not a share, so it takes no % sign: type the number alone.";
    /// A comma before three digits in a decimal field.
    pub fn ambiguous_number(thousands: &str, decimal: &str) -> String {
        format!("Is this {thousands} or {decimal}? Type it without the comma ({thousands}) or with a dot ({decimal}).")
    }
    /// What a typed number was read as.
    pub fn understood(value: &str) -> String {
        format!("Read as {value}")
    }
    /// The message of a number that could not be read.
    pub fn number_error(e: &crate::number_input::NumberError) -> String {
        use crate::number_input::NumberError;
        match e {
            NumberError::Empty => EMPTY_NUMBER.to_string(),
            NumberError::NotANumber => NOT_A_NUMBER.to_string(),
            NumberError::NotWhole => NOT_A_WHOLE_NUMBER.to_string(),
            NumberError::PercentNotHere => PERCENT_NOT_HERE.to_string(),
            NumberError::Ambiguous { thousands, decimal } => ambiguous_number(thousands, decimal),
        }
    }
    pub const WORKER_FAILED: &str =
        "The simulation could not start in this browser (Web Workers or WebAssembly are unavailable).";
    /// A worker stopped in the middle of a run (`message` is the browser's).
    pub fn worker_died(message: &str) -> String {
        let why = if message.trim().is_empty() {
            String::new()
        } else {
            format!(" (the browser said: {})", message.trim())
        };
        format!(
            "The simulation stopped: a worker failed or ran out of memory{why}. \
             The last result is still shown; press Run to try again, or try a smaller population."
        )
    }
    /// The panic message's title, text and buttons (see `crate::panic`).
    pub const PANIC_TITLE: &str = "Loyalty Lab stopped because of a bug";
    pub const PANIC_BODY: &str = "Your scenario is safe: it is saved in this browser after every edit and comes back when you reload. \
         If you report the bug, please include the details below.";
    pub const PANIC_COPY: &str = "Copy details";
    pub const PANIC_RELOAD: &str = "Reload";
    pub const FOOTER: &str =
        "Everything runs in your browser: nothing you type or open leaves this machine.";

    /// The line beside the results: "Model version 1".
    pub fn model_version(version: u32) -> String {
        format!("Model version {version}")
    }
}

/// Formats "Simulated {customers} customers × {days} days in {ms} ms (programme and twin)."
pub fn timing(customers: u32, days: u32, ms: f64) -> String {
    format!(
        "Simulated {} customers × {} days in {} (programme and twin).",
        crate::format::count(customers as f64),
        crate::format::count(days as f64),
        crate::format::duration_ms(ms)
    )
}

/// Progress text: "Simulating: 40 %".
pub fn progress(fraction: f64) -> String {
    format!("{}: {:.0} %", ui::RUNNING, fraction * 100.0)
}

/// Messages about share links and files.
pub mod notices {
    pub const LINK_NOT_OURS: &str =
        "This link does not contain a Loyalty Lab scenario, so the default scenario is shown.";
    pub const LINK_DAMAGED: &str =
        "This link is damaged or incomplete (perhaps it was cut off when copied), so the default scenario is shown.";
    pub const LINK_FUTURE: &str =
        "This link was made by a newer version of Loyalty Lab than this one, so the default scenario is shown. Reload the page to get the latest version.";
    pub const LINK_INVALID: &str =
        "This link's scenario has values Loyalty Lab cannot use, so the default scenario is shown. The problem: ";
    pub const LINK_LOADED: &str = "Scenario opened from the link.";
    pub const UPLOAD_INVALID: &str =
        "That file is not a usable scenario, so nothing was changed. The problem: ";
    pub const UPLOAD_NOT_JSON: &str =
        "That file is not a scenario file (it is not JSON text: perhaps a spreadsheet, a document or a picture), so nothing was changed. Open a file saved with \u{201c}Download scenario (JSON)\u{201d}.";
    pub const UPLOAD_NOT_SCENARIO: &str =
        "That file holds JSON data, but not a Loyalty Lab scenario (a scenario is one { … } object, as \u{201c}Download scenario (JSON)\u{201d} saves it), so nothing was changed.";
    pub const UPLOAD_COMPLETE_HINT: &str =
        "a file saved with \u{201c}Download scenario (JSON)\u{201d} has every field";
    /// A JSON file that ends too early.
    pub fn upload_cut_short(line: usize) -> String {
        format!("That file is cut short: it ends at line {line} before the scenario is complete (perhaps the download or the copy did not finish), so nothing was changed.")
    }
    /// A JSON file with a syntax error.
    pub fn upload_damaged(line: usize, column: usize) -> String {
        format!("That file is damaged: its text stops being valid JSON at line {line}, column {column} (perhaps it was edited by hand), so nothing was changed.")
    }
    pub const UPLOAD_UNREADABLE: &str = "That file could not be read, so nothing was changed.";
    pub const UPLOAD_LOADED: &str = "Scenario opened from the file.";
    pub const AUTOSAVE_CORRUPT: &str =
        "The scenario saved in this browser could not be read, so the default scenario is shown.";
    pub const STORAGE_UNAVAILABLE: &str =
        "This browser does not let the page save your scenario (its storage is full or switched off), so your changes are kept only while this tab is open; download the scenario as JSON to keep it.";
    pub const OTHER_TAB: &str =
        "Loyalty Lab is also open in another tab, which has just saved a different scenario. This tab keeps its own; the browser remembers whichever is saved last, so download this one or copy its link to keep both. \
         \"Restore my last scenario\" switches this tab to the other tab's scenario.";

    /// One sentence on an opened link made with another model version.
    pub fn model_notice(notice: crate::link::ModelNotice) -> String {
        use crate::link::ModelNotice;
        match notice {
            ModelNotice::Older {
                link: Some(link),
                current,
            } => format!(
                "This link was made with model version {link}; this is version {current}, so the numbers may differ from when the link was made."
            ),
            ModelNotice::Older {
                link: None,
                current,
            } => format!(
                "This link was made before links recorded the model version (so with version 1 or earlier); this is version {current}, so the numbers may differ from when the link was made."
            ),
            ModelNotice::Newer { link, current } => format!(
                "This link was made with model version {link}, newer than this app's version {current}, so the numbers may differ from when the link was made (reload the page to get the latest version)."
            ),
        }
    }
}

/// KPI card titles and explanations.
pub mod kpi;

/// The one-sentence verdict under the KPIs.
pub mod verdict;

/// Group titles and descriptions of the scenario editor.
pub mod groups;

/// The import of a transaction log ("Use your own customers") and its diagnostics.
pub mod calibrate;

/// Names of the segments a benefit can be limited to.
pub mod segments {
    pub const EVERYONE: &str = "Every member";
    pub const TOP_SPENDERS: &str = "Top spenders";
    pub const NEW: &str = "New customers";
    pub const LAPSING: &str = "Lapsing customers";
    pub const TIER: &str = "Members of a tier or above";
    pub const BIRTHDAY: &str = "Birthday month";

    /// `(value, name)` of every segment kind, in menu order (values as in scenario files).
    pub const KINDS: [(&str, &str); 6] = [
        ("everyone", EVERYONE),
        ("top_spenders", TOP_SPENDERS),
        ("new", NEW),
        ("lapsing", LAPSING),
        ("tier", TIER),
        ("birthday", BIRTHDAY),
    ];
}

/// Names of the timeline's event kinds and their options.
pub mod events {
    pub const LAUNCH: &str = "Programme launch";
    pub const END: &str = "Programme ends";
    pub const RULE_CHANGE: &str = "Rule change (e.g. devaluation)";
    pub const CAMPAIGN: &str = "Points campaign";
    pub const COMPETITOR_PROGRAMME: &str = "Competitor launches a programme";
    pub const COMPETITOR_PRICE_CUT: &str = "Competitor cuts prices";
    pub const DEREGULATION: &str = "Deregulation (a monopoly ends)";
    pub const SERVICE_FAILURE: &str = "Service failure";
    pub const PAY_OUT: &str = "Pay out the outstanding points";
    pub const WRITE_OFF: &str = "Write the outstanding points off";

    /// `(kind, name)` of every event kind, in menu order (kinds as `Event::kind` writes them).
    pub const KINDS: [(&str, &str); 8] = [
        ("launch", LAUNCH),
        ("end", END),
        ("rule_change", RULE_CHANGE),
        ("campaign", CAMPAIGN),
        ("competitor_programme", COMPETITOR_PROGRAMME),
        ("competitor_price_cut", COMPETITOR_PRICE_CUT),
        ("deregulation", DEREGULATION),
        ("service_failure", SERVICE_FAILURE),
    ];

    /// `(value, name)` of the settle options of a programme's end.
    pub const SETTLE: [(&str, &str); 2] = [("pay_out", PAY_OUT), ("write_off", WRITE_OFF)];

    /// An event's heading in the timeline: "Event 2: Service failure".
    pub fn title(n: usize, name: &str) -> String {
        format!("{} {n}: {name}", super::groups::EVENT_N)
    }

    /// The name of an event kind (`"deregulation"`), or the kind itself when unknown.
    pub fn name(kind: &str) -> &str {
        KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, n)| *n)
            .unwrap_or(kind)
    }
}

/// Labels of choices in drop-downs.
pub mod choices {
    pub const OPT_IN: &str = "Opt-in (customers decide to join)";
    pub const AUTOMATIC: &str = "Automatic (everyone at first purchase)";
    pub const PERSONAL: &str = "Personal card (purchases tracked)";
    pub const BEARER: &str = "Bearer card (anyone holding it)";
    pub const VOLUNTARY: &str = "Voluntary (member chooses when)";
    pub const AUTO_REDEEM: &str = "Automatic cashback";
    pub const MODE: &str = "How customers join";
    pub const MODE_HELP: &str =
        "Opt-in programmes attract the customers who already buy most (self-selection).";
    pub const CARD: &str = "Card";
    pub const CARD_HELP: &str =
        "A bearer card can be lent, and tracks nothing, so it allows only a flat discount.";
    pub const REDEMPTION: &str = "Redemption";
    pub const REDEMPTION_HELP: &str =
        "Voluntary redemption lets points pile up (and expire); cashback converts them automatically.";
}

/// Label, unit and one-line explanation of an editable field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldText {
    /// Short label.
    pub label: &'static str,
    /// Unit, shown after the input.
    pub unit: &'static str,
    /// The concept behind the field, in one line.
    pub help: &'static str,
}

const fn f(label: &'static str, unit: &'static str, help: &'static str) -> FieldText {
    FieldText { label, unit, help }
}

/// The text of a field, by its scenario path (table columns use the path
/// without the row index, e.g. `programme.tiers.levels.name`).
pub fn field(path: &str) -> FieldText {
    match path {
        "simulation.customers" => f("Customers", "customers at the start", "Simulated customers of the firm on day 0 (100 to 1,000,000); more is slower but smoother."),
        "simulation.days" => f("Horizon", "days", "How long to simulate (30 to 3,650 days); 730 days is two years."),
        "simulation.seed" => f("Random seed", "whole number", "Fixes every random draw: the same scenario and seed give the same numbers on any machine."),
        "business.mean_basket" => f("Average basket", "currency units", "Mean purchase at list price."),
        "business.gross_margin" => f("Gross margin", "share (0.30 = 30 %)", "Share of the list price left after the cost of goods; discounts come out of it."),
        "business.service_quality" => f("Service quality", "0-1", "Quality of the product and service as customers experience it; drives satisfaction."),
        "business.price_index" => f("Price level", "ratio (1 = market)", "Your list prices relative to the alternatives; price-sensitive customers notice."),
        "business.annual_discount_rate" => f("Discount rate", "per year (0.08 = 8 %)", "Cost of capital used to discount future profit in the NPV."),
        "programme.costs.setup" => f("Set-up cost", "currency units", "One-off cost on day 0: systems, equipment, training."),
        "programme.costs.monthly_operating" => f("Operating cost", "currency units / month", "Fixed running cost: administration, support, communication."),
        "programme.costs.card" => f("Card cost", "currency units / card", "Producing and issuing one card."),
        "programme.costs.member_monthly" => f("Cost per member", "currency units / member / month", "Statements, messages and data per member."),
        "customers.occasions_per_year" => f("Purchase occasions", "per customer per year", "How often an average customer needs to buy in the category (from you or a competitor)."),
        "customers.rate_shape" => f("Frequency equality", "Gamma shape", "Lower values make a few heavy buyers and many light ones (Pareto); 1 is typical."),
        "customers.basket_spread" => f("Basket spread between customers", "log standard deviation", "How much customers' typical baskets differ from each other."),
        "customers.trip_spread" => f("Basket spread between trips", "log standard deviation", "How much one customer's baskets vary from trip to trip."),
        "customers.price_sensitivity" => f("Price sensitivity", "1 = typical", "How strongly customers react to prices and discounts."),
        "customers.reward_appetite" => f("Reward appetite", "0-1", "How much points and perks matter to the average customer."),
        "customers.annual_exit_rate" => f("Moving away", "share per year", "Customers who leave the category or the area each year, whatever you do."),
        "customers.lapse_days" => f("Lapse after", "days", "Days without a purchase after which a customer counts as lapsed (inactive)."),
        "market.alternatives" => f("Alternatives", "competitors", "Workable alternatives customers can choose (0 = a monopoly: every customer is forced)."),
        "market.competitor_quality" => f("Competitor quality", "0-1", "The quality the alternatives offer: the yardstick customers compare you with."),
        "market.switching_barrier" => f("Switching barrier", "share of occasions (0-0.95)", "Share of occasions with no reachable alternative: forced commitment."),
        "market.marketing_acquisition" => f("Marketing acquisition", "share of start customers / year", "No longer used: new customers replace those who leave, and the market trend sets any growth."),
        "market.trend" => f("Market trend", "growth a year (0.05 = 5 %)", "How fast your customer base grows a year without the programme (below 0: shrinks); 0 keeps it steady, as new customers replace those who leave."),
        "market.market_size" => f("Market size", "people", "Everyone who could become your customer: new customers come from those who are not yet, so growth slows as they run out. By default 100 times the customers at the start, at most 5,000,000 (the most one run can simulate)."),
        "market.promoter_tells" => f("Promoters tell", "people / year", "People a satisfied customer tells about you each year."),
        "market.detractor_tells" => f("Detractors tell", "people / year", "People a dissatisfied customer tells each year (usually more than promoters)."),
        "market.referral_conversion" => f("Referral conversion", "share", "Share of people told by a promoter who become customers."),
        "market.detraction_loss" => f("Detraction loss", "prospects per person told", "Prospective customers lost per person a detractor tells."),
        "programme.enrolment.min_purchase" => f("Minimum purchase for a card", "currency units", "A single purchase of at least this much earns the card (0 = none)."),
        "programme.enrolment.join_propensity" => f("Join propensity", "0-1", "Chance that an eligible customer joins at a purchase when the card is well worth it; customers to whom it is worth little join less often."),
        "programme.enrolment.bearer_sharing" => f("Card sharing", "share of purchases", "Share of non-members' purchases made with a borrowed bearer card."),
        "programme.discount.rate" => f("Discount", "share (0.05 = 5 %)", "Discount on every purchase by a card holder."),
        "programme.discount.steps.from_spend" => f("From cumulative spend", "currency units", "Spend since joining from which this rate applies."),
        "programme.discount.steps.rate" => f("Discount", "share", "Discount rate from then on."),
        "programme.points.earn_rate" => f("Earn rate", "points per currency unit", "Points per unit spent; with a point value of 1, 0.02 is 2 % back."),
        "programme.points.point_value" => f("Point value", "currency units / point", "What a point is worth to the member when redeemed."),
        "programme.points.redemption_threshold" => f("Redemption threshold", "points", "Minimum balance before points can be redeemed: a goal that pulls purchases forward."),
        "programme.points.reward_cost_ratio" => f("Reward cost ratio", "cost per unit of reward value", "What a reward costs the firm per unit of its value to the member (1 = like cash)."),
        "programme.points.expiry_months" => f("Points expire after", "months (0 = never)", "Unused points expire: breakage lowers cost but annoys members."),
        "programme.points.campaigns.start_day" => f("First day", "day", "First day of boosted accrual (day 0 is the start)."),
        "programme.points.campaigns.end_day" => f("Last day", "day", "Last day of the campaign (inclusive)."),
        "programme.points.campaigns.multiplier" => f("Multiplier", "× points", "Accrual multiplier: 1.5 gives 50 % more points."),
        "programme.tiers.window_months" => f("Qualification window", "months", "Tiers are re-assessed on the spend within each window; falling short means demotion."),
        "programme.tiers.levels.name" => f("Name", "", "Name of the tier."),
        "programme.tiers.levels.qualifying_spend" => f("Qualifying spend", "currency units / window", "Spend within one window needed to reach or keep the tier."),
        "programme.tiers.levels.discount" => f("Tier discount", "share", "Extra discount for the tier."),
        "programme.tiers.levels.points_multiplier" => f("Points multiplier", "×", "Points earned are multiplied by this (1 = none)."),
        "programme.tiers.levels.service_boost" => f("Service boost", "0-1 quality", "Extra experienced quality from the tier's service and resources."),
        "programme.gift.value" => f("Gift value to customer", "currency units", "What one gift is worth to the customer."),
        "programme.gift.cost" => f("Gift cost", "currency units", "What one gift costs the firm."),
        "programme.gift.start_day" => f("First day", "day", "First day gifts are handed out."),
        "programme.gift.end_day" => f("Last day", "day", "Last day gifts are handed out (inclusive)."),
        "programme.draw.chance" => f("Chance to win", "0-1 per entry", "A rare prize is a pleasant surprise; a frequent one becomes expected."),
        "programme.draw.every" => f("Entry every", "purchases (1-255)", "A customer enters the draw with every N-th purchase."),
        "programme.draw.prize_value" => f("Prize value to customer", "currency units", "What a prize is worth to the winner."),
        "programme.draw.prize_cost" => f("Prize cost", "currency units", "What one prize costs the firm."),
        "programme.draw.monthly_budget" => f("Monthly prize budget", "currency units (0 = no limit)", "Once the month's prizes reach it, entries win nothing until next month."),
        "programme.points.endowed" => f("Points on joining", "points", "A head start: a card that starts with stamps on it makes members try harder to fill it (endowed progress)."),
        "programme.points.bonus.earn_rate" => f("Bonus earn rate", "bonus points per currency unit", "Extra points on top of the ordinary ones, which expire soon: use them or lose them."),
        "programme.points.bonus.valid_days" => f("Bonus points valid for", "days", "Days from the first bonus point on an empty bonus balance until the bonus points expire."),
        "programme.discount_for" => f("Discount only for", "", "The members who get the discount; the others get the programme's other benefits only."),
        "programme.points_for" => f("Points only for", "", "The members who earn points; the others can still redeem what they have."),
        "programme.gift_for" => f("Gift only for", "", "The members who get the gift (without a limit every buyer gets it)."),
        "programme.draw_for" => f("Draw only for", "", "The members who enter the prize draw."),
        "programme.offers" => f("Targeted offers", "", "Extras on top of what every member gets, for one segment each (at most 8)."),
        "programme.offers.segment" => f("Who gets it", "", "The segment that gets this offer."),
        "programme.offers.extra_discount" => f("Extra discount", "share (0-0.5)", "Discount on top of the member discount for this segment."),
        "programme.offers.points_multiplier" => f("Points multiplier", "×", "Points this segment earns are multiplied by this (1 = no extra)."),
        "programme.vip" => f("VIP terms", "", "Special service terms for a segment."),
        "programme.vip.segment" => f("Who is a VIP", "", "Re-assessed at each month's end: VIP status can be won and lost."),
        "programme.vip.service_boost" => f("VIP service boost", "0-0.5 quality", "Extra quality VIPs experience: faster service, free delivery, credit."),
        "programme.vip.monthly_cost" => f("Cost per VIP", "currency units / VIP / month", "What serving one VIP on these terms costs a month."),
        "programme.club" => f("Club", "", "A community with events and exclusive access."),
        "programme.club.segment" => f("Who is invited", "", "The members who may join the club."),
        "programme.club.annual_fee" => f("Club fee", "currency units / year (0 = free)", "What a club member pays a year, charged monthly; it is programme income."),
        "programme.club.join_propensity" => f("Club join propensity", "0-1", "Chance that an invited, average member joins the club at a purchase."),
        "programme.club.events_per_year" => f("Club events", "per year (0-12)", "Meetings, rides, previews: shared experiences build affective commitment."),
        "programme.club.event_cost" => f("Cost per event", "currency units", "What one club event costs the firm."),
        "programme.club.member_monthly_cost" => f("Cost per club member", "currency units / month", "Magazine, exclusive access and service for one club member a month."),
        "programme.club.referral_boost" => f("Club referral boost", "extra share (1 = twice as many)", "Club members who are promoters tell this much more than other promoters."),
        "programme.coalition" => f("Coalition", "", "Partners who share the points currency (needs points)."),
        "programme.coalition.partners" => f("Partners", "firms besides you (1-100)", "Non-competing firms where your members also earn and spend the points."),
        "programme.coalition.partner_points_per_year" => f("Points at each partner", "points / member / year", "Points a member earns a year at each partner: a fuller account makes yours more attractive."),
        "programme.coalition.issue_fee" => f("Fee per point issued", "currency units / point", "What you pay the coalition for every point you issue; usually close to the point's value."),
        "programme.coalition.burn_here" => f("Redeemed at your firm", "share (0-1)", "Share of redemptions made at your firm; the rest are made at partners."),
        "programme.coalition.settlement" => f("Settlement per point", "currency units / point", "What the coalition pays you for every point redeemed at your firm (income); usually a little under the point's value."),
        "programme.coalition.partner_referrals" => f("Partner referrals", "share of start customers / year", "New customers a year that partners send you."),
        "programme.bank_card" => f("Bank card", "", "A co-branded payment card that acts as the programme card."),
        "programme.bank_card.uptake" => f("Card uptake", "share of members (0-1)", "Share of members who take the bank card when they join."),
        "programme.bank_card.cashback_rate" => f("Cash back", "share of purchases (0-0.2)", "Cash back on purchases at your firm paid with the card (0.01 = 1 %)."),
        "programme.bank_card.bank_share" => f("Bank's share", "share (0-1)", "Share of the cash back that the bank pays; it comes back to you as income."),
        "programme.coupons" => f("Coupons", "", "Coupons sent to segments (at most 8 kinds)."),
        "programme.coupons.segment" => f("Sent to", "", "The segment that gets this coupon: lapsing members (win-back), birthdays, new members (welcome)."),
        "programme.coupons.value" => f("Coupon value", "currency units", "Face value off the next purchase; used coupons count as discounts."),
        "programme.coupons.valid_days" => f("Valid for", "days (1-365)", "Days the coupon can be used after it is sent."),
        "programme.coupons.send_cost" => f("Cost to send", "currency units / coupon", "Printing, postage or messaging for one coupon."),
        "programme.coupons.every_months" => f("Send every", "months (1-120)", "Coupons go out at the end of every N-th month."),
        "programme.gift_cards" => f("Gift cards", "", "Gift cards sold at the till."),
        "programme.gift_cards.purchase_share" => f("Purchases with a gift card", "share (0-1)", "Share of purchases where the customer also buys a gift card."),
        "programme.gift_cards.value" => f("Gift card value", "currency units", "Value of one gift card; the sale is programme income."),
        "programme.gift_cards.redeemed_share" => f("Gift cards redeemed", "share (0-1)", "Share of gift cards ever used; the rest is breakage, which the firm keeps."),
        "programme.gift_cards.mean_days_to_redeem" => f("Days to redeem", "days (mean, 1-1,000)", "Average time from the sale of a gift card to its use."),
        "programme.profit_sharing" => f("Profit sharing", "", "A contract that returns part of the profit to business customers."),
        "programme.profit_sharing.segment" => f("Who has a contract", "", "The members with a profit-sharing contract."),
        "programme.profit_sharing.share" => f("Profit share", "share of gross profit (0-1)", "Share of the gross profit on their purchases that is returned to them."),
        "programme.profit_sharing.payout_months" => f("Paid out every", "months (1-60)", "Months between payouts; a payout at the end is a reason to stay until then."),
        "programme.referral" => f("Referral bonus", "", "Members who bring a new customer are rewarded; it makes promoters refer more and deepens the referrer's commitment."),
        "programme.referral.points" => f("Points for a referral", "points", "Points credited to the member for each new customer they bring (needs points)."),
        "programme.referral.reward" => f("Reward for a referral", "currency units", "What a non-points reward (a voucher, a gift) is worth to the member."),
        "programme.referral.reward_cost" => f("Cost of that reward", "currency units", "What the reward costs the firm; it is booked as referral rewards."),
        "programme.referral.welcome_points" => f("Welcome points", "points", "Points a referred newcomer gets when they join (needs points)."),
        "segment.share" => f("Top share", "share of active customers", "The members among this top share of active customers by recent spend (0.2 = the best 20 %)."),
        "segment.new.days" => f("Joined within", "days", "Members who became customers within this many days."),
        "segment.lapsing.days" => f("No purchase for", "days", "Members who have not bought for at least this many days."),
        "segment.days" => f("Days", "days", "Days since joining (new customers) or since the last purchase (lapsing customers)."),
        "segment.tier.min" => f("From tier", "tier number (1 = first)", "Members in this tier or above."),
        "events" => f("Events", "", "The timeline's dated events (at most 32)."),
        "events.kind" => f("Event", "", "What happens; changing it resets the event's settings, keeping the day."),
        "events.day" => f("Day", "day (0 = start)", "The day the event happens or starts."),
        "events.days" => f("Lasts", "days", "How many days it lasts."),
        "events.multiplier" => f("Points multiplier", "× points", "Accrual multiplier during the campaign: 1.5 gives 50 % more points."),
        "events.point_value_factor" => f("New point value", "× old value (0.5 = halved)", "Points are worth this multiple of their old value from then on."),
        "events.threshold_factor" => f("New threshold", "× old threshold (2 = doubled)", "The redemption threshold becomes this multiple of the old one."),
        "events.value" => f("Its programme's value", "as a discount (0-0.5)", "What the competitor's programme is worth to a typical customer, as a discount rate."),
        "events.cut" => f("Price cut", "share (0.05 = 5 %)", "How much cheaper the competitors become."),
        "events.alternatives" => f("New alternatives", "competitors (1-50)", "Workable alternatives customers have from then on."),
        "events.competitor_quality" => f("Their quality", "0-1", "Quality the new alternatives offer."),
        "events.severity" => f("Severity", "quality drop (0-1)", "How much worse customers experience the service while it lasts."),
        "events.settle" => f("Outstanding points", "", "What happens to the points still on accounts when the programme ends."),
        _ => finance::field(path).unwrap_or_else(|| segment_param(path)),
    }
}

/// The text of a segment's parameter at any path (`programme.offers.segment.days`).
fn segment_param(path: &str) -> FieldText {
    let in_segment = path.contains(".segment.") || path.starts_with("programme.discount_for.");
    match path.rsplit('.').next() {
        Some("share") if in_segment => field("segment.share"),
        Some("days") if in_segment => field("segment.days"),
        Some("min") if in_segment => field("segment.tier.min"),
        _ => f("", "", ""),
    }
}

/// Column headings and file names for downloads.
pub mod files {
    pub const SCENARIO_FILE: &str = "loyalty-lab-scenario.json";
    pub const CSV_FILE: &str = "loyalty-lab-monthly.csv";
    pub const SUMMARY_FILE: &str = "loyalty-lab-summary.csv";
}

/// Headers and names of the summary CSV.
pub mod summary;

/// The finance view: its tab, tables, column headings and files.
pub mod finance;

/// The memory check before a run.
pub mod memory;

/// The Experiments view, its charts and verdicts.
pub mod experiments;

/// Names of the bundled example scenarios, in menu order.
pub const EXAMPLE_NAMES: [&str; 10] = [
    "Default: points programme for a mid-sized retailer",
    "No programme",
    "Flat 20 % discount (the discount drug)",
    "Red Cube bonus programme",
    "Silver, gold and platinum tiers",
    "Coalition of five partners",
    "VIP terms for the top tier",
    "Deregulated utility",
    "Terminated programme",
    "Devaluation of points",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::ModelNotice;

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
            let t = notices::model_notice(n);
            assert!(t.starts_with("This link") && t.ends_with('.'), "{t}");
            assert!(!t[..t.len() - 1].contains(". "), "one sentence: {t}");
            assert!(t.contains("the numbers may differ"), "{t}");
            for name in names {
                assert!(t.contains(name), "{t} should contain {name}");
            }
        }
        assert_eq!(ui::model_version(1), "Model version 1");
    }
}
