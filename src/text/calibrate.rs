//! The import of a transaction log ("Use your own customers") and its
//! diagnostics, in every language.

use crate::i18n::{Lang, Tr};
use crate::texts;
use loyalty_calibrate::import::ImportError;

texts! {
    OPEN = "Use your own customers", "Käytä omia asiakkaitasi", "Är eege Clienten benotzen";
    OPEN_HELP = "Fit the customer base to your own transaction log (a CSV file of customer id, date and amount); the file is read in this browser and never leaves the machine",
        "Sovita asiakaskunta omaan ostotapahtumalokiisi (CSV-tiedosto, jossa asiakastunnus, päivämäärä ja summa); tiedosto luetaan tässä selaimessa eikä se koskaan poistu koneelta",
        "D'Clientebasis un Äert eegent Transaktiounsjournal upassen (eng CSV-Datei mat Client-ID, Datum a Betrag); d'Datei gëtt an dësem Browser gelies a verléisst ni de Computer";
    TITLE = "Your own customers", "Omat asiakkaasi", "Är eege Clienten";
    INTRO = "Choose a CSV file of transactions: one row per purchase with a customer id, a date and an amount (optionally a quantity). The file is read in this browser tab and never leaves the machine. The fit (BG/NBD for how often customers buy and when they stop, Gamma-Gamma for how much they spend) becomes the scenario's customers.",
        "Valitse ostotapahtumien CSV-tiedosto: yksi rivi ostoa kohden, jossa asiakastunnus, päivämäärä ja summa (valinnaisesti määrä). Tiedosto luetaan tässä selainvälilehdessä eikä se koskaan poistu koneelta. Sovituksesta (BG/NBD sille, kuinka usein asiakkaat ostavat ja milloin he lopettavat, Gamma-Gamma sille, kuinka paljon he käyttävät) tulee skenaarion asiakkaat.",
        "Wielt eng CSV-Datei mat Transaktiounen: eng Zeil pro Akaf mat enger Client-ID, engem Datum an engem Betrag (optional eng Quantitéit). D'Datei gëtt an dësem Browser-Tab gelies a verléisst ni de Computer. D'Upassung (BG/NBD fir wéi dacks Clienten akafen a wéini se ophalen, Gamma-Gamma fir wéi vill se ausginn) gëtt zu de Clienten vum Szenario.";
    CLOSE = "Close", "Sulje", "Zoumaachen";
    CHOOSE_FILE = "Transaction log (CSV)", "Ostotapahtumaloki (CSV)", "Transaktiounsjournal (CSV)";
    READING = "Reading the file…", "Tiedostoa luetaan…", "D'Datei gëtt gelies…";
    FITTING = "Fitting the customer base…", "Asiakaskuntaa sovitetaan…", "D'Clientebasis gëtt ugepasst…";
    CANCEL = "Cancel", "Peruuta", "Ofbriechen";
    STAGE_READ = "Reading the transactions", "Luetaan ostotapahtumia", "D'Transaktioune ginn gelies";
    STAGE_BGNBD = "Fitting purchases and dropout (BG/NBD)", "Sovitetaan ostoja ja poistumaa (BG/NBD)", "Akeef an Ausfall ginn ugepasst (BG/NBD)";
    STAGE_SPEND = "Fitting spend (Gamma-Gamma)", "Sovitetaan ostosummaa (Gamma-Gamma)", "D'Ausgaben ginn ugepasst (Gamma-Gamma)";
    STAGE_HOLDOUT = "Simulating the holdout period", "Simuloidaan testijaksoa", "D'Testperiod gëtt simuléiert";
    STAGE_PARETO = "Fitting the comparison (Pareto/NBD)", "Sovitetaan vertailumallia (Pareto/NBD)", "De Vergläich gëtt ugepasst (Pareto/NBD)";
    STAGE_DONE = "Done", "Valmis", "Fäerdeg";
    CANCELLED = "Stopped. Change a setting or choose the file again.", "Pysäytetty. Muuta asetusta tai valitse tiedosto uudelleen.", "Gestoppt. Ännert eng Astellung oder wielt d'Datei nach eng Kéier.";
    NO_LOG = "The file is no longer loaded; choose it again.", "Tiedosto ei ole enää ladattuna; valitse se uudelleen.", "D'Datei ass net méi gelueden; wielt se nach eng Kéier.";
    FILE_UNREADABLE = "The file could not be read as text.", "Tiedostoa ei voitu lukea tekstinä.", "D'Datei konnt net als Text gelies ginn.";
    WORKER_FAILED = "The background worker could not be started or stopped working; reload the page and try again.",
        "Taustaprosessia ei voitu käynnistää tai se lakkasi toimimasta; lataa sivu uudelleen ja yritä uudestaan.",
        "De Worker am Hannergrond konnt net gestart ginn oder huet opgehalen ze schaffen; lued d'Säit nei a probéiert nach eng Kéier.";
    PREVIEW = "First rows of the file", "Tiedoston ensimmäiset rivit", "Éischt Zeilen vun der Datei";
    LINE = "Line", "Rivi", "Zeil";
    SETTINGS = "How to read the file", "Miten tiedosto luetaan", "Wéi d'Datei gelies gëtt";
    DELIMITER = "Delimiter", "Erotin", "Trennzeechen";
    DECIMAL = "Decimal separator", "Desimaalierotin", "Dezimaltrennzeechen";
    DATE_FORMAT = "Date format", "Päivämäärän muoto", "Datumsformat";
    CHOOSE_DATE_FORMAT = "Choose…", "Valitse…", "Wielen…";
    HEADER = "First row", "Ensimmäinen rivi", "Éischt Zeil";
    HEADER_YES = "is a header", "on otsikkorivi", "ass eng Iwwerschrëft";
    HEADER_NO = "is data", "on dataa", "sinn Donnéeën";
    COLUMNS = "Columns", "Sarakkeet", "Kolonnen";
    ID_COLUMN = "Customer id", "Asiakastunnus", "Client-ID";
    DATE_COLUMN = "Date", "Päivämäärä", "Datum";
    AMOUNT_COLUMN = "Amount", "Summa", "Betrag";
    QUANTITY_COLUMN = "Quantity (optional)", "Määrä (valinnainen)", "Quantitéit (optional)";
    NO_COLUMN = "None", "Ei mitään", "Keng";
    PERIODS = "Periods", "Jaksot", "Perioden";
    CALIBRATION_END = "Calibration end", "Kalibroinnin loppu", "Enn vun der Kalibratioun";
    HOLDOUT_END = "Holdout end", "Testijakson loppu", "Enn vun der Testperiod";
    PERIODS_HELP = "The models are fitted on the purchases up to the calibration end; the purchases after it, up to the holdout end, test the fit's forecast. By default the last third of the log is the holdout.",
        "Mallit sovitetaan kalibroinnin loppuun asti tehtyihin ostoihin; sen jälkeiset ostot testijakson loppuun asti testaavat sovituksen ennustetta. Oletuksena lokin viimeinen kolmannes on testijakso.",
        "D'Modeller ginn un d'Akeef bis zum Enn vun der Kalibratioun ugepasst; d'Akeef duerno, bis zum Enn vun der Testperiod, testen d'Prognos vun der Upassung. Standardméisseg ass dat lescht Drëttel vum Journal d'Testperiod.";
    CONTINUE_WITHOUT = "Continue without these rows", "Jatka ilman näitä rivejä", "Ouni dës Zeilen weiderfueren";
    FIT = "Fit the customer base", "Sovita asiakaskunta", "D'Clientebasis upassen";
    SIMULATE = "Simulate a programme for these customers", "Simuloi ohjelma näille asiakkaille", "E Programm fir dës Clienten simuléieren";
    SCENARIO_NAME = "Calibrated customers", "Kalibroidut asiakkaat", "Kalibréiert Clienten";
    RESULTS = "How well the fit describes your customers", "Kuinka hyvin sovitus kuvaa asiakkaitasi", "Wéi gutt d'Upassung Är Clienten beschreift";
    FIT_BGNBD = "Purchases and dropout (BG/NBD)", "Ostot ja poistuma (BG/NBD)", "Akeef an Ausfall (BG/NBD)";
    PARAMETERS = "Fitted parameters (weekly units)", "Sovitetut parametrit (viikkoyksiköt)", "Ugepasste Parameteren (an Wochen)";
    PARAMETER = "Parameter", "Parametri", "Modellparameter";
    LOG_LIKELIHOOD = "log-likelihood", "uskottavuuden logaritmi", "Logarithmus vun der Plausibilitéit";
    FIT_PARETO = "Comparison (Pareto/NBD)", "Vertailu (Pareto/NBD)", "Vergläich (Pareto/NBD)";
    PARETO_ASIDE = "Pareto/NBD (customers may stop at any time, not only just after a purchase) is fitted to the same customers for comparison; the higher log-likelihood describes the log better. The scenario is made from BG/NBD.",
        "Pareto/NBD (asiakkaat voivat lopettaa milloin tahansa, eivät vain heti oston jälkeen) sovitetaan samoihin asiakkaisiin vertailun vuoksi; suurempi uskottavuuden logaritmi kuvaa lokia paremmin. Skenaario tehdään BG/NBD:stä.",
        "Pareto/NBD (Clienten kënnen zu all Moment ophalen, net nëmmen direkt no engem Akaf) gëtt fir de Vergläich un déiselwecht Clienten ugepasst; de méi héije Logarithmus vun der Plausibilitéit beschreift de Journal besser. De Szenario gëtt aus BG/NBD gemaach.";
    NO_PARETO = "Pareto/NBD could not be fitted to this log; the BG/NBD fit and the scenario made from it stand.",
        "Pareto/NBD-mallia ei voitu sovittaa tähän lokiin; BG/NBD-sovitus ja siitä tehty skenaario ovat voimassa.",
        "Pareto/NBD konnt net un dëse Journal ugepasst ginn; d'BG/NBD-Upassung an de Szenario doraus bleiwen.";
    FIT_SPEND = "Spend (Gamma-Gamma)", "Ostosumma (Gamma-Gamma)", "Ausgaben (Gamma-Gamma)";
    NO_SPEND_FIT = "No customer has a repeat purchase of positive value, so spend could not be fitted; the scenario keeps the mean purchase value of the log.",
        "Yhdelläkään asiakkaalla ei ole positiivisen arvoista uusintaostoa, joten ostosummaa ei voitu sovittaa; skenaario pitää lokin keskimääräisen ostoarvon.",
        "Kee Client huet e widderhuelten Akaf mat positivem Wäert, dofir konnten d'Ausgaben net ugepasst ginn; de Szenario behält den Duerchschnëttswäert vun engem Akaf aus dem Journal.";
    CHARTS = "Diagnostics charts", "Diagnostiikkakaaviot", "Diagnosegrafiken";
    PRIVACY = "What a shared calibrated scenario carries: the fitted parameters (how often customers buy, when they stop, how much they spend) and counts of customers, nothing else. No customer id, date or amount leaves this machine: the transactions stay in this browser tab and are forgotten when you close this view.",
        "Mitä jaettu kalibroitu skenaario sisältää: sovitetut parametrit (kuinka usein asiakkaat ostavat, milloin he lopettavat, kuinka paljon he käyttävät) ja asiakasmäärät, ei mitään muuta. Yksikään asiakastunnus, päivämäärä tai summa ei poistu tältä koneelta: ostotapahtumat pysyvät tässä selainvälilehdessä ja unohtuvat, kun suljet tämän näkymän.",
        "Wat e gedeelte kalibréierte Szenario mat sech dréit: déi ugepasst Parameteren (wéi dacks Clienten akafen, wéini se ophalen, wéi vill se ausginn) an d'Zuel vun de Clienten, soss näischt. Keng Client-ID, keen Datum a kee Betrag verléisst dëse Computer: d'Transaktiounen bleiwen an dësem Browser-Tab a gi vergiess, wann Dir dës Usiicht zoumaacht.";
    /// The notice after "Simulate".
    LOADED = "Your calibrated customers are now the scenario (undo brings back the previous one). The programme you had is kept; with none, the results show the baseline. The transactions themselves stay on this machine; a shared link carries only the fitted parameters and counts.",
        "Kalibroidut asiakkaasi ovat nyt skenaario (kumoaminen tuo edellisen takaisin). Aiempi ohjelmasi säilyy; ilman ohjelmaa tulokset näyttävät perustilanteen. Itse ostotapahtumat pysyvät tällä koneella; jaettu linkki sisältää vain sovitetut parametrit ja määrät.",
        "Är kalibréiert Clienten sinn elo de Szenario (Réckgängeg bréngt dee virdrun zréck). De Programm, deen Dir hat, bleift; ouni Programm weisen d'Resultater d'Basis. D'Transaktioune selwer bleiwen op dësem Computer; e gedeelte Link dréit nëmmen déi ugepasst Parameteren an d'Zuelen.";
    DELIM_COMMA = "Comma ,", "Pilkku ,", "Komma ,";
    DELIM_SEMICOLON = "Semicolon ;", "Puolipiste ;", "Semikolon ;";
    DELIM_TAB = "Tab", "Sarkain", "Tabulator";
    DELIM_SPACES = "Spaces", "Välilyönnit", "Espacen";
    DECIMAL_POINT = "Point .", "Piste .", "Punkt .";
    DECIMAL_COMMA = "Comma ,", "Pilkku ,", "Komma ,";
}

