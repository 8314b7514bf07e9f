//! The one-sentence verdict under the KPIs.

use crate::format::amount;
use crate::i18n::Lang;
use crate::texts;
use loyalty_sim::Currency;

texts! {
    /// No programme configured.
    NO_PROGRAMME = "There is no programme in this scenario, so it has exactly the twin's results: switch one on under Programme to see what it does.",
        "Tässä skenaariossa ei ole ohjelmaa, joten sen tulokset ovat täsmälleen kaksosen tulokset: ota ohjelma käyttöön kohdassa Ohjelma nähdäksesi, mitä se tekee.",
        "An dësem Szenario gëtt et kee Programm, dofir huet et genee d'Resultater vum Zwilling: schalt een ënner Programm an, fir ze gesinn, wat e bewierkt.";
}

/// The programme pays back within the horizon.
pub fn pays(l: Lang, month: u32, profit: f64, months: u32, driver: &str, cur: &Currency) -> String {
    let p = amount(l, profit, cur);
    match l {
        Lang::En => format!("The programme pays back in month {month} and adds {p} of profit over {months} months: {driver}."),
        Lang::Fi => format!("Ohjelma maksaa itsensä takaisin kuukautena {month} ja tuo {p} lisävoittoa {months} kuukaudessa: {driver}."),
        Lang::Lb => format!("De Programm amortiséiert sech am Mount {month} a bréngt iwwer {months} Méint {p} Gewënn derbäi: {driver}."),
    }
}

/// It does not pay back.
pub fn loses(l: Lang, loss: f64, months: u32, driver: &str, cur: &Currency) -> String {
    let p = amount(l, -loss, cur);
    match l {
        Lang::En => format!("The programme does not pay back within {months} months: it loses {p} against the twin, because {driver}."),
        Lang::Fi => format!("Ohjelma ei maksa itseään takaisin {months} kuukaudessa: se jää kaksosesta {p} jälkeen, koska {driver}."),
        Lang::Lb => format!("De Programm amortiséiert sech net bannent {months} Méint: e verléiert {p} par rapport zum Zwilling, well {driver}."),
    }
}

/// It ends ahead but was not steadily ahead (no payback day).
pub fn ahead_unsteady(l: Lang, profit: f64, months: u32, cur: &Currency) -> String {
    let p = amount(l, profit, cur);
    match l {
        Lang::En => format!("The programme ends {p} ahead of the twin over {months} months, but its cumulative result is not yet steadily positive."),
        Lang::Fi => format!("Ohjelma päättyy {months} kuukauden jälkeen {p} kaksosta edellä, mutta sen kertynyt tulos ei ole vielä pysyvästi positiivinen."),
        Lang::Lb => format!("De Programm hält no {months} Méint {p} virum Zwilling op, awer säi kumuléiert Resultat ass nach net stabil positiv."),
    }
}

/// Why it pays: extra gross profit covers costs.
pub fn driver_pays(l: Lang, extra_gross: f64, cost: f64, income: f64, cur: &Currency) -> String {
    let (g, c) = (amount(l, extra_gross, cur), net_cost(l, cost, income, cur));
    match l {
        Lang::En => format!("the extra gross profit from customers ({g}) exceeds what the programme costs ({c})"),
        Lang::Fi => format!("asiakkaiden tuoma lisäkate ({g}) ylittää ohjelman kustannukset ({c})"),
        Lang::Lb => format!("den zousätzleche Bruttogewënn vun de Clienten ({g}) ass méi héich wéi dat, wat de Programm kascht ({c})"),
    }
}

/// Why it loses: costs exceed the extra gross profit.
pub fn driver_loses(l: Lang, extra_gross: f64, cost: f64, income: f64, cur: &Currency) -> String {
    let c = net_cost(l, cost, income, cur);
    if extra_gross < 0.0 {
        let g = amount(l, -extra_gross, cur);
        match l {
            Lang::En => format!("discounts and rewards cut gross profit by {g} and the programme costs another {c}"),
            Lang::Fi => format!("alennukset ja palkkiot pienentävät myyntikatetta {g} ja ohjelma maksaa lisäksi {c}"),
            Lang::Lb => format!("Rabatter a Belounungen de Bruttogewënn ëm {g} drécken an de Programm nach {c} kascht"),
        }
    } else {
        let g = amount(l, extra_gross, cur);
        match l {
            Lang::En => format!("its costs ({c}) exceed the extra gross profit it brings ({g})"),
            Lang::Fi => format!("sen kustannukset ({c}) ylittävät sen tuoman lisäkatteen ({g})"),
            Lang::Lb => format!("seng Käschten ({c}) méi héich sinn wéi den zousätzleche Bruttogewënn, deen e bréngt ({g})"),
        }
    }
}

/// One sentence that reconciles the discounts given with the change in
/// gross profit: `discounts` count in full against gross profit, the
/// extra sales add `extra_gross + discounts` before discounts.
pub fn discount_note(l: Lang, discounts: f64, extra_gross: f64, cur: &Currency) -> String {
    let before = extra_gross + discounts;
    let d = amount(l, discounts, cur);
    let fell = extra_gross < 0.0;
    let change = amount(l, extra_gross.abs(), cur);
    let b = amount(l, before.abs(), cur);
    match l {
        Lang::En => {
            let change = if fell {
                format!("fell by {change}")
            } else {
                format!("rose by {change}")
            };
            let sales = if before >= 0.0 {
                format!("the extra sales brought {b} of gross profit before discounts")
            } else {
                format!("gross profit before discounts was {b} lower")
            };
            format!("Discounts of {d} count in full against gross profit; {sales}, so gross profit {change} in all.")
        }
        Lang::Fi => {
            let change = if fell {
                format!("laski yhteensä {change}")
            } else {
                format!("nousi yhteensä {change}")
            };
            let sales = if before >= 0.0 {
                format!("lisämyynti toi {b} katetta ennen alennuksia")
            } else {
                format!("kate ennen alennuksia oli {b} pienempi")
            };
            format!("Alennukset, {d}, vähennetään kokonaan myyntikatteesta; {sales}, joten myyntikate {change}.")
        }
        Lang::Lb => {
            let change = if fell {
                format!("ëm {change} gefall")
            } else {
                format!("ëm {change} geklommen")
            };
            let sales = if before >= 0.0 {
                format!("de Méiverkaf huet virun de Rabatter {b} Bruttogewënn bruecht")
            } else {
                format!("de Bruttogewënn virun de Rabatter war {b} méi niddreg")
            };
            format!("Rabatter vun {d} ginn ganz vum Bruttogewënn ofgezunn; {sales}, also ass de Bruttogewënn am Ganzen {change}.")
        }
    }
}

/// The programme's cost, net of its income when it has any.
fn net_cost(l: Lang, cost: f64, income: f64, cur: &Currency) -> String {
    if income == 0.0 {
        amount(l, cost, cur)
    } else {
        let (n, i) = (amount(l, cost - income, cur), amount(l, income, cur));
        match l {
            Lang::En => format!("{n} after {i} of programme income"),
            Lang::Fi => format!("{n}, kun ohjelman tulot {i} on vähennetty"),
            Lang::Lb => format!("{n} no {i} Akommes vum Programm"),
        }
    }
}
