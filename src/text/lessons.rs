//! The lesson views: the list, a lesson's sections (NetLogo's Info tab:
//! what it is, how it works, how to use it, things to notice, things to
//! try, related lessons), the prediction, the reveal, the lesson's link
//! and the presentation mode. The lessons' own texts are the classroom's
//! (`crates/classroom/lessons/`).

use crate::i18n::Lang;
use crate::lesson_link::Problem;
use crate::texts;

texts! {
    /// The header's button that opens the list of lessons.
    OPEN = "Lessons", "Oppitunnit", "Lektiounen";
    /// Its tooltip.
    OPEN_HELP = "Guided lessons: predict what a loyalty programme does, then run it and see why.",
        "Ohjatut oppitunnit: ennusta, mitä kanta-asiakasohjelma tekee, aja se sitten ja katso miksi.",
        "Gefouert Lektiounen: virausso, wat e Loyalitéitsprogramm mécht, dann et lafe loossen a kucken firwat.";
    /// The list's heading.
    LIST_TITLE = "Lessons", "Oppitunnit", "Lektiounen";
    /// The list's introduction.
    LIST_INTRO = "Each lesson opens a prepared scenario, asks for your prediction before the run, then shows the result with the chart that explains it.",
        "Jokainen oppitunti avaa valmiin skenaarion, kysyy ennustustasi ennen ajoa ja näyttää sitten tuloksen kaaviolla, joka selittää sen.",
        "All Lektioun mécht e preparéiert Szenario op, freet no Ärer Viraussoe virum Laf a weist dann d'Resultat mat der Grafik, déi et erkläert.";
    /// Closes the lesson views and shows the editor again.
    CLOSE = "Back to the scenario editor", "Takaisin skenaarion muokkaukseen", "Zréck bei d'Beaarbechtung vum Szenario";
    /// Back from a lesson to the list.
    ALL_LESSONS = "All lessons", "Kaikki oppitunnit", "All d'Lektiounen";
    /// The label of the lesson's navigation.
    NAV = "Lesson", "Oppitunti", "Lektioun";
    /// NetLogo's "What is it?".
    WHAT_IS_IT = "What is it?", "Mistä on kyse?", "Wat ass et?";
    /// "How it works".
    HOW_IT_WORKS = "How it works", "Miten se toimii", "Wéi et funktionéiert";
    /// "How to use it".
    HOW_TO_USE = "How to use it", "Miten tätä käytetään", "Wéi een et benotzt";
    /// The text of "How to use it" (the same for every lesson).
    HOW_TO_USE_TEXT = "Make your prediction below, then press \u{201c}Run and reveal\u{201d}: the lesson's scenario replaces the one in the editor (Undo brings yours back), runs, and the answer appears with the chart that shows it, marked in the results.",
        "Tee ennustuksesi alla ja paina \u{201d}Aja ja paljasta\u{201d}: oppitunnin skenaario korvaa muokattavan skenaarion (Kumoa palauttaa omasi), se ajetaan, ja vastaus tulee näkyviin sen näyttävän kaavion kanssa, joka on merkitty tuloksiin.",
        "Maacht ënnen Är Viraussoen an dréckt op \u{201e}Lafen an opdecken\u{201c}: d'Szenario vun der Lektioun ersetzt dat am Editeur (Réckgängeg bréngt Äert zréck), leeft, an d'Äntwert erschéngt mat der Grafik, déi se weist, markéiert an de Resultater.";
    /// "Things to notice".
    THINGS_TO_NOTICE = "Things to notice", "Huomattavaa", "Wat een nokucke soll";
    /// "Things to try".
    THINGS_TO_TRY = "Things to try", "Kokeiltavaa", "Wat een ausprobéiere kann";
    /// The "now try" changes.
    NOW_TRY = "Now try", "Kokeile nyt", "Probéiert elo";
    /// A "now try" change's button.
    TRY_IT = "Load this change", "Lataa tämä muutos", "Dës Ännerung lueden";
    /// "Related lessons".
    RELATED = "Related lessons", "Aiheeseen liittyvät oppitunnit", "Verwandt Lektiounen";
    /// The prediction's heading.
    PREDICT = "Your prediction", "Ennustuksesi", "Är Viraussoen";
    /// Under it: predict before the run.
    PREDICT_HINT = "Decide before the run: the result is shown only after it.",
        "Päätä ennen ajoa: tulos näytetään vasta sen jälkeen.",
        "Decidéiert virum Laf: d'Resultat gëtt eréischt duerno gewisen.";
    /// The number prediction's input.
    GUESS = "Your guess", "Arvauksesi", "Är Schätzung";
    /// The guess is not a number.
    GUESS_UNREADABLE = "Type a number, e.g. 12 or -3,5.", "Kirjoita luku, esim. 12 tai -3,5.", "Gitt eng Zuel an, z. B. 12 oder -3,5.";
    /// Runs the lesson's scenario and shows the answer.
    RUN_REVEAL = "Run and reveal", "Aja ja paljasta", "Lafen an opdecken";
    /// While the run is not done.
    RUNNING = "The lesson's scenario is running; the answer follows when it is done.",
        "Oppitunnin skenaariota ajetaan; vastaus tulee, kun ajo on valmis.",
        "D'Szenario vun der Lektioun leeft; d'Äntwert kënnt, soubal et fäerdeg ass.";
    /// The reveal's heading.
    REVEAL = "The result", "Tulos", "D'Resultat";
    /// The prediction was right.
    RIGHT = "Your prediction was right.", "Ennustuksesi osui oikeaan.", "Är Viraussoe war richteg.";
    /// The prediction was not right.
    WRONG = "Not quite: look at the chart to see why.", "Ei aivan: katso kaaviosta, miksi.", "Net ganz: kuckt op der Grafik firwat.";
    /// The right option.
    ANSWER = "The answer", "Vastaus", "D'Äntwert";
    /// The sentence that explains it.
    WHY = "Why", "Miksi", "Firwat";
    /// The chart the reveal marks.
    CHART = "The chart", "Kaavio", "D'Grafik";
    /// Scrolls to the marked chart.
    SHOW_CHART = "Show the chart", "Näytä kaavio", "D'Grafik weisen";
    /// The lesson's scenario could not be built (a bundled lesson is wrong).
    SCENARIO_FAILED = "This lesson's scenario could not be prepared:", "Tämän oppitunnin skenaariota ei voitu valmistella:", "D'Szenario vun dëser Lektioun konnt net preparéiert ginn:";
    /// Copies the lesson's link.
    COPY_LINK = "Copy the lesson's link", "Kopioi oppitunnin linkki", "De Link vun der Lektioun kopéieren";
    /// The link field's label.
    LINK_LABEL = "The lesson's link (for a slide or a learning platform)",
        "Oppitunnin linkki (diaan tai oppimisalustalle)",
        "De Link vun der Lektioun (fir eng Folie oder eng Léierplattform)";
    /// The link was copied.
    LINK_COPIED = "The lesson's link was copied.", "Oppitunnin linkki kopioitiin.", "De Link vun der Lektioun gouf kopéiert.";
    /// The clipboard refused; the link is shown to copy by hand.
    LINK_SHOWN = "The lesson's link is shown below; copy it from there.",
        "Oppitunnin linkki näkyy alla; kopioi se sieltä.",
        "De Link vun der Lektioun steet hei ënnen; kopéiert en vun do.";
    /// Starts the presentation mode.
    PRESENT = "Present", "Esitä", "Presentéieren";
    /// Its tooltip.
    PRESENT_HELP = "Show the lesson for a projector: large type, one section at a time.",
        "Näytä oppitunti projektorille: suuri teksti, yksi osio kerrallaan.",
        "D'Lektioun fir e Projekter weisen: grouss Schrëft, eng Sektioun no der anerer.";
    /// The presentation's label.
    PRESENTATION = "Presentation", "Esitys", "Presentatioun";
    /// The previous section.
    PREVIOUS = "Previous", "Edellinen", "Viregt";
    /// The next section.
    NEXT = "Next", "Seuraava", "Nächst";
    /// Leaves the presentation.
    LEAVE = "Leave (Esc)", "Poistu (Esc)", "Verloossen (Esc)";
    /// The keys of the presentation.
    KEYS = "Arrow keys and page keys move; Esc leaves.", "Nuolinäppäimet ja sivunvaihtonäppäimet siirtävät; Esc poistuu.", "D'Feiltasten an d'Säitentaste bewegen; Esc verléisst.";
    /// The presentation's reveal without a result of the lesson's scenario.
    NO_RUN_YET = "The lesson's scenario has not run yet.", "Oppitunnin skenaariota ei ole vielä ajettu.", "D'Szenario vun der Lektioun ass nach net gelaf.";
    /// Runs the lesson's scenario from the presentation.
    RUN_NOW = "Run the lesson's scenario", "Aja oppitunnin skenaario", "D'Szenario vun der Lektioun lafe loossen";
}

