//! The finance view: its tab, tables, column headings and files.

use crate::format::{count, money};
use crate::i18n::{Lang, Tr};
use crate::texts;

texts! {
    TABS = "Result views", "Tulosnäkymät", "Usiichte vun de Resultater";
    OVERVIEW = "Overview", "Yleiskuva", "Iwwersiicht";
    FINANCE = "Finance", "Talous", "Finanzen";
    TITLE = "Finance", "Talous", "Finanzen";
    INTRO = "Where the incremental profit comes from, what became of each month's points, the points' roll-forward, the tiers and the spend deciles. Each table downloads as CSV with every number exact, in the units its header names.",
        "Mistä lisävoitto tulee, mitä kunkin kuukauden pisteille tapahtui, pisteiden saldokehitys, tasot ja ostodesiilit. Jokaisen taulukon voi ladata CSV-tiedostona, jossa jokainen luku on tarkka ja koneluettavassa muodossa otsikon nimeämissä yksiköissä.",
        "Wouhier den zousätzleche Gewënn kënnt, wat aus de Punkte vun all Mount gouf, d'Entwécklung vum Punktesaldo, d'Stufen an d'Ausgabedezilen. All Tabell ka mat all Zuel exakt als CSV erofgeluede ginn, am maschinnen-liesbare Format an an den Eenheeten, déi hir Iwwerschrëft nennt.";
    CHARTS_TITLE = "Finance charts", "Talouden kaaviot", "Finanzgrafiken";
    DOWNLOAD_CSV = "Download CSV", "Lataa CSV", "CSV eroflueden";
    WATERFALL = "Waterfall of the incremental profit", "Lisävoiton vesiputous", "Waasserfall vum zousätzleche Gewënn";
    WATERFALL_EMPTY = "No parts.", "Ei osia.", "Keng Deeler.";
    ROLLFORWARD = "Points roll-forward", "Pisteiden saldokehitys", "Entwécklung vum Punktesaldo";
    ROLLFORWARD_EMPTY = "No points in this scenario.", "Tässä skenaariossa ei ole pisteitä.", "Keng Punkten an dësem Szenario.";
    TIERS = "Tiers", "Tasot", "Stufen";
    TIERS_EMPTY = "No tiers in this scenario.", "Tässä skenaariossa ei ole tasoja.", "Keng Stufen an dësem Szenario.";
    DECILES = "Incremental profit by the twin's spend decile", "Lisävoitto kaksosen ostodesiileittäin", "Zousätzleche Gewënn no Ausgabedezil vum Zwilling";
    DECILES_EMPTY = "No customers.", "Ei asiakkaita.", "Keng Clienten.";
    SEGMENTS = "Targeted segments", "Kohdennetut segmentit", "Gezielt Segmenter";
    SEGMENTS_EMPTY = "No offers, coupons, VIP terms or club in this scenario.",
        "Tässä skenaariossa ei ole tarjouksia, kuponkeja, VIP-ehtoja eikä klubia.",
        "Keng Offeren, Bongen, VIP-Konditiounen oder Club an dësem Szenario.";
    XLSX_BUTTON = "Download spreadsheet (xlsx)", "Lataa laskentataulukko (xlsx)", "Tabellen eroflueden (xlsx)";
    XLSX_NOTE = "The whole result in one workbook: the KPIs, both runs' months, the waterfall, members, deciles, points, cohorts, tiers and segments, one sheet each, with units in the headers.",
        "Koko tulos yhdessä työkirjassa: tunnusluvut, molempien ajojen kuukaudet, vesiputous, jäsenet, desiilit, pisteet, kohortit, tasot ja segmentit, kukin omalla välilehdellään, yksiköt otsikoissa.",
        "Dat ganzt Resultat an enger Aarbechtsmapp: d'KPIen, d'Méint vu béide Leef, de Waasserfall, d'Memberen, d'Dezilen, d'Punkten, d'Kohorten, d'Stufen an d'Segmenter, all op engem eegene Blat, mat den Eenheeten an den Iwwerschrëften.";
    XLSX_MAKING = "Making the spreadsheet…", "Laskentataulukkoa tehdään…", "D'Tabell gëtt gemaach…";
    /// `{}` is the reason as the browser or the writer gave it.
    XLSX_FAILED = "The spreadsheet could not be made ({}). The tables above download as CSV.",
        "Laskentataulukkoa ei voitu tehdä ({}). Yllä olevat taulukot voi ladata CSV-tiedostoina.",
        "D'Tabell konnt net gemaach ginn ({}). D'Tabellen uewendriwwer kënnen als CSV erofgeluede ginn.";
    COST_LINES = "Programme costs, line by line", "Ohjelman kustannukset riveittäin", "Käschte vum Programm, Linn fir Linn";
    COST_LINES_EMPTY = "No programme costs in this scenario.", "Tässä skenaariossa ei ole ohjelman kustannuksia.", "Keng Programmkäschten an dësem Szenario.";
    /// The editor's caption of the cost list.
    COST_LINES_CAPTION = "Cost list (on top of the amounts above)", "Kustannusluettelo (yllä olevien summien lisäksi)", "Käschtelëscht (zousätzlech zu de Beträg uewendriwwer)";
    /// The editor's goal control.
    GOAL_LABEL = "Goal of the programme", "Ohjelman tavoite", "Zil vum Programm";
    GOAL_HELP = "What the programme is for: the verdict and the Finance tab judge it against this (none: judged on profit alone).",
        "Mitä varten ohjelma on: arvio ja Talous-välilehti arvioivat sitä tämän mukaan (ei tavoitetta: arvioidaan pelkän voiton perusteella).",
        "Fir wat de Programm do ass: d'Urteel an den Tab Finanze beurteelen en doropshin (keen: nëmmen nom Gewënn beurteelt).";
    GOAL_TITLE = "Against its goal", "Tavoitteeseen nähden", "Par rapport zu sengem Zil";
    GOAL_ACQUISITION_SHORT = "As an acquisition programme it falls short: it brought no new customers.",
        "Asiakashankintaohjelmana se jää vajaaksi: se ei tuonut uusia asiakkaita.",
        "Als Programm fir Clienten ze gewannen ass en net genuch: en huet keng nei Clienten bruecht.";
    GOAL_DEFENSIVE_NONE = "A defensive programme is judged on a competitor's move: add a competitor programme or price cut to the timeline.",
        "Puolustavaa ohjelmaa arvioidaan kilpailijan siirron perusteella: lisää aikajanalle kilpailijan ohjelma tai hinnanalennus.",
        "E defensive Programm gëtt un engem Zuch vun der Konkurrenz gemooss: setzt e Konkurrenzprogramm oder eng Präisreduktioun an d'Zäitlinn.";
}

