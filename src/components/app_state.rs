//! The app component's state keeping: problems, undo, the draft and its
//! autosave, live runs, starting a run and combining its parts, the status
//! line (a child module of `app`, so it reaches the component's fields).

use super::*;

/// The scenario's problems by setting: the core's validation, then (for a
/// valid scenario) whether its run fits in `budget` bytes a worker.
pub(super) fn error_map(lang: Lang, s: &Scenario, budget: u64) -> HashMap<String, String> {
    match loyalty_sim::validate(s) {
        Ok(()) => crate::budget::check(lang, s, budget).into_iter().collect(),
        Err(list) => {
            let mut map: HashMap<String, String> = HashMap::new();
            for e in list {
                map.entry(e.path.clone())
                    .and_modify(|m| {
                        m.push_str("; ");
                    })
                    .or_default()
                    .push_str(&text::errors::message(lang, &e));
            }
            map
        }
    }
}

impl App {
    pub(super) fn merge_errors(&mut self) {
        let mut all = (*self.errors).clone();
        for (path, message) in &self.unreadable {
            all.insert(path.clone(), message.clone());
        }
        self.all_errors = Rc::new(all);
    }

    /// The number of settings that stop a run.
    pub(super) fn problems(&self) -> usize {
        self.all_errors.len()
    }

    /// The most customers one worker's run may hold on this device.
    pub(super) fn max_customers(&self) -> u64 {
        loyalty_sim::memory::customers_within(self.budget)
    }

    pub(super) fn can_run(&self) -> bool {
        self.errors.is_empty() && self.unreadable.is_empty()
    }

    pub(super) fn snapshot(&self) -> Snapshot {
        Snapshot {
            scenario: (*self.draft).clone(),
            example: self.example,
            name_basis: self.name_basis.clone(),
        }
    }

    /// Keeps the current state for undo (a new change forgets the redo steps).
    pub(super) fn remember(&mut self) {
        self.undo.push(self.snapshot());
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Puts a whole state in place (undo, redo, an example): every field
    /// shows the new values, whatever was typed in it.
    pub(super) fn restore(&mut self, snap: Snapshot) {
        self.example = snap.example;
        self.name_basis = snap.name_basis;
        self.unreadable.clear();
        self.epoch += 1;
        self.last_typed = None;
        self.set_draft(snap.scenario);
    }

    pub(super) fn set_draft(&mut self, s: Scenario) {
        self.errors = Rc::new(error_map(self.lang, &s, self.budget));
        // A browser that refuses to store is said once; the work goes on
        // in memory.
        let example = self
            .example
            .and_then(|i| self.examples.get(i))
            .map(|(_, e)| e);
        // The basis is a convenience: a failure to store it is not told.
        let _ = browser::save(browser::BASIS_KEY, &basis_json(example, &self.name_basis));
        if !browser::save(browser::AUTOSAVE_KEY, &s.to_json_pretty()) && !self.storage_warned {
            self.storage_warned = true;
            self.notice = Some(Notice {
                text: notices::STORAGE_UNAVAILABLE.get(self.lang).to_string(),
                error: true,
            });
        }
        self.draft = Rc::new(s);
        self.share_link = None;
        self.generation += 1;
        self.merge_errors();
    }

    pub(super) fn stale(&self) -> bool {
        self.shown
            .as_ref()
            .is_some_and(|s| s.scenario != *self.draft || !self.unreadable.is_empty())
    }

    pub(super) fn is_small(&self) -> bool {
        self.draft.simulation.customers as u64 * self.draft.simulation.days as u64 <= LIVE_LIMIT
    }

    pub(super) fn schedule_live(&mut self, ctx: &Context<Self>) {
        self.debounce = None;
        if self.live && self.can_run() && self.is_small() {
            let link = ctx.link().clone();
            let generation = self.generation;
            self.debounce = Some(Timeout::new(DEBOUNCE_MS, move || {
                link.send_message(Msg::LiveRun(generation))
            }));
        }
    }

    pub(super) fn start_run(&mut self, ctx: &Context<Self>) {
        if !self.can_run() {
            return;
        }
        // A run in progress is abandoned: its workers are terminated.
        if self.running.is_some() {
            self.workers.clear();
        }
        if self.workers.is_empty() {
            for index in 0..2 {
                let link = ctx.link().clone();
                let on_failure = link.clone();
                match SimWorker::spawn(
                    move |r, bytes| link.send_message(Msg::Worker(index, r, bytes)),
                    move |message| on_failure.send_message(Msg::WorkerFailed(message)),
                ) {
                    Ok(w) => self.workers.push(w),
                    Err(_) => {
                        self.workers.clear();
                        self.notice = Some(Notice {
                            text: text::ui::WORKER_FAILED.get(self.lang).to_string(),
                            error: true,
                        });
                        return;
                    }
                }
            }
        }
        self.next_id += 1;
        let id = self.next_id;
        let scenario = (*self.draft).clone();
        let requests = [
            Request::Part {
                id,
                scenario: scenario.clone(),
                kind: RunKind::Baseline,
                keep: true,
                max_customers: Some(self.max_customers()),
            },
            Request::Part {
                id,
                scenario: scenario.clone(),
                kind: RunKind::Programme,
                keep: false,
                max_customers: Some(self.max_customers()),
            },
        ];
        let mut sent = true;
        for (worker, request) in self.workers.iter().zip(&requests) {
            let json = serde_json::to_string(request).unwrap_or_default();
            sent &= worker.send(&json, None).is_ok();
        }
        if sent {
            self.running = Some(Running {
                id,
                progress: [0.0; 2],
                twin_done: false,
                programme_part: None,
                part_ms: 0.0,
                started_ms: browser::now_ms(),
                drawn_ms: browser::now_ms(),
            });
            self.sent = Some(scenario);
            self.cancelled = false;
        } else {
            self.workers.clear();
            self.notice = Some(Notice {
                text: text::ui::WORKER_FAILED.get(self.lang).to_string(),
                error: true,
            });
        }
    }

    /// Once both parts are in, sends the programme part to worker 0 to combine.
    pub(super) fn combine_if_ready(&mut self) {
        let Some(run) = self.running.as_mut() else {
            return;
        };
        if !run.twin_done {
            return;
        }
        let Some(bytes) = run.programme_part.take() else {
            return;
        };
        let json = serde_json::to_string(&Request::Combine { id: run.id }).unwrap_or_default();
        if let Some(w) = self.workers.first() {
            let _ = w.send(&json, Some(&bytes));
        }
    }

    pub(super) fn status(&self) -> String {
        if !self.can_run() {
            return text::ui::blocked(self.lang, self.problems(), self.shown.is_some());
        }
        if self.cancelled {
            return text::ui::CANCELLED.get(self.lang).to_string();
        }
        match &self.shown {
            None => text::ui::WAITING.get(self.lang).to_string(),
            Some(_) if self.stale() => text::ui::STALE.get(self.lang).to_string(),
            Some(s) => text::timing(
                self.lang,
                s.scenario.simulation.customers,
                s.scenario.simulation.days,
                s.elapsed_ms,
            ),
        }
    }
}
