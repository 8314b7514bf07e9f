//! KPI card titles and explanations.

use crate::i18n::Lang;
use crate::texts;
use loyalty_sim::Currency;

texts! {
    INCREMENTAL_PROFIT = "Incremental profit", "Lisävoitto", "Zousätzleche Gewënn";
    INCREMENTAL_PROFIT_HELP = "Profit with the programme minus profit of the twin without it, over the horizon.",
        "Voitto ohjelman kanssa miinus kaksosen voitto ilman sitä koko aikajänteellä.",
        "Gewënn mam Programm minus de Gewënn vum Zwilling ouni Programm, iwwer de ganzen Zäitraum.";
    ROI = "ROI", "ROI", "ROI";
    ROI_HELP = "Incremental profit per currency unit the programme spent: its costs plus the discounts it gave.",
        "Lisävoitto jokaista ohjelman käyttämää rahayksikköä kohden: sen kustannukset ja antamat alennukset.",
        "Zousätzleche Gewënn pro Währungseenheet, déi de Programm ausginn huet: seng Käschte plus d'Rabatter, déi e ginn huet.";
    PAYBACK = "Payback", "Takaisinmaksu", "Amortisatioun";
    PAYBACK_HELP = "First month from which cumulative incremental profit stays at or above zero.",
        "Ensimmäinen kuukausi, josta lähtien kertynyt lisävoitto pysyy nollassa tai sen yläpuolella.",
        "Éischte Mount, vun deem un de kumuléierte zousätzleche Gewënn op oder iwwer null bleift.";
    NPV = "NPV", "NPV", "NPV";
    NPV_HELP = "Net present value of the daily incremental profit at the scenario's discount rate.",
        "Päivittäisen lisävoiton nettonykyarvo skenaarion diskonttokorolla.",
        "Nettobarwäert vum deegleche zousätzleche Gewënn zum Diskontsaz vum Szenario.";
    LIABILITY = "Points liability", "Pistevastuu", "Punkteverbindlechkeet";
    LIABILITY_HELP = "Expected cost of honouring the points still on members' accounts at the end.",
        "Odotettu kustannus jäsenten tileillä lopussa vielä olevien pisteiden lunastamisesta.",
        "Erwaart Käschte fir d'Punkten, déi um Enn nach op de Konte vun de Memberen sinn.";
    BREAKAGE = "Breakage", "Vanhentuneet pisteet", "Verfall";
    BREAKAGE_HELP = "Share of settled points that expired instead of being redeemed.",
        "Niiden pisteiden osuus, jotka vanhenivat lunastamatta.",
        "Undeel vun den ofgerechente Punkten, déi verfall sinn, amplaz agelies ze ginn.";
    RETENTION = "Retention", "Asiakaspysyvyys", "Clientebindung";
    RETENTION_HELP = "Annual retention of active customers with the programme; the twin's below.",
        "Aktiivisten asiakkaiden vuotuinen pysyvyys ohjelman kanssa; kaksosen alla.",
        "Jäerlech Bindung vun den aktive Clienten mam Programm; déi vum Zwilling drënner.";
    NPS = "NPS", "NPS", "NPS";
    NPS_HELP = "Net Promoter Score at the end (-100 to 100); the twin's below.",
        "Nettosuositteluindeksi lopussa (−100–100); kaksosen alla.",
        "Net Promoter Score um Enn (−100 bis 100); dee vum Zwilling drënner.";
    UPLIFT = "Member uplift", "Jäsenten lisäostot", "Méiverkaf bei de Memberen";
    UPLIFT_HELP = "What the programme really adds to members' spend (true, against their twin), beside what members seem to spend more than non-members (naive).",
        "Mitä ohjelma todella lisää jäsenten ostoihin (todellinen, kaksoseen verrattuna), rinnalla se, kuinka paljon enemmän jäsenet näyttävät ostavan kuin ei-jäsenet (naiivi).",
        "Wat de Programm wierklech un d'Ausgabe vun de Memberen bäidréit (richteg, géint hiren Zwilling), nieft deem, wat d'Memberen schéngen méi auszeginn wéi Net-Memberen (naiv).";
    NO_MEMBERS = "no members", "ei jäseniä", "keng Memberen";
    NAIVE = "naive", "naiivi", "naiv";
    TRUE_AGAINST_TWIN = "true, against the twin", "todellinen, kaksoseen verrattuna", "richteg, géint den Zwilling";
    TWIN = "twin", "kaksonen", "Zwilling";
    NONE = "none", "ei mitään", "keen";
    NEVER = "not within the horizon", "ei aikajänteen sisällä", "net am Zäitraum";
    NOT_APPLICABLE = "n/a", "ei sovellu", "n. z.";
    REVENUE = "Revenue", "Liikevaihto", "Ëmsaz";
    PROGRAMME_COST = "Programme cost", "Ohjelman kustannukset", "Käschte vum Programm";
    DISCOUNTS = "Discounts", "Alennukset", "Rabatter";
    MEMBERS = "Members at the end", "Jäsenet lopussa", "Memberen um Enn";
    OUTSTANDING = "points outstanding", "pistettä lunastamatta", "oppe Punkten";
    PROGRAMME_INCOME = "Programme income", "Ohjelman tulot", "Akommes vum Programm";
}

/// The ROI card's line under the value: what it was divided by.
pub fn roi_basis(l: Lang, cost: f64, discounts: f64, cur: &Currency) -> String {
    use crate::format::amount;
    let (all, c, d) = (
        amount(l, cost + discounts, cur),
        amount(l, cost, cur),
        amount(l, discounts, cur),
    );
    match l {
        Lang::En => format!("on {all} spent: costs {c} + discounts {d}"),
        Lang::Fi => format!("käytetty {all}: kustannukset {c} + alennukset {d}"),
        Lang::Lb => format!("op {all} ausginn: Käschten {c} + Rabatter {d}"),
    }
}

/// "month 7".
pub fn month(l: Lang, m: u32) -> String {
    match l {
        Lang::En => format!("month {m}"),
        Lang::Fi => format!("kuukausi {m}"),
        Lang::Lb => format!("Mount {m}"),
    }
}