/// The CSV file of a table, `{}` is its name (`points-rollforward`; file
/// names are the same in every language).
pub const FILE_PATTERN: &str = "loyalty-lab-{}.csv";

const fn tr(en: &'static str, fi: &'static str, lb: &'static str) -> Tr {
    Tr { en, fi, lb }
}

pub const WATERFALL_COLUMNS: [Tr; 2] = [
    tr("Part", "Osa", "Deel"),
    tr(
        "Amount (currency units)",
        "Määrä (rahayksikköä)",
        "Betrag (Währungseenheeten)",
    ),
];

pub const ROLLFORWARD_COLUMNS: [Tr; 15] = [
    tr("Month", "Kuukausi", "Mount"),
    tr(
        "Opening (points)",
        "Alkusaldo (pisteet)",
        "Ufankssaldo (Punkten)",
    ),
    tr(
        "Issued (points)",
        "Myönnetty (pisteet)",
        "Ausginn (Punkten)",
    ),
    tr(
        "Redeemed (points)",
        "Lunastettu (pisteet)",
        "Agelies (Punkten)",
    ),
    tr(
        "Expired (points)",
        "Vanhentunut (pisteet)",
        "Verfall (Punkten)",
    ),
    tr(
        "Closing (points)",
        "Loppusaldo (pisteet)",
        "Schlusssaldo (Punkten)",
    ),
    tr(
        "Cost of a point (currency units)",
        "Pisteen kustannus (rahayksikköä)",
        "Käschte vun engem Punkt (Währungseenheeten)",
    ),
    tr(
        "Opening (currency units)",
        "Alkusaldo (rahayksikköä)",
        "Ufankssaldo (Währungseenheeten)",
    ),
    tr(
        "Issued (currency units)",
        "Myönnetty (rahayksikköä)",
        "Ausginn (Währungseenheeten)",
    ),
    tr(
        "Redeemed (currency units)",
        "Lunastettu (rahayksikköä)",
        "Agelies (Währungseenheeten)",
    ),
    tr(
        "Expired (currency units)",
        "Vanhentunut (rahayksikköä)",
        "Verfall (Währungseenheeten)",
    ),
    tr(
        "Revaluation (currency units)",
        "Uudelleenarvostus (rahayksikköä)",
        "Neibewäertung (Währungseenheeten)",
    ),
    tr(
        "Closing (currency units)",
        "Loppusaldo (rahayksikköä)",
        "Schlusssaldo (Währungseenheeten)",
    ),
    tr(
        "Breakage so far",
        "Vanhentuneet tähän mennessä",
        "Verfall bis elo",
    ),
    tr(
        "Liability (currency units)",
        "Vastuu (rahayksikköä)",
        "Verbindlechkeet (Währungseenheeten)",
    ),
];

