//! The finance view: its tab, tables, column headings and files.

use crate::i18n::Tr;
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