/// "Lesson 3 of 14".
pub fn number(l: Lang, i: usize, n: usize) -> String {
    match l {
        Lang::En => format!("Lesson {i} of {n}"),
        Lang::Fi => format!("Oppitunti {i}/{n}"),
        Lang::Lb => format!("Lektioun {i} vun {n}"),
    }
}

/// "Section 2 of 7" (the presentation).
pub fn section(l: Lang, i: usize, n: usize) -> String {
    match l {
        Lang::En => format!("Section {i} of {n}"),
        Lang::Fi => format!("Osio {i}/{n}"),
        Lang::Lb => format!("Sektioun {i} vun {n}"),
    }
}

/// The notice after the lesson's scenario was loaded.
pub fn loaded(l: Lang, title: &str) -> String {
    match l {
        Lang::En => format!("Loaded the scenario of the lesson \u{201c}{title}\u{201d}. Undo (Ctrl+Z) brings back what you had before."),
        Lang::Fi => format!("Ladattiin oppitunnin \u{201d}{title}\u{201d} skenaario. Kumoa (Ctrl+Z) palauttaa aiemman tilanteen."),
        Lang::Lb => format!("D'Szenario vun der Lektioun \u{201e}{title}\u{201c} ass gelueden. Réckgängeg (Ctrl+Z) bréngt zréck, wat Dir virdru hat."),
    }
}

