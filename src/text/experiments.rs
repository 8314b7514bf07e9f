//! The Experiments view, its charts and verdicts, in every language.

use crate::format::{duration_ms, money, percent};
use crate::i18n::{Lang, Tr};
use crate::texts;

const fn tr(en: &'static str, fi: &'static str, lb: &'static str) -> Tr {
    Tr { en, fi, lb }
}

texts! {
    MODES = "What to show", "Mitä näytetään", "Wat gewise gëtt";
    SINGLE_RUN = "Single run", "Yksittäinen ajo", "Eenzele Laf";
    EXPERIMENTS = "Experiments", "Kokeet", "Experimenter";
    TITLE = "Experiments", "Kokeet", "Experimenter";
    INTRO = "Many runs of the scenario in the editor: how sure the result is, which design is best, which assumption would flip the verdict. Every run keeps its twin, and every variant runs on the same seeds, so differences are measured with common random numbers.",
        "Monta ajoa editorin skenaariosta: kuinka varma tulos on, mikä rakenne on paras, mikä oletus kääntäisi arvion. Jokaisella ajolla on kaksosensa, ja jokainen muunnelma ajetaan samoilla siemenluvuilla, joten erot mitataan yhteisillä satunnaisluvuilla.",
        "Vill Leef vum Szenario aus dem Editor: wéi sécher d'Resultat ass, wéi en Design dee beschten ass, wéi eng Unnam d'Urteel ëmdréine géif. All Laf behält säin Zwilling, an all Variant leeft mat deene selwechte Startwäerter, sou datt Ënnerscheeder mat gemeinsamen Zoufallszuele gemooss ginn.";
    KIND = "Kind of experiment", "Kokeen laji", "Aart vum Experiment";
    NAME = "Name", "Nimi", "Numm";
    SEEDS = "Seeds (replications)", "Siemenluvut (toistot)", "Startwäerter (Widderhuelungen)";
    SEEDS_HELP = "Each variant runs once per seed; more seeds, narrower bands.", "Jokainen muunnelma ajetaan kerran kullakin siemenluvulla; mitä enemmän siemenlukuja, sitä kapeammat vyöhykkeet.", "All Variant leeft eemol pro Startwäert; méi Startwäerter, méi schmuel Bänner.";
    FIRST_SEED = "First seed", "Ensimmäinen siemenluku", "Éischte Startwäert";
    DRAWS = "Draws of the assumptions", "Oletusten arvonnat", "Ziehunge vun den Unnamen";
    DRAWS_HELP = "Each draw picks every uncertain assumption from its range and runs over every seed.", "Jokainen arvonta valitsee jokaisen epävarman oletuksen sen vaihteluvälistä ja ajetaan kaikilla siemenluvuilla.", "All Ziehung hëlt all onsécher Unnam aus hirem Beräich a leeft iwwer all Startwäert.";
    UNCERTAIN = "Uncertain assumptions", "Epävarmat oletukset", "Onsécher Unnamen";
    UNCERTAIN_HELP = "Drawn uniformly between low and high. None: seed noise only.", "Arvotaan tasaisesti alarajan ja ylärajan väliltä. Ei yhtään: vain siemenlukujen satunnaisvaihtelu.", "Gläichméisseg tëscht déif an héich gezunn. Keng: nëmmen d'Rauschen vun de Startwäerter.";
    TORNADO_PARAMETERS = "Parameters and their low and high values", "Parametrit ja niiden ala- ja yläarvot", "Parameteren an hir déif an héich Wäerter";
    TORNADO_DEFAULT = "The default list of what you cannot know for sure (customer traits, market, appetites).", "Oletusluettelo siitä, mitä et voi tietää varmasti (asiakkaiden ominaisuudet, markkina, kiinnostus palkkioihin).", "D'Standardlëscht vun deem, wat Dir net sécher wësse kënnt (Eegeschafte vun de Clienten, Maart, Appetitter).";
    SCENARIOS = "Scenarios (the first is the reference)", "Skenaariot (ensimmäinen on vertailukohta)", "Szenarien (dat éischt ass d'Referenz)";
    EDITOR_SCENARIO = "The scenario in the editor", "Editorin skenaario", "De Szenario am Editor";
    FROM_FILE = "From the experiment file: ", "Koetiedostosta: ", "Aus der Experimentdatei: ";
    AXES = "Swept parameters (one or two)", "Haettavat parametrit (yksi tai kaksi)", "Duerchlaf Parameteren (een oder zwee)";
    PARAMETER = "Parameter", "Parametri", "Astellung";
    FROM = "From", "Alkaen", "Vun";
    TO = "To", "Asti", "Bis";
    STEP = "Step", "Askel", "Schrëtt";
    LOW = "Low", "Ala", "Déif";
    HIGH = "High", "Ylä", "Héich";
    UNIT = "Unit", "Yksikkö", "Eenheet";
    KPI = "KPI", "Tunnusluku", "Kennzuel";
    GOAL = "Best is", "Paras on", "Dat Bescht ass";
    CONSTRAINTS = "Constraints on the medians", "Mediaanien rajoitteet", "Bedéngunge fir d'Medianen";
    AT_MOST = "at most", "enintään", "héchstens";
    AT_LEAST = "at least", "vähintään", "mindestens";
    BOUND = "Limit", "Raja", "Grenz";
    ADD = "Add", "Lisää", "Derbäisetzen";
    ADD_PARAMETER = "Add a parameter…", "Lisää parametri…", "E Parameter derbäisetzen…";
    ADD_SCENARIO = "Add a scenario", "Lisää skenaario", "E Szenario derbäisetzen";
    ADD_AXIS = "Add a second parameter", "Lisää toinen parametri", "En zweete Parameter derbäisetzen";
    ADD_CONSTRAINT = "Add a constraint", "Lisää rajoite", "Eng Bedéngung derbäisetzen";
    REMOVE = "Remove", "Poista", "Ewechhuelen";
    EXAMPLE_MENU = "Example experiments…", "Esimerkkikokeet…", "Beispillexperimenter…";
    /// The example experiments' group in the toolbar's examples menu.
    EXAMPLE_GROUP = "Experiments (opens the Experiments view)", "Kokeet (avaa Kokeet-näkymän)", "Experimenter (mécht d'Usiicht Experimenter op)";
    START = "Start experiment", "Aloita koe", "Experiment starten";
    PAUSE = "Pause", "Keskeytä", "Paus";
    RESUME = "Resume", "Jatka", "Weiderfueren";
    CANCEL = "Cancel", "Peruuta", "Ofbriechen";
    DOWNLOAD_CSV = "Download runs (CSV)", "Lataa ajot (CSV)", "Leef eroflueden (CSV)";
    DOWNLOAD_JSON = "Download report (JSON)", "Lataa raportti (JSON)", "Bericht eroflueden (JSON)";
    PROBLEMS = "The experiment cannot start:", "Koetta ei voi aloittaa:", "D'Experiment kann net starten:";
    DRAFT_INVALID = "The scenario in the editor needs fixing first (see the Scenario tab).", "Editorin skenaario on ensin korjattava (katso Skenaario-välilehti).", "De Szenario am Editor muss fir d'éischt korrigéiert ginn (kuckt den Tab Szenario).";
    WORKER_FAILED = "The simulation workers could not start; the finished runs are kept.", "Simulaation taustaprosessit eivät käynnistyneet; valmiit ajot säilyvät.", "D'Simulatiouns-Workere konnten net starten; déi fäerdeg Leef bleiwen.";
    /// `{}` is what was wrong with the run (`field: problem; ...`).
    JOB_REFUSED = "A simulation worker refused a run ({}); the finished runs are kept.", "Simulaation taustaprosessi hylkäsi ajon ({}); valmiit ajot säilyvät.", "E Simulatiouns-Worker huet e Laf refuséiert ({}); déi fäerdeg Leef bleiwen.";
    RESULTS = "Results", "Tulokset", "Resultater";
    KPI_TABLE = "KPIs over the runs", "Tunnusluvut ajojen yli", "Kennzuelen iwwer d'Leef";
    DIFF_TABLE = "Differences against the first scenario (seed by seed)", "Erot ensimmäiseen skenaarioon (siemenluku kerrallaan)", "Ënnerscheeder zum éischte Szenario (Startwäert fir Startwäert)";
    DIFFERING = "Parameters that differ", "Eroavat parametrit", "Parameteren, déi ënnerschiddlech sinn";
    P_POSITIVE = "P(> 0)", "P(> 0)", "P(> 0)";
    MEDIAN = "Median", "Mediaani", "Zentralwäert";
    MEAN_SE = "Mean ± s.e.", "Keskiarvo ± keskivirhe", "Mëttelwäert ± Standardfeeler";
    BAND_90 = "5–95 %", "5–95 %", "5–95 %";
    P_PROFIT = "Share of runs with incremental profit above 0", "Niiden ajojen osuus, joissa lisävoitto on yli 0", "Undeel vun de Leef mat zousätzleche Gewënn iwwer 0";
    P_NPV = "Share of runs with NPV above 0", "Niiden ajojen osuus, joissa NPV on yli 0", "Undeel vun de Leef mat NPV iwwer 0";
    PAYBACK_MEDIAN = "Median payback month", "Takaisinmaksukuukauden mediaani", "Median vum Mount vun der Rentabilitéit";
    NEVER_SHARE = "Share of runs that never pay back", "Niiden ajojen osuus, jotka eivät koskaan maksa itseään takaisin", "Undeel vun de Leef, déi sech ni rentéieren";
    RUNNING = "done", "valmiina", "fäerdeg";
    PAUSED = "done, paused", "valmiina, keskeytetty", "fäerdeg, ënnerbrach";
    CANCELLED = "done, cancelled: the results below are of the finished runs", "valmiina, peruttu: alla olevat tulokset ovat valmiista ajoista", "fäerdeg, ofgebrach: d'Resultater hei ënnendrënner sinn déi vun de fäerdege Leef";
    FINISHED = "done", "valmiina", "fäerdeg";
    /// No point meets the constraints.
    NO_OPTIMUM = "No point of the sweep meets the constraints.", "Yksikään parametrihaun piste ei täytä rajoitteita.", "Kee Punkt vum Duerchlaf erfëllt d'Bedéngungen.";
    /// Before any run has finished.
    NO_RESULTS = "No finished runs yet.", "Ei vielä valmiita ajoja.", "Nach keng fäerdeg Leef.";
    FAN_CAPTION = "Cumulative incremental profit: median, 50 % and 90 % bands", "Kertynyt lisävoitto: mediaani, 50 %:n ja 90 %:n vyöhykkeet", "Kumuléierte zousätzleche Gewënn: Median, Bänner vu 50 % a 90 %";
    FAN_DESC = "Fan chart of the cumulative incremental profit by month over the runs: the median line, the 25-75 % band and the 5-95 % band.", "Viuhkakaavio kertyneestä lisävoitosta kuukausittain ajojen yli: mediaaniviiva, 25–75 %:n vyöhyke ja 5–95 %:n vyöhyke.", "Fächerdiagramm vum kumuléierte zousätzleche Gewënn pro Mount iwwer d'Leef: d'Medianlinn, d'Band vu 25–75 % an d'Band vu 5–95 %.";
    PAYBACK_CAPTION = "When the programme pays back", "Milloin ohjelma maksaa itsensä takaisin", "Wéini de Programm sech rentéiert";
    PAYBACK_DESC = "Bars of the number of runs paying back in each month, and of those that never do.", "Pylväät niiden ajojen määrästä, jotka maksavat itsensä takaisin kunakin kuukautena, ja niistä, jotka eivät koskaan.", "Balke vun der Zuel vun de Leef, déi sech an all Mount rentéieren, an där, déi et ni maachen.";
    HISTOGRAM_CAPTION = "Incremental profit over the runs", "Lisävoitto ajojen yli", "Zousätzleche Gewënn iwwer d'Leef";
    HISTOGRAM_DESC = "Histogram of the incremental profit of every run, with the share of runs above zero.", "Histogrammi jokaisen ajon lisävoitosta ja nollan ylittävien ajojen osuus.", "Histogramm vum zousätzleche Gewënn vun all Laf, mam Undeel vun de Leef iwwer null.";
    SWEEP_CAPTION = "The sweep: median and 90 % band", "Parametrihaku: mediaani ja 90 %:n vyöhyke", "Den Duerchlaf: Median a Band vu 90 %";
    SWEEP_DESC = "The KPI's median at every grid value with its 5-95 % band over the seeds; the optimum is circled.", "Tunnusluvun mediaani jokaisessa ruudukon arvossa ja sen 5–95 %:n vyöhyke siemenlukujen yli; optimi on ympyröity.", "De Median vun der Kennzuel bei all Wäert vum Gitter mat senger Band vu 5–95 % iwwer d'Startwäerter; den Optimum ass ëmkreest.";
    HEATMAP_CAPTION = "The sweep: median incremental profit", "Parametrihaku: lisävoiton mediaani", "Den Duerchlaf: Median vum zousätzleche Gewënn";
    HEATMAP_DESC = "Heat map of the KPI's median over the two swept parameters, with the break-even contour and the optimum.", "Lämpökartta tunnusluvun mediaanista kahden haettavan parametrin yli, kannattavuusrajan käyrä ja optimi.", "Wäermekaart vum Median vun der Kennzuel iwwer déi zwee duerchlafe Parameteren, mat der Kontur vun der Rentabilitéitsschwell an dem Optimum.";
    TORNADO_CAPTION = "Sensitivity: the KPI at each parameter's low and high", "Herkkyys: tunnusluku kunkin parametrin ala- ja yläarvolla", "Sensibilitéit: d'Kennzuel beim déiwen an héije Wäert vun all Parameter";
    TORNADO_DESC = "Tornado chart: for each parameter, bars from the base median to the median with its low and its high value, largest first.", "Tornadokaavio: kullekin parametrille pylväät perusmediaanista mediaaniin sen ala- ja yläarvolla, suurin ensin.", "Tornadodiagramm: fir all Parameter Balke vum Basismedian bis zum Median mat sengem déiwen a sengem héije Wäert, dee gréisste fir d'éischt.";
    COMPARE_CAPTION = "Cumulative incremental profit of each scenario (median)", "Kunkin skenaarion kertynyt lisävoitto (mediaani)", "Kumuléierte zousätzleche Gewënn vun all Szenario (Median)";
    COMPARE_DESC = "The median cumulative incremental profit by month of each compared scenario, with its 5-95 % band.", "Kunkin vertaillun skenaarion kertyneen lisävoiton mediaani kuukausittain ja sen 5–95 %:n vyöhyke.", "De Median vum kumuléierte zousätzleche Gewënn pro Mount vun all verglachene Szenario, mat senger Band vu 5–95 %.";
    MONTH = "Month", "Kuukausi", "Mount";
    MONEY_AXIS = "Currency units", "Rahayksikköä", "Währungseenheeten";
    RUNS_AXIS = "Runs", "Ajot", "Leef";
    NEVER = "never", "ei koskaan", "ni";
    MEDIAN_LINE = "median", "mediaani", "Median";
    BAND_50 = "25–75 %", "25–75 %", "25–75 %";
    LOW_BAR = "low value", "alaraja", "déif Wäert";
    HIGH_BAR = "high value", "yläraja", "héije Wäert";
    BREAK_EVEN = "break-even", "kannattavuusraja", "Rentabilitéitsschwell";
    OPTIMUM = "optimum", "optimi", "Optimum";
    BASE = "base", "perus", "Basis";
}

