//! Number formatting for the UI (English conventions; a later issue adds
//! Finnish separators together with the Finnish text).

/// Money in currency units, compact: `-1.26 M`, `350.5 k`, `1,234`.
pub fn money(x: f64) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let a = x.abs();
    let sign = if x < 0.0 { "−" } else { "" };
    if a >= 1e6 {
        format!("{sign}{:.2} M", a / 1e6)
    } else if a >= 1e5 {
        format!("{sign}{:.0} k", a / 1e3)
    } else if a >= 1e4 {
        format!("{sign}{:.1} k", a / 1e3)
    } else {
        format!("{sign}{}", count(a.round()))
    }
}

/// A whole count with thousands separators: `1,000,000`.
pub fn count(x: f64) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let n = x.round().abs() as u64;
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if x.round() < 0.0 {
        format!("−{out}")
    } else {
        out
    }
}

/// A share as a percentage with one decimal: `12.3 %`.
pub fn percent(share: f64) -> String {
    if !share.is_finite() {
        return "–".to_string();
    }
    let v = share * 100.0;
    let sign = if v < -0.05 { "−" } else { "" };
    format!("{sign}{:.1} %", v.abs())
}

/// A signed percentage: `+12.3 %`, `−4.0 %`.
pub fn signed_percent(share: f64) -> String {
    if share >= 0.0005 {
        format!("+{}", percent(share))
    } else {
        percent(share)
    }
}

/// A score such as NPS with one decimal: `23.4`, `−5.0`.
pub fn score(x: f64) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    if x < -0.05 {
        format!("−{:.1}", -x)
    } else {
        format!("{:.1}", x.abs())
    }
}

/// A duration: `180 ms`, `12.4 s`.
pub fn duration_ms(ms: f64) -> String {
    if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.1} s", ms / 1000.0)
    }
}

/// The text an input shows for a number: the shortest form that reads back
/// to the same value (`0.3`, `20000`).
pub fn input_number(x: f64) -> String {
    format!("{x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(money(-1_264_332.0), "−1.26 M");
        assert_eq!(money(350_499.0), "350 k");
        assert_eq!(money(12_345.0), "12.3 k");
        assert_eq!(money(1234.4), "1,234");
        assert_eq!(money(0.0), "0");
        assert_eq!(count(1_000_000.0), "1,000,000");
        assert_eq!(count(999.0), "999");
        assert_eq!(count(-1234.0), "−1,234");
        assert_eq!(percent(0.1234), "12.3 %");
        assert_eq!(signed_percent(0.1), "+10.0 %");
        assert_eq!(signed_percent(-0.04), "−4.0 %");
        assert_eq!(score(-5.04), "−5.0");
        assert_eq!(duration_ms(180.4), "180 ms");
        assert_eq!(duration_ms(12_400.0), "12.4 s");
        assert_eq!(input_number(0.3), "0.3");
        assert_eq!(input_number(20000.0), "20000");
        assert_eq!(input_number(0.3).parse::<f64>(), Ok(0.3));
    }
}
