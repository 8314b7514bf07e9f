//! Every user-facing string of the app, in one place, in English, Finnish
//! and Luxembourgish (see `crate::i18n`: a message is a [`Tr`], a message
//! with values a function of the [`Lang`]).
//!
//! Invariant: no component writes user-visible text of its own; labels,
//! units, explanations, messages and verdicts all come from here, in every
//! language (the tests at the end check each message of each module).

pub use crate::chart_text::ChartText;
pub use crate::i18n::{Lang, Tr};
use crate::texts;

texts! {
    /// The app's name.
    APP_NAME = "Loyalty Lab", "Loyalty Lab", "Loyalty Lab";
    /// The tagline under the name.
    TAGLINE = "Does your loyalty programme pay? Simulate it against a twin without the programme.",
        "Kannattaako kanta-asiakasohjelmasi? Simuloi sitä kaksosta vastaan, jolla ohjelmaa ei ole.",
        "Lount sech Äre Loyalitéitsprogramm? Simuléiert en géint en Zwilling ouni Programm.";
    /// The page's `<title>` (index.html has the English; the app sets it).
    PAGE_TITLE = "Loyalty Lab: loyalty programme simulator",
        "Loyalty Lab: kanta-asiakasohjelmien simulaattori",
        "Loyalty Lab: Simulator fir Loyalitéitsprogrammer";
    /// The page's meta description (index.html has the English).
    PAGE_DESCRIPTION = "Simulate a loyalty programme against a twin without it: incremental profit, ROI, payback, NPV, points liability, retention and NPS.",
        "Simuloi kanta-asiakasohjelmaa kaksosta vastaan, jolla ohjelmaa ei ole: lisävoitto, ROI, takaisinmaksu, NPV, pistevastuu, asiakaspysyvyys ja NPS.",
        "Simuléiert e Loyalitéitsprogramm géint en Zwilling ouni Programm: zousätzleche Gewënn, ROI, Amortisatioun, NPV, Punkteverbindlechkeet, Clientebindung an NPS.";
    /// The `<noscript>` text of index.html, in each language there.
    NOSCRIPT = "Loyalty Lab needs JavaScript and WebAssembly to run the simulation in your browser.",
        "Loyalty Lab tarvitsee JavaScriptin ja WebAssemblyn ajaakseen simulaation selaimessasi.",
        "Loyalty Lab brauch JavaScript a WebAssembly, fir d'Simulatioun an Ärem Browser lafen ze loossen.";
    /// The language switch's label.
    LANGUAGE = "Language", "Kieli", "Sprooch";
    /// Said (and announced) after the reader switched the language, in the new one.
    LANGUAGE_CHANGED = "Language changed: English", "Kieli vaihdettu: suomi", "Sprooch geännert: Lëtzebuergesch";
}

/// The chart strings of a language.
pub fn charts(l: Lang) -> &'static ChartText {
    crate::chart_text::of(l)
}

/// Labels of buttons and controls.
pub mod ui {
    use crate::i18n::Lang;
    use crate::texts;