/// The experiment files' names (the same in every language).
pub const CSV_FILE: &str = "loyalty-lab-experiment-runs.csv";
pub const JSON_FILE: &str = "loyalty-lab-experiment.json";

pub const KINDS: [(&str, Tr); 4] = [
    (
        "monte_carlo",
        tr("Monte Carlo", "Monte Carlo", "Monte Carlo"),
    ),
    (
        "compare",
        tr(
            "Compare designs",
            "Vertaa rakenteita",
            "Designs vergläichen",
        ),
    ),
    ("sweep", tr("Sweep", "Parametrihaku", "Duerchlaf")),
    (
        "tornado",
        tr(
            "Sensitivity (tornado)",
            "Herkkyys (tornado)",
            "Sensibilitéit (Tornado)",
        ),
    ),
];
pub const KIND_HELP: [Tr; 4] = [
    tr("The scenario over many seeds, optionally with uncertain assumptions drawn from ranges: how sure is the result?",
        "Skenaario monella siemenluvulla, valinnaisesti vaihteluväleistä arvotuin epävarmoin oletuksin: kuinka varma tulos on?",
        "De Szenario iwwer vill Startwäerter, optional mat onséchere Unnamen aus Beräicher gezunn: wéi sécher ass d'Resultat?"),
    tr("2 to 4 scenarios over the same seeds: which design is better, and by how much?",
        "2–4 skenaariota samoilla siemenluvuilla: mikä rakenne on parempi, ja kuinka paljon?",
        "2 bis 4 Szenarien iwwer déi selwecht Startwäerter: wéi en Design ass besser, a wéi vill?"),
    tr("One or two parameters over a grid, each point over every seed: where is the best value?",
        "Yksi tai kaksi parametria ruudukon yli, jokainen piste kaikilla siemenluvuilla: missä on paras arvo?",
        "Een oder zwee Parameteren iwwer e Gitter, all Punkt iwwer all Startwäert: wou ass de beschte Wäert?"),
    tr("Each uncertain parameter to its low and high value, one at a time: which assumption matters most?",
        "Jokainen epävarma parametri ala- ja yläarvoonsa yksi kerrallaan: mikä oletus on tärkein?",
        "All onsécher Parameter op säin déiwen an héije Wäert, een nom aneren: wéi eng Unnam zielt am meeschten?"),
];
pub const GOALS: [(&str, Tr); 2] = [
    ("max", tr("the largest", "suurin", "dat Gréisst")),
    ("min", tr("the smallest", "pienin", "dat Klengst")),
];
/// A constraint's limits (see `experiment_form::set_bound`).
pub const BOUNDS: [(&str, Tr); 3] = [
    ("max", tr("at most", "enintään", "héchstens")),
    ("min", tr("at least", "vähintään", "mindestens")),
    ("both", tr("between", "välillä", "tëscht")),
];
pub const EXAMPLES: [Tr; 5] = [
    tr(
        "Monte Carlo of the default scenario (20 seeds)",
        "Oletusskenaarion Monte Carlo (20 siemenlukua)",
        "Monte Carlo vum Standardszenario (20 Startwäerter)",
    ),
    tr(
        "Monte Carlo with uncertain appetite and competition",
        "Monte Carlo epävarmalla palkkiokiinnostuksella ja kilpailulla",
        "Monte Carlo mat onsécherem Appetit a Konkurrenz",
    ),
    tr(
        "Compare: flat discount, Red Cube bonus, tiers",
        "Vertailu: kiinteä alennus, Red Cuben bonus, tasot",
        "Vergläich: fixe Rabatt, Bonus vu Red Cube, Stufen",
    ),
    tr(
        "Sweep: the Red Cube accrual rate, 1-20 %",
        "Parametrihaku: Red Cuben kertymisprosentti, 1–20 %",
        "Duerchlaf: den Taux vum Punktesammele bei Red Cube, 1–20 %",
    ),
    tr(
        "Tornado of the default scenario",
        "Oletusskenaarion tornado",
        "Tornado vum Standardszenario",
    ),
];