pub const DELIMITERS: [(&str, Tr); 4] = [
    ("comma", DELIM_COMMA),
    ("semicolon", DELIM_SEMICOLON),
    ("tab", DELIM_TAB),
    ("whitespace", DELIM_SPACES),
];
pub const DECIMALS: [(char, Tr); 2] = [('.', DECIMAL_POINT), (',', DECIMAL_COMMA)];

/// A column's option in a select: its number and header name.
pub fn column_option(l: Lang, number: usize, name: Option<&str>) -> String {
    match name {
        Some(n) if !n.is_empty() => format!("{number}: {n}"),
        _ => match l {
            Lang::En => format!("Column {number}"),
            Lang::Fi => format!("Sarake {number}"),
            Lang::Lb => format!("Kolonn {number}"),
        },
    }
}

/// What was read, in a sentence.
pub fn read_summary(
    l: Lang,
    rows: usize,
    transactions: usize,
    customers: usize,
    first: &str,
    last: &str,
) -> String {
    let c = |n: usize| crate::format::count(l, n as f64);
    let (rows, transactions, customers) = (c(rows), c(transactions), c(customers));
    match l {
        Lang::En => format!("{rows} rows read: {transactions} transactions of {customers} customers from {first} to {last}."),
        Lang::Fi => format!("{rows} riviä luettu: {transactions} ostotapahtumaa, {customers} asiakasta, {first}–{last}."),
        Lang::Lb => format!("{rows} Zeilen gelies: {transactions} Transaktioune vu {customers} Clienten vum {first} bis den {last}."),
    }
}