pub const TIERS_COLUMNS: [Tr; 13] = [
    tr("Tier", "Taso", "Stuf"),
    tr("Name", "Nimi", "Numm"),
    tr(
        "Members (ever)",
        "Jäsenet (kaikkiaan)",
        "Memberen (insgesamt)",
    ),
    tr("Members at the end", "Jäsenet lopussa", "Memberen um Enn"),
    tr(
        "Revenue (currency units)",
        "Liikevaihto (rahayksikköä)",
        "Ëmsaz (Währungseenheeten)",
    ),
    tr(
        "Gross profit (currency units)",
        "Myyntikate (rahayksikköä)",
        "Bruttogewënn (Währungseenheeten)",
    ),
    tr(
        "Twin's gross profit (currency units)",
        "Kaksosen myyntikate (rahayksikköä)",
        "Bruttogewënn vum Zwilling (Währungseenheeten)",
    ),
    tr(
        "Extra margin (currency units)",
        "Lisäkate (rahayksikköä)",
        "Extra Marge (Währungseenheeten)",
    ),
    tr(
        "Benefit cost (currency units)",
        "Etujen kustannus (rahayksikköä)",
        "Käschte vun de Virdeeler (Währungseenheeten)",
    ),
    tr(
        "Rewards (currency units)",
        "Palkkiot (rahayksikköä)",
        "Belounungen (Währungseenheeten)",
    ),
    tr(
        "Profit a member (currency units)",
        "Voitto jäsentä kohden (rahayksikköä)",
        "Gewënn pro Member (Währungseenheeten)",
    ),
    tr(
        "Promotions into (all months)",
        "Nousut tasolle (kaikki kuukaudet)",
        "Opstig an d'Stuf (all Méint)",
    ),
    tr(
        "Demotions out of (all months)",
        "Laskut tasolta (kaikki kuukaudet)",
        "Ofstig aus der Stuf (all Méint)",
    ),
];

