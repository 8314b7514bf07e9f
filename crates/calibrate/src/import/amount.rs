//! Reading an amount cell: a plain number (digits, a sign, the decimal
//! separator) directly, anything else (thousands groups, currency signs,
//! spaces) by the general rule.
//!
//! Invariant: the direct reading and the general rule give the same `f64`,
//! bit for bit, for every cell the direct reading accepts.

/// Reads an amount: `decimal` is the decimal separator; the other of `.` and
/// `,` (and spaces) may group thousands in threes; currency signs are ignored.
pub fn parse_amount(s: &str, decimal: char) -> Option<f64> {
    match plain(s.trim(), decimal) {
        Some(v) => v,
        None => by_rule(s, decimal),
    }
}

/// The longest cell read directly (longer ones go by the rule).
const PLAIN_MAX: usize = 40;

/// `s` as a plain number: an optional sign, digits and at most one decimal
/// separator (`.` or `,`), at least one digit. `None`: not plain (read it by
/// the rule); `Some(v)`: the rule's answer, `v`.
fn plain(s: &str, decimal: char) -> Option<Option<f64>> {
    let sep = match decimal {
        '.' => b'.',
        ',' => b',',
        _ => return None,
    };
    let b = s.as_bytes();
    if b.len() > PLAIN_MAX {
        return None;
    }
    let body = match b.first() {
        Some(b'-' | b'+') => &b[1..],
        _ => b,
    };
    let (mut digits, mut seps) = (0usize, 0usize);
    for &c in body {
        if c.is_ascii_digit() {
            digits += 1;
        } else if c == sep {
            seps += 1;
        } else {
            return None;
        }
    }
    if digits == 0 || seps > 1 {
        return None;
    }
    // The same decimal number as the rule's "{sign}{int}.{frac}": the
    // correctly rounded parse gives the same f64 for it.
    let v = if sep == b'.' {
        s.parse::<f64>().ok()
    } else {
        let mut buf = [0u8; PLAIN_MAX];
        for (o, &c) in buf.iter_mut().zip(b) {
            *o = if c == b',' { b'.' } else { c };
        }
        std::str::from_utf8(&buf[..b.len()])
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
    };
    Some(v.filter(|v| v.is_finite()))
}

/// The general rule: currency signs and spaces dropped, thousands groups of
/// three checked and joined, then `{sign}{int}.{frac}` parsed.
fn by_rule(s: &str, decimal: char) -> Option<f64> {
    let thousands = if decimal == ',' { '.' } else { ',' };
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '$' | '€' | '£' | '¥' | ' ' | '\u{a0}' | '\u{202f}' | '\''
            )
        })
        .collect();
    let (neg, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let mut parts = body.split(decimal);
    let int = parts.next()?;
    let frac = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let groups: Vec<&str> = int.split(thousands).collect();
    let grouped_ok = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !grouped_ok || !groups.iter().all(|g| digits(g)) || !frac.is_none_or(digits) {
        return None;
    }
    let int: String = groups.concat();
    if int.is_empty() && frac.is_none_or(str::is_empty) {
        return None;
    }
    let v: f64 = format!(
        "{}{}.{}",
        if neg { "-" } else { "" },
        if int.is_empty() { "0" } else { &int },
        frac.unwrap_or("0")
    )
    .parse()
    .ok()?;
    v.is_finite().then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cells over the bytes of plain numbers (and a few others), short and long.
    fn cells() -> Vec<String> {
        let alphabet = b"0123456789012345678901234567890123456789.,-+ $'x";
        let mut out: Vec<String> = [
            "",
            "-",
            "+",
            ".",
            ",",
            "-.",
            "+,",
            "5.",
            ".5",
            ",5",
            "5,",
            "-0",
            "-0.0",
            "+0,0",
            "007",
            "1e5",
            "inf",
            "NaN",
            "0x10",
            "1,234.50",
            "1.234,50",
            "€ 12,50",
            "12 345",
            "-12.345.678,9",
            "+-5",
            "--5",
            "5-",
            "١٢",
            "1_000",
        ]
        .map(String::from)
        .to_vec();
        out.push("9".repeat(39));
        out.push(format!("1.{}", "3".repeat(38)));
        out.push(format!("-{}", "9".repeat(39)));
        out.push("9".repeat(400));
        out.push(format!("0.{}1", "0".repeat(400)));
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..300_000 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1442695040888963407);
            let len = 1 + (seed >> 59) as usize;
            let t: String = (0..len)
                .map(|k| {
                    let r = (seed.rotate_left(11 * k as u32 + 5) >> 37) as usize;
                    // Signs mostly first, as in amounts.
                    let c = alphabet[r % alphabet.len()];
                    if k > 0 && matches!(c, b'-' | b'+') && r % 4 != 0 {
                        b'7'
                    } else {
                        c
                    }
                })
                .map(char::from)
                .collect();
            out.push(t);
        }
        out
    }

    #[test]
    fn plain_numbers_read_as_the_rule_reads_them() {
        let (mut direct, mut numbers) = (0, 0);
        for s in cells() {
            for decimal in ['.', ','] {
                let want = by_rule(&s, decimal);
                let got = parse_amount(&s, decimal);
                assert_eq!(
                    got.map(f64::to_bits),
                    want.map(f64::to_bits),
                    "{s:?} {decimal}"
                );
                direct += usize::from(plain(s.trim(), decimal).is_some());
                numbers += usize::from(want.is_some());
            }
        }
        // Most cells take the direct way, and many of them are numbers.
        assert!(direct > 100_000 && numbers > 100_000, "{direct} {numbers}");
    }

    #[test]
    fn amounts_in_both_conventions() {
        assert_eq!(parse_amount("22.90", '.'), Some(22.9));
        assert_eq!(parse_amount(" -3,5 ", ','), Some(-3.5));
        assert_eq!(parse_amount("+.5", '.'), Some(0.5));
        assert_eq!(parse_amount("5.", '.'), Some(5.0));
        assert_eq!(
            parse_amount("-0", '.').map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        assert_eq!(parse_amount("1,234.50", '.'), Some(1234.5));
        assert_eq!(parse_amount("1.234,50", ','), Some(1234.5));
        assert_eq!(parse_amount("1.5", ','), None);
        assert_eq!(parse_amount("1,5", '.'), None);
        assert_eq!(parse_amount("-", '.'), None);
        assert_eq!(parse_amount("1.2.3", '.'), None);
        assert_eq!(parse_amount(&"9".repeat(400), '.'), None);
        assert_eq!(parse_amount("1e5", '.'), None);
    }
}