/// The rows left out (`sentence`, the import's own English words), then
/// what the user may do.
pub fn bad_rows(l: Lang, sentence: &str) -> String {
    let s = capitalise(sentence);
    match l {
        Lang::En => format!("{s}. You can correct the file and choose it again, or continue without these rows."),
        Lang::Fi => format!("{s}. Voit korjata tiedoston ja valita sen uudelleen tai jatkaa ilman näitä rivejä."),
        Lang::Lb => format!("{s}. Dir kënnt d'Datei korrigéieren an nach eng Kéier wielen, oder ouni dës Zeilen weiderfueren."),
    }
}

/// The fit's size, in a sentence.
pub fn fitted(
    l: Lang,
    cohort: usize,
    transactions: usize,
    start: &str,
    calibration_end: &str,
    holdout_end: &str,
) -> String {
    let c = |n: usize| crate::format::count(l, n as f64);
    let (cohort, transactions) = (c(cohort), c(transactions));
    match l {
        Lang::En => format!("Fitted on {cohort} customers who first bought by {calibration_end} ({transactions} transactions used); calibration {start} to {calibration_end}, holdout to {holdout_end}."),
        Lang::Fi => format!("Sovitettu {cohort} asiakkaaseen, jotka ostivat ensimmäisen kerran viimeistään {calibration_end} ({transactions} ostotapahtumaa käytetty); kalibrointi {start}–{calibration_end}, testijakso {holdout_end} asti."),
        Lang::Lb => format!("Ugepasst un {cohort} Clienten, déi fir d'éischt bis den {calibration_end} kaaft hunn ({transactions} Transaktioune benotzt); Kalibratioun vum {start} bis den {calibration_end}, Testperiod bis den {holdout_end}."),
    }
}