    texts! {
        RUN = "Run simulation", "Aja simulaatio", "Simulatioun starten";
        RESTART = "Restart", "Aloita alusta", "Nei starten";
        RESTART_HELP = "Stop this run and start again from 0 % with the settings as they are now.",
            "Pysäytä tämä ajo ja aloita uudelleen 0 %:sta nykyisillä asetuksilla.",
            "Dëse Laf stoppen an nach eng Kéier vun 0 % mat den aktuellen Astellunge starten.";
        UNDO = "Undo", "Kumoa", "Réckgängeg";
        UNDO_HELP = "Undo the last change (Ctrl+Z)", "Kumoa viimeisin muutos (Ctrl+Z)", "Déi lescht Ännerung réckgängeg maachen (Ctrl+Z)";
        REDO = "Redo", "Tee uudelleen", "Widderhuelen";
        REDO_HELP = "Redo the change just undone (Ctrl+Shift+Z)", "Tee juuri kumottu muutos uudelleen (Ctrl+Shift+Z)", "D'Ännerung, déi just réckgängeg gemaach gouf, widderhuelen (Ctrl+Shift+Z)";
        JUMP = "Show", "Näytä", "Weisen";
        JUMP_HELP = "Go to the first setting that needs fixing", "Siirry ensimmäiseen korjattavaan asetukseen", "Op déi éischt Astellung goen, déi muss korrigéiert ginn";
        EDITED = "edited", "muokattu", "geännert";
        CANCEL = "Cancel", "Peruuta", "Ofbriechen";
        TOOLBAR = "Scenario tools", "Skenaarion työkalut", "Aktioune fir d'Szenario";
        COPY_LINK = "Copy link", "Kopioi linkki", "Link kopéieren";
        LINK_COPIED = "Link copied to the clipboard.", "Linkki kopioitiin leikepöydälle.", "De Link ass an der Zwëschenoflag.";
        LINK_SHOWN = "Copy the link below (the clipboard is not available in this browser).",
            "Kopioi alla oleva linkki (leikepöytä ei ole käytettävissä tässä selaimessa).",
            "Kopéiert de Link hei ënnen (d'Zwëschenoflag ass an dësem Browser net disponibel).";
        SHARE_LINK_LABEL = "Share link for this scenario", "Tämän skenaarion jakolinkki", "Link fir dëst Szenario ze deelen";
        DOWNLOAD_JSON = "Download scenario (JSON)", "Lataa skenaario (JSON)", "Szenario eroflueden (JSON)";
        UPLOAD_JSON = "Open scenario (JSON)…", "Avaa skenaario (JSON)…", "Szenario opmaachen (JSON)…";
        DOWNLOAD_CSV = "Download monthly results (CSV)", "Lataa kuukausitulokset (CSV)", "Monatlech Resultater eroflueden (CSV)";
        DOWNLOAD_SUMMARY = "Download summary (CSV)", "Lataa yhteenveto (CSV)", "Resumé eroflueden (CSV)";
        DOWNLOAD_CSV_HELP = "Every column of the report for each month (the same as the command line's CSV)",
            "Raportin jokainen sarake kuukausittain (sama kuin komentorivin CSV; luvut koneluettavassa muodossa)",
            "All Kolonn vum Rapport fir all Mount (déi selwecht wéi de CSV vun der Kommandozeil; Zuelen am maschinnen-liesbare Format)";
        DOWNLOAD_SUMMARY_HELP = "The KPIs, then per month the programme, the twin and their difference for the main measures, rounded for reading",
            "Tunnusluvut ja sitten kuukausittain ohjelma, kaksonen ja niiden erotus tärkeimmille mittareille, luettavuuden vuoksi pyöristettyinä",
            "D'Kennzuelen, duerno pro Mount de Programm, den Zwilling an hiren Ënnerscheed fir déi wichtegst Mooss, fir d'Liesen ofgeronnt";
        DOWNLOAD_PNG = "Download PNG", "Lataa PNG", "PNG eroflueden";
        ENLARGE = "Enlarge", "Suurenna", "Vergréisseren";
        ENLARGE_HELP = "Show over the whole window", "Näytä koko ikkunan kokoisena", "Iwwer déi ganz Fënster weisen";
        CLOSE_CHART = "Close (Esc)", "Sulje (Esc)", "Zoumaachen (Esc)";
        RESET = "Reset to defaults", "Palauta oletukset", "Op d'Standardastellunge zrécksetzen";
        EXAMPLES = "Example scenarios", "Esimerkkiskenaariot", "Beispillszenarien";
        EXAMPLE_PICK = "Load an example…", "Lataa esimerkki…", "E Beispill lueden…";
        DISMISS = "Dismiss", "Sulje", "Zoumaachen";
        RESTORE_AUTOSAVE = "Restore my last scenario", "Palauta viimeisin skenaarioni", "Mäi leschte Szenario zréckhuelen";
        LIVE = "Live update", "Päivitä heti", "Direkt aktualiséieren";
        LIVE_HELP = "Re-run automatically after each change (only for small populations: up to 20 million customer-days).",
            "Aja uudelleen automaattisesti jokaisen muutoksen jälkeen (vain pienille populaatioille: enintään 20 miljoonaa asiakaspäivää).",
            "No all Ännerung automatesch nei lafe loossen (nëmme fir kleng Populatiounen: bis zu 20 Milliounen Client-Deeg).";
        RUNNING = "Simulating", "Simuloidaan", "Simulatioun leeft";
        PROGRESS_LABEL = "Simulation progress", "Simulaation eteneminen", "Fortschrëtt vun der Simulatioun";
        STALE = "These results are for earlier settings. Run the simulation to update them.",
            "Nämä tulokset ovat aiemmista asetuksista. Aja simulaatio päivittääksesi ne.",
            "Dës Resultater sinn fir méi fréi Astellungen. Start d'Simulatioun, fir se ze aktualiséieren.";
        WAITING = "Simulating the default scenario…", "Simuloidaan oletusskenaariota…", "De Standardszenario gëtt simuléiert…";
        CANCELLED = "Run cancelled. The results shown are from the last completed run.",
            "Ajo peruttiin. Näytetyt tulokset ovat viimeisimmästä valmiista ajosta.",
            "Laf ofgebrach. Déi gewise Resultater sinn vum leschte fäerdege Laf.";
        ERRORS_TITLE = "Some settings need fixing before the simulation can run:",
            "Jotkin asetukset on korjattava ennen kuin simulaation voi ajaa:",
            "Verschidden Astellunge musse korrigéiert ginn, ier d'Simulatioun lafe kann:";
        EDITOR_TITLE = "Scenario", "Skenaario", "Szenario";
        TABS = "Scenario or results", "Skenaario tai tulokset", "Szenario oder Resultater";
        FOLD = "\u{2190} Hide the scenario (results full width)", "\u{2190} Piilota skenaario (tulokset koko leveydeltä)", "\u{2190} Szenario verstoppen (Resultater iwwer déi ganz Breet)";
        UNFOLD = "\u{2192} Show the scenario", "\u{2192} Näytä skenaario", "\u{2192} Szenario weisen";
        RESULTS_TITLE = "Results", "Tulokset", "Resultater";
        CHARTS_TITLE = "Charts", "Kaaviot", "Grafiken";
        NAME = "Scenario name", "Skenaarion nimi", "Numm vum Szenario";
        SEARCH_LABEL = "Find a setting by name", "Etsi asetusta nimellä", "Eng Astellung no Numm sichen";
        SEARCH_PLACEHOLDER = "Find a setting (e.g. margin, expiry)…", "Etsi asetusta (esim. kate, vanheneminen)…", "Astellung sichen (z. B. Marge, Verfall)…";
        SHOW_ALL = "Show all settings", "Näytä kaikki asetukset", "All Astellunge weisen";
        BASIC_NOTE = "Showing the main settings. Switch on \u{201c}Show all settings\u{201d} or search for any other.",
            "Näytetään tärkeimmät asetukset. Valitse \u{201d}Näytä kaikki asetukset\u{201d} tai etsi muita.",
            "Et ginn déi wichtegst Astellunge gewisen. Schalt \u{201e}All Astellunge weisen\u{201c} an oder sicht no enger anerer.";
        NAME_EDITED = "edited", "muokattu", "geännert";
        NAME_EDITED_HELP = "The scenario has changed since it got this name: the name may no longer describe it.",
            "Skenaario on muuttunut nimeämisensä jälkeen: nimi ei ehkä enää kuvaa sitä.",
            "D'Szenario huet sech geännert, zanter et dësen Numm kritt huet: den Numm beschreift et vläicht net méi.";
        ON = "On", "Päällä", "Un";
        ADD_ROW = "Add row", "Lisää rivi", "Zeil bäisetzen";
        REMOVE_ROW = "Remove", "Poista", "Ewechhuelen";
        NOT_A_NUMBER = "This is not a number Loyalty Lab can read: type e.g. 0.25, 0,25 or 10 000.",
            "Loyalty Lab ei osaa lukea tätä lukuna: kirjoita esim. 0,25, 0.25 tai 10 000.",
            "Dat ass keng Zuel, déi Loyalty Lab liese kann: tippt z. B. 0,25, 0.25 oder 10 000.";
        NOT_A_WHOLE_NUMBER = "Enter a whole number (e.g. 12 or 10 000).", "Anna kokonaisluku (esim. 12 tai 10 000).", "Gitt eng ganz Zuel an (z. B. 12 oder 10 000).";
        EMPTY_NUMBER = "Enter a number: this field is empty.", "Anna luku: kenttä on tyhjä.", "Gitt eng Zuel an: dëst Feld ass eidel.";
        PERCENT_NOT_HERE = "This field is not a share, so it takes no % sign: type the number alone.",
            "Tämä kenttä ei ole osuus, joten siihen ei kirjoiteta %-merkkiä: kirjoita pelkkä luku.",
            "Dëst Feld ass keen Undeel, dofir kritt et keen %-Zeechen: tippt just d'Zuel.";
        WORKER_FAILED = "The simulation could not start in this browser (Web Workers or WebAssembly are unavailable).",
            "Simulaatio ei voinut käynnistyä tässä selaimessa (Web Workers tai WebAssembly ei ole käytettävissä).",
            "D'Simulatioun konnt an dësem Browser net starten (Web Workers oder WebAssembly sinn net disponibel).";
        /// The panic message's title, text and buttons (see `crate::panic`).
        PANIC_TITLE = "Loyalty Lab stopped because of a bug", "Loyalty Lab pysähtyi ohjelmavirheen vuoksi", "Loyalty Lab ass wéinst engem Feeler stoe bliwwen";
        PANIC_BODY = "Your scenario is safe: it is saved in this browser after every edit and comes back when you reload. If you report the bug, please include the details below.",
            "Skenaariosi on tallessa: se tallennetaan tähän selaimeen jokaisen muutoksen jälkeen ja palaa, kun lataat sivun uudelleen. Jos ilmoitat virheestä, liitä mukaan alla olevat tiedot.",
            "Äert Szenario ass sécher: et gëtt no all Ännerung an dësem Browser gespäichert a kënnt zréck, wann Dir nei luet. Wann Dir de Feeler mellt, schéckt w.e.g. d'Detailer hei ënnen mat.";
        PANIC_COPY = "Copy details", "Kopioi tiedot", "Detailer kopéieren";
        PANIC_RELOAD = "Reload", "Lataa uudelleen", "Nei lueden";
        FOOTER = "Everything runs in your browser: nothing you type or open leaves this machine.",
            "Kaikki toimii selaimessasi: mikään kirjoittamasi tai avaamasi ei poistu tältä koneelta.",
            "Alles leeft an Ärem Browser: näischt, wat Dir tippt oder opmaacht, verléisst dëse Computer.";
    }

