//! The spreadsheet download's words: its sheet names, column names, units
//! and the labels in its cells, by their English text in
//! `loyalty_sim::Report::sheets` (the English workbook keeps the report's
//! own field names, as the CLI writes it). `crate::xlsx_labels` gathers
//! them into the labels the page sends to the xlsx worker.

use crate::i18n::{Lang, Tr};

const fn tr(en: &'static str, fi: &'static str, lb: &'static str) -> Tr {
    Tr { en, fi, lb }
}

/// Each sheet's name (Excel's rules: at most 31 characters, none of `[]:*?/\`).
pub const SHEETS: [Tr; 11] = [
    tr("KPIs", "Tunnusluvut", "Kennzuelen"),
    tr("Monthly", "Kuukausittain", "Monatlech"),
    tr("Waterfall", "Vesiputous", "Waasserfall"),
    tr("Members", "Jäsenet", "Memberen"),
    tr("Deciles", "Desiilit", "Dezilen"),
    tr(
        "Points roll-forward",
        "Pisteiden saldokehitys",
        "Entwécklung vum Punktesaldo",
    ),
    tr("Deferred revenue", "Siirtyvä tulo", "Ofgegrenzten Ëmsaz"),
    tr("Cohorts", "Kohortit", "Kohorten"),
    tr("Tiers", "Tasot", "Stufen"),
    tr("Segments", "Segmentit", "Segmenter"),
    tr("Cost lines", "Kustannusrivit", "Käschtelinnen"),
];

/// A column (or a KPI) of the twin: `{}` is the measure's name.
pub const TWIN_PATTERN: Tr = tr("{}, twin", "{}, kaksonen", "{}, Zwilling");
/// A programme cost column: `{}` is the cost's name (as the charts show it).
pub const COST_PATTERN: Tr = tr("Cost: {}", "Kustannus: {}", "Käschten: {}");
/// A bin of the satisfaction histogram: `{}` is its number (0 the lowest).
pub const SATISFACTION_BIN: Tr = tr(
    "Satisfaction, class {}",
    "Tyytyväisyys, luokka {}",
    "Zefriddenheet, Klass {}",
);

