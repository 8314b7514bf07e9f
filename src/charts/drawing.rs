//! Any chart of the app as one value ([`Drawing`]): a results chart, one of
//! a customer's story, a calibration diagnostic or an experiment's chart,
//! with what the chart panel needs to show it (its element id, accessible
//! description, PNG file name and glossary terms) and one way to draw it
//! at a device pixel ratio.
//!
//! Invariant: every chart shown in the app is drawn through
//! [`Drawing::draw_at`], so every one is device-pixel aware and has its
//! texts at least [`MIN_TICK_PX`] CSS pixels ([`MIN_TICK_PX_NARROW`] on a
//! phone), whatever its kind.

use super::*;
use crate::calibration::CalibrationView;
use crate::i18n::Lang;
use loyalty_sim::experiment::ExperimentReport;
use loyalty_sim::story::Story;
use std::rc::Rc;

/// One chart and the data it draws. Two drawings are equal when they are
/// the same chart of the same data (compared by pointer, as a redraw needs).
#[derive(Clone, Debug)]
pub enum Drawing {
    /// A chart of the results (overview or finance view).
    Report(ChartKind, Rc<Report>),
    /// A chart of one customer's story, on the month axis of the results
    /// it was followed in.
    Story(StoryChart, Rc<Story>, Rc<Report>),
    /// A diagnostics chart of a calibration.
    Calibration(CalibrationChart, Rc<CalibrationView>),
    /// A chart of an experiment, with the finished runs' incremental
    /// profits (for the histogram).
    Experiment(ExpChart, Rc<ExperimentReport>, Rc<Vec<f64>>),
}

impl PartialEq for Drawing {
    fn eq(&self, other: &Self) -> bool {
        use Drawing::*;
        match (self, other) {
            (Report(a, r), Report(b, s)) => a == b && Rc::ptr_eq(r, s),
            (Story(a, x, r), Story(b, y, s)) => a == b && Rc::ptr_eq(x, y) && Rc::ptr_eq(r, s),
            (Calibration(a, v), Calibration(b, w)) => a == b && Rc::ptr_eq(v, w),
            (Experiment(a, r, v), Experiment(b, s, w)) => {
                a == b && Rc::ptr_eq(r, s) && Rc::ptr_eq(v, w)
            }
            _ => false,
        }
    }
}

impl Drawing {
    /// The chart's stable kebab-case name.
    pub fn slug(&self) -> &'static str {
        match self {
            Drawing::Report(k, _) => k.slug(),
            Drawing::Story(c, ..) => c.slug(),
            Drawing::Calibration(k, _) => k.slug(),
            Drawing::Experiment(c, ..) => c.slug(),
        }
    }

    /// The id of the chart's `figure` element (`chart-…`, `exp-chart-…`
    /// for an experiment's).
    pub fn figure_id(&self) -> String {
        match self {
            Drawing::Experiment(..) => format!("exp-chart-{}", self.slug()),
            _ => format!("chart-{}", self.slug()),
        }
    }

    /// The name of the chart's PNG download.
    pub fn png_name(&self) -> String {
        match self {
            Drawing::Story(_, s, _) => {
                format!("loyalty-lab-customer-{}-{}.png", s.customer, self.slug())
            }
            Drawing::Experiment(..) => crate::text::experiments::png_file(self.slug()),
            _ => format!("loyalty-lab-{}.png", self.slug()),
        }
    }

    /// The chart's one-line accessible description in `lang`.
    pub fn description(&self, lang: Lang) -> &'static str {
        match self {
            Drawing::Report(k, _) => k.description(crate::chart_text::of(lang)),
            Drawing::Story(c, ..) => c.description(lang),
            Drawing::Calibration(k, _) => k.description(lang),
            Drawing::Experiment(c, ..) => c.description(lang),
        }
    }

    /// The glossary terms shown under the chart (the results' and the
    /// story's charts; none under the calibration's and experiments').
    pub fn terms(&self) -> &'static [&'static str] {
        match self {
            Drawing::Report(k, _) => crate::glossary_links::chart_terms(*k),
            Drawing::Story(c, ..) => crate::glossary_links::story_terms(c.slug()),
            _ => &[],
        }
    }

    /// Draws the chart on `area`, device pixels shown at `dpr` per CSS
    /// pixel; white first, presented at the end, errors as text.
    pub fn draw_at<DB: DrawingBackend>(
        &self,
        lang: Lang,
        area: &DrawingArea<DB, Shift>,
        dpr: f64,
    ) -> Result<(), String> {
        let text = crate::chart_text::of(lang);
        match self {
            Drawing::Report(k, r) => draw_at(*k, r, text, area, dpr),
            Drawing::Story(c, s, r) => draw_story_at(*c, s, r, text, area, dpr),
            Drawing::Calibration(k, v) => draw_calibration_at(*k, &v.diagnostics, text, area, dpr),
            Drawing::Experiment(c, r, v) => draw_experiment_at(*c, r, v, text, area, dpr),
        }
    }
}

#[cfg(test)]
#[path = "drawing_tests.rs"]
mod tests;