    /// "2 settings need fixing" beside the disabled Run button.
    pub fn problems(l: Lang, n: usize) -> String {
        match (l, n) {
            (Lang::En, 1) => "1 setting needs fixing".to_string(),
            (Lang::En, n) => format!("{n} settings need fixing"),
            (Lang::Fi, 1) => "1 asetus on korjattava".to_string(),
            (Lang::Fi, n) => format!("{n} asetusta on korjattava"),
            (Lang::Lb, 1) => "1 Astellung muss korrigéiert ginn".to_string(),
            (Lang::Lb, n) => format!("{n} Astellunge musse korrigéiert ginn"),
        }
    }

    /// The status while the draft cannot run.
    pub fn blocked(l: Lang, n: usize, has_results: bool) -> String {
        let one = n == 1;
        match (l, has_results) {
            (Lang::En, true) => format!("These results are for earlier settings. Fix {} marked in red to run the simulation again.", if one { "the setting" } else { "the settings" }),
            (Lang::En, false) => format!("No results yet: fix {} marked in red to run the simulation.", if one { "the setting" } else { "the settings" }),
            (Lang::Fi, true) => (if one { "Nämä tulokset ovat aiemmista asetuksista. Korjaa punaisella merkitty asetus ajaaksesi simulaation uudelleen." } else { "Nämä tulokset ovat aiemmista asetuksista. Korjaa punaisella merkityt asetukset ajaaksesi simulaation uudelleen." }).to_string(),
            (Lang::Fi, false) => (if one { "Ei vielä tuloksia: korjaa punaisella merkitty asetus ajaaksesi simulaation." } else { "Ei vielä tuloksia: korjaa punaisella merkityt asetukset ajaaksesi simulaation." }).to_string(),
            (Lang::Lb, true) => format!("Dës Resultater sinn fir méi fréi Astellungen. Korrigéiert {} a rout markéiert, fir d'Simulatioun nach eng Kéier ze starten.", if one { "d'Astellung" } else { "d'Astellungen" }),
            (Lang::Lb, false) => format!("Nach keng Resultater: korrigéiert {} a rout markéiert, fir d'Simulatioun ze starten.", if one { "d'Astellung" } else { "d'Astellungen" }),
        }
    }

    /// The notice after loading an example.
    pub fn example_loaded(l: Lang, name: &str) -> String {
        match l {
            Lang::En => format!("Loaded the example \u{201c}{name}\u{201d}. Undo (Ctrl+Z) brings back what you had before."),
            Lang::Fi => format!("Ladattiin esimerkki \u{201d}{name}\u{201d}. Kumoa (Ctrl+Z) palauttaa aiemman tilanteen."),
            Lang::Lb => format!("D'Beispill \u{201e}{name}\u{201c} ass gelueden. Réckgängeg (Ctrl+Z) bréngt zréck, wat Dir virdru hat."),
        }
    }

