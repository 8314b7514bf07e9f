//! Reading the numbers people type: decimal commas, spaces (also
//! non-breaking) and commas or dots as thousands separators, a trailing `%`
//! on share fields, exponents.
//!
//! Invariant: a text is either read as exactly one value or refused with a
//! reason; nothing is silently dropped or guessed when two readings are
//! plausible (`1,250` in a decimal field could be 1250 or 1.25, so it is
//! refused with a sentence that says so). The value of a text that is
//! already in the app's own form (`0.3`, `20000`) is what Rust's parser
//! gives, so a value shown and read back is unchanged.

/// Why a text is not a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing typed.
    Empty,
    /// Not a number at all.
    NotANumber,
    /// A number, but the field takes whole numbers only.
    NotWhole,
    /// A `%` on a field that is not a share.
    PercentNotHere,
    /// A single comma with three digits after it, in a field that takes
    /// decimals: the two readings (given) are both plausible.
    Ambiguous {
        /// Read as thousands.
        thousands: String,
        /// Read as a decimal comma.
        decimal: String,
    },
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{202F}' || c == '\u{2009}' || c == '\u{00A0}'
}

/// `digits` grouped by `sep` the usual way: 1-3 digits, then groups of 3.
fn grouped(int: &str, sep: char) -> Option<String> {
    let groups: Vec<&str> = int.split(sep).collect();
    let ok = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    ok.then(|| groups.concat())
}

/// Reads `text` as a number. `integer`: whole numbers only (and then a
/// single `,` or `.` before three digits is a thousands separator);
/// `percent`: the field is a share, so `30 %` is read as 0.3.
pub fn parse_number(text: &str, integer: bool, percent: bool) -> Result<f64, NumberError> {
    let mut t: String = text.trim_matches(is_space).to_string();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    let mut pct = false;
    if let Some(rest) = t.strip_suffix('%') {
        if !percent {
            return Err(NumberError::PercentNotHere);
        }
        pct = true;
        t = rest.trim_matches(is_space).to_string();
    }
    let (negative, body) = match t.chars().next() {
        Some('-') | Some('−') => (true, t.chars().skip(1).collect::<String>()),
        Some('+') => (false, t.chars().skip(1).collect::<String>()),
        _ => (false, t.clone()),
    };
    let body = body.trim_start_matches(is_space);
    let value = if body.contains(['e', 'E']) {
        // An exponent: no separators, a dot or a comma for decimals.
        if body.contains(is_space) || (body.contains('.') && body.contains(',')) {
            return Err(NumberError::NotANumber);
        }
        let plain = body.replace(',', ".");
        if !plain
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '-' | '+'))
        {
            return Err(NumberError::NotANumber);
        }
        let v: f64 = plain.parse().map_err(|_| NumberError::NotANumber)?;
        if pct {
            v / 100.0
        } else {
            v
        }
    } else {
        let (int, frac) = split_decimal(body, integer)?;
        let digits = format!("{int}{frac}");
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(NumberError::NotANumber);
        }
        let exp = frac.len() as i64 + if pct { 2 } else { 0 };
        format!("{digits}e-{exp}")
            .parse::<f64>()
            .map_err(|_| NumberError::NotANumber)?
    };
    let value = if negative { -value } else { value };
    if !value.is_finite() {
        return Err(NumberError::NotANumber);
    }
    if integer && (value < 0.0 || value.fract() != 0.0 || value > 9_007_199_254_740_992.0) {
        return Err(NumberError::NotWhole);
    }
    Ok(value)
}