/// Pareto/NBD fitted on a sample of `fitted` of the `cohort` customers.
pub fn pareto_sample(l: Lang, fitted: usize, cohort: usize) -> String {
    let c = |n: usize| crate::format::count(l, n as f64);
    let (fitted, cohort) = (c(fitted), c(cohort));
    match l {
        Lang::En => format!("Fitted on an evenly spread sample of {fitted} of the {cohort} customers, to keep the wait short; its log-likelihood is over all of them."),
        Lang::Fi => format!("Sovitettu tasaisesti poimittuun {fitted} asiakkaan otokseen {cohort} asiakkaasta, jotta odotus pysyy lyhyenä; uskottavuuden logaritmi on laskettu kaikista."),
        Lang::Lb => format!("Ugepasst un eng gläichméisseg Stéchprouf vu {fitted} vun den {cohort} Clienten, fir datt d'Waarden net ze laang dauert; de Logarithmus vun der Plausibilitéit ass iwwer all Clienten."),
    }
}

/// The BG/NBD parameters.
pub fn bgnbd(l: Lang, r: f64, alpha: f64, a: f64, b: f64) -> String {
    let d = |x: f64| crate::format::decimal(l, x, 3);
    let weeks = match l {
        Lang::En => "weeks",
        Lang::Fi => "viikkoa",
        Lang::Lb => "Wochen",
    };
    format!(
        "r = {}, alpha = {} {weeks}, a = {}, b = {}",
        d(r),
        d(alpha),
        d(a),
        d(b)
    )
}