/// The runs and time the settings take, said before starting.
pub fn plan(
    l: Lang,
    runs: usize,
    variants: usize,
    seeds: usize,
    estimate_ms: f64,
    workers: usize,
) -> String {
    let t = duration_ms(l, estimate_ms);
    match l {
        Lang::En => {
            let unit = if runs == 1 { "run" } else { "runs" };
            format!("{runs} {unit} ({variants} × {seeds} seeds), about {t} with {workers} workers.")
        }
        Lang::Fi => format!(
            "{runs} ajoa ({variants} × {seeds} siemenlukua), noin {t} {workers} taustaprosessilla."
        ),
        Lang::Lb => {
            let unit = if runs == 1 { "Laf" } else { "Leef" };
            format!("{runs} {unit} ({variants} × {seeds} Startwäerter), ongeféier {t} mat {workers} Workeren.")
        }
    }
}

/// Progress while running (or paused, or stopped).
pub fn progress(l: Lang, done: usize, total: usize, state: &str, elapsed_ms: f64) -> String {
    let t = duration_ms(l, elapsed_ms);
    match l {
        Lang::En => format!("{done} of {total} runs {state} ({t})."),
        Lang::Fi => format!("{done}/{total} ajoa {state} ({t})."),
        Lang::Lb => format!("{done} vu {total} Leef {state} ({t})."),
    }
}

