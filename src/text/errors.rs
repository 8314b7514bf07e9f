//! The core's validation errors in the reader's language: range errors
//! ([`ErrorCode::OutOfRange`]), the rules between fields ([`Rule`]) and the
//! day and the rules with computed values (the money limit, the market's
//! size, the order of steps and tiers...) are said from their codes and
//! arguments, with the numbers in the language's format; only a file that
//! does not parse ([`ErrorCode::Message`]) keeps the core's English sentence.

use crate::format;
use crate::i18n::Lang;
use loyalty_sim::{ErrorCode, FieldError, ParseProblem, Place, Quantity, Rule};

/// What a value of `q` is called in `l` ("an amount", "rahamäärä").
pub fn quantity(l: Lang, q: Quantity) -> &'static str {
    use Quantity::*;
    let (fi, lb) = match q {
        Amount => ("rahamäärä", "e Betrag"),
        Share => ("osuus", "en Undeel"),
        Days => ("päivien määrä", "eng Zuel vun Deeg"),
        DiscountRate => ("alennusprosentti", "e Rabattsaz"),
        Points => ("pistemäärä", "eng Zuel vu Punkten"),
        Multiplier => ("kerroin", "e Multiplikator"),
        YearlyShare => ("vuotuinen osuus", "e jäerlechen Undeel"),
        YearlyCount => ("vuotuinen lukumäärä", "eng jäerlech Zuel"),
        Quality => ("laatu", "eng Qualitéit"),
        Probability => ("todennäköisyys", "eng Wahrscheinlechkeet"),
        Months => ("kuukausien määrä", "eng Zuel vu Méint"),
        PointsPerUnit => (
            "pisteitä rahayksikköä kohden",
            "Punkten pro Währungseenheet",
        ),
        AmountPerPoint => ("rahamäärä pistettä kohden", "e Betrag pro Punkt"),
        QualityBoost => ("laadun lisäys", "e Qualitéitsbonus"),
        Multiple => ("kerrannainen", "e Villfacht"),
        LogSd => (
            "logaritminen keskihajonta",
            "eng logarithmesch Standardofwäichung",
        ),
        Count => ("lukumäärä", "eng Zuel"),
        PointsPerYear => ("pisteitä vuodessa", "Punkten pro Joer"),
        YearlyRate => ("vuotuinen määrä", "e jäerleche Saz"),
        WholeDays => ("kokonainen päivien määrä", "eng ganz Zuel vun Deeg"),
        WholeCustomers => ("kokonainen asiakasmäärä", "eng ganz Zuel vu Clienten"),
        Sensitivity => ("herkkyys", "eng Sensibilitéit"),
        Rate => ("määrä", "e Saz"),
        QualityDrop => ("laadun lasku", "e Qualitéitsverloscht"),
        PriceRatio => ("hintasuhde", "e Präisverhältnis"),
        Purchases => ("ostosten määrä", "eng Zuel vun Akäf"),
        Partners => ("kumppanien määrä", "eng Zuel vu Partner"),
        Events => ("tapahtumien määrä", "eng Zuel vun Evenementer"),
        CostRatio => ("kustannussuhde", "e Käschteverhältnis"),
        TierNumber => ("tason numero", "eng Nummer vun enger Stuf"),
        PriceCut => ("hinnanalennus", "eng Präissenkung"),
        MonthsOrNever => (
            "kuukausien määrä (0 = ei koskaan)",
            "eng Zuel vu Méint (0 = ni)",
        ),
        GammaShape => ("Gamma-muoto", "eng Gamma-Form"),
        GrowthRate => (
            "asiakaskunnan vuotuinen kasvu (0,05 = 5 % vuodessa, 0 = ennallaan)",
            "e jäerleche Wuesstem vun der Clientebasis (0,05 = 5 % pro Joer, 0 = stabil)",
        ),
        Weeks => ("viikkojen määrä", "eng Zuel vu Wochen"),
        ModelParameter => ("mallin parametri", "e Modellparameter"),
    };
    match l {
        Lang::En => q.english(),
        Lang::Fi => fi,
        Lang::Lb => lb,
    }
}

