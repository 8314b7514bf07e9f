//! "Follow a customer": the view's labels and sentences, the story charts'
//! texts ([`charts`]) and those of the overview's loyalty-ladder and
//! seven-emotion charts.

use crate::format;
use crate::i18n::{Lang, Tr};
use crate::texts;
use loyalty_sim::story::{Kind, LifeMonth};

texts! {
    /// The view's tab, beside Overview and Finance.
    TAB = "Follow a customer", "Seuraa asiakasta", "E Client verfollegen";
    /// The view's heading.
    TITLE = "One customer's life", "Yhden asiakkaan elämä", "D'Liewe vun engem Client";
    /// What the view shows.
    INTRO = "Pick a customer and see their whole story in both runs, with the programme (solid lines) and in the twin without it (dashed), month by month.",
        "Valitse asiakas ja katso hänen koko tarinansa molemmissa ajoissa, ohjelman kanssa (yhtenäiset viivat) ja kaksosessa ilman sitä (katkoviivat), kuukausi kuukaudelta.",
        "Sicht Iech e Client eraus a kuckt seng ganz Geschicht a béide Leef, mam Programm (duerchgezunne Linnen) an am Zwilling ouni et (gestréchelt), Mount fir Mount.";
    /// The label of the choice of kind.
    KIND_LABEL = "Whom to follow", "Ketä seurataan", "Wien verfollegt gëtt";
    /// The choice: anyone.
    KIND_ANY = "Anyone, at random", "Kuka tahansa, satunnaisesti", "Egal wien, zoufälleg";
    /// The follow button.
    FOLLOW = "Follow", "Seuraa", "Verfollegen";
    /// The follow button's help.
    FOLLOW_HELP = "Each press picks another customer of this kind at random and runs the scenario again for them (in the background; the results stay as they are).",
        "Jokainen painallus valitsee satunnaisesti toisen tämänlaisen asiakkaan ja ajaa skenaarion uudelleen hänelle (taustalla; tulokset pysyvät ennallaan).",
        "All Klick sicht zoufälleg en anere Client vun dëser Aart eraus a léisst d'Szenario fir hie nach eng Kéier lafen (am Hannergrond; d'Resultater bleiwe wéi se sinn).";
    /// While the story is being made.
    FOLLOWING = "Following the customer through both runs…", "Seurataan asiakasta molemmissa ajoissa…", "De Client gëtt duerch béid Leef verfollegt…";
    /// The progress bar's label.
    PROGRESS = "Progress of following the customer", "Asiakkaan seuraamisen eteneminen", "Fortschrëtt beim Verfollege vum Client";
    /// Before the first story.
    EMPTY = "Choose whom to follow and press Follow.", "Valitse, ketä seurataan, ja paina Seuraa.", "Sicht Iech eraus, wien verfollegt gëtt, an dréckt op Verfollegen.";
    /// The story is of earlier results.
    STALE = "This story is from an earlier run of the scenario. Press Follow to see a customer of the results shown.",
        "Tämä tarina on skenaarion aiemmasta ajosta. Paina Seuraa nähdäksesi asiakkaan näytetyistä tuloksista.",
        "Dës Geschicht ass vun engem fréiere Laf vum Szenario. Dréckt op Verfollegen, fir e Client vun de gewise Resultater ze gesinn.";
    /// No results to follow a customer in.
    NO_RESULTS = "Run the simulation first: a customer is followed in the results shown.",
        "Aja ensin simulaatio: asiakasta seurataan näytetyissä tuloksissa.",
        "Start fir d'éischt d'Simulatioun: e Client gëtt an de gewise Resultater verfollegt.";
    /// No customer with the id asked for.
    NO_SUCH_ID = "No customer with this number in this run.", "Tässä ajossa ei ole asiakasta tällä numerolla.", "An dësem Laf gëtt et kee Client mat dëser Nummer.";
    /// The worker failed.
    FAILED = "Following the customer failed: {}", "Asiakkaan seuraaminen epäonnistui: {}", "De Client ze verfollegen huet net geklappt: {}";
    /// The story's totals' heading.
    TOTALS = "In numbers", "Lukuina", "An Zuelen";
    /// The charts' heading.
    CHARTS = "The story month by month", "Tarina kuukausi kuukaudelta", "D'Geschicht Mount fir Mount";
}