/// A bundled file the experiment names was not found.
pub fn unknown_file(l: Lang, path: &str) -> String {
    match l {
        Lang::En => {
            format!("names the scenario file {path}, which is not one of the app's examples")
        }
        Lang::Fi => {
            format!("nimeää skenaariotiedoston {path}, joka ei ole sovelluksen esimerkkejä")
        }
        Lang::Lb => {
            format!("nennt d'Szenariodatei {path}, déi keent vun de Beispiller vun der App ass")
        }
    }
}

/// What a parameter is, for a user (its path if the app has no name for it).
pub fn parameter(l: Lang, path: &str) -> String {
    let name = match path {
        "programme.points.earn_rate" => tr("Earn rate", "Kertymisprosentti", "Sammeltaux"),
        "programme.points.redemption_threshold" => {
            tr("Redemption threshold", "Lunastusraja", "Aléisungsschwell")
        }
        "programme.points.expiry_months" => tr(
            "Points expiry",
            "Pisteiden vanheneminen",
            "Verfall vun de Punkten",
        ),
        "programme.points.reward_cost_ratio" => tr(
            "Cost of a reward per unit of value",
            "Palkkion kustannus arvoyksikköä kohden",
            "Käschte vun enger Belounung pro Eenheet Wäert",
        ),
        "programme.discount.rate" => tr("Discount rate", "Alennusprosentti", "Rabattaux"),
        "programme.enrolment.min_purchase" => tr(
            "Purchase needed to join",
            "Liittymiseen vaadittava osto",
            "Akaf, dee fir de Bäitrëtt néideg ass",
        ),
        "programme.enrolment.join_propensity" => {
            tr("Join propensity", "Liittymisalttius", "Bäitrëttsneigung")
        }
        "programme.costs.monthly_operating" => tr(
            "Monthly operating cost",
            "Kuukausittainen käyttökustannus",
            "Monatlech Betribskäschten",
        ),
        "programme.costs.setup" => tr("Set-up cost", "Käynnistyskustannus", "Start-Käschten"),
        "business.price_index" => tr("Price index", "Hintaindeksi", "Präisindex"),
        "business.service_quality" => tr("Service quality", "Palvelun laatu", "Servicequalitéit"),
        "customers.reward_appetite" => tr(
            "Reward appetite",
            "Kiinnostus palkkioihin",
            "Appetit op Belounungen",
        ),
        "customers.price_sensitivity" => {
            tr("Price sensitivity", "Hintaherkkyys", "Präissensibilitéit")
        }
        "customers.occasions_per_year" => tr(
            "Shopping occasions a year",
            "Ostotilaisuudet vuodessa",
            "Akafsgeleeënheeten pro Joer",
        ),
        "customers.annual_exit_rate" => tr(
            "Customers leaving the market a year",
            "Markkinalta vuodessa poistuvat asiakkaat",
            "Clienten, déi de Maart pro Joer verloossen",
        ),
        "customers.rate_shape" => tr(
            "Spread of shopping rates",
            "Ostotiheyksien hajonta",
            "Streeung vun den Akafsfrequenzen",
        ),
        "market.competitor_quality" => tr(
            "Competitor quality",
            "Kilpailijoiden laatu",
            "Qualitéit vun der Konkurrenz",
        ),
        "market.switching_barrier" => {
            tr("Switching barrier", "Vaihtamisen este", "Wiesselbarrière")
        }
        "market.promoter_tells" => tr(
            "Promoters tell",
            "Suosittelijat kertovat",
            "Promoteure verzielen",
        ),
        "market.detractor_tells" => tr(
            "Detractors tell",
            "Arvostelijat kertovat",
            "Kritiker verzielen",
        ),
        "market.referral_conversion" => tr(
            "Referral conversion",
            "Suositusten konversio",
            "Konversioun vun Empfeelungen",
        ),
        _ => return path.to_string(),
    };
    name.get(l).to_string()
}