/// A rule in `l` (the path says where).
pub fn rule(l: Lang, r: Rule) -> &'static str {
    use Rule::*;
    let (fi, lb) = match r {
        BearerSharing => (
            "vain haltijakortin voi lainata; aseta arvoksi 0 tai käytä haltijakorttia",
            "nëmmen eng Inhaberkaart ka gedeelt ginn; setzt et op 0 oder benotzt eng Inhaberkaart",
        ),
        StepsNeeded => (
            "tarvitsee vähintään yhden portaan (esim. ostoista 0 alkaen alennus 0,02)",
            "brauch op mannst eng Stuf (z. B. vun 0 Ausgaben un e Rabatt vun 0,02)",
        ),
        StepsFall => (
            "porrastettu alennus ei voi pienentyä ostojen kasvaessa",
            "e progressive Rabatt kann net méi kleng ginn, wann d'Ausgabe wuessen",
        ),
        ProgressiveNeedsPersonal => (
            "porrastettu alennus tarvitsee henkilökohtaisen kortin kertyneiden ostojen seuraamiseen; käytä kiinteää alennusta tai henkilökohtaista korttia",
            "e progressive Rabatt brauch eng perséinlech Kaart, fir déi gesamt Ausgaben ze verfollegen; benotzt e fixe Rabatt oder eng perséinlech Kaart",
        ),
        DiscountLimitWithoutDiscount => (
            "rajaa alennuksen segmentille, mutta alennusta ei ole; lisää alennus tai poista rajaus",
            "limitéiert de Rabatt op e Segment, awer et gëtt kee Rabatt; setzt een derbäi oder huelt d'Limit ewech",
        ),
        LimitWithoutBenefit => (
            "rajaa etua, jota ohjelmassa ei ole; lisää etu tai poista rajaus",
            "limitéiert e Virdeel, deen de Programm net huet; setzt en derbäi oder huelt d'Limit ewech",
        ),
        TooManyOffers => ("kohdennettuja tarjouksia voi olla enintään 8", "héchstens 8 gezielt Offere sinn erlaabt"),
        TierSegmentWithoutTiers => (
            "kohdistuu tasoon, mutta ohjelmassa ei ole tasoja",
            "riicht sech un eng Stuf, awer de Programm huet keng Stufen",
        ),
        TooManyEvents => ("tapahtumia voi olla enintään 32", "héchstens 32 Evenementer sinn erlaabt"),
        DeregulatedTwice => ("monopolin sääntelyn voi purkaa vain kerran", "e Monopol ka just eemol dereguléiert ginn"),
        LaunchedTwice => ("ohjelman voi käynnistää vain kerran", "de Programm ka just eemol starten"),
        EndedTwice => ("ohjelma voi päättyä vain kerran", "de Programm ka just eemol ophalen"),
        RuleChangeWithoutPoints => (
            "muuttaa pistesääntöjä, mutta pisteitä ei ole",
            "ännert d'Punktereegelen, awer et gëtt keng Punkten",
        ),
        CampaignWithoutPoints => ("kasvattaa pisteitä, mutta pisteitä ei ole", "erhéicht d'Punkten, awer et gëtt keng Punkten"),
        DeregulationWithAlternatives => (
            "sääntelyn purku lopettaa monopolin, mutta markkinoilla on jo vaihtoehtoja; aseta vaihtoehtojen määräksi 0",
            "d'Dereguléierung mécht e Monopol op, awer de Maart huet schonn Alternativen; setzt d'Alternativen op 0",
        ),
        ReferralPointsWithoutPoints => (
            "antaa pisteitä, mutta ohjelmassa ei ole pisteitä; ota pisteet käyttöön tai anna palkkio",
            "gëtt Punkten, awer de Programm huet keng Punkten; schalt Punkten an oder gitt eng Belounung",
        ),
        CoalitionWithoutPoints => (
            "koalitio jakaa pistevaluutan; ota pisteet ensin käyttöön",
            "eng Koalitioun deelt eng Punkte-Währung; schalt fir d'éischt Punkten an",
        ),
        PointsNeedPersonal => (
            "pisteet tarvitsevat henkilökohtaisen kortin ostojen seuraamiseen; valitse kortiksi henkilökohtainen kortti",
            "Punkte brauchen eng perséinlech Kaart, fir d'Akäf ze verfollegen; wielt d'perséinlech Kaart",
        ),
        TiersNeedPersonal => (
            "tasot tarvitsevat henkilökohtaisen kortin ostojen seuraamiseen; valitse kortiksi henkilökohtainen kortti",
            "Stufe brauchen eng perséinlech Kaart, fir d'Ausgaben ze verfollegen; wielt d'perséinlech Kaart",
        ),
        TierCount => ("tarvitsee 1–8 tasoa", "brauch tëscht 1 an 8 Stufen"),
        TierName => ("tarvitsee nimen (esim. hopea)", "brauch en Numm (z. B. Sëlwer)"),
        TooManyCoupons => ("kuponkilajeja voi olla enintään 8", "héchstens 8 Zorte vu Bonge sinn erlaabt"),
        HistoryRecency => (
            "historialuokan viimeisen oston (t_x) on oltava ensimmäisen oston ja päivän 0 välissä (0 <= t_x <= T), ja 0, jos uusintaostoja ei ole",
            "de leschte Kaf vun enger Historiklass (t_x) muss tëscht dem éischte Kaf an dem Dag 0 leien (0 <= t_x <= T), an 0 sinn ouni widderholte Käf",
        ),
    };
    match l {
        Lang::En => r.english(),
        Lang::Fi => fi,
        Lang::Lb => lb,
    }
}