/// The choices of kind, in the menu's order (the value, the label).
pub const KINDS: [(Kind, Tr); 6] = [
    (
        Kind::Loyalist,
        Tr {
            en: "A loyalist (satisfied and staying)",
            fi: "Uskollinen (tyytyväinen ja pysyy)",
            lb: "En Treien (zefridden a bleift)",
        },
    ),
    (
        Kind::Mercenary,
        Tr {
            en: "A mercenary (satisfied, not staying)",
            fi: "Palkkasoturi (tyytyväinen, ei pysy)",
            lb: "E Sëldner (zefridden, bleift net)",
        },
    ),
    (
        Kind::Hostage,
        Tr {
            en: "A hostage (dissatisfied, staying)",
            fi: "Panttivanki (tyytymätön, pysyy)",
            lb: "Eng Geisel (onzefridden, bleift)",
        },
    ),
    (
        Kind::Defector,
        Tr {
            en: "A customer who defected to an alternative",
            fi: "Asiakas, joka siirtyi kilpailijalle",
            lb: "E Client, deen bei d'Konkurrenz gewiesselt ass",
        },
    ),
    (
        Kind::Demoted,
        Tr {
            en: "A member who was demoted",
            fi: "Jäsen, jonka taso laski",
            lb: "E Member, deen zréckgestuft gouf",
        },
    ),
    (
        Kind::LeftAfterDeregulation,
        Tr {
            en: "A customer who left after deregulation",
            fi: "Asiakas, joka lähti markkinoiden vapauttamisen jälkeen",
            lb: "E Client, deen no der Deregulatioun gaangen ass",
        },
    ),
];

/// The menu label of a kind.
pub fn kind_label(kind: Kind) -> Tr {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(KIND_ANY, |(_, t)| *t)
}

/// The slug of a kind (the menu's values and the page's data attributes).
pub fn kind_slug(kind: Kind) -> &'static str {
    match kind {
        Kind::Loyalist => "loyalist",
        Kind::Mercenary => "mercenary",
        Kind::Hostage => "hostage",
        Kind::Defector => "defector",
        Kind::Demoted => "demoted",
        Kind::LeftAfterDeregulation => "left_after_deregulation",
    }
}

/// The scenario has no customer of `kind`.
pub fn none_of_kind(l: Lang, kind: Kind) -> String {
    let what = kind_label(kind).get(l);
    match l {
        Lang::En => format!("This scenario's programme run has no such customer: {what}. Choose another kind, or another scenario (the deregulated utility has customers who left after deregulation; the tiers have demoted members)."),
        Lang::Fi => format!("Tämän skenaarion ohjelma-ajossa ei ole tällaista asiakasta: {what}. Valitse toinen tyyppi tai toinen skenaario (vapautetulla energiamarkkinalla on asiakkaita, jotka lähtivät vapauttamisen jälkeen; tasoissa on jäseniä, joiden taso laski)."),
        Lang::Lb => format!("De Programmlaf vun dësem Szenario huet kee sou e Client: {what}. Sicht Iech eng aner Aart eraus, oder en anert Szenario (den dereguléierten Energieversuerger huet Clienten, déi no der Deregulatioun gaange sinn; d'Stufen hu Memberen, déi zréckgestuft goufen)."),
    }
}

/// The story's heading: the customer, and which of their kind they are
/// (`found`: the kind, the place from 0, how many there are).
pub fn heading(l: Lang, customer: u32, found: Option<(Kind, usize, usize)>) -> String {
    let id = format::count(l, customer as f64);
    let Some((kind, index, count)) = found else {
        return match l {
            Lang::En => format!("Customer {id}, picked at random"),
            Lang::Fi => format!("Asiakas {id}, valittu satunnaisesti"),
            Lang::Lb => format!("Client {id}, zoufälleg erausgesicht"),
        };
    };
    let what = kind_label(kind).get(l);
    let (n, of) = (
        format::count(l, index as f64 + 1.0),
        format::count(l, count as f64),
    );
    match l {
        Lang::En => format!("Customer {id}: {what}, {n} of {of} in the programme run"),
        Lang::Fi => format!("Asiakas {id}: {what}, {n}/{of} ohjelma-ajossa"),
        Lang::Lb => format!("Client {id}: {what}, {n} vun {of} am Programmlaf"),
    }
}