    /// "3 settings found".
    pub fn found(l: Lang, n: usize) -> String {
        match (l, n) {
            (Lang::En, 0) => "No setting matches.".to_string(),
            (Lang::En, 1) => "1 setting found".to_string(),
            (Lang::En, n) => format!("{n} settings found"),
            (Lang::Fi, 0) => "Yksikään asetus ei vastaa hakua.".to_string(),
            (Lang::Fi, 1) => "1 asetus löytyi".to_string(),
            (Lang::Fi, n) => format!("{n} asetusta löytyi"),
            (Lang::Lb, 0) => "Keng Astellung passt.".to_string(),
            (Lang::Lb, 1) => "1 Astellung fonnt".to_string(),
            (Lang::Lb, n) => format!("{n} Astellunge fonnt"),
        }
    }

    /// A comma before three digits in a decimal field.
    pub fn ambiguous_number(l: Lang, thousands: &str, decimal: &str) -> String {
        match l {
            Lang::En => format!("Is this {thousands} or {decimal}? Type it without the comma ({thousands}) or with a dot ({decimal})."),
            Lang::Fi => format!("Tarkoitatko {thousands} vai {decimal}? Kirjoita se ilman pilkkua ({thousands}) tai pisteellä ({decimal})."),
            Lang::Lb => format!("Ass dat {thousands} oder {decimal}? Tippt et ouni Komma ({thousands}) oder mat engem Punkt ({decimal})."),
        }
    }

    /// What a typed number was read as.
    pub fn understood(l: Lang, value: &str) -> String {
        match l {
            Lang::En => format!("Read as {value}"),
            Lang::Fi => format!("Luettiin: {value}"),
            Lang::Lb => format!("Gelies als {value}"),
        }
    }

    /// The message of a number that could not be read.
    pub fn number_error(l: Lang, e: &crate::number_input::NumberError) -> String {
        use crate::number_input::NumberError;
        match e {
            NumberError::Empty => EMPTY_NUMBER.get(l).to_string(),
            NumberError::NotANumber => NOT_A_NUMBER.get(l).to_string(),
            NumberError::NotWhole => NOT_A_WHOLE_NUMBER.get(l).to_string(),
            NumberError::PercentNotHere => PERCENT_NOT_HERE.get(l).to_string(),
            NumberError::Ambiguous { thousands, decimal } => {
                ambiguous_number(l, thousands, decimal)
            }
        }
    }

    /// A worker stopped in the middle of a run (`message` is the browser's).
    pub fn worker_died(l: Lang, message: &str) -> String {
        let m = message.trim();
        match l {
            Lang::En => {
                let why = if m.is_empty() {
                    String::new()
                } else {
                    format!(" (the browser said: {m})")
                };
                format!("The simulation stopped: a worker failed or ran out of memory{why}. The last result is still shown; press Run to try again, or try a smaller population.")
            }
            Lang::Fi => {
                let why = if m.is_empty() {
                    String::new()
                } else {
                    format!(" (selain ilmoitti: {m})")
                };
                format!("Simulaatio pysähtyi: työsäie epäonnistui tai sen muisti loppui{why}. Viimeisin tulos näkyy yhä; paina Aja simulaatio yrittääksesi uudelleen tai kokeile pienempää populaatiota.")
            }
            Lang::Lb => {
                let why = if m.is_empty() {
                    String::new()
                } else {
                    format!(" (de Browser sot: {m})")
                };
                format!("D'Simulatioun ass stoe bliwwen: e Worker huet versot oder hat keen Ospäicher méi{why}. Dat lescht Resultat gëtt nach ëmmer gewisen; dréckt op Start, fir et nach eng Kéier ze probéieren, oder probéiert eng méi kleng Populatioun.")
            }
        }
    }

    /// The line beside the results: "Model version 1".
    pub fn model_version(l: Lang, version: u32) -> String {
        match l {
            Lang::En => format!("Model version {version}"),
            Lang::Fi => format!("Mallin versio {version}"),
            Lang::Lb => format!("Modellversioun {version}"),
        }
    }
}

/// Formats "Simulated {customers} customers × {days} days in {ms} ms (programme and twin)."
pub fn timing(l: Lang, customers: u32, days: u32, ms: f64) -> String {
    use crate::format::{count, duration_ms};
    let (c, d, t) = (
        count(l, customers as f64),
        count(l, days as f64),
        duration_ms(l, ms),
    );
    match l {
        Lang::En => format!("Simulated {c} customers × {d} days in {t} (programme and twin)."),
        Lang::Fi => {
            format!("Simuloitiin {c} asiakasta × {d} päivää ajassa {t} (ohjelma ja kaksonen).")
        }
        Lang::Lb => format!("{c} Clienten × {d} Deeg an {t} simuléiert (Programm an Zwilling)."),
    }
}

/// Progress text: "Simulating: 40 %".
pub fn progress(l: Lang, fraction: f64) -> String {
    format!(
        "{}: {}{}%",
        ui::RUNNING.get(l),
        crate::format::decimal(l, fraction * 100.0, 0),
        crate::format::space(l)
    )
}

/// Messages about share links and files.
pub mod notices {
    use crate::i18n::Lang;
    use crate::texts;