/// The rows of the parameters table: each parameter's name, then its value
/// in BG/NBD and in Pareto/NBD ("–" where the model has no such parameter
/// or Pareto/NBD could not be fitted), the log-likelihoods last.
pub fn parameter_rows(
    l: Lang,
    bg: &loyalty_calibrate::BgNbdOut,
    pareto: Option<&loyalty_calibrate::ParetoNbdOut>,
) -> Vec<[String; 3]> {
    let d = |x: f64| crate::format::decimal(l, x, 3);
    let none = || "–".to_string();
    let weeks = match l {
        Lang::En => "weeks",
        Lang::Fi => "viikkoa",
        Lang::Lb => "Wochen",
    };
    let p = |f: fn(&loyalty_calibrate::ParetoNbdOut) -> f64| {
        pareto.map(|m| d(f(m))).unwrap_or_else(none)
    };
    vec![
        ["r".into(), d(bg.r), p(|m| m.r)],
        [format!("alpha ({weeks})"), d(bg.alpha), p(|m| m.alpha)],
        ["a".into(), d(bg.a), none()],
        ["b".into(), d(bg.b), none()],
        ["s".into(), none(), p(|m| m.s)],
        [format!("beta ({weeks})"), none(), p(|m| m.beta)],
        [
            LOG_LIKELIHOOD.get(l).into(),
            d(bg.log_likelihood),
            p(|m| m.log_likelihood),
        ],
    ]
}