/// The unit of a parameter (empty if the app has none for it).
pub fn unit(l: Lang, path: &str) -> &'static str {
    let u = match path {
        "programme.points.earn_rate" | "programme.discount.rate" => tr(
            "share of the spend (0.05 = 5 %)",
            "osuus ostoista (0,05 = 5 %)",
            "Undeel vun den Ausgaben (0,05 = 5 %)",
        ),
        "programme.points.redemption_threshold" => tr("points", "pistettä", "Punkten"),
        "programme.points.expiry_months" => tr("months", "kuukautta", "Méint"),
        "programme.points.reward_cost_ratio" | "customers.reward_appetite" => {
            tr("share 0-1", "osuus 0–1", "Undeel 0–1")
        }
        "programme.enrolment.min_purchase"
        | "programme.costs.monthly_operating"
        | "programme.costs.setup" => tr("currency units", "rahayksikköä", "Währungseenheeten"),
        "business.price_index" => tr(
            "index (1 = market)",
            "indeksi (1 = markkina)",
            "Index (1 = Maart)",
        ),
        "business.service_quality" | "market.competitor_quality" => {
            tr("quality 0-1", "laatu 0–1", "Qualitéit 0–1")
        }
        "customers.price_sensitivity" => tr(
            "sensitivity (1 = typical)",
            "herkkyys (1 = tyypillinen)",
            "Sensibilitéit (1 = typesch)",
        ),
        "customers.occasions_per_year" => tr(
            "occasions a year",
            "tilaisuutta vuodessa",
            "Geleeënheeten pro Joer",
        ),
        "customers.annual_exit_rate" => tr("share a year", "osuus vuodessa", "Undeel pro Joer"),
        "customers.rate_shape" => tr("Gamma shape", "Gamma-muoto", "Gamma-Form"),
        "market.switching_barrier" => tr("share 0-0.95", "osuus 0–0,95", "Undeel 0–0,95"),
        "market.promoter_tells" | "market.detractor_tells" => {
            tr("people a year", "ihmistä vuodessa", "Leit pro Joer")
        }
        "market.referral_conversion" => tr("share", "osuus", "Undeel"),
        "programme.enrolment.join_propensity" => {
            tr("probability", "todennäköisyys", "Wahrscheinlechkeet")
        }
        _ => return "",
    };
    u.get(l)
}

