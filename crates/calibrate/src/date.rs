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
        // Day and month may have one digit in the separated formats.
        let dm = |t: &str| num(t, 1).or_else(|| num(t, 2));
        let (y, m, d) = match self {
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
