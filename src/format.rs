//! Number formatting for the UI, per language (CLDR conventions):
//! English `1,234.5`; Finnish `1 234,5` (the group separator is a no-break
//! space, U+00A0, as CLDR's `fi` has it); Luxembourgish `1.234,5` (CLDR
//! `lb`). Percentages keep a no-break space before `%`, negative numbers
//! the minus sign U+2212. Downloads (CSV, JSON) do not use this module:
//! they stay machine-readable (a dot for decimals, no grouping) in every
//! language.

use crate::i18n::Lang;
use loyalty_sim::{Currency, SymbolPosition};

/// Separators of a language: (group, decimal).
pub fn separators(l: Lang) -> (&'static str, &'static str) {
    match l {
        Lang::En => (",", "."),
        Lang::Fi => ("\u{a0}", ","),
        Lang::Lb => (".", ","),
    }
}

/// The compact suffixes of a language: (thousands, millions, billions).
pub fn suffixes(l: Lang) -> (&'static str, &'static str, &'static str) {
    match l {
        Lang::En => ("k", "M", "bn"),
        Lang::Fi => ("t.", "milj.", "mrd."),
        Lang::Lb => ("Dsd.", "Mio.", "Mrd."),
    }
}

/// The space between a number and its unit or suffix: a plain space in
/// English (as before), a no-break space in Finnish and Luxembourgish.
pub fn space(l: Lang) -> &'static str {
    match l {
        Lang::En => " ",
        Lang::Fi | Lang::Lb => "\u{a0}",
    }
}

/// A non-negative number with `decimals` decimals in `l`'s conventions
/// (grouped integer part).
fn fixed(l: Lang, a: f64, decimals: usize) -> String {
    grouped(l, &format!("{a:.decimals$}"))
}

/// A plain decimal (`1234.5`) with `l`'s thousands separator in its integer
/// part and its decimal separator.
fn grouped(l: Lang, plain: &str) -> String {
    let (int, frac) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain, None),
    };
    let (group, decimal) = separators(l);
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push_str(decimal);
        out.push_str(f);
    }
    out
}

/// Money in currency units, compact: `-1.26 M`, `350 k`, `1,234` (en);
/// `−1,26 milj.`, `350 t.`, `1 234` (fi); `−1,26 Mio.`, `1.234` (lb).
pub fn money(l: Lang, x: f64) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let a = x.abs();
    let sign = if x < 0.0 { "−" } else { "" };
    let (k, m, _) = suffixes(l);
    if a >= 1e6 {
        format!("{sign}{}{}{m}", fixed(l, a / 1e6, 2), space(l))
    } else if a >= 1e5 {
        format!("{sign}{}{}{k}", fixed(l, a / 1e3, 0), space(l))
    } else if a >= 1e4 {
        format!("{sign}{}{}{k}", fixed(l, a / 1e3, 1), space(l))
    } else {
        format!("{sign}{}", count(l, a.round()))
    }
}

/// Money with its currency's symbol, compact as [`money`]: `€1,234`,
/// `−$1.26 M`, `CHF 350 k` (en: the symbol before); `1 234 €`,
/// `−1,26 milj. $` (fi), `1.234 €` (lb: after, with a no-break space). A
/// currency's own `position` overrides the language's.
pub fn amount(l: Lang, x: f64, cur: &Currency) -> String {
    let n = money(l, x.abs());
    if !x.is_finite() {
        return n;
    }
    let sign = if x <= -0.5 { "−" } else { "" };
    with_symbol(l, sign, &n, cur)
}

/// `number` (without sign) with `cur`'s symbol where `l` or the currency
/// puts it, and `sign` in front of both.
fn with_symbol(l: Lang, sign: &str, number: &str, cur: &Currency) -> String {
    let symbol = cur.symbol();
    let before = match (cur.position, l) {
        (Some(p), _) => p == SymbolPosition::Before,
        (None, Lang::En) => true,
        (None, _) => false,
    };
    if before {
        // A word-like symbol (`CHF`, `kr`) is set apart from the number.
        let gap = if symbol.chars().last().is_some_and(char::is_alphabetic) {
            "\u{a0}"
        } else {
            ""
        };
        format!("{sign}{symbol}{gap}{number}")
    } else {
        format!("{sign}{number}\u{a0}{symbol}")
    }
}

