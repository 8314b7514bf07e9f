//! The sentences of the memory check before a run (`crate::budget`).

use crate::format::{count, decimal};
use crate::i18n::Lang;

/// Gigabytes with one decimal in `l`'s number format: `1.3 GB`.
fn gb(l: Lang, bytes: u64) -> String {
    format!("{} GB", decimal(l, bytes as f64 / 1e9, 1))
}

/// The day-0 customers alone do not fit.
pub fn customers_too_many(l: Lang, need: u64, budget: u64, fit: u64) -> String {
    let (need, budget, fit) = (gb(l, need), gb(l, budget), count(l, fit as f64));
    match l {
        Lang::En => format!("This many customers would need about {need} in each of the two simulation workers, but this device gives a browser tab about {budget} for each: enough for {fit} customers. Lower Customers (and Market size) to {fit} or fewer."),
        Lang::Fi => format!("Näin monta asiakasta tarvitsisi noin {need} kummassakin simulaation kahdesta taustaprosessista, mutta tämä laite antaa selainvälilehdelle noin {budget} kummallekin: se riittää {fit} asiakkaalle. Laske Asiakkaat (ja Markkinan koko) enintään arvoon {fit}."),
        Lang::Lb => format!("Sou vill Clienten bräichten ongeféier {need} an all eenzelen vun den zwee Simulatiouns-Workeren, mä dësen Apparat gëtt engem Browser-Tab ongeféier {budget} fir all een: genuch fir {fit} Clienten. Setzt Clienten (a Gréisst vum Maart) op {fit} oder manner."),
    }
}

/// A run stopped because it grew past what a worker can hold.
pub fn grew_too_large(l: Lang, customers: u64, month: u32, budget: u64, fit: u64) -> String {
    let (customers, budget, fit) = (
        count(l, customers as f64),
        gb(l, budget),
        count(l, fit as f64),
    );
    match l {
        Lang::En => format!("The last run grew to {customers} customers by month {month}, more than this browser tab can hold: this device gives it about {budget} in each of the two simulation workers, enough for {fit}. Set Market size to {fit} or fewer (new customers come from the market), then run again."),
        Lang::Fi => format!("Viimeisin ajo kasvoi {customers} asiakkaaseen kuukauteen {month} mennessä, enemmän kuin tämä selainvälilehti pystyy pitämään: tämä laite antaa sille noin {budget} kummassakin simulaation kahdesta taustaprosessista, mikä riittää {fit} asiakkaalle. Aseta Markkinan koko enintään arvoon {fit} (uudet asiakkaat tulevat markkinalta) ja aja uudelleen."),
        Lang::Lb => format!("De leschte Laf ass bis zum Mount {month} op {customers} Clienten gewuess, méi wéi dësen Browser-Tab halen kann: dësen Apparat gëtt him ongeféier {budget} an all eenzelen vun den zwee Simulatiouns-Workeren, genuch fir {fit}. Setzt Gréisst vum Maart op {fit} oder manner (nei Clienten kommen aus dem Maart) a start nach eng Kéier."),
    }
}
