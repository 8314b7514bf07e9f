//! The simulation workers' answers to a run: progress, the two parts, the
//! combined report, and a run refused as too large or invalid (a child
//! module of `app`, so it reaches the component's fields).

use super::*;

impl App {
    /// Handles worker `index`'s `response` (with the part's `bytes`) to the
    /// run in flight; answers to another run are ignored. Whether the page
    /// needs drawing again.
    pub(super) fn on_worker(
        &mut self,
        index: usize,
        response: Response,
        bytes: Option<Vec<u8>>,
    ) -> bool {
        let Some(run) = self.running.as_mut() else {
            return false;
        };
        if run.id != response.id() {
            return false;
        }
        match response {
            // Experiment answers go to the experiments' own pool.
            Response::Ready | Response::JobDone { .. } => {}
            // The simulation workers are not asked to import a log
            // or follow a customer (the views have their own).
            Response::Inspected { .. }
            | Response::Calibrated { .. }
            | Response::CalibrationProgress { .. }
            | Response::CalibrationFailed { .. }
            | Response::Followed { .. }
            | Response::NoSuchCustomer { .. } => {}
            Response::Progress { done, total, .. } => {
                run.progress[index.min(1)] = done as f64 / total.max(1) as f64;
                let now = browser::now_ms();
                if now - run.drawn_ms < PROGRESS_REDRAW_MS {
                    return false;
                }
                run.drawn_ms = now;
            }
            Response::PartDone { ms, .. } => {
                run.part_ms = run.part_ms.max(ms);
                if index == 0 {
                    run.twin_done = true;
                } else {
                    run.programme_part = bytes;
                }
                self.combine_if_ready();
                return false;
            }
            Response::Done { report, .. } => {
                let elapsed_ms = browser::now_ms() - run.started_ms;
                let part_ms = run.part_ms;
                self.running = None;
                if self.first_result_ms.is_none() {
                    self.first_result_ms = Some(browser::now_ms());
                }
                // The report is for the scenario that was sent.
                let scenario = self.sent.take().unwrap_or_else(|| (*self.draft).clone());
                self.shown = Some(Shown {
                    id: self.next_id,
                    report: Rc::from(report),
                    scenario,
                    elapsed_ms,
                    part_ms,
                });
            }
            Response::TooLarge {
                customers, month, ..
            } => {
                // The run would not fit in this tab: stopped, the
                // last result stays, and the market is the setting
                // to change (until the next edit).
                self.running = None;
                self.workers.clear();
                let mut errors = (*self.errors).clone();
                errors.insert(
                    "market.market_size".into(),
                    text::memory::grew_too_large(
                        self.lang,
                        customers,
                        month,
                        self.budget,
                        self.max_customers(),
                    ),
                );
                self.errors = Rc::new(errors);
                self.merge_errors();
            }
            Response::Invalid { errors, .. } => {
                // Both workers refuse an invalid scenario; one message is enough.
                self.running = None;
                self.workers.clear();
                self.notice = Some(Notice {
                    text: errors
                        .into_iter()
                        .map(|(p, m)| format!("{p}: {m}"))
                        .collect::<Vec<_>>()
                        .join("; "),
                    error: true,
                });
            }
        }
        true
    }
}