/// A number prediction's answer: "18 (a guess within 15 of it counts)".
pub fn number_answer(l: Lang, answer: &str, tolerance: &str, unit: &str) -> String {
    match l {
        Lang::En => format!("{answer} {unit} (a guess within {tolerance} of it counts as right; the median of five seeds)"),
        Lang::Fi => format!("{answer} {unit} (arvaus, joka on enintään {tolerance} päässä siitä, lasketaan oikeaksi; viiden siemenluvun mediaani)"),
        Lang::Lb => format!("{answer} {unit} (eng Schätzung, déi net méi wéi {tolerance} dovun ewech ass, zielt als richteg; de Median vu fënnef Seeds)"),
    }
}

/// What this run gave for a number prediction.
pub fn this_run(l: Lang, value: &str, unit: &str) -> String {
    match l {
        Lang::En => format!("This run: {value} {unit}."),
        Lang::Fi => format!("Tämä ajo: {value} {unit}."),
        Lang::Lb => format!("Dëse Laf: {value} {unit}."),
    }
}

/// What the student predicted.
pub fn you_said(l: Lang, what: &str) -> String {
    match l {
        Lang::En => format!("You predicted: {what}"),
        Lang::Fi => format!("Ennustit: {what}"),
        Lang::Lb => format!("Dir hutt virausgesot: {what}"),
    }
}