/// The integer digits and the fraction digits of a number without sign or
/// exponent, its separators resolved.
fn split_decimal(body: &str, integer: bool) -> Result<(String, String), NumberError> {
    let bad = || NumberError::NotANumber;
    let spaced = body.contains(is_space);
    // Spaces only ever group thousands: make them one kind.
    let body: String = body
        .chars()
        .map(|c| if is_space(c) { ' ' } else { c })
        .collect();
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let (int, frac, thousands) = match (dots, commas) {
        (0, 0) => (body.clone(), String::new(), None),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let n = dots.max(commas);
            let (head, tail) = body.rsplit_once(sep).ok_or_else(bad)?;
            let tail_digits = tail.len() == 3 && tail.chars().all(|c| c.is_ascii_digit());
            if n > 1 {
                // 1,000,000 or 1.000.000: thousands.
                (body.clone(), String::new(), Some(sep))
            } else if tail_digits && integer && !head.is_empty() {
                // A whole-number field has no decimals: 10,000 and 10.000 are ten thousand.
                (body.clone(), String::new(), Some(sep))
            } else if sep == ',' && tail_digits && !spaced && !head.is_empty() && head != "0" {
                let int: String = head.chars().filter(|c| *c != ' ').collect();
                return Err(NumberError::Ambiguous {
                    thousands: format!("{int}{tail}"),
                    decimal: format!("{int}.{tail}"),
                });
            } else {
                (head.to_string(), tail.to_string(), None)
            }
        }
        _ => {
            // Both: the last one is the decimal separator.
            let last_dot = body.rfind('.').ok_or_else(bad)?;
            let last_comma = body.rfind(',').ok_or_else(bad)?;
            let (dec, sep) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            if body.matches(dec).count() != 1 {
                return Err(bad());
            }
            let (head, tail) = body.rsplit_once(dec).ok_or_else(bad)?;
            (head.to_string(), tail.to_string(), Some(sep))
        }
    };
    if frac.contains(' ') {
        return Err(bad());
    }
    let int = match (thousands, spaced) {
        (Some(_), true) => return Err(bad()),
        (Some(sep), false) => grouped(&int, sep).ok_or_else(bad)?,
        (None, true) => grouped(&int, ' ').ok_or_else(bad)?,
        (None, false) => int,
    };
    if int.is_empty() && frac.is_empty() {
        return Err(bad());
    }
    Ok((int, frac))
}

/// What a field takes `%` for: a share (its unit speaks of a share, a
/// percentage or a 0-1 scale).
pub fn takes_percent(unit: &str) -> bool {
    unit.contains("share") || unit.contains('%') || unit.starts_with("0-1")
}

/// The value as the app writes it (`0.3`, `20000`).
pub fn canonical(value: f64) -> String {
    crate::format::input_number(value)
}

