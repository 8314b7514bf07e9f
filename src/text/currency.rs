//! The currency setting's texts: the editor's control and what is wrong
//! with a currency, in every language.

use crate::i18n::Lang;
use crate::texts;
use loyalty_sim::CurrencyProblem;

texts! {
    /// The currency drop-down's label.
    LABEL = "Currency", "Valuutta", "Währung";
    /// Its explanation.
    HELP = "The money every amount is in, shown with each figure, axis and export. Nothing is converted.",
        "Raha, jossa kaikki summat ovat; näkyy jokaisessa luvussa, akselilla ja viennissä. Mitään ei muunneta.",
        "D'Suen, an deenen all Betrag ass, bei all Zuel, all Achs an all Datei zum Eroflueden gewisen. Näischt gëtt ëmgerechent.";
    /// The choice of a code not in the list.
    OTHER = "Other…", "Muu…", "Aner…";
    /// The code field's label (for a currency not in the list).
    CODE = "Currency code", "Valuuttakoodi", "Währungscode";
    /// Its explanation.
    CODE_HELP = "Three capital letters, e.g. NZD; give its symbol too.",
        "Kolme isoa kirjainta, esim. NZD; anna myös tunnus.",
        "Dräi grouss Buschtawen, z. B. NZD; gitt och d'Zeechen un.";
    /// The custom symbol field's label.
    SYMBOL = "Symbol", "Tunnus", "Währungszeechen";
    /// Its explanation.
    SYMBOL_HELP = "Shown with the numbers, e.g. $ or kr (empty: the currency's usual symbol).",
        "Näytetään lukujen kanssa, esim. $ tai kr (tyhjä: valuutan tavallinen tunnus).",
        "Bei den Zuele gewisen, z. B. $ oder kr (eidel: dat üblecht Zeechen vun der Währung).";
    /// The position drop-down's label.
    POSITION = "Symbol position", "Tunnuksen paikka", "Plaz vum Währungszeechen";
    /// The language decides.
    POSITION_USUAL = "As the language writes it", "Kuten kieli sen kirjoittaa", "Wéi d'Sprooch et schreift";
    /// Before the number.
    POSITION_BEFORE = "Before the number ($10)", "Ennen lukua ($10)", "Virun der Zuel ($10)";
    /// After the number.
    POSITION_AFTER = "After the number (10 $)", "Luvun jälkeen (10 $)", "No der Zuel (10 $)";
}

/// The code field's hint while it is empty: the amounts stay in `code`
/// until another code is typed.
pub fn code_pending(l: Lang, code: &str) -> String {
    match l {
        Lang::En => format!("Type a three-letter ISO 4217 code, e.g. NZD, and its symbol; until then the amounts stay in {code}."),
        Lang::Fi => format!("Kirjoita kolmikirjaiminen ISO 4217 -koodi, esim. NZD, ja sen tunnus; siihen asti summat ovat valuutassa {code}."),
        Lang::Lb => format!("Gitt en ISO-4217-Code mat dräi Buschtawen an, z. B. NZD, an och säin Zeechen; bis dohin bleiwen d'Betrag an {code}."),
    }
}

/// What is wrong with a currency, in `l`.
pub fn problem(l: Lang, p: CurrencyProblem) -> &'static str {
    use CurrencyProblem::*;
    let (fi, lb) = match p {
        BadCode => (
            "valuuttakoodissa on kolme isoa kirjainta, kuten EUR, USD tai GBP",
            "e Währungscode huet dräi grouss Buschtawen, wéi EUR, USD oder GBP",
        ),
        UnknownCodeWithoutSymbol => (
            "tätä valuuttaa työkalu ei tunne; anna myös sen tunnus",
            "dës Währung kennt d'Applikatioun net; gitt och hiert Zeechen un",
        ),
        SymbolLength => (
            "valuutan tunnuksessa on 1–5 merkkiä",
            "e Währungssymbol huet 1 bis 5 Zeechen",
        ),
        ControlCharacter => (
            "valuutan tunnuksessa ei voi olla rivinvaihtoja, sarkaimia tai muita ohjausmerkkejä",
            "e Währungssymbol kann keng Zeilespréng, Tabulatoren oder aner Steierzeechen hunn",
        ),
    };
    match l {
        Lang::En => p.english(),
        Lang::Fi => fi,
        Lang::Lb => lb,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_sim::{validate, Currency, ErrorCode, Scenario};

    #[test]
    fn every_problem_is_said_in_every_language() {
        for p in CurrencyProblem::ALL {
            let t = crate::i18n::Tr {
                en: problem(Lang::En, p),
                fi: problem(Lang::Fi, p),
                lb: problem(Lang::Lb, p),
            };
            assert_eq!(crate::i18n::problem(&format!("{p:?}"), &t), None);
        }
    }

    #[test]
    fn a_bad_currency_is_named_in_the_reader_s_language() {
        let mut s = Scenario::default();
        s.business.currency = Currency::of("XYZ");
        let errors = validate(&s).expect_err("an unknown code without a symbol");
        assert_eq!(errors.len(), 1, "{errors:?}");
        let e = &errors[0];
        assert_eq!(e.path, "business.currency.code");
        assert!(matches!(
            e.code,
            ErrorCode::Currency(CurrencyProblem::UnknownCodeWithoutSymbol)
        ));
        assert!(e.message.contains("give its symbol too"), "{}", e.message);
        let fi = crate::text::errors::message(Lang::Fi, e);
        assert!(fi.contains("anna myös sen tunnus"), "{fi}");
        s.business.currency.symbol = Some("X\t".into());
        let e = &validate(&s).expect_err("a tab")[0];
        assert_eq!(e.path, "business.currency.symbol");
        assert!(crate::text::errors::message(Lang::Lb, e).contains("Steierzeechen"));
        s.business.currency.symbol = Some("X$".into());
        assert!(validate(&s).is_ok());
    }
}