pub const DECILES_COLUMNS: [Tr; 12] = [
    tr(
        "Decile (0: only in the programme run)",
        "Desiili (0: vain ohjelma-ajossa)",
        "Dezil (0: nëmmen am Laf mam Programm)",
    ),
    tr("Customers", "Asiakkaat", "Clienten"),
    tr(
        "Twin's sales (currency units)",
        "Kaksosen myynti (rahayksikköä)",
        "Verkaf vum Zwilling (Währungseenheeten)",
    ),
    tr(
        "Sales (currency units)",
        "Myynti (rahayksikköä)",
        "Verkaf (Währungseenheeten)",
    ),
    tr(
        "Retention (currency units)",
        "Pysyvyys (rahayksikköä)",
        "Bindung (Währungseenheeten)",
    ),
    tr(
        "Frequency (currency units)",
        "Ostotiheys (rahayksikköä)",
        "Frequenz (Währungseenheeten)",
    ),
    tr(
        "Basket (currency units)",
        "Ostoskori (rahayksikköä)",
        "Akaf (Währungseenheeten)",
    ),
    tr(
        "Acquisition (currency units)",
        "Asiakashankinta (rahayksikköä)",
        "Clientewerbung (Währungseenheeten)",
    ),
    tr(
        "Subsidy (currency units)",
        "Tuki (rahayksikköä)",
        "Subventioun (Währungseenheeten)",
    ),
    tr(
        "Other discounts (currency units)",
        "Muut alennukset (rahayksikköä)",
        "Aner Rabatter (Währungseenheeten)",
    ),
    tr(
        "Other rewards (currency units)",
        "Muut palkkiot (rahayksikköä)",
        "Aner Belounungen (Währungseenheeten)",
    ),
    tr(
        "Total (currency units)",
        "Yhteensä (rahayksikköä)",
        "Total (Währungseenheeten)",
    ),
];

/// What `cost_per_profit` shows when it has no value (no cost, or no gain).
pub const NO_VALUE: &str = "–";
/// The spreadsheet's file name (the same in every language).
pub const XLSX_FILE: &str = "loyalty-lab-result.xlsx";

pub const SEGMENTS_COLUMNS: [Tr; 9] = [
    tr("Benefit", "Etu", "Virdeel"),
    tr(
        "Which (1 = the first of its kind)",
        "Mikä (1 = lajinsa ensimmäinen)",
        "Wéi eent (1 = dat éischt vu senger Aart)",
    ),
    tr("Segment", "Segmentti", "Zilgrupp"),
    tr("Members reached", "Tavoitetut jäsenet", "Erreecht Memberen"),
    tr(
        "Own cost (currency units)",
        "Oma kustannus (rahayksikköä)",
        "Eege Käschten (Währungseenheeten)",
    ),
    tr(
        "Discounts and points it gave (currency units)",
        "Sen antamat alennukset ja pisteet (rahayksikköä)",
        "Rabatter a Punkten, déi et ginn huet (Währungseenheeten)",
    ),
    tr(
        "Incremental gross profit of those reached (currency units)",
        "Tavoitettujen lisäkatetuotto (rahayksikköä)",
        "Zousätzleche Bruttogewënn vun den Erreechten (Währungseenheeten)",
    ),
    tr(
        "Incremental gross profit of the others (currency units)",
        "Muiden lisäkatetuotto (rahayksikköä)",
        "Zousätzleche Bruttogewënn vun deenen aneren (Währungseenheeten)",
    ),
    tr(
        "Cost per unit of incremental profit",
        "Kustannus lisävoiton yksikköä kohden",
        "Käschte pro Eenheet zousätzleche Gewënn",
    ),
];

/// A targeted segment's benefit, from the report's `kind`.
pub fn segment_kind(l: Lang, kind: &str) -> &'static str {
    match kind {
        "offer" => tr("Targeted offer", "Kohdennettu tarjous", "Gezielt Offer"),
        "coupon" => tr("Coupon", "Kuponki", "Bong"),
        "vip" => tr("VIP terms", "VIP-ehdot", "VIP-Konditiounen"),
        "club" => tr("Club", "Klubi", "Club"),
        _ => tr("Other", "Muu", "Aner"),
    }
    .get(l)
}

/// Why the spreadsheet could not be made, `reason` as the browser or the writer gave it.
pub fn xlsx_failed(l: Lang, reason: &str) -> String {
    XLSX_FAILED.get(l).replace("{}", reason)
}