/// Whether a parameter is a share, written as a percentage in sentences.
fn is_share(path: &str) -> bool {
    matches!(
        path,
        "programme.points.earn_rate"
            | "programme.discount.rate"
            | "programme.points.reward_cost_ratio"
            | "customers.reward_appetite"
            | "customers.annual_exit_rate"
            | "market.switching_barrier"
            | "market.referral_conversion"
            | "programme.enrolment.join_propensity"
    )
}

/// A parameter's value in a sentence: `3 %` for a share, else the number
/// (in `l`'s decimal separator).
pub fn value(l: Lang, path: &str, v: f64) -> String {
    let dec = crate::format::separators(l).1;
    if is_share(path) {
        let p = (v * 1000.0).round() / 10.0;
        format!("{p}{}%", crate::format::space(l)).replace('.', dec)
    } else {
        let r = (v * 1000.0).round() / 1000.0;
        format!("{r}").replace('.', dec)
    }
}

/// A KPI's name for a user.
pub fn kpi(l: Lang, name: &str) -> &str {
    let t = match name {
        "incremental_profit" => tr("incremental profit", "lisävoitto", "zousätzleche Gewënn"),
        "npv" => tr("NPV", "NPV", "NPV"),
        "roi" => tr("ROI", "ROI", "ROI"),
        "profit" => tr("profit", "voitto", "Gewënn"),
        "revenue" => tr("revenue", "liikevaihto", "Ëmsaz"),
        "programme_cost" => tr("programme cost", "ohjelman kustannus", "Programmkäschten"),
        "liability" => tr("points liability", "pistevelka", "Punkteschold"),
        "members" => tr("members", "jäsenet", "Memberen"),
        "retention_rate" => tr("retention", "asiakaspysyvyys", "Clientebindung"),
        "nps" => tr("NPS", "NPS", "NPS"),
        "payback_day" => tr(
            "payback day",
            "takaisinmaksupäivä",
            "Dag vun der Rentabilitéit",
        ),
        other => return other,
    };
    t.get(l)
}
/// The KPIs offered for sweeps, tornados and constraints.
pub const KPI_CHOICES: [&str; 7] = [
    "incremental_profit",
    "npv",
    "roi",
    "programme_cost",
    "liability",
    "members",
    "nps",
];