    texts! {
        LINK_NOT_OURS = "This link does not contain a Loyalty Lab scenario, so the default scenario is shown.",
            "Tämä linkki ei sisällä Loyalty Lab -skenaariota, joten näytetään oletusskenaario.",
            "Dëse Link huet keen Loyalty-Lab-Szenario, dofir gëtt de Standardszenario gewisen.";
        LINK_DAMAGED = "This link is damaged or incomplete (perhaps it was cut off when copied), so the default scenario is shown.",
            "Tämä linkki on vioittunut tai vajaa (ehkä se katkesi kopioitaessa), joten näytetään oletusskenaario.",
            "Dëse Link ass beschiedegt oder net komplett (vläicht gouf e beim Kopéieren ofgeschnidden), dofir gëtt de Standardszenario gewisen.";
        LINK_FUTURE = "This link was made by a newer version of Loyalty Lab than this one, so the default scenario is shown. Reload the page to get the latest version.",
            "Tämä linkki on tehty uudemmalla Loyalty Lab -versiolla kuin tämä, joten näytetään oletusskenaario. Lataa sivu uudelleen saadaksesi uusimman version.",
            "Dëse Link gouf mat enger méi neier Versioun vu Loyalty Lab gemaach, dofir gëtt de Standardszenario gewisen. Luet d'Säit nei, fir déi neist Versioun ze kréien.";
        LINK_INVALID = "This link's scenario has values Loyalty Lab cannot use, so the default scenario is shown. The problem: ",
            "Tämän linkin skenaariossa on arvoja, joita Loyalty Lab ei voi käyttää, joten näytetään oletusskenaario. Ongelma: ",
            "D'Szenario vun dësem Link huet Wäerter, déi Loyalty Lab net benotze kann, dofir gëtt de Standardszenario gewisen. De Problem: ";
        LINK_LOADED = "Scenario opened from the link.", "Skenaario avattiin linkistä.", "Szenario aus dem Link opgemaach.";
        UPLOAD_INVALID = "That file is not a usable scenario, so nothing was changed. The problem: ",
            "Tiedosto ei ole käyttökelpoinen skenaario, joten mitään ei muutettu. Ongelma: ",
            "Dee Fichier ass keen notzbare Szenario, dofir gouf näischt geännert. De Problem: ";
        UPLOAD_NOT_JSON = "That file is not a scenario file (it is not JSON text: perhaps a spreadsheet, a document or a picture), so nothing was changed. Open a file saved with \u{201c}Download scenario (JSON)\u{201d}.",
            "Tiedosto ei ole skenaariotiedosto (se ei ole JSON-tekstiä: ehkä taulukko, asiakirja tai kuva), joten mitään ei muutettu. Avaa tiedosto, joka on tallennettu toiminnolla \u{201d}Lataa skenaario (JSON)\u{201d}.",
            "Dee Fichier ass kee Szenario-Fichier (et ass keen JSON-Text: vläicht eng Tabell, en Dokument oder e Bild), dofir gouf näischt geännert. Maacht e Fichier op, dee mat \u{201e}Szenario eroflueden (JSON)\u{201c} gespäichert gouf.";
        UPLOAD_NOT_SCENARIO = "That file holds JSON data, but not a Loyalty Lab scenario (a scenario is one { … } object, as \u{201c}Download scenario (JSON)\u{201d} saves it), so nothing was changed.",
            "Tiedostossa on JSON-dataa mutta ei Loyalty Lab -skenaariota (skenaario on yksi { … } -olio, kuten \u{201d}Lataa skenaario (JSON)\u{201d} sen tallentaa), joten mitään ei muutettu.",
            "Dee Fichier huet JSON-Donnéeën, awer keen Loyalty-Lab-Szenario (e Szenario ass een { … }-Objet, esou wéi \u{201e}Szenario eroflueden (JSON)\u{201c} en späichert), dofir gouf näischt geännert.";
        UPLOAD_COMPLETE_HINT = "a file saved with \u{201c}Download scenario (JSON)\u{201d} has every field",
            "toiminnolla \u{201d}Lataa skenaario (JSON)\u{201d} tallennetussa tiedostossa on jokainen kenttä",
            "e Fichier, dee mat \u{201e}Szenario eroflueden (JSON)\u{201c} gespäichert gouf, huet all Feld";
        UPLOAD_UNREADABLE = "That file could not be read, so nothing was changed.", "Tiedostoa ei voitu lukea, joten mitään ei muutettu.", "Dee Fichier konnt net gelies ginn, dofir gouf näischt geännert.";
        UPLOAD_LOADED = "Scenario opened from the file.", "Skenaario avattiin tiedostosta.", "Szenario aus dem Fichier opgemaach.";
        AUTOSAVE_CORRUPT = "The scenario saved in this browser could not be read, so the default scenario is shown.",
            "Tähän selaimeen tallennettua skenaariota ei voitu lukea, joten näytetään oletusskenaario.",
            "De Szenario, deen an dësem Browser gespäichert ass, konnt net gelies ginn, dofir gëtt de Standardszenario gewisen.";
        STORAGE_UNAVAILABLE = "This browser does not let the page save your scenario (its storage is full or switched off), so your changes are kept only while this tab is open; download the scenario as JSON to keep it.",
            "Tämä selain ei anna sivun tallentaa skenaariotasi (sen tallennustila on täynnä tai pois käytöstä), joten muutoksesi säilyvät vain niin kauan kuin tämä välilehti on auki; lataa skenaario JSON-tiedostona säilyttääksesi sen.",
            "Dëse Browser léisst d'Säit Äert Szenario net späicheren (säi Späicher ass voll oder ausgeschalt), dofir bleiwen Är Ännerungen nëmmen, soulaang dësen Tab op ass; luet d'Szenario als JSON erof, fir et ze halen.";
        OTHER_TAB = "Loyalty Lab is also open in another tab, which has just saved a different scenario. This tab keeps its own; the browser remembers whichever is saved last, so download this one or copy its link to keep both. \"Restore my last scenario\" switches this tab to the other tab's scenario.",
            "Loyalty Lab on auki myös toisessa välilehdessä, joka tallensi juuri toisen skenaarion. Tämä välilehti pitää omansa; selain muistaa viimeksi tallennetun, joten lataa tämä tai kopioi sen linkki säilyttääksesi molemmat. \u{201d}Palauta viimeisin skenaarioni\u{201d} vaihtaa tähän välilehteen toisen välilehden skenaarion.",
            "Loyalty Lab ass och an engem aneren Tab op, deen just en anere Szenario gespäichert huet. Dësen Tab behält säin eegenen; de Browser behält deen, dee fir d'lescht gespäichert gouf, also luet dësen erof oder kopéiert säi Link, fir allebéid ze halen. \u{201e}Mäi leschte Szenario zréckhuelen\u{201c} wiesselt dësen Tab op de Szenario vum aneren Tab.";
    }

