//! Mutations of valid inputs: bit flips, bytes set, inserted, deleted,
//! duplicated or cut off, and tokens that parsers find hard (huge and odd
//! numbers, `null`, brackets, quotes, escapes, non-ASCII text).

use arbitrary::{Result, Unstructured};

const TOKENS: [&str; 18] = [
    "NaN",
    "1e309",
    "-1e309",
    "-0",
    "99999999999999999999",
    "18446744073709551616",
    "-1",
    "0.1",
    "null",
    "true",
    "{}",
    "[]",
    "\"",
    "\\u0000",
    "\\ud800",
    "é",
    "{\"kind\":\"x\"}",
    ",",
];

/// `input` changed by one to four random mutations.
pub fn mutate(u: &mut Unstructured, input: &[u8]) -> Result<Vec<u8>> {
    let mut v = input.to_vec();
    let n = u.int_in_range(1..=4)?;
    for _ in 0..n {
        let len = v.len();
        let at = if len == 0 {
            0
        } else {
            u.int_in_range(0..=len - 1)?
        };
        match u.int_in_range(0..=6)? {
            0 if len > 0 => v[at] ^= 1 << u.int_in_range(0..=7)?,
            1 if len > 0 => v[at] = u.arbitrary()?,
            2 => {
                let k = u.int_in_range(1..=8)?;
                for _ in 0..k {
                    v.insert(at.min(v.len()), u.arbitrary()?);
                }
            }
            3 if len > 0 => {
                let end = (at + u.int_in_range(1..=16)?).min(len);
                v.drain(at..end);
            }
            4 if len > 0 => {
                let end = (at + u.int_in_range(1..=64)?).min(len);
                let copy = v[at..end].to_vec();
                let to = u.int_in_range(0..=v.len())?;
                v.splice(to..to, copy);
            }
            5 => v.truncate(at),
            _ => {
                let token = u.choose(&TOKENS)?;
                let end = (at + u.int_in_range(0..=4)?).min(len);
                v.splice(at..end, token.bytes());
            }
        }
    }
    Ok(v)
}