/// The columns' and the KPIs' names, by the report's field name (the
/// twin's `baseline_` columns, the costs, incomes and satisfaction bins
/// are made from these and the patterns above).
pub const NAMES: &[(&str, Tr)] = &[
    (
        "acquisition",
        tr("Acquisition", "Asiakashankinta", "Clientewerbung"),
    ),
    (
        "active",
        tr("Active customers", "Aktiiviset asiakkaat", "Aktiv Clienten"),
    ),
    (
        "active_customers",
        tr("Active customers", "Aktiiviset asiakkaat", "Aktiv Clienten"),
    ),
    ("amount", tr("Amount", "Määrä", "Betrag")),
    (
        "apostle_defectors",
        tr(
            "Apostle model: defectors",
            "Apostolimalli: loukkaantuneet",
            "Apostelmodell: Ofsprénger",
        ),
    ),
    (
        "apostle_hostages",
        tr(
            "Apostle model: hostages",
            "Apostolimalli: panttivangit",
            "Apostelmodell: Geiselen",
        ),
    ),
    (
        "apostle_loyalists",
        tr(
            "Apostle model: loyalists",
            "Apostolimalli: uskolliset",
            "Apostelmodell: Trei",
        ),
    ),
    (
        "apostle_mercenaries",
        tr(
            "Apostle model: mercenaries",
            "Apostolimalli: palkkasoturit",
            "Apostelmodell: Sëldner",
        ),
    ),
    ("basis", tr("For", "Peruste", "Fir")),
    ("basket", tr("Basket", "Ostoskori", "Akaf")),
    (
        "benefit_cost",
        tr(
            "Benefit cost",
            "Etujen kustannus",
            "Käschte vun de Virdeeler",
        ),
    ),
    (
        "benefits",
        tr(
            "Discounts and points it gave",
            "Sen antamat alennukset ja pisteet",
            "Rabatter a Punkten, déi et ginn huet",
        ),
    ),
    (
        "breakage",
        tr(
            "Breakage so far",
            "Vanhentuneet tähän mennessä",
            "Verfall bis elo",
        ),
    ),
    (
        "breakage_rate",
        tr(
            "Breakage",
            "Vanhentuneiden pisteiden osuus",
            "Undeel vum Verfall",
        ),
    ),
    ("closing", tr("Closing", "Loppusaldo", "Schlusssaldo")),
    (
        "closing_value",
        tr(
            "Closing value",
            "Loppusaldon arvo",
            "Wäert vum Schlusssaldo",
        ),
    ),
    (
        "commitment_affective",
        tr(
            "Commitment: affective",
            "Sitoutuminen: vaikuttava (affektiivinen)",
            "Engagement: affektiv",
        ),
    ),
    (
        "commitment_economic",
        tr(
            "Commitment: economic",
            "Sitoutuminen: taloudellinen",
            "Engagement: wirtschaftlech",
        ),
    ),
    (
        "commitment_forced",
        tr(
            "Commitment: forced",
            "Sitoutuminen: pakotettu",
            "Engagement: gezwongen",
        ),
    ),
    (
        "commitment_habitual",
        tr(
            "Commitment: habitual",
            "Sitoutuminen: tavanomainen",
            "Engagement: gewunnecht",
        ),
    ),
    (
        "commitment_normative",
        tr(
            "Commitment: normative",
            "Sitoutuminen: normatiivinen",
            "Engagement: normativ",
        ),
    ),
    ("cost", tr("Cost", "Kustannus", "Käschten")),
    (
        "cost_liability",
        tr(
            "Cost liability",
            "Kustannusvastuu",
            "Käschteverbindlechkeet",
        ),
    ),
    (
        "cost_of_goods",
        tr(
            "Cost of goods",
            "Myytyjen tuotteiden kustannus",
            "Wuerkäschten",
        ),
    ),
    (
        "cost_per_point_issued",
        tr(
            "Cost per point issued",
            "Kustannus myönnettyä pistettä kohden",
            "Käschte pro ausginne Punkt",
        ),
    ),
    (
        "cost_per_point_redeemed",
        tr(
            "Cost per point redeemed",
            "Kustannus lunastettua pistettä kohden",
            "Käschte pro ageliesene Punkt",
        ),
    ),
    (
        "cost_per_profit",
        tr(
            "Cost per unit of incremental profit",
            "Kustannus lisävoiton yksikköä kohden",
            "Käschte pro Eenheet zousätzleche Gewënn",
        ),
    ),
    (
        "count",
        tr("Times booked", "Kirjauskerrat", "Wéi dacks gebucht"),
    ),
    (
        "coupons_redeemed",
        tr("Coupons redeemed", "Lunastetut kupongit", "Ageléist Bongen"),
    ),
    (
        "coupons_sent",
        tr("Coupons sent", "Lähetetyt kupongit", "Verschéckt Bongen"),
    ),
    ("customers", tr("Customers", "Asiakkaat", "Clienten")),
    ("days", tr("Days", "Päivät", "Deeg")),
    (
        "decile",
        tr(
            "Decile (0: only in the programme run)",
            "Desiili (0: vain ohjelma-ajossa)",
            "Dezil (0: nëmmen am Laf mam Programm)",
        ),
    ),
    (
        "defections",
        tr(
            "Defected to a competitor",
            "Siirtyi kilpailijalle",
            "Bei d'Konkurrenz gewiesselt",
        ),
    ),
    ("deferred", tr("Deferred", "Jaksotettu", "Ofgegrenzt")),
    (
        "demotions",
        tr("Demotions out of", "Laskut tasolta", "Ofstig aus der Stuf"),
    ),
    ("discounts", tr("Discounts", "Alennukset", "Rabatter")),
    (
        "discounts_other",
        tr("Other discounts", "Muut alennukset", "Aner Rabatter"),
    ),
    (
        "effective_rebate",
        tr(
            "Effective rebate",
            "Todellinen hyvitysosuus",
            "Effektive Rabatt",
        ),
    ),
    (
        "emotion_anger",
        tr("Emotion: anger", "Tunne: viha", "Gefill: Roserei"),
    ),
    (
        "emotion_happiness",
        tr("Emotion: happiness", "Tunne: onnellisuus", "Gefill: Gléck"),
    ),
    (
        "emotion_hope",
        tr("Emotion: hope", "Tunne: toivo", "Gefill: Hoffnung"),
    ),
    (
        "emotion_humiliation",
        tr(
            "Emotion: humiliation",
            "Tunne: nöyryytys",
            "Gefill: Ernidderegung",
        ),
    ),
    (
        "emotion_pleasant_surprise",
        tr(
            "Emotion: pleasant surprise",
            "Tunne: miellyttävä yllätys",
            "Gefill: agreabel Iwwerraschung",
        ),
    ),
    ("exits", tr("Moved away", "Muutti pois", "Fortgeplënnert")),
    ("expired", tr("Expired", "Vanhentunut", "Verfall")),
    (
        "expired by the horizon",
        tr(
            "Expired by the horizon",
            "Vanhentunut aikajänteen loppuun mennessä",
            "Verfall bis um Enn vum Zäitraum",
        ),
    ),
    (
        "expired_value",
        tr("Expired value", "Vanhentuneiden arvo", "Wäert vum Verfall"),
    ),
    (
        "extra_margin",
        tr("Extra margin", "Lisäkate", "Extra Marge"),
    ),
    (
        "first_day",
        tr("First day", "Ensimmäinen päivä", "Éischten Dag"),
    ),
    ("frequency", tr("Frequency", "Ostotiheys", "Frequenz")),
    (
        "gross_profit",
        tr("Gross profit", "Myyntikate", "Bruttogewënn"),
    ),
    (
        "gross_sales",
        tr("Gross sales", "Bruttomyynti", "Bruttoverkaf"),
    ),
    ("group", tr("Group", "Ryhmä", "Grupp")),
    (
        "incremental_gross_profit",
        tr(
            "Incremental gross profit of those reached",
            "Tavoitettujen lisäkatetuotto",
            "Zousätzleche Bruttogewënn vun den Erreechten",
        ),
    ),
    (
        "incremental_profit",
        tr("Incremental profit", "Lisävoitto", "Zousätzleche Gewënn"),
    ),
    (
        "index",
        tr(
            "Which (0 = the first of its kind)",
            "Mikä (0 = lajinsa ensimmäinen)",
            "Wéi eent (0 = dat éischt vu senger Aart)",
        ),
    ),
    ("issued", tr("Issued", "Myönnetty", "Ausginn")),
    (
        "issued_value",
        tr(
            "Issued value",
            "Myönnettyjen arvo",
            "Wäert vun den ausginne Punkten",
        ),
    ),
    ("item", tr("Item", "Erä", "Posten")),
    ("joins", tr("Joined", "Liittyneet", "Bäigetrueden")),
    ("kind", tr("Benefit", "Etu", "Virdeel")),
    ("kpi", tr("Measure", "Mittari", "Mooss")),
    (
        "ladder_brand_loyalty",
        tr(
            "Loyalty ladder: brand loyalty",
            "Uskollisuuden portaat: brändiuskollisuus",
            "Loyalitéitsleeder: Mark-Loyalitéit",
        ),
    ),
    (
        "ladder_none",
        tr(
            "Loyalty ladder: no rung",
            "Uskollisuuden portaat: ei porrasta",
            "Loyalitéitsleeder: keng Sprosse",
        ),
    ),
    (
        "ladder_partnership",
        tr(
            "Loyalty ladder: partnership",
            "Uskollisuuden portaat: kumppanuus",
            "Loyalitéitsleeder: Partnerschaft",
        ),
    ),
    (
        "ladder_satisfaction",
        tr(
            "Loyalty ladder: satisfaction",
            "Uskollisuuden portaat: tyytyväisyys",
            "Loyalitéitsleeder: Zefriddenheet",
        ),
    ),
    (
        "liability",
        tr("Points liability", "Pistevastuu", "Punkteverbindlechkeet"),
    ),
    (
        "loyalty_absolute",
        tr(
            "Loyalty: absolute",
            "Uskollisuus: absoluuttinen",
            "Loyalitéit: absolut",
        ),
    ),
    (
        "loyalty_latent",
        tr(
            "Loyalty: latent",
            "Uskollisuus: piilevä",
            "Loyalitéit: verstoppt",
        ),
    ),
    (
        "loyalty_none",
        tr(
            "Loyalty: none",
            "Uskollisuus: ei uskollisuutta",
            "Loyalitéit: keng",
        ),
    ),
    (
        "loyalty_spurious",
        tr(
            "Loyalty: spurious",
            "Uskollisuus: väärä",
            "Loyalitéit: schäin",
        ),
    ),
    (
        "member_basket_uplift",
        tr(
            "Member basket uplift",
            "Jäsenten suuremmat ostokset",
            "Méi grousse Kuerf bei de Memberen",
        ),
    ),
    ("members", tr("Members", "Jäsenet", "Memberen")),
    (
        "members_at_end",
        tr("Members at the end", "Jäsenet lopussa", "Memberen um Enn"),
    ),
    (
        "members_discounts",
        tr(
            "Members' discounts",
            "Jäsenten alennukset",
            "Rabatter vun de Memberen",
        ),
    ),
    (
        "members_sales",
        tr("Members' sales", "Jäsenten myynti", "Verkaf un d'Memberen"),
    ),
    ("month", tr("Month", "Kuukausi", "Mount")),
    (
        "naive_member_uplift",
        tr(
            "Member uplift, naive",
            "Jäsenten lisäostot, naiivi",
            "Méiverkaf bei de Memberen, naiv",
        ),
    ),
    ("name", tr("Name", "Nimi", "Numm")),
    (
        "new_customers",
        tr("New customers", "Uudet asiakkaat", "Nei Clienten"),
    ),
    ("nps", tr("NPS", "NPS", "NPS")),
    ("npv", tr("NPV", "NPV", "NPV")),
    ("opening", tr("Opening", "Alkusaldo", "Ufankssaldo")),
    (
        "opening_value",
        tr("Opening value", "Alkusaldon arvo", "Wäert vum Ufankssaldo"),
    ),
    (
        "outstanding at the horizon",
        tr(
            "Outstanding at the horizon",
            "Lunastamatta aikajänteen lopussa",
            "Nach op um Enn vum Zäitraum",
        ),
    ),
    ("part", tr("Part", "Osa", "Deel")),
    (
        "partner_points",
        tr(
            "Points from partners",
            "Kumppaneilta ansaitut pisteet",
            "Punkte vu Partner",
        ),
    ),
    (
        "payback_day",
        tr(
            "Payback day",
            "Takaisinmaksupäivä",
            "Dag vun der Amortisatioun",
        ),
    ),
    (
        "point_cost",
        tr(
            "Cost of a point",
            "Pisteen kustannus",
            "Käschte vun engem Punkt",
        ),
    ),
    (
        "points_expired",
        tr("Points expired", "Vanhentuneet pisteet", "Verfalen Punkten"),
    ),
    (
        "points_issued",
        tr("Points issued", "Myönnetyt pisteet", "Ausginn Punkten"),
    ),
    (
        "points_outstanding",
        tr(
            "Points outstanding",
            "Lunastamattomat pisteet",
            "Oppe Punkten",
        ),
    ),
    (
        "points_redeemed",
        tr("Points redeemed", "Lunastetut pisteet", "Ageliest Punkten"),
    ),
    (
        "points_redeemed_at_partners",
        tr(
            "Points redeemed at partners",
            "Kumppaneilla lunastetut pisteet",
            "Bei Partner ageliest Punkten",
        ),
    ),
    ("profit", tr("Profit", "Voitto", "Gewënn")),
    (
        "profit_per_member",
        tr(
            "Profit a member",
            "Voitto jäsentä kohden",
            "Gewënn pro Member",
        ),
    ),
    (
        "programme_cost",
        tr(
            "Programme cost",
            "Ohjelman kustannukset",
            "Käschte vum Programm",
        ),
    ),
    (
        "programme_income",
        tr("Programme income", "Ohjelman tulot", "Akommes vum Programm"),
    ),
    (
        "promotions",
        tr("Promotions into", "Nousut tasolle", "Opstig an d'Stuf"),
    ),
    ("purchases", tr("Purchases", "Ostot", "Akeef")),
    (
        "reach",
        tr("Members reached", "Tavoitetut jäsenet", "Erreecht Memberen"),
    ),
    ("recognised", tr("Recognised", "Tuloutettu", "Verbucht")),
    ("redeemed", tr("Redeemed", "Lunastettu", "Agelies")),
    (
        "redeemed by the horizon",
        tr(
            "Redeemed by the horizon",
            "Lunastettu aikajänteen loppuun mennessä",
            "Agelies bis um Enn vum Zäitraum",
        ),
    ),
    (
        "redeemed_value",
        tr(
            "Redeemed value",
            "Lunastettujen arvo",
            "Wäert vun den ageliesene Punkten",
        ),
    ),
    (
        "rest",
        tr(
            "Incremental gross profit of the others",
            "Muiden lisäkatetuotto",
            "Zousätzleche Bruttogewënn vun deenen aneren",
        ),
    ),
    ("retention", tr("Retention", "Pysyvyys", "Bindung")),
    (
        "retention_rate",
        tr("Retention", "Asiakaspysyvyys", "Clientebindung"),
    ),
    (
        "revaluation",
        tr("Revaluation", "Uudelleenarvostus", "Neibewäertung"),
    ),
    ("revenue", tr("Revenue", "Liikevaihto", "Ëmsaz")),
    ("rewards", tr("Rewards", "Palkkiot", "Belounungen")),
    (
        "rewards_other",
        tr("Other rewards", "Muut palkkiot", "Aner Belounungen"),
    ),
    ("roi", tr("ROI", "ROI", "ROI")),
    ("sales", tr("Sales", "Myynti", "Verkaf")),
    (
        "satisfaction",
        tr("Satisfaction", "Tyytyväisyys", "Zefriddenheet"),
    ),
    ("segment", tr("Segment", "Segmentti", "Zilgrupp")),
    (
        "ssp_per_point",
        tr(
            "Stand-alone selling price of a point",
            "Pisteen erillismyyntihinta",
            "Eenzelverkafspräis vun engem Punkt",
        ),
    ),
    ("subsidy", tr("Subsidy", "Tuki", "Subventioun")),
    ("tier", tr("Tier", "Taso", "Stuf")),
    ("timing", tr("When", "Milloin", "Wéini")),
    ("total", tr("Total", "Yhteensä", "Insgesamt")),
    (
        "true_member_uplift",
        tr(
            "Member uplift, true",
            "Jäsenten lisäostot, todellinen",
            "Méiverkaf bei de Memberen, richteg",
        ),
    ),
    ("unit", tr("Unit", "Yksikkö", "Eenheet")),
    ("value", tr("Value", "Arvo", "Wäert")),
];