/// The KPI rows of the tables.
pub const TABLE_KPIS: [&str; 8] = [
    "incremental_profit",
    "npv",
    "roi",
    "revenue",
    "programme_cost",
    "liability",
    "members",
    "nps",
];

/// A share in a sentence: `45 %` (no `.0`).
fn share(l: Lang, s: f64) -> String {
    let dec = crate::format::separators(l).1;
    let sp = crate::format::space(l);
    percent(l, s).replace(&format!("{dec}0{sp}%"), &format!("{sp}%"))
}

/// Monte Carlo verdict.
pub fn verdict_monte_carlo(
    l: Lang,
    pays_share: f64,
    runs: usize,
    months: usize,
    p50: f64,
    p5: f64,
    p95: f64,
) -> String {
    let (s, m50, m5, m95) = (
        share(l, pays_share),
        money(l, p50),
        money(l, p5),
        money(l, p95),
    );
    match l {
        Lang::En => format!("In {s} of {runs} runs the programme pays back within {months} months; the median incremental profit is {m50} (90 % of runs between {m5} and {m95})."),
        Lang::Fi => format!("{s}:ssa {runs} ajosta ohjelma maksaa itsensä takaisin {months} kuukaudessa; lisävoiton mediaani on {m50} (90 % ajoista välillä {m5} ja {m95})."),
        Lang::Lb => format!("A {s} vu {runs} Leef rentéiert sech de Programm bannent {months} Méint; de Median vum zousätzleche Gewënn ass {m50} (90 % vun de Leef tëscht {m5} an {m95})."),
    }
}

/// Sweep verdict, one parameter.
#[allow(clippy::too_many_arguments)]
pub fn verdict_sweep(
    l: Lang,
    path: &str,
    best: f64,
    lo: f64,
    hi: f64,
    kpi_name: &str,
    p50: f64,
    current: Option<f64>,
) -> String {
    let v = |x: f64| value(l, path, x);
    let range = if lo == hi {
        tr(
            "on every seed",
            "jokaisella siemenluvulla",
            "bei all Startwäert",
        )
        .get(l)
        .to_string()
    } else {
        match l {
            Lang::En => format!("({}–{} over the seeds)", v(lo), v(hi)),
            Lang::Fi => format!("({}–{} siemenluvuittain)", v(lo), v(hi)),
            Lang::Lb => format!("({}–{} iwwer d'Startwäerter)", v(lo), v(hi)),
        }
    };
    let against = match (current, l) {
        (Some(c), Lang::En) if best < c => format!(", below the {} of the scenario", v(c)),
        (Some(c), Lang::Fi) if best < c => format!(", alle skenaarion arvon {}", v(c)),
        (Some(c), Lang::Lb) if best < c => format!(", ënner de {} vum Szenario", v(c)),
        (Some(c), Lang::En) if best > c => format!(", above the {} of the scenario", v(c)),
        (Some(c), Lang::Fi) if best > c => format!(", yli skenaarion arvon {}", v(c)),
        (Some(c), Lang::Lb) if best > c => format!(", iwwer de {} vum Szenario", v(c)),
        (Some(_), _) => tr(
            ", the scenario's own value",
            ", skenaarion oma arvo",
            ", dem Szenario säin eegene Wäert",
        )
        .get(l)
        .to_string(),
        (None, _) => String::new(),
    };
    let (p, b, k, m) = (parameter(l, path), v(best), kpi(l, kpi_name), money(l, p50));
    match l {
        Lang::En => format!("The best {} is {b} {range}, with a median {k} of {m}{against}.", p.to_lowercase()),
        Lang::Fi => format!("Paras arvo parametrille {} on {b} {range}, ja tunnusluvun {k} mediaani on {m}{against}.", p.to_lowercase()),
        Lang::Lb => format!("De beschte Wäert fir {p} ass {b} {range}, mat engem Median ({k}) vu {m}{against}."),
    }
}

