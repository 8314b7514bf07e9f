//! The quiz: the multiple-choice test at the end of the long Finnish
//! source text (section "5. Testaa"), in the three languages, with the
//! answer the source text supports and the sentence that supports it.

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// An answer option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizOption {
    /// The source's letter (`"a"`).
    pub label: String,
    /// The option's text.
    pub text: Text,
}

/// The sentence of the source text that supports the answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// Its line in the source text (1-based).
    pub line: u32,
    /// The sentence: Finnish as in the source, with its translations.
    pub quote: Text,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id (`"q01"`).
    pub id: String,
    /// The question's line in the source text.
    pub line: u32,
    /// More than one option may be right ("mahdollisesti useita vastausvaihtoehtoja").
    pub multiple: bool,
    /// The question.
    pub question: Text,
    /// The options, in the source's order.
    pub options: Vec<QuizOption>,
    /// Indices of the right options.
    pub correct: Vec<usize>,
    /// The source gives no answer key: the answer is the one the text supports.
    pub support: Support,
    /// Why, after the answer (one or two sentences).
    pub why: Text,
    /// A note on the source's wording, if any (a typo, a lost option).
    #[serde(default)]
    pub note: Option<Text>,
    /// The lesson that shows it.
    pub lesson: String,
}

/// The bundled quiz.
pub const QUIZ_JSON: &str = include_str!("../data/quiz.json");

/// Every question, in the source's order.
pub fn questions() -> Result<Vec<Question>, String> {
    serde_json::from_str(QUIZ_JSON).map_err(|e| format!("data/quiz.json: {e}"))
}

/// The score of one answer, 0 to 1.
///
/// A single-answer question scores 1 when exactly the right option is
/// picked, else 0. A multiple-answer question scores
/// `(right picks - wrong picks) / right options`, at least 0: every right
/// option picked adds its share, every wrong one takes a share away, so
/// ticking every box scores no more than the right ones alone. Indices
/// outside the options count as wrong picks; a repeated index counts once.
pub fn score(question: &Question, picked: &[usize]) -> f64 {
    let mut picks: Vec<usize> = picked.to_vec();
    picks.sort_unstable();
    picks.dedup();
    let right = picks
        .iter()
        .filter(|p| question.correct.contains(p))
        .count();
    let wrong = picks.len() - right;
    if !question.multiple {
        return if right == 1 && wrong == 0 && question.correct.len() == 1 {
            1.0
        } else {
            0.0
        };
    }
    let n = question.correct.len().max(1) as f64;
    ((right as f64 - wrong as f64) / n).max(0.0)
}

/// The score of a whole quiz: the mean of the questions' scores (answers
/// in the questions' order; a missing answer scores 0).
pub fn score_all(questions: &[Question], answers: &[Vec<usize>]) -> f64 {
    if questions.is_empty() {
        return 0.0;
    }
    let total: f64 = questions
        .iter()
        .enumerate()
        .map(|(i, q)| answers.get(i).map_or(0.0, |a| score(q, a)))
        .sum();
    total / questions.len() as f64
}