    /// A JSON file that ends too early.
    pub fn upload_cut_short(l: Lang, line: usize) -> String {
        match l {
            Lang::En => format!("That file is cut short: it ends at line {line} before the scenario is complete (perhaps the download or the copy did not finish), so nothing was changed."),
            Lang::Fi => format!("Tiedosto on katkennut: se päättyy riville {line} ennen kuin skenaario on valmis (ehkä lataus tai kopiointi jäi kesken), joten mitään ei muutettu."),
            Lang::Lb => format!("Dee Fichier ass ofgeschnidden: en hält op der Zeil {line} op, ier d'Szenario komplett ass (vläicht ass den Download oder d'Kopie net fäerdeg ginn), dofir gouf näischt geännert."),
        }
    }

    /// A file larger than a scenario can be (`max_kb` kilobytes).
    pub fn upload_too_big(l: Lang, max_kb: usize) -> String {
        match l {
            Lang::En => format!("That file is too big to be a scenario (a scenario file is at most {max_kb} kB), so nothing was changed. Open a file saved with \u{201c}Download scenario (JSON)\u{201d}."),
            Lang::Fi => format!("Tiedosto on liian suuri ollakseen skenaario (skenaariotiedosto on enintään {max_kb} kt), joten mitään ei muutettu. Avaa tiedosto, joka on tallennettu toiminnolla \u{201d}Lataa skenaario (JSON)\u{201d}."),
            Lang::Lb => format!("Dee Fichier ass ze grouss fir e Szenario (e Szenario-Fichier huet héchstens {max_kb} kB), dofir gouf näischt geännert. Maacht e Fichier op, dee mat \u{201e}Szenario eroflueden (JSON)\u{201c} gespäichert gouf."),
        }
    }

    /// A JSON file with a syntax error.
    pub fn upload_damaged(l: Lang, line: usize, column: usize) -> String {
        match l {
            Lang::En => format!("That file is damaged: its text stops being valid JSON at line {line}, column {column} (perhaps it was edited by hand), so nothing was changed."),
            Lang::Fi => format!("Tiedosto on vioittunut: sen teksti lakkaa olemasta kelvollista JSONia rivillä {line}, sarakkeessa {column} (ehkä sitä on muokattu käsin), joten mitään ei muutettu."),
            Lang::Lb => format!("Dee Fichier ass beschiedegt: säin Text ass op der Zeil {line}, Kolonn {column} kee gültege JSON méi (vläicht gouf en mat der Hand geännert), dofir gouf näischt geännert."),
        }
    }

    /// One sentence on an opened link made with another model version.
    pub fn model_notice(l: Lang, notice: crate::link::ModelNotice) -> String {
        use crate::link::ModelNotice;
        match (l, notice) {
            (Lang::En, ModelNotice::Older { link: Some(link), current }) => format!("This link was made with model version {link}; this is version {current}, so the numbers may differ from when the link was made."),
            (Lang::En, ModelNotice::Older { link: None, current }) => format!("This link was made before links recorded the model version (so with version 1 or earlier); this is version {current}, so the numbers may differ from when the link was made."),
            (Lang::En, ModelNotice::Newer { link, current }) => format!("This link was made with model version {link}, newer than this app's version {current}, so the numbers may differ from when the link was made (reload the page to get the latest version)."),
            (Lang::Fi, ModelNotice::Older { link: Some(link), current }) => format!("Tämä linkki tehtiin mallin versiolla {link}; tämä on versio {current}, joten luvut voivat poiketa linkin tekohetken luvuista."),
            (Lang::Fi, ModelNotice::Older { link: None, current }) => format!("Tämä linkki tehtiin ennen kuin linkit tallensivat mallin version (siis versiolla 1 tai aiemmalla); tämä on versio {current}, joten luvut voivat poiketa linkin tekohetken luvuista."),
            (Lang::Fi, ModelNotice::Newer { link, current }) => format!("Tämä linkki tehtiin mallin versiolla {link}, joka on uudempi kuin tämän sovelluksen versio {current}, joten luvut voivat poiketa linkin tekohetken luvuista (lataa sivu uudelleen saadaksesi uusimman version)."),
            (Lang::Lb, ModelNotice::Older { link: Some(link), current }) => format!("Dëse Link gouf mat der Modellversioun {link} gemaach; dëst ass d'Versioun {current}, dofir kënnen d'Zuelen anescht sinn wéi doumools, wéi de Link gemaach gouf."),
            (Lang::Lb, ModelNotice::Older { link: None, current }) => format!("Dëse Link gouf gemaach, ier Linken d'Modellversioun festgehalen hunn (also mat der Versioun 1 oder méi fréi); dëst ass d'Versioun {current}, dofir kënnen d'Zuelen anescht sinn wéi doumools, wéi de Link gemaach gouf."),
            (Lang::Lb, ModelNotice::Newer { link, current }) => format!("Dëse Link gouf mat der Modellversioun {link} gemaach, méi nei wéi d'Versioun {current} vun dëser App, dofir kënnen d'Zuelen anescht sinn wéi doumools, wéi de Link gemaach gouf (luet d'Säit nei, fir déi neist Versioun ze kréien)."),
        }
    }
}

/// KPI card titles and explanations.
pub mod kpi;

/// The one-sentence verdict under the KPIs.
pub mod verdict;

/// Group titles and descriptions of the scenario editor.
pub mod groups;

