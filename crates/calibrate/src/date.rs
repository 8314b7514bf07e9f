//! Calendar dates of a transaction log: the accepted formats, parsing, and
//! days counted from 1970-01-01 (proleptic Gregorian).
//!
//! Invariant: a string parses to a date only if it is a real calendar day in
//! exactly the given format (no silent fix-ups such as 31 April -> 1 May).

use serde::{Deserialize, Serialize};

/// A date format of the transaction log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateFormat {
    /// `YYYY-MM-DD` (ISO 8601).
    #[serde(rename = "YYYY-MM-DD")]
    Iso,
    /// `YYYYMMDD`.
    #[serde(rename = "YYYYMMDD")]
    Compact,
    /// `DD.MM.YYYY` (Finnish, German).
    #[serde(rename = "DD.MM.YYYY")]
    DayDotMonth,
    /// `MM/DD/YYYY` (United States).
    #[serde(rename = "MM/DD/YYYY")]
    MonthSlashDay,
    /// `DD/MM/YYYY` (United Kingdom, France).
    #[serde(rename = "DD/MM/YYYY")]
    DaySlashMonth,
}

impl DateFormat {
    /// Every format, in the order detection prefers them.
    pub const ALL: [DateFormat; 5] = [
        DateFormat::Iso,
        DateFormat::Compact,
        DateFormat::DayDotMonth,
        DateFormat::MonthSlashDay,
        DateFormat::DaySlashMonth,
    ];

    /// The format's name as the user writes it (`YYYY-MM-DD`, ...).
    pub fn name(self) -> &'static str {
        match self {
            DateFormat::Iso => "YYYY-MM-DD",
            DateFormat::Compact => "YYYYMMDD",
            DateFormat::DayDotMonth => "DD.MM.YYYY",
            DateFormat::MonthSlashDay => "MM/DD/YYYY",
            DateFormat::DaySlashMonth => "DD/MM/YYYY",
        }
    }

    /// The format named `name` (case-insensitive), if any.
    pub fn from_name(name: &str) -> Option<DateFormat> {
        let upper = name.trim().to_ascii_uppercase();
        DateFormat::ALL.into_iter().find(|f| f.name() == upper)
    }

    /// The day (days since 1970-01-01) that `s` names in this format.
    /// A time after the date (`2024-01-31 10:15`, `2024-01-31T10:15`) is ignored.
    pub fn parse(self, s: &str) -> Option<i32> {
        let b = date_part(s);
        match self {
            DateFormat::Iso => ymd(b, b'-'),
            DateFormat::Compact => compact(b),
            DateFormat::DayDotMonth => dmy(b, b'.'),
            DateFormat::MonthSlashDay => mdy(b),
            DateFormat::DaySlashMonth => dmy(b, b'/'),
        }
    }

    /// The day that `s` names in each format of [`DateFormat::ALL`] (in its
    /// order): `DateFormat::ALL[k].parse(s)` for every `k`, at the cost of
    /// about one parse (a date's first non-digit byte names the only
    /// formats that can read it).
    pub fn parse_all(s: &str) -> [Option<i32>; 5] {
        let b = date_part(s);
        let mut out = [None; 5];
        match b.iter().find(|c| !c.is_ascii_digit()) {
            None => out[1] = compact(b),
            Some(b'-') => out[0] = ymd(b, b'-'),
            Some(b'.') => out[2] = dmy(b, b'.'),
            Some(b'/') => {
                if let Some((p, q, y)) = three(b, b'/') {
                    let (p, q, y) = (day_or_month(p), day_or_month(q), year(y));
                    if let (Some(p), Some(q), Some(y)) = (p, q, y) {
                        out[3] = days_from_civil(y, p, q);
                        out[4] = days_from_civil(y, q, p);
                    }
                }
            }
            Some(_) => {}
        }
        out
    }
}

/// The date of a cell: trimmed, up to a space or a `T` (a time follows).
fn date_part(s: &str) -> &[u8] {
    let b = s.trim().as_bytes();
    let end = b.iter().position(|&c| c == b' ' || c == b'T');
    &b[..end.unwrap_or(b.len())]
}

/// The number that the ASCII digits `t` write, if `t` is `min..=max` of them.
fn digits(t: &[u8], min: usize, max: usize) -> Option<i32> {
    if t.len() < min || t.len() > max {
        return None;
    }
    t.iter().try_fold(0i32, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + i32::from(c - b'0'))
    })
}