/// A number of a range error in `l`: whole numbers grouped, others with
/// as many decimals as they need.
pub(super) fn number(l: Lang, v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return format::count(l, v);
    }
    let (_, decimal) = format::separators(l);
    v.to_string().replace('.', decimal)
}

/// The message of an error (without its path) in `l`. English is the
/// core's own text (`FieldError::message`).
pub fn message(l: Lang, e: &FieldError) -> String {
    match (&e.code, l) {
        (_, Lang::En) => e.message.clone(),
        (ErrorCode::OutOfRange { what, lo, hi, got }, _) => {
            let (q, lo, hi, got) = (
                quantity(l, *what),
                number(l, *lo),
                number(l, *hi),
                number(l, *got),
            );
            match l {
                Lang::Fi => format!("arvon on oltava {q} väliltä {lo}–{hi} (annettu {got})"),
                _ => format!("muss {q} tëscht {lo} an {hi} sinn (kritt: {got})"),
            }
        }
        (ErrorCode::Rule(r), _) => rule(l, *r).to_string(),
        (ErrorCode::EndsBeforeStart { start, end }, Lang::Fi) => {
            format!("päättyy (päivä {end}) ennen kuin alkaa (päivä {start})")
        }
        (ErrorCode::EndsBeforeStart { start, end }, _) => {
            format!("hält op (Dag {end}), ier et ufänkt (Dag {start})")
        }
        (ErrorCode::AfterHorizon { last, got }, Lang::Fi) => {
            format!("on aikajänteen jälkeen: päivät ovat 0–{last} (annettu {got})")
        }
        (ErrorCode::AfterHorizon { last, got }, _) => {
            format!("ass nom Zäitraum: d'Deeg ginn vun 0 bis {last} (kritt: {got})")
        }
        (ErrorCode::Currency(p), _) => super::currency::problem(l, *p).to_string(),
        (ErrorCode::Experiment(p), _) => super::experiment_errors::problem(l, p),
        (ErrorCode::Parse(p), _) => parse(l, p),
        (ErrorCode::Message(m), _) => m.clone(),
        (code, _) => computed(l, code),
    }
}