/// The units, by the report's unit text (`currency` stands for the
/// currency's code, which stays as it is).
pub const UNITS: [(&str, Tr); 13] = [
    ("count", tr("count", "lukumäärä", "Zuel")),
    ("days", tr("days", "päivää", "Deeg")),
    ("members", tr("members", "jäsentä", "Memberen")),
    ("number", tr("number", "numero", "Nummer")),
    ("points", tr("points", "pistettä", "Punkten")),
    ("ratio", tr("ratio", "suhdeluku", "Verhältnis")),
    (
        "score -100 to 100",
        tr(
            "score -100 to 100",
            "pisteet -100–100",
            "Score -100 bis 100",
        ),
    ),
    (
        "score about -1 to 1",
        tr(
            "score about -1 to 1",
            "pisteet noin -1–1",
            "Score ongeféier -1 bis 1",
        ),
    ),
    ("text", tr("text", "teksti", "Text")),
    ("times", tr("times", "kertaa", "Mol")),
    (
        "currency per point",
        tr("{} per point", "{} pisteeltä", "{} pro Punkt"),
    ),
    (
        "currency per currency",
        tr("{} per {}", "{} / {}", "{} pro {}"),
    ),
    ("currency", tr("{}", "{}", "{}")),
];

/// The groups of the Members sheet.
pub const GROUPS: [(&str, Tr); 2] = [
    ("members", tr("Members", "Jäsenet", "Memberen")),
    (
        "non_members",
        tr("Non-members", "Ei-jäsenet", "Net-Memberen"),
    ),
];