/// How a value read from `typed` is shown back when the text is not
/// already in the app's own form (`0,5` → `0.5`, `30 %` → `0.3 (30 %)`,
/// `1e4` → `10,000`); `None` when there is nothing to say.
pub fn understood(
    lang: crate::i18n::Lang,
    typed: &str,
    value: f64,
    integer: bool,
) -> Option<String> {
    let typed = typed.trim_matches(is_space);
    if typed == canonical(value) {
        return None;
    }
    Some(if integer {
        crate::format::count(lang, value)
    } else if typed.ends_with('%') {
        format!(
            "{} ({} %)",
            canonical(value),
            canonical((value * 1e6).round() / 1e4)
        )
    } else {
        canonical(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(t: &str) -> Result<f64, NumberError> {
        parse_number(t, false, false)
    }

    #[test]
    fn what_people_type_is_read_as_they_mean_it() {
        assert_eq!(num("0.3"), Ok(0.3));
        assert_eq!(num("0,5"), Ok(0.5));
        assert_eq!(num(",5"), Ok(0.5));
        assert_eq!(num(" 12.5 "), Ok(12.5));
        assert_eq!(num("10 000"), Ok(10_000.0));
        assert_eq!(num("10\u{a0}000"), Ok(10_000.0));
        assert_eq!(num("10\u{202f}000,25"), Ok(10_000.25));
        assert_eq!(num("1,000,000"), Ok(1e6));
        assert_eq!(num("1.000.000"), Ok(1e6));
        assert_eq!(num("1,234.5"), Ok(1234.5));
        assert_eq!(num("1.234,5"), Ok(1234.5));
        assert_eq!(num("1e4"), Ok(1e4));
        assert_eq!(num("2,5e3"), Ok(2500.0));
        assert_eq!(num("-0,25"), Ok(-0.25));
        assert_eq!(num("−3"), Ok(-3.0));
        assert_eq!(num("0,250"), Ok(0.25));
        assert_eq!(parse_number("30%", false, true), Ok(0.3));
        assert_eq!(parse_number("30 %", false, true), Ok(0.3));
        assert_eq!(parse_number("7,3 %", false, true), Ok(0.073));
        assert_eq!(parse_number("12.5%", false, true), Ok(0.125));
        // Percent gives the same value as typing the share.
        assert_eq!(
            parse_number("8.1%", false, true),
            Ok("0.081".parse().unwrap())
        );
        assert_eq!(parse_number("10 000", true, false), Ok(10_000.0));
        assert_eq!(parse_number("10,000", true, false), Ok(10_000.0));
        assert_eq!(parse_number("10.000", true, false), Ok(10_000.0));
        assert_eq!(parse_number("1e4", true, false), Ok(10_000.0));
        assert_eq!(parse_number("730", true, false), Ok(730.0));
    }

    #[test]
    fn what_cannot_be_read_is_refused_with_a_reason() {
        assert_eq!(num(""), Err(NumberError::Empty));
        assert_eq!(num("  "), Err(NumberError::Empty));
        assert_eq!(num("abc"), Err(NumberError::NotANumber));
        assert_eq!(num("1 0"), Err(NumberError::NotANumber));
        assert_eq!(num("1,00,0"), Err(NumberError::NotANumber));
        assert_eq!(num("1.2.3,4.5"), Err(NumberError::NotANumber));
        assert_eq!(num("0x10"), Err(NumberError::NotANumber));
        assert_eq!(num("inf"), Err(NumberError::NotANumber));
        assert_eq!(num("NaN"), Err(NumberError::NotANumber));
        assert_eq!(num("1e999"), Err(NumberError::NotANumber));
        assert_eq!(num("."), Err(NumberError::NotANumber));
        assert_eq!(num("30%"), Err(NumberError::PercentNotHere));
        assert_eq!(
            num("1,250"),
            Err(NumberError::Ambiguous {
                thousands: "1250".into(),
                decimal: "1.250".into()
            })
        );
        assert_eq!(parse_number("2,5", true, false), Err(NumberError::NotWhole));
        assert_eq!(parse_number("-3", true, false), Err(NumberError::NotWhole));
        assert_eq!(
            parse_number("1e-2", true, false),
            Err(NumberError::NotWhole)
        );
    }

    #[test]
    fn the_apps_own_numbers_read_back_unchanged() {
        for v in [0.3, 0.05, 20000.0, 1e-7, 123.456, 0.1 + 0.2, 2.5e20] {
            assert_eq!(num(&canonical(v)), Ok(v), "{v}");
            assert_eq!(
                understood(crate::i18n::Lang::En, &canonical(v), v, false),
                None
            );
        }
    }

    #[test]
    fn what_was_understood_is_said() {
        assert_eq!(
            understood(crate::i18n::Lang::En, "0,5", 0.5, false).as_deref(),
            Some("0.5")
        );
        assert_eq!(
            understood(crate::i18n::Lang::En, "30 %", 0.3, false).as_deref(),
            Some("0.3 (30 %)")
        );
        assert_eq!(
            understood(crate::i18n::Lang::En, "1e4", 1e4, true).as_deref(),
            Some("10,000")
        );
        assert_eq!(
            understood(crate::i18n::Lang::En, "10 000", 1e4, true).as_deref(),
            Some("10,000")
        );
        assert_eq!(understood(crate::i18n::Lang::En, "10000", 1e4, true), None);
        assert!(takes_percent("share (0.30 = 30 %)"));
        assert!(takes_percent("0-1"));
        assert!(!takes_percent("currency units"));
    }
}
