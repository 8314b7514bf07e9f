use crate::format::money;

/// No programme configured.
pub const NO_PROGRAMME: &str =
        "There is no programme in this scenario, so it has exactly the twin's results: switch one on under Programme to see what it does.";

/// The programme pays back within the horizon.
pub fn pays(month: u32, profit: f64, months: u32, driver: &str) -> String {
    format!(
            "The programme pays back in month {month} and adds {} of profit over {months} months: {driver}.",
            money(profit)
        )
}

/// It does not pay back.
pub fn loses(loss: f64, months: u32, driver: &str) -> String {
    format!(
            "The programme does not pay back within {months} months: it loses {} against the twin, because {driver}.",
            money(-loss)
        )
}

/// It ends ahead but was not steadily ahead (no payback day).
pub fn ahead_unsteady(profit: f64, months: u32) -> String {
    format!(
            "The programme ends {} ahead of the twin over {months} months, but its cumulative result is not yet steadily positive.",
            money(profit)
        )
}

/// Why it pays: extra gross profit covers costs.
pub fn driver_pays(extra_gross: f64, cost: f64, income: f64) -> String {
    format!(
        "the extra gross profit from customers ({}) exceeds what the programme costs ({})",
        money(extra_gross),
        net_cost(cost, income)
    )
}

/// Why it loses: costs exceed the extra gross profit.
pub fn driver_loses(extra_gross: f64, cost: f64, income: f64) -> String {
    if extra_gross < 0.0 {
        format!(
            "discounts and rewards cut gross profit by {} and the programme costs another {}",
            money(-extra_gross),
            net_cost(cost, income)
        )
    } else {
        format!(
            "its costs ({}) exceed the extra gross profit it brings ({})",
            net_cost(cost, income),
            money(extra_gross)
        )
    }
}

/// One sentence that reconciles the discounts given with the change in
/// gross profit: `discounts` count in full against gross profit, the
/// extra sales add `extra_gross + discounts` before discounts.
pub fn discount_note(discounts: f64, extra_gross: f64) -> String {
    let before = extra_gross + discounts;
    let change = if extra_gross < 0.0 {
        format!("fell by {}", money(-extra_gross))
    } else {
        format!("rose by {}", money(extra_gross))
    };
    let sales = if before >= 0.0 {
        format!(
            "the extra sales brought {} of gross profit before discounts",
            money(before)
        )
    } else {
        format!("gross profit before discounts was {} lower", money(-before))
    };
    format!(
            "Discounts of {} count in full against gross profit; {sales}, so gross profit {change} in all.",
            money(discounts)
        )
}

/// The programme's cost, net of its income when it has any.
fn net_cost(cost: f64, income: f64) -> String {
    if income == 0.0 {
        money(cost)
    } else {
        format!(
            "{} after {} of programme income",
            money(cost - income),
            money(income)
        )
    }
}