/// A calibration stage, as the progress line names it.
pub fn stage(l: Lang, s: loyalty_calibrate::Stage) -> &'static str {
    use loyalty_calibrate::Stage;
    match s {
        Stage::Read => STAGE_READ.get(l),
        Stage::FitBgNbd => STAGE_BGNBD.get(l),
        Stage::FitSpend => STAGE_SPEND.get(l),
        Stage::Holdout => STAGE_HOLDOUT.get(l),
        Stage::FitParetoNbd => STAGE_PARETO.get(l),
        Stage::Done => STAGE_DONE.get(l),
    }
}

/// The progress line: the stage and the percentage done ("Simuloidaan
/// testijaksoa: 44 %").
pub fn progress(l: Lang, s: loyalty_calibrate::Stage, percent: u8) -> String {
    let p = crate::format::count(l, f64::from(percent));
    match l {
        Lang::En => format!("{}: {p}%", stage(l, s)),
        Lang::Fi | Lang::Lb => format!("{}: {p} %", stage(l, s)),
    }
}

/// The Gamma-Gamma parameters.
pub fn gamma_gamma(l: Lang, p: f64, q: f64, gamma: f64, mean: Option<f64>) -> String {
    let d = |x: f64| crate::format::decimal(l, x, 3);
    let mean = mean
        .map(|m| {
            let m = crate::format::decimal(l, m, 2);
            match l {
                Lang::En => format!("; mean spend per purchase {m}"),
                Lang::Fi => format!("; keskimääräinen ostosumma {m}"),
                Lang::Lb => format!("; duerchschnëttlech Ausgab pro Akaf {m}"),
            }
        })
        .unwrap_or_default();
    format!("p = {}, q = {}, gamma = {}{mean}", d(p), d(q), d(gamma))
}

