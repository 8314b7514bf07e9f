//! The classroom's quiz and glossary views: their headings, buttons,
//! feedback and the "?" links to the glossary. The questions, options,
//! supporting sentences and terms themselves are the classroom crate's
//! data (`crates/classroom/data`), in the same three languages.

use crate::format;
use crate::i18n::Lang;
use crate::texts;

texts! {
    /// The header's link to the quiz.
    QUIZ = "Quiz", "Testi", "Wëssenstest";
    /// The header's link to the glossary.
    GLOSSARY = "Glossary", "Sanasto", "Glossar";
    /// The label of the header's classroom links.
    CLASSROOM = "Classroom", "Luokkahuone", "Klassesall";
    /// The quiz view's heading.
    QUIZ_TITLE = "Quiz: loyalty and loyalty programmes",
        "Testi: uskollisuus ja kanta-asiakasohjelmat",
        "Wëssenstest: Loyalitéit a Loyalitéitsprogrammer";
    /// Under the quiz's heading: where the questions come from.
    QUIZ_INTRO = "The multiple-choice test at the end of the Finnish source text on customer loyalty (\"5. Testaa\"). The source gives no answer key: each answer is the one its own text supports, with the sentence that supports it.",
        "Asiakasuskollisuutta käsittelevän suomenkielisen lähdetekstin lopun monivalintatesti (\"5. Testaa\"). Lähde ei anna oikeita vastauksia: kukin vastaus on se, jota teksti itse tukee, ja sen tukeva lause näytetään.",
        "De Wëssenstest mat Äntwerten zum Auswielen um Enn vum finnesche Quelltext iwwer Cliententreiheet (\"5. Testaa\"). D'Quell gëtt keng Léisungen: all Äntwert ass déi, déi hiren eegenen Text ënnerstëtzt, mam Saz, deen se ënnerstëtzt.";
    /// Close a classroom view and go back to the simulator.
    BACK = "Back to the simulator", "Takaisin simulaattoriin", "Zréck bei de Simulator";
    /// The quiz's way of showing questions.
    SHOW = "Show", "Näytä", "Weisen";
    /// One question at a time.
    ONE_AT_A_TIME = "One question at a time", "Yksi kysymys kerrallaan", "Eng Fro no der anerer";
    /// Every question on one page.
    ALL_QUESTIONS = "All questions", "Kaikki kysymykset", "All d'Froen";
    /// Under a question that may have several right options.
    SEVERAL = "Possibly several right options: tick every one that applies.",
        "Mahdollisesti useita oikeita vaihtoehtoja: valitse kaikki sopivat.",
        "Méiglecherweis e puer richteg Äntwerten: kräizt all déi un, déi stëmmen.";
    /// Check the answer of one question.
    CHECK = "Check the answer", "Tarkista vastaus", "Äntwert iwwerpréiwen";
    /// The check button before anything is picked.
    PICK_FIRST = "Pick an answer first.", "Valitse ensin vastaus.", "Wielt fir d'éischt eng Äntwert.";
    /// The answer was right.
    RIGHT = "Right.", "Oikein.", "Richteg.";
    /// The answer was wrong.
    WRONG = "Not right.", "Väärin.", "Net richteg.";
    /// The answer of a multiple-choice question was partly right.
    PARTLY = "Partly right.", "Osittain oikein.", "Deelweis richteg.";
    /// Before the right option(s) after a check.
    THE_ANSWER = "The answer the text supports:", "Vastaus, jota teksti tukee:", "D'Äntwert, déi den Text ënnerstëtzt:";
    /// A right option, marked after the check (for screen readers too).
    MARK_RIGHT = "right option", "oikea vaihtoehto", "richteg Äntwert";
    /// A wrong option that was picked.
    MARK_WRONG_PICK = "your pick, not right", "valintasi, väärin", "Är Wiel, net richteg";
    /// Before the note on the source's wording.
    NOTE = "Note on the source:", "Huomautus lähteestä:", "Notiz zur Quell:";
    /// Before the Finnish original of a supporting sentence.
    ORIGINAL = "Original (Finnish):", "Alkuteksti:", "Urtext (finnesch):";
    /// Before the link to the lesson that shows an answer.
    SEE_LESSON = "The lesson that shows it:", "Oppitunti, joka näyttää sen:", "D'Lektioun, déi et weist:";
    /// The previous question.
    PREVIOUS = "Previous question", "Edellinen kysymys", "Vireg Fro";
    /// The next question.
    NEXT = "Next question", "Seuraava kysymys", "Nächst Fro";
    /// The final score's heading.
    SCORE_TITLE = "Your score", "Pisteesi", "Äre Score";
    /// Start the quiz again.
    RETRY = "Try again", "Yritä uudelleen", "Nach eng Kéier probéieren";
    /// The glossary view's heading.
    GLOSSARY_TITLE = "Glossary of the source texts' concepts",
        "Lähdetekstien käsitteiden sanasto",
        "Glossar vun de Begrëffer aus de Quelltexter";
    /// Under the glossary's heading.
    GLOSSARY_INTRO = "Every concept the app shows, with a short definition. The search ignores accents and capitals and looks in all three languages.",
        "Jokainen sovelluksen näyttämä käsite lyhyen määritelmän kanssa. Haku ei välitä tarkkeista eikä isoista kirjaimista ja etsii kaikilla kolmella kielellä.",
        "All Begrëff, deen d'Applikatioun weist, mat enger kuerzer Definitioun. D'Sich ignoréiert Akzenter a grouss Buschtawen a sicht an allen dräi Sproochen.";
    /// The glossary's search field.
    SEARCH = "Search the glossary", "Hae sanastosta", "Am Glossar sichen";
    /// The search field's placeholder.
    SEARCH_PLACEHOLDER = "e.g. hostages, panttivangit, Engagement",
        "esim. panttivangit, sitoutuminen, NPS",
        "z. B. Geisele, Engagement, NPS";
    /// A term's link to itself (a stable address to share).
    LINK_TO_TERM = "Link to this term", "Linkki tähän käsitteeseen", "Link op dëse Begrëff";
    /// Before the lessons that use a term.
    USED_IN = "Lessons:", "Oppitunnit:", "Lektiounen:";
    /// The "?" link's label before the term's name.
    WHAT_IS = "In the glossary", "Sanastossa", "Am Glossar";
}