pub const COST_LINES_COLUMNS: [Tr; 6] = [
    tr("Item", "Erä", "Posten"),
    tr("When", "Milloin", "Wéini"),
    tr("For", "Peruste", "Fir"),
    tr(
        "Amount each time (currency units)",
        "Summa kerralla (rahayksikköä)",
        "Betrag all Kéier (Währungseenheeten)",
    ),
    tr("Times booked", "Kirjauskerrat", "Wéi dacks gebucht"),
    tr(
        "Cost (currency units)",
        "Kustannus (rahayksikköä)",
        "Käschten (Währungseenheeten)",
    ),
];
/// `(value, label)` of a cost line's timing.
pub const TIMINGS: [(&str, Tr); 2] = [
    ("one_off", tr("One-off", "Kertaluonteinen", "Eemoleg")),
    ("monthly", tr("Monthly", "Kuukausittainen", "All Mount")),
];
/// `(value, label)` of a cost line's basis.
pub const BASES: [(&str, Tr); 2] = [
    ("fixed", tr("Fixed", "Kiinteä", "Fix")),
    (
        "per_member",
        tr("Per member", "Jäsentä kohden", "Pro Member"),
    ),
];

/// A cost line's item (or one of the four amounts every scenario has) by its name in the report.
pub fn cost_item(l: Lang, name: &str) -> &'static str {
    match name {
        "cards" => tr(
            "Card production and issuing",
            "Korttien valmistus ja myöntäminen",
            "Produktioun an Ausgab vun de Kaarten",
        ),
        "administration" => tr("Administration", "Hallinto", "Verwaltung"),
        "technical_support" => tr("Technical support", "Tekninen tuki", "Technesche Support"),
        "disputes" => tr(
            "Handling disputes",
            "Riitojen käsittely",
            "Streitfäll behandelen",
        ),
        "equipment" => tr("Special equipment", "Erikoislaitteet", "Spezial-Equipement"),
        "staff" => tr(
            "Staff hiring and training",
            "Henkilöstön palkkaus ja koulutus",
            "Personal astellen a formen",
        ),
        "communication" => tr("Communication", "Viestintä", "Kommunikatioun"),
        "setup" => tr("Set-up cost", "Käynnistyskustannus", "Start-Käschten"),
        "monthly_operating" => tr("Operating cost", "Käyttökustannus", "Betribskäschten"),
        "card" => tr("Card cost", "Korttikustannus", "Käschte pro Kaart"),
        "member_monthly" => tr(
            "Cost per member",
            "Kustannus jäsentä kohden",
            "Käschte pro Member",
        ),
        _ => tr("Other", "Muu", "Aner"),
    }
    .get(l)
}

/// A timing or basis word of the report (`one_off`, `per_member`) as shown.
pub fn cost_word(l: Lang, word: &str) -> &'static str {
    TIMINGS
        .iter()
        .chain(BASES.iter())
        .find(|(v, _)| *v == word)
        .map_or("", |(_, t)| t.get(l))
}

/// The editor's texts of the cost list's columns.
pub fn field(l: Lang, path: &str) -> Option<super::FieldText> {
    let f = |label: Tr, unit: Tr, help: Tr| {
        Some(super::FieldText {
            label: label.get(l),
            unit: unit.get(l),
            help: help.get(l),
        })
    };
    let none = tr("", "", "");
    match path {
        "programme.costs.lines.item" => f(
            tr("Item", "Erä", "Posten"),
            none,
            tr(
                "What the line pays for, as the source texts list a programme's costs.",
                "Mistä rivi maksaa, lähdetekstien ohjelmakustannusten luettelon mukaan.",
                "Fir wat d'Linn bezillt, sou wéi d'Quelltexter d'Käschte vun engem Programm opzielen.",
            ),
        ),
        "programme.costs.lines.timing" => f(
            tr("When", "Milloin", "Wéini"),
            none,
            tr(
                "One-off: when the programme starts (fixed) or when a member joins (per member). Monthly: every month the programme runs.",
                "Kertaluonteinen: kun ohjelma alkaa (kiinteä) tai kun jäsen liittyy (jäsentä kohden). Kuukausittainen: joka kuukausi, jonka ohjelma on käynnissä.",
                "Eemoleg: wann de Programm ufänkt (fix) oder wann e Member bäitrëtt (pro Member). All Mount: all Mount, deen de Programm leeft.",
            ),
        ),
        "programme.costs.lines.basis" => f(
            tr("For", "Peruste", "Fir"),
            none,
            tr(
                "Fixed: for the whole programme. Per member: for each member (each one joining, or each member's month).",
                "Kiinteä: koko ohjelmalle. Jäsentä kohden: jokaiselle jäsenelle (jokaisesta liittyvästä tai jokaisen jäsenen kuukaudesta).",
                "Fix: fir de ganze Programm. Pro Member: fir all Member (all Bäitrëtt oder all Mount vun engem Member).",
            ),
        ),
        "programme.costs.lines.amount" => f(
            tr("Amount", "Summa", "Betrag"),
            tr("currency units", "rahayksikköä", "Währungseenheeten"),
            tr(
                "What the line costs each time it is booked.",
                "Mitä rivi maksaa kullakin kirjauskerralla.",
                "Wat d'Linn all Kéier kascht, wou se gebucht gëtt.",
            ),
        ),
        _ => None,
    }
}