/// A four-digit year.
fn year(t: &[u8]) -> Option<i32> {
    digits(t, 4, 4)
}

/// A day or a month: one or two digits in the separated formats.
fn day_or_month(t: &[u8]) -> Option<i32> {
    digits(t, 1, 2)
}

/// `b` split at `sep` into exactly three parts.
fn three(b: &[u8], sep: u8) -> Option<(&[u8], &[u8], &[u8])> {
    let i = b.iter().position(|&c| c == sep)?;
    let rest = &b[i + 1..];
    let j = rest.iter().position(|&c| c == sep)?;
    let last = &rest[j + 1..];
    (!last.contains(&sep)).then_some((&b[..i], &rest[..j], last))
}

/// `YYYY<sep>M<sep>D`.
fn ymd(b: &[u8], sep: u8) -> Option<i32> {
    let (y, m, d) = three(b, sep)?;
    days_from_civil(year(y)?, day_or_month(m)?, day_or_month(d)?)
}

/// `D<sep>M<sep>YYYY`.
fn dmy(b: &[u8], sep: u8) -> Option<i32> {
    let (d, m, y) = three(b, sep)?;
    days_from_civil(year(y)?, day_or_month(m)?, day_or_month(d)?)
}

/// `M/D/YYYY`.
fn mdy(b: &[u8]) -> Option<i32> {
    let (m, d, y) = three(b, b'/')?;
    days_from_civil(year(y)?, day_or_month(m)?, day_or_month(d)?)
}

/// `YYYYMMDD`.
fn compact(b: &[u8]) -> Option<i32> {
    digits(b, 8, 8)?;
    days_from_civil(
        year(&b[..4])?,
        digits(&b[4..6], 2, 2)?,
        digits(&b[6..8], 2, 2)?,
    )
}