/// When the customer arrived (the same day in both runs).
pub fn arrived(l: Lang, day: u32, month: u32) -> String {
    let (d, m) = (format::count(l, day as f64), month);
    match (l, day) {
        (Lang::En, 0) => "A customer from the start (day 0).".into(),
        (Lang::Fi, 0) => "Asiakas alusta asti (päivä 0).".into(),
        (Lang::Lb, 0) => "Client vum Ufank un (Dag 0).".into(),
        (Lang::En, _) => format!("Arrived on day {d} (month {m})."),
        (Lang::Fi, _) => format!("Tuli asiakkaaksi päivänä {d} (kuukausi {m})."),
        (Lang::Lb, _) => format!("Ass um Dag {d} (Mount {m}) Client ginn."),
    }
}

fn run_name(l: Lang, programme: bool) -> &'static str {
    match (l, programme) {
        (Lang::En, true) => "With the programme",
        (Lang::En, false) => "In the twin",
        (Lang::Fi, true) => "Ohjelman kanssa",
        (Lang::Fi, false) => "Kaksosessa",
        (Lang::Lb, true) => "Mam Programm",
        (Lang::Lb, false) => "Am Zwilling",
    }
}

/// How a life ended, in one run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ending<'a> {
    /// The customer never arrived in this run.
    NeverArrived,
    /// They did not leave within the horizon.
    Stayed,
    /// They moved away on `day`, in `month` (1-based).
    MovedAway {
        /// Day (0-based).
        day: u32,
        /// Month (1-based).
        month: u32,
    },
    /// They defected on `day`, in `month`; `before` is their last
    /// month-end state before it, if they had one.
    Defected {
        /// Day (0-based).
        day: u32,
        /// Month (1-based).
        month: u32,
        /// The month-end state before.
        before: Option<&'a LifeMonth>,
    },
}

