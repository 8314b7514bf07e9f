//! The core's validation errors in the reader's language: a range error
//! ([`ErrorCode::OutOfRange`]) is said from its code and arguments, with
//! the numbers in the language's format; any other problem
//! ([`ErrorCode::Message`]) is still the core's English sentence.

use crate::format;
use crate::i18n::Lang;
use loyalty_sim::{ErrorCode, FieldError, Quantity};

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
    };
    match l {
        Lang::En => q.english(),
        Lang::Fi => fi,
        Lang::Lb => lb,
    }
}

/// A number of a range error in `l`: whole numbers grouped, others with
/// as many decimals as they need.
fn number(l: Lang, v: f64) -> String {
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
        (ErrorCode::Message(m), _) => m.clone(),
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
}