/// Days in month `m` of year `y`.
fn month_days(y: i32, m: i32) -> i32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 of a valid calendar date (years 1900-2200), else `None`.
pub fn days_from_civil(y: i32, m: i32, d: i32) -> Option<i32> {
    if !(1900..=2200).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > month_days(y, m) {
        return None;
    }
    // H. Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The `YYYY-MM-DD` form of a day counted from 1970-01-01.
pub fn iso(day: i32) -> String {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Parses a date given on the command line or in options: `YYYY-MM-DD`.
pub fn parse_iso(s: &str) -> Option<i32> {
    DateFormat::Iso.parse(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_parses_the_same_day() {
        let day = days_from_civil(1997, 9, 30).unwrap();
        assert_eq!(DateFormat::Iso.parse("1997-09-30"), Some(day));
        assert_eq!(DateFormat::Compact.parse("19970930"), Some(day));
        assert_eq!(DateFormat::DayDotMonth.parse("30.09.1997"), Some(day));
        assert_eq!(DateFormat::DayDotMonth.parse("30.9.1997"), Some(day));
        assert_eq!(DateFormat::MonthSlashDay.parse("09/30/1997"), Some(day));
        assert_eq!(DateFormat::DaySlashMonth.parse("30/09/1997"), Some(day));
        assert_eq!(DateFormat::Iso.parse("1997-09-30 12:01"), Some(day));
        assert_eq!(DateFormat::Iso.parse("1997-09-30T12:01:00Z"), Some(day));
        assert_eq!(iso(day), "1997-09-30");
    }

    #[test]
    fn days_count_from_1970() {
        assert_eq!(days_from_civil(1970, 1, 1), Some(0));
        assert_eq!(days_from_civil(1997, 1, 1), Some(9862));
        assert_eq!(
            days_from_civil(2000, 3, 1).unwrap() - days_from_civil(2000, 2, 28).unwrap(),
            2
        );
        for day in [-25_000, -1, 0, 9862, 10_957, 20_000, 60_000] {
            let s = iso(day);
            assert_eq!(parse_iso(&s), Some(day), "{s}");
        }
    }

    /// The parser as it was before it read bytes (the reference).
    fn parse_by_splitting(f: DateFormat, s: &str) -> Option<i32> {
        let s = s.trim();
        let s = s.split([' ', 'T']).next().unwrap_or(s);
        let num = |t: &str, len: usize| -> Option<i32> {
            if t.len() == len && t.bytes().all(|b| b.is_ascii_digit()) {
                t.parse().ok()
            } else {
                None
            }
        };
        let three = |sep: char| -> Option<(&str, &str, &str)> {
            let mut it = s.split(sep);
            let parts = (it.next()?, it.next()?, it.next()?);
            it.next().is_none().then_some(parts)
        };
        let dm = |t: &str| num(t, 1).or_else(|| num(t, 2));
        let (y, m, d) = match f {
            DateFormat::Iso => {
                let (y, m, d) = three('-')?;
                (num(y, 4)?, dm(m)?, dm(d)?)
            }
            DateFormat::Compact => {
                num(s, 8)?;
                (num(&s[0..4], 4)?, num(&s[4..6], 2)?, num(&s[6..8], 2)?)
            }
            DateFormat::DayDotMonth => {
                let (d, m, y) = three('.')?;
                (num(y, 4)?, dm(m)?, dm(d)?)
            }
            DateFormat::MonthSlashDay => {
                let (m, d, y) = three('/')?;
                (num(y, 4)?, dm(m)?, dm(d)?)
            }
            DateFormat::DaySlashMonth => {
                let (d, m, y) = three('/')?;
                (num(y, 4)?, dm(m)?, dm(d)?)
            }
        };
        days_from_civil(y, m, d)
    }

    /// Date-like strings: real dates in every format, with times, spaces and
    /// one-digit fields, and random strings over the bytes dates are made of.
    fn date_like() -> Vec<String> {
        let mut out = Vec::new();
        for day in (-30_000..70_000).step_by(37) {
            let iso = iso(day);
            let (y, rest) = iso.split_at(4);
            let (m, d) = (&rest[1..3], &rest[4..6]);
            let (m1, d1) = (m.trim_start_matches('0'), d.trim_start_matches('0'));
            out.extend([
                iso.clone(),
                format!("{y}{m}{d}"),
                format!("{d}.{m}.{y}"),
                format!("{d1}.{m1}.{y}"),
                format!("{m}/{d}/{y}"),
                format!("{d1}/{m1}/{y}"),
                format!("{y}-{m1}-{d1}"),
                format!(" {iso}T10:00 "),
                format!("{iso} 10:00"),
                format!("{y}-{m}-{d}-"),
                format!("{y}{m}{d}0"),
            ]);
        }
        let alphabet = b"0123456789-./ T x\t";
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let len = (seed >> 60) as usize;
            let mut t = String::new();
            for k in 0..len {
                let r = (seed.rotate_left(7 * k as u32 + 3) >> 40) as usize;
                // Mostly digits, so that some of them are dates.
                let c = if r % 3 == 0 {
                    alphabet[r % alphabet.len()]
                } else {
                    b'0' + (r % 10) as u8
                };
                t.push(c as char);
            }
            out.push(t);
        }
        out.extend(
            [
                "",
                " ",
                "T",
                "2024-01-31\u{a0}",
                "\u{3000}2024-01-31",
                "２０２４-01-31",
            ]
            .map(String::from),
        );
        out
    }

    #[test]
    fn reading_bytes_parses_as_splitting_did() {
        let (mut dates, mut cases) = (0, 0);
        for s in date_like() {
            let all = DateFormat::parse_all(&s);
            for (k, f) in DateFormat::ALL.into_iter().enumerate() {
                let want = parse_by_splitting(f, &s);
                assert_eq!(f.parse(&s), want, "{f:?} {s:?}");
                assert_eq!(all[k], want, "parse_all {f:?} {s:?}");
                dates += usize::from(want.is_some());
                cases += 1;
            }
        }
        // The battery has both dates and non-dates in quantity.
        assert!(
            dates > 20_000 && cases - dates > 500_000,
            "{dates} of {cases}"
        );
    }

    #[test]
    fn impossible_dates_do_not_parse() {
        assert_eq!(DateFormat::Iso.parse("1997-02-29"), None);
        assert_eq!(DateFormat::Iso.parse("1996-02-30"), None);
        assert_eq!(DateFormat::Iso.parse("1996-13-01"), None);
        assert_eq!(DateFormat::Compact.parse("1997093"), None);
        assert_eq!(DateFormat::MonthSlashDay.parse("30/09/1997"), None);
        assert_eq!(DateFormat::DaySlashMonth.parse("09/30/1997"), None);
        assert_eq!(DateFormat::Iso.parse("30.09.1997"), None);
        assert_eq!(DateFormat::Iso.parse(""), None);
        assert_eq!(
            DateFormat::from_name("dd.mm.yyyy"),
            Some(DateFormat::DayDotMonth)
        );
        assert_eq!(DateFormat::from_name("YYYY/MM/DD"), None);
    }
}