/// The sentence of how a life ended, in the programme run or the twin.
pub fn ending(l: Lang, programme: bool, e: Ending) -> String {
    let who = run_name(l, programme);
    let num = |x: f64| format::decimal(l, x, 2);
    match e {
        Ending::NeverArrived => match l {
            Lang::En => format!("{who}: never arrived in this run (the customers who come through word of mouth differ between the runs)."),
            Lang::Fi => format!("{who}: ei tullut asiakkaaksi tässä ajossa (suosittelun kautta tulevat asiakkaat eroavat ajojen välillä)."),
            Lang::Lb => format!("{who}: ass an dësem Laf ni komm (d'Clienten, déi duerch Mond-zu-Mond kommen, sinn an deenen zwee Leef net déiselwecht)."),
        },
        Ending::Stayed => match l {
            Lang::En => format!("{who}: did not leave within the horizon."),
            Lang::Fi => format!("{who}: ei lähtenyt aikajänteen sisällä."),
            Lang::Lb => format!("{who}: ass bannent dem Zäithorizont net gaangen."),
        },
        Ending::MovedAway { day, month } => {
            let d = format::count(l, day as f64);
            match l {
                Lang::En => format!("{who}: moved away on day {d} (month {month}), for reasons of their own life: the same day in both runs, as the programme does not change it."),
                Lang::Fi => format!("{who}: muutti pois päivänä {d} (kuukausi {month}) omasta elämästään johtuvista syistä: sama päivä molemmissa ajoissa, sillä ohjelma ei vaikuta siihen."),
                Lang::Lb => format!("{who}: ass um Dag {d} (Mount {month}) fortgeplënnert, aus Grënn vu sengem eegene Liewen: deeselwechten Dag a béide Leef, well de Programm dat net ännert."),
            }
        }
        Ending::Defected { day, month, before } => {
            let d = format::count(l, day as f64);
            let state = before.map(|m| {
                let (s, r, a, f) = (
                    num(m.satisfaction),
                    num(m.resentment),
                    num(m.commitments.affective),
                    num(m.commitments.forced),
                );
                match l {
                    Lang::En => format!(" At the month's end before: satisfaction {s}, resentment {r}, affective commitment {a}, forced commitment {f} (the lower the commitments and the higher the dissatisfaction and resentment, the likelier a defection)."),
                    Lang::Fi => format!(" Edellisen kuukauden lopussa: tyytyväisyys {s}, katkeruus {r}, vaikuttava sitoutuminen {a}, pakotettu sitoutuminen {f} (mitä heikompi sitoutuminen ja mitä suurempi tyytymättömyys ja katkeruus, sitä todennäköisempi lähtö)."),
                    Lang::Lb => format!(" Um Enn vum Mount virdrun: Zefriddenheet {s}, Ressentiment {r}, affektivt Engagement {a}, gezwongent Engagement {f} (wat d'Engagement méi schwaach an d'Onzefriddenheet an d'Ressentiment méi grouss sinn, wat e Wiessel méi wahrscheinlech ass)."),
                }
            });
            let state = state.unwrap_or_default();
            match l {
                Lang::En => format!("{who}: defected on day {d} (month {month}): on an occasion they bought at an alternative and left for good.{state}"),
                Lang::Fi => format!("{who}: siirtyi kilpailijalle päivänä {d} (kuukausi {month}): ostotilanteessa hän osti vaihtoehtoiselta yritykseltä ja lähti lopullisesti.{state}"),
                Lang::Lb => format!("{who}: ass um Dag {d} (Mount {month}) bei d'Konkurrenz gewiesselt: bei enger Akafsgeleeënheet huet e bei enger Alternativ kaf an ass fir ëmmer gaangen.{state}"),
            }
        }
    }
}

/// A life's totals: purchases here, money paid, points earned and redeemed.
pub fn totals(
    l: Lang,
    programme: bool,
    purchases: usize,
    paid: f64,
    earned: u64,
    redeemed: u64,
) -> String {
    let who = run_name(l, programme);
    let (n, paid) = (
        format::count(l, purchases as f64),
        format::decimal(l, paid, 2),
    );
    let (e, r) = (
        format::count(l, earned as f64),
        format::count(l, redeemed as f64),
    );
    match (l, programme) {
        (Lang::En, true) => format!("{who}: {n} purchases here, {paid} currency units paid, {e} points earned and {r} redeemed."),
        (Lang::En, false) => format!("{who}: {n} purchases here, {paid} currency units paid."),
        (Lang::Fi, true) => format!("{who}: {n} ostoa täällä, maksettu {paid} rahayksikköä, ansaittu {e} pistettä ja lunastettu {r}."),
        (Lang::Fi, false) => format!("{who}: {n} ostoa täällä, maksettu {paid} rahayksikköä."),
        (Lang::Lb, true) => format!("{who}: {n} Akeef hei, {paid} Währungseenheete bezuelt, {e} Punkte verdéngt an {r} ageléist."),
        (Lang::Lb, false) => format!("{who}: {n} Akeef hei, {paid} Währungseenheete bezuelt."),
    }
}

/// The story charts' texts, and those of the overview's loyalty-ladder and
/// seven-emotion charts.
pub mod charts {
    use crate::texts;