/// Why a file's text is not a scenario, in Finnish or Luxembourgish (`l`
/// is not English): the reader's English detail is left out.
fn parse(l: Lang, p: &ParseProblem) -> String {
    let fi = l == Lang::Fi;
    let place = |at: &Place| match (at, fi) {
        (Some((line, col)), true) => format!(" (rivi {line}, sarake {col})"),
        (Some((line, col)), false) => format!(" (Zeil {line}, Kolonn {col})"),
        (None, _) => String::new(),
    };
    match p {
        ParseProblem::NotAnObject if fi => "on oltava JSON-olio ({ … })".into(),
        ParseProblem::NotAnObject => "muss en JSON-Objet sinn ({ … })".into(),
        ParseProblem::TrailingText { line, column } if fi => format!(
            "skenaarion loppusulkeen jälkeen on vielä tekstiä (rivi {line}, sarake {column}); tiedostossa saa olla vain yksi skenaario, joten poista loppuosa"
        ),
        ParseProblem::TrailingText { line, column } => format!(
            "no der Klammer, déi de Szenario zoumécht, kënnt nach Text (Linn {line}, Kolonn {column}); de Fichier dierf just ee Szenario hunn, dofir huelt de Rescht ewech"
        ),
        ParseProblem::Missing { at } if fi => format!("on pakollinen mutta puuttuu{}", place(at)),
        ParseProblem::Missing { at } => format!("ass obligatoresch, feelt awer{}", place(at)),
        ParseProblem::NotJson { at, .. } if fi => format!("ei ole kelvollista JSONia{}", place(at)),
        ParseProblem::NotJson { at, .. } => format!("ass kee gëltege JSON{}", place(at)),
        ParseProblem::UnknownField {
            field,
            expected,
            at,
            ..
        } => {
            let list = expected.join(", ");
            match (fi, expected.is_empty()) {
                (true, true) => format!("kenttää \u{201d}{field}\u{201d} ei ole tässä{}", place(at)),
                (true, false) => format!("kenttää \u{201d}{field}\u{201d} ei ole tässä (sallitut kentät: {list}){}", place(at)),
                (false, true) => format!("d'Feld \u{201e}{field}\u{201c} gëtt et hei net{}", place(at)),
                (false, false) => format!("d'Feld \u{201e}{field}\u{201c} gëtt et hei net (erlaabt Felder: {list}){}", place(at)),
            }
        }
        ParseProblem::WrongValue { at, .. } if fi => {
            format!("arvo on väärää tyyppiä tai muotoa{}", place(at))
        }
        ParseProblem::WrongValue { at, .. } => {
            format!("de Wäert huet déi falsch Aart oder Form{}", place(at))
        }
    }
}

/// The message of a code (without a path) in `l`: a problem that wraps
/// another says the inner one with this.
pub fn code(l: Lang, c: &ErrorCode) -> String {
    match l {
        Lang::En => c.to_string(),
        _ => message(l, &FieldError::coded("", c.clone())),
    }
}