/// Why a lesson link did not open its lesson, in a sentence.
pub fn problem(l: Lang, p: &Problem) -> String {
    match (p, l) {
        (Problem::BadId(id), Lang::En) => format!("The link names the lesson \u{201c}{id}\u{201d}, which is not a lesson id (small letters, digits and \u{201c}-\u{201d}); here are all the lessons."),
        (Problem::BadId(id), Lang::Fi) => format!("Linkki nimeää oppitunnin \u{201d}{id}\u{201d}, joka ei ole oppitunnin tunnus (pieniä kirjaimia, numeroita ja \u{201d}-\u{201d}); tässä ovat kaikki oppitunnit."),
        (Problem::BadId(id), Lang::Lb) => format!("De Link nennt d'Lektioun \u{201e}{id}\u{201c}, mee dat ass keng Lektiounsbezeechnung (kleng Buschtawen, Zifferen an \u{201e}-\u{201c}); hei sinn all d'Lektiounen."),
        (Problem::BadLang(code), Lang::En) => format!("The link asks for the language \u{201c}{code}\u{201d}; the app speaks English (en), Finnish (fi) and Luxembourgish (lb). Here are all the lessons."),
        (Problem::BadLang(code), Lang::Fi) => format!("Linkki pyytää kieltä \u{201d}{code}\u{201d}; sovelluksen kielet ovat englanti (en), suomi (fi) ja luxemburg (lb). Tässä ovat kaikki oppitunnit."),
        (Problem::BadLang(code), Lang::Lb) => format!("De Link freet no der Sprooch \u{201e}{code}\u{201c}; d'App schwätzt Englesch (en), Finnesch (fi) a Lëtzebuergesch (lb). Hei sinn all d'Lektiounen."),
        (Problem::Unknown(id), Lang::En) => format!("There is no lesson \u{201c}{id}\u{201d} (the link may be from another version); here are all the lessons."),
        (Problem::Unknown(id), Lang::Fi) => format!("Oppituntia \u{201d}{id}\u{201d} ei ole (linkki voi olla toisesta versiosta); tässä ovat kaikki oppitunnit."),
        (Problem::Unknown(id), Lang::Lb) => format!("Et gëtt keng Lektioun \u{201e}{id}\u{201c} (de Link ass vläicht vun enger anerer Versioun); hei sinn all d'Lektiounen."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::problem as text_problem;

    #[test]
    fn every_lesson_view_message_is_in_every_language() {
        let problems: Vec<String> = ALL
            .iter()
            .filter_map(|(name, t)| text_problem(&format!("text::lessons::{name}"), t))
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_messages_with_values_differ_by_language_and_keep_their_values() {
        type Case = (Box<dyn Fn(Lang) -> String>, &'static [&'static str]);
        let cases: Vec<Case> = vec![
            (Box::new(|l| number(l, 3, 14)), &["3", "14"]),
            (Box::new(|l| section(l, 2, 7)), &["2", "7"]),
            (Box::new(|l| loaded(l, "T\u{e4}")), &["T\u{e4}", "Ctrl+Z"]),
            (
                Box::new(|l| number_answer(l, "18", "15", "u")),
                &["18", "15", " u "],
            ),
            (Box::new(|l| this_run(l, "17,5", "u")), &["17,5 u."]),
            (Box::new(|l| you_said(l, "X9")), &["X9"]),
            (
                Box::new(|l| problem(l, &Problem::BadId("Q7".into()))),
                &["Q7"],
            ),
            (
                Box::new(|l| problem(l, &Problem::BadLang("xx".into()))),
                &["xx", "(fi)", "(lb)"],
            ),
            (
                Box::new(|l| problem(l, &Problem::Unknown("zz9".into()))),
                &["zz9"],
            ),
        ];
        for (f, values) in cases {
            let (en, fi, lb) = (f(Lang::En), f(Lang::Fi), f(Lang::Lb));
            assert!(en != fi && en != lb && fi != lb, "{en} / {fi} / {lb}");
            for v in values {
                for t in [&en, &fi, &lb] {
                    assert!(t.contains(v), "{v} is missing from {t}");
                }
            }
        }
    }
}
