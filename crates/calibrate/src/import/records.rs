//! Splitting the log into records and fields, each record with its line.
//!
//! A delimited record without a quote is split where it lies (its fields
//! borrow from the text); a record with a quote is read by `csv-core`, the
//! parser of the `csv` crate, with that crate's defaults (quote `"`, doubled
//! quotes inside quotes, CR, LF or CRLF ending a record, a byte-order mark at
//! the very start skipped): the same fields as reading the whole file with
//! `csv::ReaderBuilder::new().has_headers(false).flexible(true)`.
//!
//! Invariants: a record's line is 1 + the number of `\n` before it; records
//! without a non-blank field are skipped (their lines still count).

use super::Delimiter;
use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

/// Calls `f(line, fields)` for every record with a non-blank field, in file
/// order, until `f` returns `false`.
pub(super) fn each_record(text: &str, delim: Delimiter, f: impl FnMut(u64, &[&str]) -> bool) {
    match delim {
        Delimiter::Whitespace => each_line(text, f),
        _ => each_delimited(text, delim.byte(), f),
    }
}

/// Whitespace-separated: a record per line (`str::lines`), fields split by
/// `str::split_whitespace`.
fn each_line(text: &str, mut f: impl FnMut(u64, &[&str]) -> bool) {
    let mut fields: Vec<&str> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        fields.clear();
        fields.extend(line.split_whitespace());
        if !fields.is_empty() && !f(i as u64 + 1, &fields) {
            return;
        }
    }
}

fn blank(fields: &[&str]) -> bool {
    fields.iter().all(|s| s.trim().is_empty())
}

fn each_delimited(text: &str, delim: u8, mut f: impl FnMut(u64, &[&str]) -> bool) {
    let bytes = text.as_bytes();
    // As csv-core: a byte-order mark at the very start is not data.
    let mut pos = if bytes.starts_with(b"\xef\xbb\xbf") {
        3
    } else {
        0
    };
    let mut line = 1u64;
    let mut fields: Vec<&str> = Vec::new();
    let mut quoted: Option<Quoted> = None;
    loop {
        while let Some(&c @ (b'\r' | b'\n')) = bytes.get(pos) {
            line += u64::from(c == b'\n');
            pos += 1;
        }
        if pos >= bytes.len() {
            return;
        }
        let start = pos;
        fields.clear();
        let mut field = start;
        let mut has_quote = false;
        while let Some(&c) = bytes.get(pos) {
            if c == delim {
                fields.push(&text[field..pos]);
                field = pos + 1;
            } else if c == b'\r' || c == b'\n' {
                break;
            } else if c == b'"' {
                has_quote = true;
                break;
            }
            pos += 1;
        }
        let go_on = if has_quote {
            let q = quoted.get_or_insert_with(|| Quoted::new(delim));
            let used = q.read(&bytes[start..]);
            pos = start + used;
            let go_on = match q.fields() {
                Some(fields) => blank(&fields) || f(line, &fields),
                // Not UTF-8 (never, from a `&str`): the csv crate's error ends the file.
                None => false,
            };
            line += bytes[start..pos].iter().filter(|&&c| c == b'\n').count() as u64;
            go_on
        } else {
            fields.push(&text[field..pos]);
            blank(&fields) || f(line, &fields)
        };
        if !go_on {
            return;
        }
    }
}

/// A csv-core reader for the records that have a quote, and its buffers.
struct Quoted {
    reader: Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    fields: usize,
}

impl Quoted {
    fn new(delim: u8) -> Self {
        let mut reader = ReaderBuilder::new().delimiter(delim).build();
        // Past the start of the input: a byte-order mark later in the file
        // is data, as it is to the csv crate.
        let (mut out, mut ends) = ([0u8; 1], [0usize; 1]);
        reader.read_record(b"\n", &mut out, &mut ends);
        Quoted {
            reader,
            out: vec![0; 256],
            ends: vec![0; 16],
            fields: 0,
        }
    }

    /// Reads the record at the start of `input` (which starts with no line
    /// end); returns the bytes it took, its line end included.
    fn read(&mut self, input: &[u8]) -> usize {
        let (mut nin, mut nout, mut nend) = (0, 0, 0);
        loop {
            let (res, i, o, e) = self.reader.read_record(
                &input[nin..],
                &mut self.out[nout..],
                &mut self.ends[nend..],
            );
            (nin, nout, nend) = (nin + i, nout + o, nend + e);
            match res {
                // All taken: the next call, with no input, ends the record.
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record | ReadRecordResult::End => {
                    self.fields = nend;
                    return nin;
                }
            }
        }
    }

    /// The fields of the record just read (`None`: not UTF-8).
    fn fields(&self) -> Option<Vec<&str>> {
        let ends = &self.ends[..self.fields];
        let text = std::str::from_utf8(&self.out[..ends.last().map_or(0, |&e| e)]).ok()?;
        let mut from = 0;
        let fields = ends
            .iter()
            .map(|&e| {
                let s = text.get(from..e).unwrap_or("");
                from = e;
                s
            })
            .collect();
        Some(fields)
    }
}