/// The core's validation errors, in the reader's language.
pub mod errors;
/// The experiment problems of the core, from their codes.
pub mod experiment_errors;

/// The import of a transaction log ("Use your own customers") and its diagnostics.
pub mod calibrate;
/// The import's and the fit's own sentences, from their codes.
pub mod import_notes;

/// Names of the segments a benefit can be limited to.
pub mod segments {
    use crate::i18n::Lang;
    use crate::texts;

    texts! {
        EVERYONE = "Every member", "Kaikki jäsenet", "All Memberen";
        TOP_SPENDERS = "Top spenders", "Eniten ostavat", "Déi gréisste Keefer";
        NEW = "New customers", "Uudet asiakkaat", "Nei Clienten";
        LAPSING = "Lapsing customers", "Passivoituvat asiakkaat", "Clienten, déi ofsprangen";
        TIER = "Members of a tier or above", "Tason tai ylemmän jäsenet", "Memberen vun enger Stuf oder driwwer";
        BIRTHDAY = "Birthday month", "Syntymäkuukausi", "Gebuertsdagsmount";
    }

    /// `(value, name)` of every segment kind in `l`, in menu order (values as in scenario files).
    pub fn kinds(l: Lang) -> Vec<(&'static str, &'static str)> {
        [
            ("everyone", EVERYONE),
            ("top_spenders", TOP_SPENDERS),
            ("new", NEW),
            ("lapsing", LAPSING),
            ("tier", TIER),
            ("birthday", BIRTHDAY),
        ]
        .iter()
        .map(|(v, t)| (*v, t.get(l)))
        .collect()
    }
}

/// Names of the timeline's event kinds and their options.
pub mod events {
    use crate::i18n::{Lang, Tr};
    use crate::texts;

    texts! {
        LAUNCH = "Programme launch", "Ohjelman käynnistys", "Start vum Programm";
        END = "Programme ends", "Ohjelma päättyy", "De Programm hält op";
        RULE_CHANGE = "Rule change (e.g. devaluation)", "Sääntömuutos (esim. devalvaatio)", "Reegelännerung (z. B. Devaluatioun)";
        CAMPAIGN = "Points campaign", "Pistekampanja", "Punktecampagne";
        COMPETITOR_PROGRAMME = "Competitor launches a programme", "Kilpailija käynnistää ohjelman", "D'Konkurrenz start e Programm";
        COMPETITOR_PRICE_CUT = "Competitor cuts prices", "Kilpailija laskee hintoja", "D'Konkurrenz senkt d'Präisser";
        DEREGULATION = "Deregulation (a monopoly ends)", "Sääntelyn purku (monopoli päättyy)", "Dereguléierung (e Monopol hält op)";
        SERVICE_FAILURE = "Service failure", "Palveluhäiriö", "Servicepann";
        PAY_OUT = "Pay out the outstanding points", "Maksa jäljellä olevat pisteet", "Déi oppe Punkten ausbezuelen";
        WRITE_OFF = "Write the outstanding points off", "Mitätöi jäljellä olevat pisteet", "Déi oppe Punkten ofschreiwen";
    }

    const KINDS: [(&str, Tr); 8] = [
        ("launch", LAUNCH),
        ("end", END),
        ("rule_change", RULE_CHANGE),
        ("campaign", CAMPAIGN),
        ("competitor_programme", COMPETITOR_PROGRAMME),
        ("competitor_price_cut", COMPETITOR_PRICE_CUT),
        ("deregulation", DEREGULATION),
        ("service_failure", SERVICE_FAILURE),
    ];

    /// `(kind, name)` of every event kind in `l`, in menu order (kinds as `Event::kind` writes them).
    pub fn kinds(l: Lang) -> Vec<(&'static str, &'static str)> {
        KINDS.iter().map(|(k, t)| (*k, t.get(l))).collect()
    }

    /// `(value, name)` of the settle options of a programme's end.
    pub fn settle(l: Lang) -> Vec<(&'static str, &'static str)> {
        vec![("pay_out", PAY_OUT.get(l)), ("write_off", WRITE_OFF.get(l))]
    }

    /// An event's heading in the timeline: "Event 2: Service failure".
    pub fn title(l: Lang, n: usize, name: &str) -> String {
        format!("{} {n}: {name}", super::groups::EVENT_N.get(l))
    }

    /// The name of an event kind (`"deregulation"`) in `l`, or the kind itself when unknown.
    pub fn name(l: Lang, kind: &str) -> &str {
        KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, t)| t.get(l))
            .unwrap_or(kind)
    }
}

/// Labels of choices in drop-downs.
pub mod choices {
    use crate::texts;

    texts! {
        OPT_IN = "Opt-in (customers decide to join)", "Vapaaehtoinen liittyminen (asiakas päättää)", "Op Wonsch (d'Clienten decidéieren bäizetrieden)";
        AUTOMATIC = "Automatic (everyone at first purchase)", "Automaattinen (kaikki ensimmäisellä ostolla)", "Automatesch (jiddereen beim éischten Akaf)";
        PERSONAL = "Personal card (purchases tracked)", "Henkilökohtainen kortti (ostot seurataan)", "Perséinlech Kaart (Akäf ginn erfaasst)";
        BEARER = "Bearer card (anyone holding it)", "Haltijakortti (kuka tahansa haltija)", "Inhaberkaart (jiddereen, deen se huet)";
        VOLUNTARY = "Voluntary (member chooses when)", "Vapaaehtoinen (jäsen valitsee milloin)", "Fräiwëlleg (de Member wielt wéini)";
        AUTO_REDEEM = "Automatic cashback", "Automaattinen rahanpalautus", "Automatesche Cashback";
        MODE = "How customers join", "Miten asiakkaat liittyvät", "Wéi d'Clienten bäitrieden";
        MODE_HELP = "Opt-in programmes attract the customers who already buy most (self-selection).",
            "Vapaaehtoiset ohjelmat houkuttelevat asiakkaita, jotka jo ostavat eniten (itsevalikoituminen).",
            "Programmer op Wonsch zéien d'Clienten un, déi schonn am meeschte kafen (Selbstselektioun).";
        CARD = "Card", "Kortti", "Kaart";
        CARD_HELP = "A bearer card can be lent, and tracks nothing, so it allows only a flat discount.",
            "Haltijakortin voi lainata, eikä se seuraa mitään, joten se sallii vain kiinteän alennuksen.",
            "Eng Inhaberkaart ka geléint ginn an erfaasst näischt, dofir erlaabt se nëmmen e fixe Rabatt.";
        REDEMPTION = "Redemption", "Lunastus", "Aléisen";
        REDEMPTION_HELP = "Voluntary redemption lets points pile up (and expire); cashback converts them automatically.",
            "Vapaaehtoinen lunastus antaa pisteiden kertyä (ja vanhentua); rahanpalautus muuntaa ne automaattisesti.",
            "Beim fräiwëllegen Aléise sammele sech d'Punkten (a verfalen); de Cashback wandelt se automatesch ëm.";
    }
}