/// "Question 3 of 14".
pub fn question_of(l: Lang, n: usize, total: usize) -> String {
    match l {
        Lang::En => format!("Question {n} of {total}"),
        Lang::Fi => format!("Kysymys {n}/{total}"),
        Lang::Lb => format!("Fro {n} vun {total}"),
    }
}

/// "Answered: 5 of 14".
pub fn answered(l: Lang, n: usize, total: usize) -> String {
    match l {
        Lang::En => format!("Answered: {n} of {total}"),
        Lang::Fi => format!("Vastattu: {n}/{total}"),
        Lang::Lb => format!("Beäntwert: {n} vun {total}"),
    }
}

/// "Score for this question: 0.67 of 1".
pub fn question_score(l: Lang, score: f64) -> String {
    let s = format::decimal(l, score, 2);
    match l {
        Lang::En => format!("Score for this question: {s} of 1"),
        Lang::Fi => format!("Tämän kysymyksen pisteet: {s}/1"),
        Lang::Lb => format!("Score fir dës Fro: {s} vun 1"),
    }
}

/// The final score: "11.5 of 14 points (82.1 %)".
pub fn final_score(l: Lang, points: f64, total: usize) -> String {
    let p = format::decimal(l, points, if points.fract() == 0.0 { 0 } else { 2 });
    let share = format::percent(l, points / total.max(1) as f64);
    match l {
        Lang::En => format!("{p} of {total} points ({share})"),
        Lang::Fi => format!("{p}/{total} pistettä ({share})"),
        Lang::Lb => format!("{p} vun {total} Punkten ({share})"),
    }
}

/// "Source text, line 463:".
pub fn source_line(l: Lang, line: u32) -> String {
    match l {
        Lang::En => format!("Source text, line {line}:"),
        Lang::Fi => format!("Lähdeteksti, rivi {line}:"),
        Lang::Lb => format!("Quelltext, Zeil {line}:"),
    }
}

/// How many terms the search found: "3 terms" / "1 term".
pub fn terms_found(l: Lang, n: usize) -> String {
    match (l, n) {
        (Lang::En, 1) => "1 term".into(),
        (Lang::En, _) => format!("{n} terms"),
        (Lang::Fi, 1) => "1 käsite".into(),
        (Lang::Fi, _) => format!("{n} käsitettä"),
        (Lang::Lb, 1) => "1 Begrëff".into(),
        (Lang::Lb, _) => format!("{n} Begrëffer"),
    }
}

/// The search found nothing.
pub fn no_match(l: Lang, query: &str) -> String {
    match l {
        Lang::En => format!("No term matches \u{201c}{query}\u{201d}."),
        Lang::Fi => format!("Haulla \u{201d}{query}\u{201d} ei löytynyt käsitettä."),
        Lang::Lb => format!("Kee Begrëff passt op \u{201e}{query}\u{201c}."),
    }
}

/// A glossary address names a term the glossary does not have.
pub fn no_such_term(l: Lang, id: &str) -> String {
    match l {
        Lang::En => format!("The glossary has no term \u{201c}{id}\u{201d}; here are all of them."),
        Lang::Fi => format!("Sanastossa ei ole käsitettä \u{201d}{id}\u{201d}; tässä ovat kaikki."),
        Lang::Lb => {
            format!("Am Glossar gëtt et de Begrëff \u{201e}{id}\u{201c} net; hei sinn se all.")
        }
    }
}

/// The "?" link's accessible name: "In the glossary: Breakage".
pub fn what_is(l: Lang, term: &str) -> String {
    format!("{}: {term}", WHAT_IS.get(l))
}