/// `(value, label)` of each goal; `none` is no goal.
pub const GOALS: [(&str, Tr); 4] = [
    ("none", tr("None stated", "Ei määritelty", "Keen uginn")),
    (
        "acquisition",
        tr(
            "Attract new customers",
            "Uusien asiakkaiden houkuttelu",
            "Nei Clienten gewannen",
        ),
    ),
    (
        "retention",
        tr(
            "Retain existing customers",
            "Nykyisten asiakkaiden pitäminen",
            "Bestoend Clienten halen",
        ),
    ),
    (
        "defensive",
        tr(
            "Counter a competitor",
            "Kilpailijaan vastaaminen",
            "Op eng Konkurrenz äntweren",
        ),
    ),
];

/// A retention programme: the churn it prevented and the retention part.
pub fn goal_retention(l: Lang, prevented: i64, retention: f64) -> String {
    let n = count(l, prevented as f64);
    let m = money(l, retention);
    if prevented > 0 {
        match l {
            Lang::En => format!("As a retention programme: it kept {n} customers who would have been lost without it, and keeping customers brought {m} of the extra margin (the waterfall's retention part)."),
            Lang::Fi => format!("Asiakkaiden pitämisohjelmana: se piti {n} asiakasta, jotka ilman sitä olisi menetetty, ja asiakkaiden pitäminen toi {m} lisäkatteesta (vesiputouksen pysyvyysosa)."),
            Lang::Lb => format!("Als Programm fir Clienten ze halen: en huet {n} Clienten gehalen, déi ouni hie verluer gewiescht wären, an d'Halen vu Clienten huet {m} vun der zousätzlecher Marge bruecht (den Undeel Clientebindung am Waasserfall)."),
        }
    } else {
        match l {
            Lang::En => format!("As a retention programme it falls short: it prevented no churn ({n} customers on balance), and the waterfall's retention part is {m}."),
            Lang::Fi => format!("Asiakkaiden pitämisohjelmana se jää vajaaksi: se ei estänyt asiakaspoistumaa (nettona {n} asiakasta), ja vesiputouksen pysyvyysosa on {m}."),
            Lang::Lb => format!("Als Programm fir Clienten ze halen ass en net genuch: en huet keen Ofwanderen verhënnert ({n} Clienten am Saldo), an den Undeel Clientebindung am Waasserfall ass {m}."),
        }
    }
}

/// An acquisition programme: the customers brought and their cost each.
pub fn goal_acquisition(l: Lang, brought: i64, each: Option<f64>) -> String {
    match each {
        Some(c) if brought > 0 => {
            let n = count(l, brought as f64);
            let m = money(l, c);
            match l {
                Lang::En => format!("As an acquisition programme: it brought {n} customers, at {m} each (the programme's net cost divided by them)."),
                Lang::Fi => format!("Asiakashankintaohjelmana: se toi {n} asiakasta, {m} kutakin kohden (ohjelman nettokustannus jaettuna heillä)."),
                Lang::Lb => format!("Als Programm fir Clienten ze gewannen: en huet {n} Clienten bruecht, fir {m} all eenzelen (d'Nettokäschte vum Programm duerch si gedeelt)."),
            }
        }
        _ => GOAL_ACQUISITION_SHORT.get(l).to_string(),
    }
}