/// A column's or KPI's name in `l`, by its field name in the report
/// (`baseline_revenue`, `cost_cards`, `points.rewards`), if it has one.
pub fn name(l: Lang, field: &str) -> Option<String> {
    let field = field.strip_prefix("points.").unwrap_or(field);
    if let Some(f) = field.strip_prefix("baseline_") {
        return name(l, f).map(|n| TWIN_PATTERN.get(l).replace("{}", &n));
    }
    if let Some((_, t)) = NAMES.iter().find(|(n, _)| *n == field) {
        return Some(t.get(l).to_string());
    }
    if let Some(i) = field.strip_prefix("satisfaction_bin_") {
        return Some(SATISFACTION_BIN.get(l).replace("{}", i));
    }
    let charts = crate::chart_text::of(l);
    if let Some(c) = field.strip_prefix("cost_") {
        let shown = charts.cost(c);
        return (shown != c).then(|| COST_PATTERN.get(l).replace("{}", shown));
    }
    if field.starts_with("income_") {
        let shown = charts.waterfall_part(field);
        return (shown != field).then_some(shown);
    }
    None
}

/// A unit in `l`, by its text in the report with the currency's `code`
/// (`EUR per point`), if it has one.
pub fn unit(l: Lang, text: &str, code: &str) -> Option<String> {
    UNITS.iter().find_map(|(u, t)| {
        let english = u.replace("currency", code);
        (english == text).then(|| t.get(l).replace("{}", code))
    })
}