/// Sweep verdict, two parameters.
pub fn verdict_sweep_2d(
    l: Lang,
    paths: &[String],
    best: &[f64],
    kpi_name: &str,
    p50: f64,
    agree: f64,
) -> String {
    let at: Vec<String> = paths
        .iter()
        .zip(best)
        .map(|(p, v)| format!("{} {}", parameter(l, p).to_lowercase(), value(l, p, *v)))
        .collect();
    let and = tr(" and ", " ja ", " an ").get(l);
    let (at, k, m, s) = (
        at.join(and),
        kpi(l, kpi_name),
        money(l, p50),
        share(l, agree),
    );
    match l {
        Lang::En => format!("The best point is {at} with a median {k} of {m}; {s} of the seeds agree on it."),
        Lang::Fi => format!("Paras piste on {at}, ja tunnusluvun {k} mediaani on {m}; {s} siemenluvuista on siitä samaa mieltä."),
        Lang::Lb => format!("De beschte Punkt ass {at} mat engem Median ({k}) vu {m}; {s} vun de Startwäerter stëmmen domat iwwereneen."),
    }
}

/// Tornado verdict.
pub fn verdict_tornado(
    l: Lang,
    path: &str,
    lo_v: f64,
    hi_v: f64,
    kpi_name: &str,
    lo: f64,
    hi: f64,
) -> String {
    let flips = if (lo > 0.0) != (hi > 0.0) {
        tr(
            " and flips its sign",
            " ja vaihtaa sen etumerkin",
            " an dréit säi Virzeechen ëm",
        )
        .get(l)
    } else {
        ""
    };
    let (p, a, b, k, m1, m2) = (
        parameter(l, path),
        value(l, path, lo_v),
        value(l, path, hi_v),
        kpi(l, kpi_name),
        money(l, lo),
        money(l, hi),
    );
    match l {
        Lang::En => format!("The result depends most on {}: from {a} to {b} it moves the median {k} from {m1} to {m2}{flips}.", p.to_lowercase()),
        Lang::Fi => format!("Tulos riippuu eniten parametrista {}: arvosta {a} arvoon {b} se siirtää tunnusluvun {k} mediaania arvosta {m1} arvoon {m2}{flips}.", p.to_lowercase()),
        Lang::Lb => format!("D'Resultat hänkt am meeschte vun {p} of: vun {a} bis {b} beweegt et de Median ({k}) vu {m1} op {m2}{flips}."),
    }
}

/// Compare verdict.
pub fn verdict_compare(
    l: Lang,
    best: &str,
    p50: f64,
    first: &str,
    ahead_share: Option<f64>,
) -> String {
    let m = money(l, p50);
    match (ahead_share, l) {
        (Some(s), Lang::En) => format!("\"{best}\" has the highest median incremental profit ({m}); it beats \"{first}\" on {} of the seeds.", share(l, s)),
        (Some(s), Lang::Fi) => format!("Skenaariolla ”{best}” on suurin lisävoiton mediaani ({m}); se voittaa skenaarion ”{first}” {}:lla siemenluvuista.", share(l, s)),
        (Some(s), Lang::Lb) => format!("„{best}“ huet de gréisste Median vum zousätzleche Gewënn ({m}); et schléit „{first}“ bei {} vun de Startwäerter.", share(l, s)),
        (None, Lang::En) => format!("\"{best}\", the first scenario, has the highest median incremental profit ({m})."),
        (None, Lang::Fi) => format!("Ensimmäisellä skenaariolla ”{best}” on suurin lisävoiton mediaani ({m})."),
        (None, Lang::Lb) => format!("„{best}“, dat éischt Szenario, huet de gréisste Median vum zousätzleche Gewënn ({m})."),
    }
}

/// P(> 0) written on the histogram.
pub fn p_positive(l: Lang, share: f64) -> String {
    format!("P(> 0) = {}", percent(l, share))
}

/// The optimum's label on the sweep chart.
pub fn optimum_label(l: Lang, path: &str, v: f64) -> String {
    format!("{} {}", OPTIMUM.get(l), value(l, path, v))
}

/// The PNG file of an experiment chart.
pub fn png_file(slug: &str) -> String {
    format!("loyalty-lab-experiment-{slug}.png")
}
