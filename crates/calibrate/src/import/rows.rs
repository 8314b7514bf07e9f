//! The pass over the data rows: each row checked and read into a
//! transaction (or named as a bad row), the customer ids interned, and the
//! date cells counted per date format when the format is to be detected.
//!
//! Invariant: the result is that of checking the rows one by one in file
//! order; the ids borrow from the text (only an id read from a quoted field
//! is copied), and a customer's index is its order of first appearance.

use super::records::each_record;
use super::{parse_amount, BadRows, Columns, Delimiter, RowIssue, RowProblem, Transaction};
use crate::date::DateFormat;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// What the pass found.
pub(super) struct Rows {
    /// The good rows, in file order.
    pub transactions: Vec<Transaction>,
    /// Distinct customers among them.
    pub customers: usize,
    /// Data rows (good and bad).
    pub rows: usize,
    /// The quantity column's total over the good rows, if one was given.
    pub quantity_total: Option<f64>,
    /// The rows left out.
    pub bad: BadRows,
    /// For each of [`DateFormat::ALL`], the data rows whose date cell it
    /// reads (all zero unless counted).
    pub date_counts: [usize; 5],
    /// The first data row's line and date cell (trimmed), when counted.
    pub first_date: Option<(u64, String)>,
}

/// The format and separator the rows are read with.
pub(super) struct Reading {
    pub delimiter: Delimiter,
    pub date_format: DateFormat,
    pub decimal: char,
    /// Whether the first record is the header (not a row).
    pub header: bool,
    /// Whether to count the date cells per format.
    pub count_dates: bool,
}

/// Checks and reads every data row of `text`.
pub(super) fn parse_rows(text: &str, c: &Columns, r: &Reading) -> Rows {
    let mut ids: HashMap<Cow<str>, u32, BuildHasherDefault<IdHasher>> = HashMap::default();
    let mut out = Rows {
        transactions: Vec::new(),
        customers: 0,
        rows: 0,
        quantity_total: c.quantity.map(|_| 0.0),
        bad: BadRows::default(),
        date_counts: [0; 5],
        first_date: None,
    };
    let mut skip = r.header;
    let (fmt, decimal) = (r.date_format, r.decimal);
    let k_fmt = DateFormat::ALL.iter().position(|&f| f == fmt).unwrap_or(0);
    let need = c.id.max(c.date).max(c.amount).max(c.quantity.unwrap_or(0)) + 1;
    each_record(text, r.delimiter, |line, f| {
        if std::mem::take(&mut skip) {
            return true;
        }
        out.rows += 1;
        let day = if r.count_dates {
            let v = f.get(c.date).map_or("", |s| s.trim());
            if out.first_date.is_none() {
                out.first_date = Some((line, v.to_string()));
            }
            let all = DateFormat::parse_all(v);
            for (n, d) in out.date_counts.iter_mut().zip(all) {
                *n += usize::from(d.is_some());
            }
            all[k_fmt]
        } else {
            f.get(c.date).and_then(|s| fmt.parse(s))
        };
        match row(line, f, c, need, day, fmt, decimal) {
            Ok((id, day, amount, quantity)) => {
                if let (Some(q), Some(total)) = (quantity, out.quantity_total.as_mut()) {
                    *total += q;
                }
                let customer = match ids.get(id) {
                    Some(&k) => k,
                    None => {
                        let k = ids.len() as u32;
                        ids.insert(borrowed(text, id), k);
                        k
                    }
                };
                out.transactions.push(Transaction {
                    customer,
                    day,
                    amount,
                });
            }
            Err(p) => out.bad.push(p),
        }
        true
    });
    out.customers = ids.len();
    out
}

/// A good row's id, day, amount and quantity, or the problem that leaves it
/// out (checked in this order: columns, id, date, amount, quantity).
/// `day` is the date cell read in `fmt`, if there is one.
fn row<'f>(
    line: u64,
    f: &[&'f str],
    c: &Columns,
    need: usize,
    day: Option<i32>,
    fmt: DateFormat,
    decimal: char,
) -> Result<(&'f str, i32, f64, Option<f64>), RowProblem> {
    if f.len() < need {
        let issue = RowIssue::TooFewColumns { got: f.len(), need };
        return Err(RowProblem::new(line, 0, issue));
    }
    let id = f[c.id].trim();
    if id.is_empty() {
        return Err(RowProblem::new(line, c.id + 1, RowIssue::EmptyId));
    }
    let Some(day) = day else {
        let issue = RowIssue::NotADate {
            text: f[c.date].trim().to_string(),
            format: fmt.name().to_string(),
        };
        return Err(RowProblem::new(line, c.date + 1, issue));
    };
    let Some(amount) = parse_amount(f[c.amount], decimal) else {
        let issue = RowIssue::NotAnAmount {
            text: f[c.amount].trim().to_string(),
            decimal,
        };
        return Err(RowProblem::new(line, c.amount + 1, issue));
    };
    let quantity = match c.quantity {
        None => None,
        Some(q) => match parse_amount(f[q], decimal) {
            Some(v) => Some(v),
            None => {
                let issue = RowIssue::NotAQuantity {
                    text: f[q].trim().to_string(),
                };
                return Err(RowProblem::new(line, q + 1, issue));
            }
        },
    };
    Ok((id, day, amount, quantity))
}

/// `s` borrowed from `text` if it is a slice of it, else copied.
fn borrowed<'a>(text: &'a str, s: &str) -> Cow<'a, str> {
    let offset = (s.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    match text.get(offset..offset.wrapping_add(s.len())) {
        Some(t) if t.as_ptr() == s.as_ptr() => Cow::Borrowed(t),
        _ => Cow::Owned(s.to_string()),
    }
}

/// A fast hash for customer ids (the multiply-rotate step of rustc's
/// FxHasher over 8-byte words, a splitmix64 finish): deterministic, no
/// random state. Not resistant to ids crafted to collide (a log is the
/// user's own file: at worst slower).
#[derive(Default)]
pub(super) struct IdHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut b = [0u8; 8];
            b.copy_from_slice(w);
            self.add(u64::from_le_bytes(b));
        }
        let rest = words.remainder();
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_the_text_are_borrowed_others_copied() {
        let text = String::from("c1,2024-01-01,5\nc22,2024-01-02,6\n");
        let id = &text[16..19];
        assert!(matches!(borrowed(&text, id), Cow::Borrowed("c22")));
        let copy = String::from("c22");
        assert!(matches!(borrowed(&text, &copy), Cow::Owned(s) if s == "c22"));
        assert!(matches!(borrowed(&text, &text[..0]), Cow::Borrowed("")));
        assert!(matches!(borrowed(&text[..2], &text[1..4]), Cow::Owned(s) if s == "1,2"));
    }

    #[test]
    fn the_id_hash_tells_ids_apart() {
        let hash = |s: &str| {
            let mut h = IdHasher::default();
            std::hash::Hash::hash(s, &mut h);
            h.finish()
        };
        // Ids that differ only in their length, their padding or one byte.
        let ids = [
            "",
            "a",
            "a\0",
            "c1",
            "c10",
            "c100000",
            "c1000000",
            "c10000000",
            "C1",
        ];
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a:?} {b:?}");
            }
        }
        // Sequential ids spread over the low bits that pick a bucket.
        let buckets: std::collections::HashSet<u64> =
            (0..4096).map(|k| hash(&format!("C{k}")) & 4095).collect();
        assert!(buckets.len() > 2400, "{}", buckets.len());
    }
}