/// The rules with computed values, in Finnish or Luxembourgish (`l` is not
/// English; English is the core's own text).
fn computed(l: Lang, code: &ErrorCode) -> String {
    let n = |v: f64| number(l, v);
    let fi = l == Lang::Fi;
    match code {
        ErrorCode::MoneyLimit {
            lo,
            hi,
            got,
            customers,
            days,
            could,
            limit,
        } => {
            let (lo, hi, got, customers, days) =
                (n(*lo), n(*hi), n(*got), n(*customers), n(*days as f64));
            let sci = |v: f64| format!("{v:.2e}").replace('.', format::separators(l).1);
            let (could, limit) = (sci(*could), sci(*limit));
            if fi {
                format!(
                    "arvon on oltava tässä skenaariossa välillä {lo}–{hi} (annettu {got}): kun asiakkaita on enintään {customers} ja päiviä {days}, se voisi kirjata noin {could} rahayksikköä, ja yksi ajo saa kirjata enintään {limit}; pienennä sitä tai simuloi vähemmän asiakkaita, pienempiä markkinoita tai vähemmän päiviä"
                )
            } else {
                format!(
                    "muss fir dëse Szenario tëscht {lo} an {hi} sinn (kritt: {got}): mat bis zu {customers} Clienten iwwer {days} Deeg kéint et ongeféier {could} Währungseenheeten buchen, an ee Laf dierf héchstens {limit} buchen; setzt et méi niddreg, oder simuléiert manner Clienten, e méi klenge Maart oder manner Deeg"
                )
            }
        }
        ErrorCode::MarketSize {
            lo,
            hi,
            got,
            default,
        } => {
            let (lo, hi, got, default) = (
                n(*lo as f64),
                n(*hi as f64),
                n(*got as f64),
                n(*default as f64),
            );
            if fi {
                format!(
                    "arvon on oltava kokonainen henkilömäärä väliltä {lo} (asiakkaat alussa) – {hi} (yhden ajon suurin asiakasmäärä) (annettu {got}); jätä se pois, niin markkinoiden koko on {default}"
                )
            } else {
                format!(
                    "muss eng ganz Zuel vu Leit tëscht {lo} (d'Clienten um Ufank) an {hi} (déi meeschte Clienten, déi ee Laf simuléiere kann) sinn (kritt: {got}); loosst et ewech fir {default}"
                )
            }
        }
        ErrorCode::TooManyCostLines { max } => {
            let max = n(*max as f64);
            if fi {
                format!("kustannusrivejä saa olla enintään {max}")
            } else {
                format!("héchstens {max} Käschtelinne sinn erlaabt")
            }
        }
        ErrorCode::StepsOutOfOrder { got, previous } => {
            let (got, previous) = (n(*got), n(*previous));
            if fi {
                format!(
                    "portaiden on oltava ostojen mukaan kasvavassa järjestyksessä ({got} ei ole edellisen portaan {previous} yläpuolella)"
                )
            } else {
                format!(
                    "d'Stufe mussen no den Akeef an opsteigender Reiefolleg sinn ({got} ass net iwwer der viregter Stuf hire {previous})"
                )
            }
        }
        ErrorCode::DiscountsTooHigh { percent } => {
            let p = format::decimal(l, *percent, 0);
            if fi {
                format!("alennus ja tasoalennus ovat yhteensä {p} %; enintään 90 % on sallittu")
            } else {
                format!("de Rabatt an de Stufferabatt maachen zesummen {p} %; héchstens 90 % sinn erlaabt")
            }
        }
        ErrorCode::RebateTooHigh { percent } => {
            let p = format::decimal(l, *percent, 0);
            if fi {
                format!("palauttaa {p} % ostoista; enintään 50 % on sallittu")
            } else {
                format!("gëtt {p} % vun den Akeef zréck; héchstens 50 % sinn erlaabt")
            }
        }
        ErrorCode::TiersOutOfOrder {
            got,
            name,
            previous,
        } => {
            let (got, previous) = (n(*got), n(*previous));
            if fi {
                format!(
                    "tasojen on oltava kvalifioivien ostojen mukaan kasvavassa järjestyksessä ({got} ei ole tason {name} rajan {previous} yläpuolella)"
                )
            } else {
                format!(
                    "d'Stufe mussen no de qualifizéierenden Akeef an opsteigender Reiefolleg sinn ({got} ass net iwwer der Stuf {name} hire {previous})"
                )
            }
        }
        ErrorCode::EndsBeforeLaunch { launch, end } => {
            if fi {
                format!(
                    "ohjelma päättyy (päivä {end}) ennen kuin se käynnistetään (päivä {launch})"
                )
            } else {
                format!("de Programm hält op (Dag {end}), ier et lancéiert gëtt (Dag {launch})")
            }
        }
        ErrorCode::NeedsProgramme { event } => {
            let name = super::events::kinds(l)
                .into_iter()
                .find(|(k, _)| k == event)
                .map_or(event.as_str(), |(_, name)| name);
            if fi {
                format!("on ohjelman tapahtuma ({name}), mutta ohjelmaa ei ole")
            } else {
                format!("ass en Event vum Programm ({name}), mee et gëtt kee Programm")
            }
        }
        // Handled by `message`.
        ErrorCode::OutOfRange { .. }
        | ErrorCode::Rule(_)
        | ErrorCode::EndsBeforeStart { .. }
        | ErrorCode::AfterHorizon { .. }
        | ErrorCode::Currency(_)
        | ErrorCode::Experiment(_)
        | ErrorCode::Parse(_)
        | ErrorCode::Message(_) => code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_errors_are_said_in_each_language_with_its_numbers() {
        let e = FieldError::coded(
            "simulation.customers",
            ErrorCode::OutOfRange {
                what: Quantity::WholeCustomers,
                lo: 100.0,
                hi: 1_000_000.0,
                got: 5.0,
            },
        );
        assert_eq!(
            message(Lang::En, &e),
            "must be a whole number of customers between 100 and 1000000 (got 5)"
        );
        assert_eq!(
            message(Lang::Fi, &e),
            "arvon on oltava kokonainen asiakasmäärä väliltä 100–1\u{a0}000\u{a0}000 (annettu 5)"
        );
        assert_eq!(
            message(Lang::Lb, &e),
            "muss eng ganz Zuel vu Clienten tëscht 100 an 1.000.000 sinn (kritt: 5)"
        );
        let share = FieldError::coded(
            "market.switching_barrier",
            ErrorCode::OutOfRange {
                what: Quantity::Share,
                lo: 0.0,
                hi: 0.95,
                got: 1.5,
            },
        );
        assert!(message(Lang::Fi, &share).contains("0–0,95 (annettu 1,5)"));
    }

    #[test]
    fn every_quantity_has_a_name_in_every_language() {
        for q in Quantity::ALL {
            let t = crate::i18n::Tr {
                en: quantity(Lang::En, q),
                fi: quantity(Lang::Fi, q),
                lb: quantity(Lang::Lb, q),
            };
            assert_eq!(crate::i18n::problem(&format!("{q:?}"), &t), None);
        }
    }

    #[test]
    fn every_rule_and_day_error_is_in_every_language() {
        for r in Rule::ALL {
            let t = crate::i18n::Tr {
                en: rule(Lang::En, r),
                fi: rule(Lang::Fi, r),
                lb: rule(Lang::Lb, r),
            };
            assert_eq!(crate::i18n::problem(&format!("{r:?}"), &t), None);
        }
        for code in [
            ErrorCode::EndsBeforeStart { start: 5, end: 2 },
            ErrorCode::AfterHorizon {
                last: 729,
                got: 800,
            },
        ] {
            let e = FieldError::coded("x", code);
            assert_eq!(message(Lang::En, &e), e.message);
            for l in [Lang::Fi, Lang::Lb] {
                assert_ne!(message(l, &e), e.message);
            }
        }
        // A scenario that breaks rules: each is said in Finnish.
        let mut s = loyalty_sim::Scenario::default();
        let p = s.programme.as_mut().expect("a programme");
        p.enrolment.card = loyalty_sim::CardKind::Bearer;
        let errors = loyalty_sim::validate(&s).expect_err("invalid");
        assert!(
            errors.iter().any(|e| matches!(e.code, ErrorCode::Rule(_))),
            "{errors:?}"
        );
        for e in errors
            .iter()
            .filter(|e| matches!(e.code, ErrorCode::Rule(_)))
        {
            assert_ne!(message(Lang::Fi, e), e.message);
        }
    }

    #[test]
    fn a_validated_scenario_s_range_errors_are_all_translated() {
        let mut s = loyalty_sim::Scenario::default();
        s.simulation.customers = 1;
        s.business.gross_margin = 7.0;
        let errors = loyalty_sim::validate(&s).expect_err("invalid");
        assert!(errors.len() >= 2);
        for e in &errors {
            assert!(matches!(e.code, ErrorCode::OutOfRange { .. }), "{e}");
            assert_ne!(message(Lang::Fi, e), e.message);
            assert_ne!(message(Lang::Lb, e), e.message);
        }
    }

    #[test]
    fn the_rules_with_computed_values_are_said_in_each_language() {
        let codes = [
            ErrorCode::MoneyLimit {
                lo: 0.0,
                hi: 984_000.0,
                got: 1e12,
                customers: 10_000.0,
                days: 730,
                could: 2.9e16,
                limit: 1e12,
            },
            ErrorCode::MarketSize {
                lo: 2_000,
                hi: 5_000_000,
                got: 10,
                default: 200_000,
            },
            ErrorCode::TooManyCostLines { max: 32 },
            ErrorCode::StepsOutOfOrder {
                got: 1_500.5,
                previous: 2_000.0,
            },
            ErrorCode::DiscountsTooHigh { percent: 95.0 },
            ErrorCode::RebateTooHigh { percent: 60.0 },
            ErrorCode::TiersOutOfOrder {
                got: 100.0,
                name: "Gold".into(),
                previous: 500.0,
            },
            ErrorCode::EndsBeforeLaunch {
                launch: 100,
                end: 50,
            },
            ErrorCode::NeedsProgramme {
                event: "rule_change".into(),
            },
        ];
        for code in codes {
            let e = FieldError::coded("x", code.clone());
            assert_eq!(message(Lang::En, &e), code.to_string());
            for l in [Lang::Fi, Lang::Lb] {
                let m = message(l, &e);
                assert_ne!(m, code.to_string(), "{l:?}: {code:?} is still English");
                for english in ["must", "allowed", "between", "the programme"] {
                    assert!(!m.contains(english), "{l:?}: {m}");
                }
            }
        }
        let fi = |c: ErrorCode| message(Lang::Fi, &FieldError::coded("x", c));
        assert!(fi(ErrorCode::MarketSize {
            lo: 2_000,
            hi: 5_000_000,
            got: 10,
            default: 200_000
        })
        .contains("5\u{a0}000\u{a0}000"));
        assert!(fi(ErrorCode::NeedsProgramme {
            event: "rule_change".into()
        })
        .contains("Sääntömuutos"));
        assert!(fi(ErrorCode::StepsOutOfOrder {
            got: 1_500.5,
            previous: 2_000.0
        })
        .contains("1500,5"));
    }

    #[test]
    fn a_file_that_is_not_a_scenario_is_explained_in_each_language() {
        let good = loyalty_sim::Scenario::default().to_json_pretty();
        let texts = [
            "[1, 2]".to_string(),
            format!("{good} {{}}"),
            good.replacen(",\n    \"seed\": 42", "", 1),
            good.replacen("{", "{\"colour\": 1,", 1),
            good.replacen("\"days\": 730", "\"days\": \"long\"", 1),
            good.replacen("\"days\": 730", "\"days\": 730,,", 1),
        ];
        let mut kinds = Vec::new();
        for t in &texts {
            let e = match loyalty_sim::Scenario::from_json(t) {
                Err(e) => e,
                Ok(_) => panic!("{t:.80} was read"),
            };
            let ErrorCode::Parse(p) = &e.code else {
                panic!("not a parse problem: {e}");
            };
            kinds.push(std::mem::discriminant(&**p));
            assert_eq!(message(Lang::En, &e), e.message);
            for l in [Lang::Fi, Lang::Lb] {
                let m = message(l, &e);
                assert_ne!(m, e.message, "{l:?}: still English");
                for english in [
                    "must", "missing", "valid", "field", " line ", "expected", "invalid",
                ] {
                    assert!(!m.contains(english), "{l:?}: {english:?} in {m}");
                }
            }
        }
        kinds.dedup();
        assert_eq!(kinds.len(), 6, "every kind of parse problem was met");
    }
}