/// A defensive programme: the customers kept through the competitor's move.
pub fn goal_defensive(l: Lang, day: Option<u32>, kept: Option<i64>) -> String {
    match (day, kept) {
        (Some(d), Some(k)) => {
            let n = count(l, k as f64);
            match (l, k > 0) {
                (Lang::En, true) => format!("As a defensive programme: through the competitor's move on day {d} it kept {n} more active customers than the twin."),
                (Lang::Fi, true) => format!("Puolustavana ohjelmana: kilpailijan päivän {d} siirron läpi se piti {n} aktiivista asiakasta enemmän kuin kaksonen."),
                (Lang::Lb, true) => format!("Als defensive Programm: duerch den Zuch vun der Konkurrenz um Dag {d} huet en {n} aktiv Clienten méi gehalen wéi den Zwilling."),
                (Lang::En, false) => format!("As a defensive programme it falls short: through the competitor's move on day {d} it kept no more active customers than the twin ({n} on balance)."),
                (Lang::Fi, false) => format!("Puolustavana ohjelmana se jää vajaaksi: kilpailijan päivän {d} siirron läpi se ei pitänyt yhtään aktiivista asiakasta enempää kuin kaksonen (nettona {n})."),
                (Lang::Lb, false) => format!("Als defensive Programm ass en net genuch: duerch den Zuch vun der Konkurrenz um Dag {d} huet en net méi aktiv Clienten gehalen wéi den Zwilling ({n} am Saldo)."),
            }
        }
        _ => GOAL_DEFENSIVE_NONE.get(l).to_string(),
    }
}

/// The design's benefits pull in different directions.
pub fn goal_mixed(l: Lang, acquisition: &[&str], retention: &[&str]) -> String {
    let a = acquisition.join(", ");
    let r = retention.join(", ");
    match l {
        Lang::En => format!("Its benefits pull in different directions: {a} aim at new customers, {r} at keeping existing ones; the source texts warn that a programme chasing several goals at once rarely reaches any."),
        Lang::Fi => format!("Sen edut vetävät eri suuntiin: {a} tähtäävät uusiin asiakkaisiin, {r} nykyisten pitämiseen; lähdetekstit varoittavat, että ohjelma, joka tavoittelee monta päämäärää yhtä aikaa, saavuttaa harvoin yhtäkään."),
        Lang::Lb => format!("Seng Virdeeler zéien a verschidde Richtungen: {a} zielen op nei Clienten, {r} op d'Halen vun de bestoenden; d'Quelltexter warnen, datt e Programm, deen e puer Ziler gläichzäiteg verfollegt, seelen eent erreecht."),
    }
}

/// A lever (a mechanic's scenario name) as the goal sentences name it.
pub fn lever(l: Lang, name: &str) -> &'static str {
    match name {
        "referral" => tr(
            "the referral bonus",
            "suositusbonus",
            "de Bonus fir Empfeelungen",
        ),
        "coalition" => tr(
            "the coalition's partners",
            "koalition kumppanit",
            "d'Partner vun der Koalitioun",
        ),
        "gift" => tr("the welcome gift", "tervetuliaislahja", "de Wëllkommkaddo"),
        "offers" => tr(
            "the targeted offers",
            "kohdennetut tarjoukset",
            "déi gezielt Offeren",
        ),
        "coupons" => tr("the coupons", "kupongit", "d'Bongen"),
        "tiers" => tr("the tiers", "tasot", "d'Stufen"),
        "vip" => tr("the VIP terms", "VIP-ehdot", "d'VIP-Konditiounen"),
        "club" => tr("the club", "klubi", "de Club"),
        "profit_sharing" => tr("profit sharing", "voitonjako", "d'Gewënnbedeelegung"),
        _ => tr("another benefit", "muu etu", "en anere Virdeel"),
    }
    .get(l)
}