/// Label, unit and one-line explanation of an editable field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldText {
    /// Short label.
    pub label: &'static str,
    /// Unit, shown after the input.
    pub unit: &'static str,
    /// The concept behind the field, in one line.
    pub help: &'static str,
}

const fn f(label: &'static str, unit: &'static str, help: &'static str) -> FieldText {
    FieldText { label, unit, help }
}

/// The field texts of English.
mod fields;
/// The field texts of Finnish.
mod fields_fi;
/// The field texts of Luxembourgish.
mod fields_lb;

/// Every field's texts in `l`, by path.
pub(crate) fn field_table(l: Lang) -> &'static [(&'static str, FieldText)] {
    match l {
        Lang::En => fields::FIELDS,
        Lang::Fi => fields_fi::FIELDS,
        Lang::Lb => fields_lb::FIELDS,
    }
}

/// The text of a field in `l`, by its scenario path (table columns use the
/// path without the row index, e.g. `programme.tiers.levels.name`).
pub fn field(l: Lang, path: &str) -> FieldText {
    match field_table(l).iter().find(|(p, _)| *p == path) {
        Some((_, t)) => *t,
        None => finance::field(l, path).unwrap_or_else(|| segment_param(l, path)),
    }
}

/// The text of a segment's parameter at any path (`programme.offers.segment.days`).
fn segment_param(l: Lang, path: &str) -> FieldText {
    let in_segment = path.contains(".segment.") || path.starts_with("programme.discount_for.");
    match path.rsplit('.').next() {
        Some("share") if in_segment => field(l, "segment.share"),
        Some("days") if in_segment => field(l, "segment.days"),
        Some("min") if in_segment => field(l, "segment.tier.min"),
        _ => f("", "", ""),
    }
}

/// File names for downloads (the same in every language: files are shared).
pub mod files {
    pub const SCENARIO_FILE: &str = "loyalty-lab-scenario.json";
    pub const CSV_FILE: &str = "loyalty-lab-monthly.csv";
    pub const SUMMARY_FILE: &str = "loyalty-lab-summary.csv";
}

/// Headers and names of the summary CSV.
pub mod summary;

/// The currency setting.
pub mod currency;

/// The finance view: its tab, tables, column headings and files.
pub mod finance;
/// The spreadsheet download's sheet names, columns, units and labels.
pub mod xlsx;

/// The memory check before a run.
pub mod memory;

/// The lesson views and the presentation mode.
pub mod lessons;

/// The Experiments view, its charts and verdicts.
pub mod experiments;

/// The sweep's and the tornado's number tables.
pub mod experiment_tables;

/// "Follow a customer", its charts, and the overview's loyalty-ladder and
/// seven-emotion charts.
pub mod follow;

/// The classroom's quiz and glossary views and the "?" links to the glossary.
pub mod quiz;

/// Names of the bundled example scenarios, in menu order.
pub const EXAMPLE_NAMES: [Tr; 10] = [
    Tr {
        en: "Default: points programme for a mid-sized retailer",
        fi: "Oletus: keskikokoisen vähittäiskaupan pisteohjelma",
        lb: "Standard: Punkteprogramm fir e mëttelgrousse Geschäft",
    },
    Tr {
        en: "No programme",
        fi: "Ei ohjelmaa",
        lb: "Kee Programm",
    },
    Tr {
        en: "Flat 20 % discount (the discount drug)",
        fi: "Kiinteä 20 %:n alennus (alennushuume)",
        lb: "Fixe Rabatt vun 20 % (d'Rabattdrog)",
    },
    Tr {
        en: "Red Cube bonus programme",
        fi: "Red Cuben bonusohjelma",
        lb: "Bonusprogramm vu Red Cube",
    },
    Tr {
        en: "Silver, gold and platinum tiers",
        fi: "Hopea-, kulta- ja platinatasot",
        lb: "Stufe Sëlwer, Gold a Platin",
    },
    Tr {
        en: "Coalition of five partners",
        fi: "Viiden kumppanin koalitio",
        lb: "Koalitioun vu fënnef Partner",
    },
    Tr {
        en: "VIP terms for the top tier",
        fi: "VIP-ehdot ylimmälle tasolle",
        lb: "VIP-Konditioune fir déi iewescht Stuf",
    },
    Tr {
        en: "Deregulated utility",
        fi: "Vapautettu energiamarkkina",
        lb: "Dereguléierten Energieversuerger",
    },
    Tr {
        en: "Terminated programme",
        fi: "Lopetettu ohjelma",
        lb: "Ofgeschaaften Programm",
    },
    Tr {
        en: "Devaluation of points",
        fi: "Pisteiden devalvaatio",
        lb: "Devaluatioun vun de Punkten",
    },
];

#[cfg(test)]
mod tests;
