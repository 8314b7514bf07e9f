//! Lessons: NetLogo's Info sections, a prepared scenario, a prediction
//! asked before the run, the reveal, "now try" changes and the claim the
//! run shows. One JSON file per lesson in `lessons/`, bundled.

use crate::claim::{Claim, Measure};
use crate::scenario::{Change, ScenarioSource};
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// The app's chart kinds a reveal can highlight (the slugs of the app's
/// `ChartKind`).
pub const CHART_SLUGS: [&str; 16] = [
    "cumulative-profit",
    "revenue-profit",
    "cost-breakdown",
    "points",
    "customers",
    "nps",
    "loyalty-types",
    "apostles",
    "commitments",
    "loyalty-ladder",
    "emotions",
    "satisfaction",
    "uplift",
    "waterfall",
    "deciles",
    "cohorts",
];

/// One answer a student can pick.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// What the option says.
    pub text: Text,
    /// The claim that makes this option true (exactly one option's claim
    /// holds on the lesson's runs: the answer's).
    pub claim: Claim,
}

/// The question asked before the run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", deny_unknown_fields)]
pub enum Prediction {
    /// Pick one of 2-4 options.
    Choice {
        /// The question.
        question: Text,
        /// The options.
        options: Vec<Choice>,
        /// The right option's index.
        answer: usize,
    },
    /// Guess a number.
    Number {
        /// The question.
        question: Text,
        /// The number asked for.
        measure: Measure,
        /// Its unit, as shown beside the input.
        unit: Text,
        /// The right answer (the median over the lesson's seeds, rounded).
        answer: f64,
        /// A guess within this distance of the answer counts as right.
        tolerance: f64,
    },
}

impl Prediction {
    /// Whether a chosen option is right.
    pub fn is_right_choice(&self, picked: usize) -> bool {
        matches!(self, Prediction::Choice { answer, .. } if *answer == picked)
    }

    /// Whether a guessed number is right (within the tolerance).
    pub fn is_right_number(&self, guess: f64) -> bool {
        matches!(self, Prediction::Number { answer, tolerance, .. } if (guess - answer).abs() <= *tolerance)
    }
}

/// What the reveal shows after the run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reveal {
    /// The chart to highlight (one of [`CHART_SLUGS`]).
    pub chart: String,
    /// One sentence explaining why.
    pub why: Text,
}

/// Up or down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The measure rises.
    Up,
    /// The measure falls.
    Down,
}

/// A change to try after the reveal, and what it does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NowTry {
    /// What to do, in words.
    pub text: Text,
    /// The change (applied to the lesson's scenario).
    pub change: Change,
    /// The measure it moves.
    pub measure: Measure,
    /// Which way (median over the lesson's seeds of changed minus unchanged).
    pub direction: Direction,
}

/// A lesson.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Stable id (kebab-case), used in links.
    pub id: String,
    /// Title.
    pub title: Text,
    /// The glossary ids of the concepts it teaches.
    pub concepts: Vec<String>,
    /// NetLogo's "What is it?".
    pub what_is_it: Text,
    /// "How it works" (in the model).
    pub how_it_works: Text,
    /// "Things to notice".
    pub things_to_notice: Text,
    /// "Things to try".
    pub things_to_try: Text,
    /// Related lessons' ids.
    pub related: Vec<String>,
    /// The prepared scenario.
    pub scenario: ScenarioSource,
    /// The prediction asked before the run.
    pub prediction: Prediction,
    /// The reveal.
    pub reveal: Reveal,
    /// One or two changes to try.
    pub now_try: Vec<NowTry>,
    /// What the run shows (judged on the median of the seeds' margins).
    pub claim: Claim,
}

impl Lesson {
    /// Every text of the lesson with a name for messages.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut v = vec![
            ("title".to_string(), &self.title),
            ("what_is_it".into(), &self.what_is_it),
            ("how_it_works".into(), &self.how_it_works),
            ("things_to_notice".into(), &self.things_to_notice),
            ("things_to_try".into(), &self.things_to_try),
            ("reveal.why".into(), &self.reveal.why),
        ];
        match &self.prediction {
            Prediction::Choice {
                question, options, ..
            } => {
                v.push(("prediction.question".into(), question));
                for (i, o) in options.iter().enumerate() {
                    v.push((format!("prediction.options[{i}]"), &o.text));
                }
            }
            Prediction::Number { question, unit, .. } => {
                v.push(("prediction.question".into(), question));
                v.push(("prediction.unit".into(), unit));
            }
        }
        for (i, t) in self.now_try.iter().enumerate() {
            v.push((format!("now_try[{i}]"), &t.text));
        }
        v
    }
}

macro_rules! lesson_files {
    ($($name:literal),* $(,)?) => {
        /// Every lesson file's name and text, in teaching order.
        pub const LESSON_FILES: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../lessons/", $name, ".json")))),*
        ];
    };
}

lesson_files!(
    "commitment-levels",
    "forced-commitment",
    "apostles",
    "loyalty-types",
    "nps",
    "gift-becomes-norm",
    "word-of-mouth",
    "discount-drug",
    "pareto",
    "red-cube",
    "ending-a-programme",
    "goal-gradient",
    "tiers-demotion",
    "coalition",
);

/// Parses one lesson file.
pub fn parse(text: &str) -> Result<Lesson, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Every lesson, in teaching order; `Err` names the file that does not parse.
pub fn lessons() -> Result<Vec<Lesson>, String> {
    LESSON_FILES
        .iter()
        .map(|(name, text)| parse(text).map_err(|e| format!("lessons/{name}.json: {e}")))
        .collect()
}

/// The lesson with this id.
pub fn lesson(id: &str) -> Option<Lesson> {
    lessons().ok()?.into_iter().find(|l| l.id == id)
}