/// A date field that is not a date.
pub fn not_a_date(l: Lang, field: &str, value: &str) -> String {
    match l {
        Lang::En => format!("{field}: \"{value}\" is not a date (YYYY-MM-DD)"),
        Lang::Fi => format!("{field}: ”{value}” ei ole päivämäärä (VVVV-KK-PP)"),
        Lang::Lb => format!("{field}: „{value}“ ass keen Datum (JJJJ-MM-DD)"),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The command line's words in the crate's messages, as the app names them.
pub fn in_app_words(s: &str) -> String {
    capitalise(
        &s.replace(
            "with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY",
            "by choosing the date format",
        )
        .replace(
            "choose the date column with --date-col",
            "choose the date column",
        )
        .replace("choose it with --date-col", "choose it under Columns")
        .replace("a later --calibration-end", "a later calibration end")
        .replace("--calibration-end", "the calibration end")
        .replace("--holdout-end", "the holdout end"),
    )
}

/// An import error as the app says it.
pub fn import_error(l: Lang, e: &ImportError) -> String {
    match e {
        ImportError::AmbiguousDates { column, example } => match l {
            Lang::En => format!("Column {column}: the dates can be read as day/month or month/day (e.g. \"{example}\"). Choose the date format: DD/MM/YYYY or MM/DD/YYYY."),
            Lang::Fi => format!("Sarake {column}: päivämäärät voi lukea muodossa päivä/kuukausi tai kuukausi/päivä (esim. ”{example}”). Valitse päivämäärän muoto: DD/MM/YYYY tai MM/DD/YYYY."),
            Lang::Lb => format!("Kolonn {column}: d'Datumer kënnen als Dag/Mount oder Mount/Dag gelies ginn (z. B. „{example}“). Wielt d'Datumsformat: DD/MM/YYYY oder MM/DD/YYYY."),
        },
        other => in_app_words(&other.to_string()),
    }
}

/// Chart captions, axis descriptions, legends and descriptions.
pub mod charts {
    use crate::texts;

    texts! {
        ACTUAL = "Actual", "Toteutunut", "Tatsächlech";
        BGNBD = "BG/NBD", "BG/NBD", "BG/NBD";
        SIMULATED = "Simulated (the calibrated scenario)", "Simuloitu (kalibroitu skenaario)", "Simuléiert (de kalibréierte Szenario)";
        GAMMA_GAMMA = "Gamma-Gamma", "Gamma-Gamma", "Gamma-Gamma";
        CUSTOMERS = "Customers", "Asiakkaat", "Clienten";
        CALIBRATION_END = "calibration end", "kalibroinnin loppu", "Enn vun der Kalibratioun";
        FREQUENCY_CAPTION = "Repeat purchases in the calibration period", "Uusintaostot kalibrointijaksolla", "Widderhuelt Akeef an der Kalibratiounsperiod";
        FREQUENCY_X = "Repeat purchases", "Uusintaostot", "Widderhuelt Akeef";
        FREQUENCY_DESC = "Bar chart of how many customers made 0, 1, …, 6 and 7 or more repeat purchases in the calibration period, as counted in the log and as BG/NBD expects.",
            "Pylväskaavio siitä, kuinka moni asiakas teki kalibrointijaksolla 0, 1, …, 6 ja 7 tai useamman uusintaoston, lokista laskettuna ja BG/NBD:n odotuksen mukaan.",
            "Balkendiagramm vu wéi vill Clienten 0, 1, …, 6 a 7 oder méi widderhuelt Akeef an der Kalibratiounsperiod gemaach hunn, sou wéi am Journal gezielt a wéi BG/NBD et erwaart.";
        CUMULATIVE_CAPTION = "Cumulative repeat purchases", "Kertyneet uusintaostot", "Kumuléiert widderhuelt Akeef";
        WEEKLY_CAPTION = "Weekly repeat purchases", "Uusintaostot viikoittain", "Widderhuelt Akeef pro Woch";
        WEEK_X = "Week", "Viikko", "Woch";
        PURCHASES_Y = "Repeat purchases", "Uusintaostot", "Widderhuelt Akeef";
        CUMULATIVE_DESC = "Line chart of the cumulative repeat purchases week by week over the calibration and holdout periods, actual (solid) and BG/NBD (dashed), with the calibration end marked.",
            "Viivakaavio kertyneistä uusintaostoista viikoittain kalibrointi- ja testijaksolla, toteutunut (yhtenäinen) ja BG/NBD (katkoviiva), kalibroinnin loppu merkittynä.",
            "Liniendiagramm vun de kumuléierte widderhuelten Akeef Woch fir Woch iwwer d'Kalibratiouns- an d'Testperiod, tatsächlech (duerchgezunn) a BG/NBD (gestrachelt), mam Enn vun der Kalibratioun markéiert.";
        WEEKLY_DESC = "Line chart of the repeat purchases each week over the calibration and holdout periods, actual (solid) and BG/NBD (dashed), with the calibration end marked.",
            "Viivakaavio kunkin viikon uusintaostoista kalibrointi- ja testijaksolla, toteutunut (yhtenäinen) ja BG/NBD (katkoviiva), kalibroinnin loppu merkittynä.",
            "Liniendiagramm vun de widderhuelten Akeef all Woch iwwer d'Kalibratiouns- an d'Testperiod, tatsächlech (duerchgezunn) a BG/NBD (gestrachelt), mam Enn vun der Kalibratioun markéiert.";
        HOLDOUT_CAPTION = "Holdout purchases by calibration frequency", "Testijakson ostot kalibrointijakson ostotiheyden mukaan", "Akeef an der Testperiod no der Frequenz an der Kalibratioun";
        HOLDOUT_Y = "Mean purchases in the holdout", "Keskimääräiset ostot testijaksolla", "Duerchschnëttlech Akeef an der Testperiod";
        HOLDOUT_DESC = "Line chart of the mean number of holdout purchases of the customers who made 0, 1, …, 6 and 7 or more repeat purchases in the calibration period, actual, BG/NBD's conditional expectation and the calibrated scenario's simulated baseline.",
            "Viivakaavio testijakson ostojen keskimäärästä niillä asiakkailla, jotka tekivät kalibrointijaksolla 0, 1, …, 6 ja 7 tai useamman uusintaoston, toteutunut, BG/NBD:n ehdollinen odotusarvo ja kalibroidun skenaarion simuloitu perustaso.",
            "Liniendiagramm vun der duerchschnëttlecher Zuel vun Akeef an der Testperiod vun de Clienten, déi 0, 1, …, 6 a 7 oder méi widderhuelt Akeef an der Kalibratiounsperiod gemaach hunn, tatsächlech, de bedéngten Erwaardungswäert vu BG/NBD an déi simuléiert Basis vum kalibréierte Szenario.";
        NO_HOLDOUT = "No holdout period: choose a holdout end after the calibration end.",
            "Ei testijaksoa: valitse testijakson loppu kalibroinnin lopun jälkeen.",
            "Keng Testperiod: wielt en Enn vun der Testperiod nom Enn vun der Kalibratioun.";
        SPEND_CAPTION = "Customers' mean spend per purchase", "Asiakkaiden keskimääräinen ostosumma", "Duerchschnëttlech Ausgab vun de Clienten pro Akaf";
        SPEND_X = "Mean spend per repeat purchase (currency units)", "Keskimääräinen ostosumma uusintaostoa kohden (rahayksikköä)", "Duerchschnëttlech Ausgab pro widderhuelten Akaf (Währungseenheeten)";
        SPEND_DESC = "Bar chart of the distribution of customers' mean spend per repeat purchase, as counted in the log and as the Gamma-Gamma model expects.",
            "Pylväskaavio asiakkaiden uusintaostojen keskimääräisen ostosumman jakaumasta, lokista laskettuna ja Gamma-Gamma-mallin odotuksen mukaan.",
            "Balkendiagramm vun der Verdeelung vun der duerchschnëttlecher Ausgab vun de Clienten pro widderhuelten Akaf, sou wéi am Journal gezielt a wéi de Gamma-Gamma-Modell et erwaart.";
        NO_SPEND = "No spend fit: no customer has a repeat purchase of positive value.",
            "Ei ostosumman sovitusta: yhdelläkään asiakkaalla ei ole positiivisen arvoista uusintaostoa.",
            "Keng Upassung vun den Ausgaben: kee Client huet e widderhuelten Akaf mat positivem Wäert.";
        ALIVE_CAPTION = "Chance a customer is still active", "Todennäköisyys, että asiakas on yhä aktiivinen", "Chance, datt e Client nach aktiv ass";
        ALIVE_X = "Weeks from the first to the last purchase in the calibration period", "Viikkoja ensimmäisestä viimeiseen ostoon kalibrointijaksolla", "Wochen vum éischten bis zum leschten Akaf an der Kalibratiounsperiod";
        ALIVE_Y = "Repeat purchases", "Uusintaostot", "Widderhuelt Akeef";
        ALIVE_DESC = "Heat map of BG/NBD's probability that a customer is still active at the calibration end by their number of repeat purchases (rows 0 to 7 or more) and the weeks from their first to their last purchase (columns), darker for more likely; each cell shows the probability in percent.",
            "Lämpökartta BG/NBD:n todennäköisyydestä, että asiakas on yhä aktiivinen kalibroinnin lopussa, uusintaostojen määrän (rivit 0–7 tai useampi) ja ensimmäisen ja viimeisen oston välisten viikkojen (sarakkeet) mukaan, tummempi todennäköisemmälle; jokainen solu näyttää todennäköisyyden prosentteina.",
            "Wäermekaart vun der Wahrscheinlechkeet no BG/NBD, datt e Client um Enn vun der Kalibratioun nach aktiv ass, no senger Zuel vu widderhuelten Akeef (Zeilen 0 bis 7 oder méi) an de Wochen vu sengem éischten bis zu sengem leschten Akaf (Kolonnen), méi däischter fir méi wahrscheinlech; all Zell weist d'Wahrscheinlechkeet a Prozent.";
        SEVEN_PLUS = "7+", "7+", "7+";
    }
}