    texts! {
        OCCASIONS_CAPTION = "Occasions bought here and elsewhere, per month", "Ostokerrat täällä ja muualla kuukausittain", "Akafsgeleeënheeten hei a soss anzwousch, pro Mount";
        OCCASIONS_DESC = "Line chart of the customer's occasions each month, bought here and at an alternative, programme solid and twin dashed; dashed vertical lines mark the scenario's events and the day the customer left.",
            "Viivakaavio asiakkaan ostokerroista kuukausittain, täällä ja vaihtoehtoisella yrityksellä, ohjelma yhtenäisenä ja kaksonen katkoviivana; pystysuorat katkoviivat merkitsevät skenaarion tapahtumia ja päivää, jona asiakas lähti.",
            "Liniendiagramm vun den Akafsgeleeënheete vum Client all Mount, hei a bei enger Alternativ, Programm duerchgezunn an Zwilling gestréchelt; gestréchelt vertikal Linne markéieren d'Evenementer vum Szenario an den Dag, wou de Client gaangen ass.";
        SATISFACTION_CAPTION = "Satisfaction and expectation (month end)", "Tyytyväisyys ja odotukset (kuukauden lopussa)", "Zefriddenheet an Erwaardung (Enn vum Mount)";
        SATISFACTION_DESC = "Line chart of the customer's cumulative satisfaction (about -1 to 1) and expectation (0 to 1) at each month's end, programme solid and twin dashed.",
            "Viivakaavio asiakkaan kertyneestä tyytyväisyydestä (noin −1–1) ja odotuksista (0–1) kunkin kuukauden lopussa, ohjelma yhtenäisenä ja kaksonen katkoviivana.",
            "Liniendiagramm vun der kumuléierter Zefriddenheet vum Client (ongeféier −1 bis 1) a senger Erwaardung (0 bis 1) um Enn vun all Mount, Programm duerchgezunn an Zwilling gestréchelt.";
        AFFECT_CAPTION = "Positive and negative affect (month end)", "Myönteiset ja kielteiset tunteet (kuukauden lopussa)", "Positiv an negativ Gefiller (Enn vum Mount)";
        AFFECT_DESC = "Line chart of the customer's positive and negative affect at each month's end (0 and up), programme solid and twin dashed.",
            "Viivakaavio asiakkaan myönteisistä ja kielteisistä tunteista kunkin kuukauden lopussa (0 ja enemmän), ohjelma yhtenäisenä ja kaksonen katkoviivana.",
            "Liniendiagramm vun de positiven an negativen Gefiller vum Client um Enn vun all Mount (0 an dorop), Programm duerchgezunn an Zwilling gestréchelt.";
        COMMITMENTS_CAPTION = "The five commitments (month end)", "Viisi sitoutumisen tasoa (kuukauden lopussa)", "Déi fënnef Engagementer (Enn vum Mount)";
        COMMITMENTS_DESC = "Line chart of the customer's affective, normative, economic, forced and habitual commitment (0 to 1) at each month's end, programme solid and twin dashed.",
            "Viivakaavio asiakkaan vaikuttavasta, normatiivisesta, taloudellisesta, pakotetusta ja tavanomaisesta sitoutumisesta (0–1) kunkin kuukauden lopussa, ohjelma yhtenäisenä ja kaksonen katkoviivana.",
            "Liniendiagramm vum affektiven, normativen, wirtschaftlechen, gezwongenen a gewunnechten Engagement vum Client (0 bis 1) um Enn vun all Mount, Programm duerchgezunn an Zwilling gestréchelt.";
        RESENTMENT_CAPTION = "Resentment and likelihood to recommend", "Katkeruus ja suositteluhalukkuus", "Ressentiment a Bereetschaft, d'Firma ze recommandéieren";
        RESENTMENT_DESC = "Line chart of the customer's resentment (left axis, 0 and up) and likelihood to recommend (right axis, 0 to 10) at each month's end, programme solid and twin dashed.",
            "Viivakaavio asiakkaan katkeruudesta (vasen akseli, 0 ja enemmän) ja suositteluhalukkuudesta (oikea akseli, 0–10) kunkin kuukauden lopussa, ohjelma yhtenäisenä ja kaksonen katkoviivana.",
            "Liniendiagramm vum Ressentiment vum Client (lénks Achs, 0 an dorop) a vu senger Bereetschaft ze recommandéieren (riets Achs, 0 bis 10) um Enn vun all Mount, Programm duerchgezunn an Zwilling gestréchelt.";
        POINTS_CAPTION = "Points balance and tier (month end)", "Pistesaldo ja taso (kuukauden lopussa)", "Punktestand a Stuf (Enn vum Mount)";
        POINTS_DESC = "Line chart of the customer's points on their account (left axis) and tier (right axis, 0 = none) at each month's end with the programme; the twin has no programme.",
            "Viivakaavio asiakkaan tilin pisteistä (vasen akseli) ja tasosta (oikea akseli, 0 = ei tasoa) kunkin kuukauden lopussa ohjelman kanssa; kaksosella ei ole ohjelmaa.",
            "Liniendiagramm vun de Punkten um Kont vum Client (lénks Achs) a vu senger Stuf (riets Achs, 0 = keng) um Enn vun all Mount mam Programm; den Zwilling huet kee Programm.";
        EMOTIONS_CAPTION = "The seven-emotion scale (month end)", "Seitsemän tunteen asteikko (kuukauden lopussa)", "D'Skala vu siwe Gefiller (Enn vum Mount)";
        EMOTIONS_DESC = "Line chart of the customer's happiness, hope, pleasant surprise, anger and humiliation (0 to 1) at each month's end, programme solid and twin dashed; depression and guilt have no cause in the model and are not drawn.",
            "Viivakaavio asiakkaan onnellisuudesta, toivosta, miellyttävästä yllätyksestä, vihasta ja nöyryytyksestä (0–1) kunkin kuukauden lopussa, ohjelma yhtenäisenä ja kaksonen katkoviivana; masennuksella ja syyllisyydellä ei ole mallissa syytä, eikä niitä piirretä.",
            "Liniendiagramm vum Gléck, der Hoffnung, der agreabler Iwwerraschung, der Roserei an der Ernidderegung vum Client (0 bis 1) um Enn vun all Mount, Programm duerchgezunn an Zwilling gestréchelt; Depressioun a Schold hunn am Modell keng Ursaach a ginn net gezeechent.";
        LADDER_CAPTION = "The loyalty ladder: the customer's rung (month end)", "Uskollisuuden portaat: asiakkaan porras (kuukauden lopussa)", "D'Loyalitéitsleeder: d'Sprosse vum Client (Enn vum Mount)";
        LADDER_DESC = "Step chart of the customer's rung on the loyalty ladder at each month's end (none, satisfaction, brand loyalty, partnership), programme solid and twin dashed.",
            "Porraskaavio asiakkaan portaasta uskollisuuden portailla kunkin kuukauden lopussa (ei porrasta, tyytyväisyys, brändiuskollisuus, kumppanuus), ohjelma yhtenäisenä ja kaksonen katkoviivana.",
            "Trapendiagramm vun der Sprosse vum Client op der Loyalitéitsleeder um Enn vun all Mount (keng, Zefriddenheet, Mark-Loyalitéit, Partnerschaft), Programm duerchgezunn an Zwilling gestréchelt.";

        AXIS_OCCASIONS = "Occasions", "Ostokerrat", "Akafsgeleeënheeten";
        AXIS_SCORE = "Satisfaction, expectation", "Tyytyväisyys, odotukset", "Zefriddenheet, Erwaardung";
        AXIS_AFFECT = "Affect (0 and up)", "Tunteet (0 ja enemmän)", "Gefiller (0 an dorop)";
        AXIS_RESENTMENT = "Resentment (0 and up)", "Katkeruus (0 ja enemmän)", "Ressentiment (0 an dorop)";
        AXIS_RECOMMEND = "Likelihood to recommend (0 to 10)", "Suositteluhalukkuus (0–10)", "Bereetschaft ze recommandéieren (0 bis 10)";
        AXIS_POINTS = "Points", "Pisteet", "Punkten";
        AXIS_TIER = "Tier (0 = none)", "Taso (0 = ei tasoa)", "Stuf (0 = keng)";
        AXIS_EMOTION = "Intensity (0 to 1)", "Voimakkuus (0–1)", "Intensitéit (0 bis 1)";
        AXIS_RUNG = "Rung", "Porras", "Sprosse";

        HERE = "Here", "Täällä", "Hei";
        ELSEWHERE = "Elsewhere", "Muualla", "Soss anzwousch";
        SATISFACTION = "Satisfaction", "Tyytyväisyys", "Zefriddenheet";
        EXPECTATION = "Expectation", "Odotukset", "Erwaardung";
        POSITIVE = "Positive affect", "Myönteiset tunteet", "Positiv Gefiller";
        NEGATIVE = "Negative affect", "Kielteiset tunteet", "Negativ Gefiller";
        RESENTMENT = "Resentment", "Katkeruus", "Ressentiment";
        RECOMMEND = "Recommend (right axis)", "Suosittelu (oikea akseli)", "Recommandéieren (riets Achs)";
        POINTS = "Points balance", "Pistesaldo", "Punktestand";
        TIER = "Tier (right axis)", "Taso (oikea akseli)", "Stuf (riets Achs)";
        NO_POINTS = "No points: the customer was never a member of a points programme", "Ei pisteitä: asiakas ei ollut pisteohjelman jäsen", "Keng Punkten: de Client war ni Member vun engem Punkteprogramm";
        HAPPINESS = "Happiness", "Onnellisuus", "Gléck";
        HOPE = "Hope", "Toivo", "Hoffnung";
        PLEASANT_SURPRISE = "Pleasant surprise", "Miellyttävä yllätys", "Agreabel Iwwerraschung";
        ANGER = "Anger", "Viha", "Roserei";
        HUMILIATION = "Humiliation", "Nöyryytys", "Ernidderegung";
        NO_CAUSE = "Depression, guilt: no cause in the model", "Masennus, syyllisyys: ei syytä mallissa", "Depressioun, Schold: keng Ursaach am Modell";
        RUNG_NONE = "None", "Ei porrasta", "Keng";
        RUNG_SATISFACTION = "Satisfaction", "Tyytyväisyys", "Zefriddenheet";
        RUNG_BRAND_LOYALTY = "Brand loyalty", "Brändiuskollisuus", "Mark-Loyalitéit";
        RUNG_PARTNERSHIP = "Partnership", "Kumppanuus", "Partnerschaft";
        RUNG_NONE_LONG = "No rung (dissatisfied)", "Ei porrasta (tyytymätön)", "Keng Sprosse (onzefridden)";
        DEFECTED = "Defected", "Siirtyi kilpailijalle", "Gewiesselt";
        MOVED_AWAY = "Moved away", "Muutti pois", "Fortgeplënnert";

        POP_LADDER_CAPTION = "The loyalty ladder", "Uskollisuuden portaat", "D'Loyalitéitsleeder";
        POP_LADDER_DESC = "Line chart of the shares of active customers on each rung of the loyalty ladder (satisfaction, brand loyalty, partnership) and on none (dissatisfied), in percent, programme solid and twin dashed. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
            "Viivakaavio aktiivisten asiakkaiden osuuksista uskollisuuden portaiden kullakin portaalla (tyytyväisyys, brändiuskollisuus, kumppanuus) ja ilman porrasta (tyytymättömät) prosentteina, ohjelma yhtenäisenä ja kaksonen katkoviivana. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
            "Liniendiagramm vun den Undeeler vun den aktive Clienten op all Sprosse vun der Loyalitéitsleeder (Zefriddenheet, Mark-Loyalitéit, Partnerschaft) an op kenger (onzefridden), a Prozent, Programm duerchgezunn an Zwilling gestréchelt. Gestréchelt vertikal Linne markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).";
        POP_EMOTIONS_CAPTION = "The seven-emotion scale", "Seitsemän tunteen asteikko", "D'Skala vu siwe Gefiller";
        POP_EMOTIONS_DESC = "Line chart of the mean happiness, pleasant surprise and anger of active customers, the mean hope of active members and the share of members humiliated by a demotion (0 to 1), programme solid and twin dashed (the twin has no hope or humiliation: it has no programme); depression and guilt have no cause in the model. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
            "Viivakaavio aktiivisten asiakkaiden keskimääräisestä onnellisuudesta, miellyttävästä yllätyksestä ja vihasta, aktiivisten jäsenten keskimääräisestä toivosta ja tason laskun nöyryyttämien jäsenten osuudesta (0–1), ohjelma yhtenäisenä ja kaksonen katkoviivana (kaksosella ei ole toivoa eikä nöyryytystä: sillä ei ole ohjelmaa); masennuksella ja syyllisyydellä ei ole mallissa syytä. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
            "Liniendiagramm vum duerchschnëttleche Gléck, der agreabler Iwwerraschung an der Roserei vun den aktive Clienten, der duerchschnëttlecher Hoffnung vun den aktive Memberen an dem Undeel vu Memberen, déi duerch eng Zréckstufung erniddregt goufen (0 bis 1), Programm duerchgezunn an Zwilling gestréchelt (den Zwilling huet keng Hoffnung an Ernidderegung: en huet kee Programm); Depressioun a Schold hunn am Modell keng Ursaach. Gestréchelt vertikal Linne markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).";
        AXIS_SHARE_ACTIVE = "Share of active customers (%)", "Osuus aktiivisista asiakkaista (%)", "Undeel vun den aktive Clienten (%)";
        AXIS_MEAN_EMOTION = "Mean intensity (0 to 1)", "Keskimääräinen voimakkuus (0–1)", "Duerchschnëttlech Intensitéit (0 bis 1)";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_sim::story::{Commitments, Emotions};

    fn month() -> LifeMonth {
        LifeMonth {
            month: 3,
            occasions_here: 1,
            occasions_elsewhere: 2,
            spend: 10.0,
            active: true,
            member: true,
            tier: 0,
            satisfaction: -0.126,
            expectation: 0.5,
            positive_affect: 0.0,
            negative_affect: 0.2,
            commitments: Commitments {
                affective: 0.25,
                normative: 0.0,
                economic: 0.0,
                forced: 0.0,
                habitual: 0.0,
            },
            resentment: 1.5,
            recommend: 4,
            points: 0,
            share: 0.4,
            apostle: None,
            rung: None,
            emotions: Emotions {
                happiness: 0.0,
                hope: 0.0,
                pleasant_surprise: 0.0,
                anger: 0.6,
                depression: None,
                guilt: None,
                humiliation: 0.0,
            },
        }
    }

    /// The sentences carry the day, the month and the states, in each
    /// language's number format.
    #[test]
    fn the_leaving_sentence_says_when_and_why_in_each_language() {
        let m = month();
        let e = Ending::Defected {
            day: 1234,
            month: 41,
            before: Some(&m),
        };
        let en = ending(Lang::En, true, e);
        assert!(
            en.starts_with("With the programme: defected on day 1,234 (month 41)"),
            "{en}"
        );
        assert!(
            en.contains("satisfaction −0.13") && en.contains("resentment 1.50"),
            "{en}"
        );
        let fi = ending(Lang::Fi, false, e);
        assert!(
            fi.starts_with("Kaksosessa: siirtyi kilpailijalle päivänä 1\u{a0}234"),
            "{fi}"
        );
        assert!(fi.contains("katkeruus 1,50"), "{fi}");
        let lb = ending(Lang::Lb, true, e);
        assert!(
            lb.contains("Dag 1.234") && lb.contains("Ressentiment 1,50"),
            "{lb}"
        );
        for l in Lang::ALL {
            let moved = ending(l, true, Ending::MovedAway { day: 9, month: 1 });
            assert!(moved.contains('9') && moved.contains('1'));
            assert_ne!(
                ending(l, true, Ending::Stayed),
                ending(l, false, Ending::Stayed)
            );
            for (kind, label) in KINDS {
                assert!(none_of_kind(l, kind).contains(label.get(l)));
                assert!(heading(l, 7, Some((kind, 0, 3))).contains(label.get(l)));
            }
        }
    }

    #[test]
    fn every_kind_has_its_own_label_and_slug() {
        let mut slugs: Vec<_> = KINDS.iter().map(|(k, _)| kind_slug(*k)).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), KINDS.len());
        for (kind, label) in KINDS {
            assert_eq!(kind_label(kind), label);
            assert!(crate::i18n::problem(kind_slug(kind), &label).is_none());
        }
    }
}