/// The name of a currency in headers and axis titles: its code (`EUR`).
pub fn currency_code(cur: &Currency) -> &str {
    &cur.code
}

/// A label or unit with the language's "currency units" replaced by the
/// currency's code: `Revenue (currency units)` → `Revenue (USD)`,
/// `currency units / month` → `USD / month`.
pub fn in_currency(l: Lang, text: &str, cur: &Currency) -> String {
    let (plural, singular) = match l {
        Lang::En => ("currency units", "currency unit"),
        Lang::Fi => ("rahayksikköä", "rahayksikkö"),
        Lang::Lb => ("Währungseenheeten", "Währungseenheet"),
    };
    text.replace(plural, &cur.code).replace(singular, &cur.code)
}

/// A number Rust formatted (`-1234.5`: a dot, no grouping) in `l`'s
/// conventions: grouped, with its decimal separator and the minus sign
/// U+2212 (`−1,234.5` en, `−1 234,5` fi). Chart ticks use it, so that they
/// read like the cards.
pub fn localise(l: Lang, plain: &str) -> String {
    match plain.strip_prefix('-') {
        Some(rest) => format!("−{}", grouped(l, rest)),
        None => grouped(l, plain),
    }
}

/// A whole count with thousands separators: `1,000,000` (en),
/// `1 000 000` (fi), `1.000.000` (lb).
pub fn count(l: Lang, x: f64) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let out = fixed(l, x.round().abs(), 0);
    if x.round() < 0.0 {
        format!("−{out}")
    } else {
        out
    }
}

/// A number with `decimals` decimals, grouped: `1,234.5` (en), `1 234,5`
/// (fi), `1.234,5` (lb).
pub fn decimal(l: Lang, x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let s = fixed(l, x.abs(), decimals);
    let zero = fixed(l, 0.0, decimals);
    if x < 0.0 && s != zero {
        format!("−{s}")
    } else {
        s
    }
}

/// A share as a percentage with one decimal: `12.3 %` (en), `12,3 %`
/// (fi, lb).
pub fn percent(l: Lang, share: f64) -> String {
    if !share.is_finite() {
        return "–".to_string();
    }
    format!("{}{}%", decimal(l, share * 100.0, 1), space(l))
}

/// A signed percentage: `+12.3 %`, `−4.0 %`.
pub fn signed_percent(l: Lang, share: f64) -> String {
    if share >= 0.0005 {
        format!("+{}", percent(l, share))
    } else {
        percent(l, share)
    }
}

/// A score such as NPS with one decimal: `23.4`, `−5.0` (en); `23,4` (fi, lb).
pub fn score(l: Lang, x: f64) -> String {
    decimal(l, x, 1)
}

/// A duration: `180 ms`, `12.4 s` (en); `12,4 s` (fi, lb).
pub fn duration_ms(l: Lang, ms: f64) -> String {
    if ms < 1000.0 {
        format!("{}{}ms", decimal(l, ms, 0), space(l))
    } else {
        format!("{}{}s", decimal(l, ms / 1000.0, 1), space(l))
    }
}

