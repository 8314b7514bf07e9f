//! The sentences of the memory check before a run (`crate::budget`).

use crate::format::count;

/// Gigabytes with one decimal: `1.3 GB`.
fn gb(bytes: u64) -> String {
    format!("{:.1} GB", bytes as f64 / 1e9)
}

/// The day-0 customers alone do not fit.
pub fn customers_too_many(need: u64, budget: u64, fit: u64) -> String {
    format!(
        "This many customers would need about {} in each of the two simulation workers, but this device gives a browser tab about {} for each: enough for {} customers. Lower Customers (and Market size) to {} or fewer.",
        gb(need),
        gb(budget),
        count(fit as f64),
        count(fit as f64),
    )
}

/// A run stopped because it grew past what a worker can hold.
pub fn grew_too_large(customers: u64, month: u32, budget: u64, fit: u64) -> String {
    format!(
        "The last run grew to {} customers by month {}, more than this browser tab can hold: this device gives it about {} in each of the two simulation workers, enough for {}. Set Market size to {} or fewer (new customers come from the market), then run again.",
        count(customers as f64),
        month,
        gb(budget),
        count(fit as f64),
        count(fit as f64),
    )
}
