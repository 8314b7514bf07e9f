//! Loyalty Lab's classroom: lessons built on the source texts' concepts
//! (each with a prediction, a reveal, "now try" changes and a claim its
//! run shows), the source text's quiz and the glossary, every text in
//! English, Finnish and Luxembourgish. Pure data and logic: no web
//! dependency, no file access at run time (the data are bundled).
//!
//! Invariant: every lesson, question and term is given in the three
//! languages; a lesson's claim, prediction answer and "now try" directions
//! hold on the median of five seeds of its scenario (tested natively).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod claim;
pub mod glossary;
pub mod lesson;
pub mod link;
pub mod quiz;
pub mod scenario;
pub mod text;

pub use claim::{Claim, Measure, Op, Run, Verdict};
pub use lesson::{lesson, lessons, Lesson, Prediction};
pub use text::{Lang, Text};

/// The seeds a lesson's claims are judged on (the project's findings use
/// the median of five seeds).
pub const SEEDS: [u64; 5] = [1, 2, 3, 4, 5];