/// The text an input shows for a number: the shortest form that reads back
/// to the same value (`0.3`, `20000`). The same in every language: the
/// inputs read both `0.3` and `0,3`.
pub fn input_number(x: f64) -> String {
    format!("{x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::*;

    #[test]
    fn formats_english_as_before() {
        assert_eq!(money(En, -1_264_332.0), "−1.26 M");
        assert_eq!(money(En, 350_499.0), "350 k");
        assert_eq!(money(En, 12_345.0), "12.3 k");
        assert_eq!(money(En, 1234.4), "1,234");
        assert_eq!(money(En, 0.0), "0");
        assert_eq!(count(En, 1_000_000.0), "1,000,000");
        assert_eq!(count(En, 999.0), "999");
        assert_eq!(count(En, -1234.0), "−1,234");
        assert_eq!(percent(En, 0.1234), "12.3 %");
        assert_eq!(signed_percent(En, 0.1), "+10.0 %");
        assert_eq!(signed_percent(En, -0.04), "−4.0 %");
        assert_eq!(percent(En, -0.0004), "0.0 %");
        assert_eq!(score(En, -5.04), "−5.0");
        assert_eq!(score(En, -0.04), "0.0");
        assert_eq!(duration_ms(En, 180.4), "180 ms");
        assert_eq!(duration_ms(En, 12_400.0), "12.4 s");
        assert_eq!(input_number(0.3), "0.3");
        assert_eq!(input_number(20000.0), "20000");
        assert_eq!(input_number(0.3).parse::<f64>(), Ok(0.3));
    }

    #[test]
    fn formats_finnish_with_no_break_space_groups_and_a_decimal_comma() {
        assert_eq!(decimal(Fi, 1234.5, 1), "1\u{a0}234,5");
        assert_eq!(count(Fi, 1_000_000.0), "1\u{a0}000\u{a0}000");
        assert_eq!(count(Fi, -1234.0), "−1\u{a0}234");
        assert_eq!(money(Fi, -1_264_332.0), "−1,26\u{a0}milj.");
        assert_eq!(money(Fi, 12_345.0), "12,3\u{a0}t.");
        assert_eq!(money(Fi, 1234.4), "1\u{a0}234");
        assert_eq!(percent(Fi, 0.1234), "12,3\u{a0}%");
        assert_eq!(signed_percent(Fi, -0.04), "−4,0\u{a0}%");
        assert_eq!(score(Fi, 23.44), "23,4");
        assert_eq!(duration_ms(Fi, 12_400.0), "12,4\u{a0}s");
    }

    #[test]
    fn amounts_carry_the_currency_where_each_language_puts_it() {
        let eur = Currency::default();
        let usd = Currency::of("USD");
        assert_eq!(amount(En, 1234.4, &eur), "€1,234");
        assert_eq!(amount(En, -1_264_332.0, &usd), "−$1.26 M");
        assert_eq!(amount(Fi, 1234.4, &eur), "1\u{a0}234\u{a0}€");
        assert_eq!(amount(Fi, -12_345.0, &usd), "−12,3\u{a0}t.\u{a0}$");
        assert_eq!(amount(Lb, 1234.4, &eur), "1.234\u{a0}€");
        assert_eq!(
            amount(Lb, 2_500_000.0, &Currency::of("GBP")),
            "2,50\u{a0}Mio.\u{a0}£"
        );
        assert_eq!(
            amount(En, 350_499.0, &Currency::of("CHF")),
            "CHF\u{a0}350 k"
        );
        assert_eq!(amount(En, -0.2, &eur), "€0");
        let after = Currency {
            position: Some(SymbolPosition::After),
            symbol: Some("zł".into()),
            ..Currency::of("PLN")
        };
        assert_eq!(amount(En, 1234.0, &after), "1,234\u{a0}zł");
        let before = Currency {
            position: Some(SymbolPosition::Before),
            ..Currency::of("RUB")
        };
        assert_eq!(amount(Fi, 1234.0, &before), "₽1\u{a0}234");
        assert_eq!(
            in_currency(En, "Revenue (currency units)", &usd),
            "Revenue (USD)"
        );
        assert_eq!(in_currency(Fi, "rahayksikköä / kk", &usd), "USD / kk");
        assert_eq!(
            in_currency(Lb, "pro ausginn Währungseenheet", &usd),
            "pro ausginn USD"
        );
    }

    #[test]
    fn formats_luxembourgish_as_cldr_lb() {
        assert_eq!(decimal(Lb, 1234.5, 1), "1.234,5");
        assert_eq!(count(Lb, 1_000_000.0), "1.000.000");
        assert_eq!(money(Lb, 2_500_000.0), "2,50\u{a0}Mio.");
        assert_eq!(localise(Lb, "-8000.25"), "−8.000,25");
        assert_eq!(localise(En, "8000"), "8,000");
        assert_eq!(localise(Fi, "999.5"), "999,5");
        assert_eq!(money(Lb, 350_499.0), "350\u{a0}Dsd.");
        assert_eq!(percent(Lb, 0.5), "50,0\u{a0}%");
        assert_eq!(score(Lb, -5.04), "−5,0");
    }
}
