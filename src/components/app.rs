//! The page: state, the workers, autosave, share links and the layout.
//!
//! Invariants: the draft is autosaved after every edit; a result is shown
//! only with the scenario that produced it, and the last good result stays
//! on screen while the draft is invalid or a run is going; answers of any run
//! but the current one are ignored. Nothing runs while a field holds text
//! that is not a number (the results are then marked out of date); every
//! change of the draft (an edit, an example, an upload, a reset) can be
//! undone, and typing in one field is one undo step.

use super::calibrate::CalibrateView;
use super::chart_panel::ChartPanel;
use super::editor::{Edit, Editor};
use super::experiments::Experiments;
use super::finance::Finance;
use super::follow::FollowView;
use super::glossary::GlossaryView;
use super::kpis::Kpis;
use super::language::{self, LanguageSwitch};
use super::lesson::{LessonView, Open};
pub use super::opening::Notice;
use super::opening::{basis_json, initial_scenario, read_basis, read_upload};
use super::quiz::QuizView;
use super::run_bar::RunBar;
use super::toolbar::Toolbar;
use crate::browser;
use crate::charts::ChartKind;
use crate::classroom_route::{HashListener, Route};
use crate::i18n::Lang;
use crate::link;
use crate::protocol::{Request, Response};
use crate::text::{self, notices};
use crate::worker::SimWorker;
use gloo_timers::callback::Timeout;
use loyalty_sim::{Report, RunKind, Scenario};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use yew::prelude::*;

#[path = "app_state.rs"]
mod state;
#[path = "app_view.rs"]
mod view;
#[path = "app_worker.rs"]
mod worker_answers;

/// Live update only below this many customer-days (customers × days).
pub const LIVE_LIMIT: u64 = 20_000_000;
/// Debounce of live updates, in ms.
pub const DEBOUNCE_MS: u32 = 350;
/// Typing in one field within this many ms of the last keystroke adds to
/// the same undo step.
pub const TYPING_MS: f64 = 2000.0;
/// Undo steps kept.
pub const UNDO_DEPTH: usize = 200;
/// Where the Experiments view's settings are autosaved.
pub const EXPERIMENT_AUTOSAVE_KEY: &str = "loyalty-lab.experiment.v1";

/// What undo brings back: the draft, the example it was loaded from and
/// the scenario as it was when it got its name.
#[derive(Clone, PartialEq)]
struct Snapshot {
    scenario: Scenario,
    example: Option<usize>,
    name_basis: Scenario,
}

/// Whether `draft` differs from `basis` in anything but its name.
pub fn changed_since_named(draft: &Scenario, basis: &Scenario) -> bool {
    let mut d = draft.clone();
    d.name.clone_from(&basis.name);
    d != *basis
}

/// A run under way in the two workers.
struct Running {
    id: u32,
    /// Share done in each worker.
    progress: [f64; 2],
    /// Worker 0 has its part (kept there).
    twin_done: bool,
    /// Worker 1's part, to forward to worker 0.
    programme_part: Option<Vec<u8>>,
    /// The slower part's time in its worker so far (ms; 0 before any).
    part_ms: f64,
    /// When the requests were sent (ms since page load).
    started_ms: f64,
    /// When the progress bar was last redrawn (ms since page load).
    drawn_ms: f64,
}

/// The progress bar is redrawn at most this often: each redraw renders the
/// whole page on the main thread, which competes with the two workers for
/// the machine's cores (a run reports every simulated month).
const PROGRESS_REDRAW_MS: f64 = 100.0;

impl Running {
    fn fraction(&self) -> f64 {
        (self.progress[0] + self.progress[1]) / 2.0
    }
}

/// The views of a result, its tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultsView {
    /// The KPIs' charts.
    Overview,
    /// The finance view.
    Finance,
    /// "Follow a customer".
    Follow,
}

/// A finished run on screen.
#[derive(Clone)]
struct Shown {
    id: u32,
    report: Rc<Report>,
    scenario: Scenario,
    elapsed_ms: f64,
    /// The slower part's time in its worker (ms), without the page's and
    /// the workers' start-up: what the experiments' estimate scales.
    part_ms: f64,
}

/// Messages of the app.
pub enum Msg {
    /// The editor changed the draft.
    Edit(Edit),
    /// A typed field (its path) changed the draft.
    Typed(AttrValue, Edit),
    /// A field holds text that is not a number (its message), or no longer.
    Unreadable(AttrValue, Option<AttrValue>),
    /// Load example `i` of the menu (0 is the default scenario: "Reset").
    Example(usize),
    /// Undo the last change of the draft.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Show the first field that needs fixing.
    Jump,
    /// Replace the whole draft (example, upload, reset, restore).
    Replace(Box<Scenario>, Option<Notice>),
    /// Run now.
    Run,
    /// Debounced live run for this edit generation.
    LiveRun(u64),
    /// Stop the current run.
    Cancel,
    /// An answer from worker 0 (the twin, which combines) or 1 (the
    /// programme run), with its attached bytes.
    Worker(usize, Response, Option<Vec<u8>>),
    /// Live update on or off.
    Live(bool),
    /// Make the share link (and try the clipboard).
    CopyLink,
    /// The clipboard answered.
    Copied(bool),
    /// An uploaded file's text, or `None` if it could not be read.
    Uploaded(Option<String>),
    /// Hide the notice.
    Dismiss,
    /// A worker failed (the browser's message): the run is abandoned.
    WorkerFailed(String),
    /// Another tab saved this value in the autosave (or removed it).
    OtherTab(Option<String>),
    /// On a narrow screen: show the scenario (`false`) or the results (`true`).
    Tab(bool),
    /// Show the overview's charts, the finance view or "Follow a customer".
    View(ResultsView),
    /// On a wide screen: fold the editor away (`true`) or show it again.
    Fold(bool),
    /// The reader picked a language.
    Lang(Lang),
    /// Show the Experiments view (`true`) or the single run.
    ExperimentsView(bool),
    /// An edit of the Experiments view's settings.
    ExperimentSetup(super::experiment_form::SetupEdit),
    /// Load bundled example experiment `i` and show the Experiments view.
    ExperimentExample(usize),
    /// Show the import of a transaction log (`true`) or close it.
    Import(bool),
    /// The calibrated customers become the draft (undoable) and run.
    Calibrated(Box<Scenario>),
    /// Show the lesson list or a lesson in the editor's place, or close it.
    Lesson(Option<Open>),
    /// A lesson's scenario becomes the draft (undoable) and runs, with the notice.
    LessonLoad(Box<Scenario>, String),
    /// A lesson reveals a chart of this results tab.
    LessonReveal(ResultsView),
    /// The address opened a classroom view (the quiz, the glossary) or
    /// none (back to the simulator).
    Route(Option<Route>),
}

/// The app component.
pub struct App {
    draft: Rc<Scenario>,
    errors: Rc<HashMap<String, String>>,
    shown: Option<Shown>,
    running: Option<Running>,
    next_id: u32,
    workers: Vec<SimWorker>,
    notice: Option<Notice>,
    backup: Option<Scenario>,
    live: bool,
    generation: u64,
    debounce: Option<Timeout>,
    share_link: Option<String>,
    cancelled: bool,
    first_result_ms: Option<f64>,
    sent: Option<Scenario>,
    /// Fields holding text that is not a number, by path.
    unreadable: BTreeMap<String, String>,
    /// The core's errors and the unreadable fields together.
    all_errors: Rc<HashMap<String, String>>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The field last typed in and when (ms), to join keystrokes into one step.
    last_typed: Option<(AttrValue, f64)>,
    epoch: u64,
    examples: Rc<Vec<(crate::i18n::Tr, Scenario)>>,
    example: Option<usize>,
    name_basis: Scenario,
    /// The Ctrl+Z / Ctrl+Shift+Z listener on the document.
    _keys: Option<browser::KeyListener>,
    /// Hears the autosave change in another tab.
    _other_tab: Option<browser::StorageListener>,
    /// The "cannot save" notice was shown (it is shown once).
    storage_warned: bool,
    /// Narrow screens show one tab: the results (`true`) or the scenario.
    results_tab: bool,
    /// The results' view: the overview's charts, finance, or one customer.
    view: ResultsView,
    /// Wide screens: the editor is folded away, the results take the width.
    folded: bool,
    /// The language of the page (handed down as a context).
    lang: Lang,
    /// The reader switched the language here (the switch says so).
    lang_switched: bool,
    /// The memory one simulation worker may use on this device, in bytes.
    budget: u64,
    /// The output shows the Experiments view rather than the single run.
    experiments_view: bool,
    /// The Experiments view's settings (autosaved, and in the share link
    /// while the view is shown).
    experiment_setup: Rc<crate::experiment_setup::Setup>,
    /// The import view ("Use your own customers") is open.
    importing: bool,
    /// The lesson views, shown in the editor's place.
    lesson: Option<Open>,
    /// Why the lesson link the page was opened with did not open its lesson.
    lesson_problem: Option<AttrValue>,
    /// The classroom view shown instead of the simulator, if any.
    classroom: Option<Route>,
    /// Opens the classroom views from `#quiz` and `#glossary=…` links.
    _hash: Option<HashListener>,
}

impl Component for App {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let saved = browser::load(browser::AUTOSAVE_KEY);
        let mut fragment = browser::fragment();
        let stored_lang = browser::load(browser::LANG_KEY);
        // A lesson link (`#lesson=nps&lang=fi`, or after `?`) opens the
        // lesson in its language (unless the reader chose one) and keeps
        // the autosaved scenario; share links open as before.
        let lesson_link = crate::lesson_link::find(&fragment, &super::lesson::query());
        let lang = crate::lesson_link::lang_of(&lesson_link)
            .filter(|_| stored_lang.as_deref().and_then(Lang::from_code).is_none())
            .unwrap_or_else(|| {
                language::initial_lang(stored_lang.as_deref(), &fragment, &browser::languages())
            });
        browser::set_document_lang(lang);
        let (lesson, lesson_problem) = match &lesson_link {
            None => (None, None),
            // Checked (an unknown id is said) by the message's handler.
            Some(Ok(l)) => {
                let open = Some(Open::Lesson(l.lesson.clone()));
                ctx.link().send_message(Msg::Lesson(open));
                (None, None)
            }
            Some(Err(p)) => (
                Some(Open::List),
                Some(text::lessons::problem(lang, p).into()),
            ),
        };
        if lesson_link.is_some() {
            fragment.clear();
            super::lesson::clear_address();
        }
        // `#quiz`, `#glossary=<id>`: a classroom view over the autosaved draft.
        let classroom = Route::parse(&fragment);
        if classroom.is_some() {
            fragment.clear();
        }
        // An experiment part after the scenario's link (`&x=`); old links have none.
        let (scenario_link, experiment_link) = crate::experiment_files::split(&fragment);
        let linked_setup = experiment_link.and_then(crate::experiment_files::decode);
        let experiments_view = linked_setup.is_some();
        let experiment_setup = linked_setup
            .or_else(|| {
                browser::load(EXPERIMENT_AUTOSAVE_KEY)
                    .as_deref()
                    .and_then(crate::experiment_setup::read)
            })
            .unwrap_or_default();
        let (scenario, notice, backup) = initial_scenario(lang, scenario_link, saved.as_deref());
        if classroom.is_none() {
            browser::clear_fragment();
        }
        let examples = Rc::new(crate::examples::all());
        // A draft restored from the autosave keeps its example and name
        // basis (so its "edited" marks survive a reload).
        let from_autosave = saved
            .as_deref()
            .and_then(|t| Scenario::from_json(t).ok())
            .is_some_and(|s| s == scenario);
        let basis = from_autosave
            .then(|| read_basis(browser::load(browser::BASIS_KEY).as_deref(), &examples))
            .flatten();
        let example = match &basis {
            Some((example, _)) => *example,
            None => examples.iter().position(|(_, s)| *s == scenario),
        };
        let name_basis = basis.map_or_else(|| scenario.clone(), |(_, b)| b);
        let other_tab = {
            let link = ctx.link().clone();
            browser::StorageListener::on_change(browser::AUTOSAVE_KEY, move |v| {
                link.send_message(Msg::OtherTab(v))
            })
        };
        let keys = {
            let link = ctx.link().clone();
            browser::KeyListener::undo_redo(move |redo| {
                link.send_message(if redo { Msg::Redo } else { Msg::Undo })
            })
        };
        let hash = {
            let link = ctx.link().clone();
            HashListener::on_change(move |f| {
                // A lesson link on the page (the quiz's, the glossary's)
                // opens the lesson over the simulator; the others route.
                match crate::lesson_link::find(&f, "") {
                    Some(Ok(l)) => {
                        super::lesson::clear_address();
                        link.send_message(Msg::Route(None));
                        link.send_message(Msg::Lesson(Some(Open::Lesson(l.lesson))));
                    }
                    _ => link.send_message(Msg::Route(Route::parse(&f))),
                }
            })
        };
        let mut app = App {
            draft: Rc::new(scenario.clone()),
            errors: Rc::new(HashMap::new()),
            shown: None,
            running: None,
            next_id: 0,
            workers: Vec::new(),
            notice,
            backup,
            live: true,
            generation: 0,
            debounce: None,
            share_link: None,
            cancelled: false,
            first_result_ms: None,
            sent: None,
            unreadable: BTreeMap::new(),
            all_errors: Rc::new(HashMap::new()),
            undo: Vec::new(),
            redo: Vec::new(),
            last_typed: None,
            epoch: 0,
            examples,
            example,
            name_basis,
            _keys: keys,
            _other_tab: other_tab,
            storage_warned: false,
            results_tab: true,
            view: ResultsView::Overview,
            folded: false,
            lang,
            lang_switched: false,
            budget: crate::budget::worker_budget(browser::device_memory()),
            experiments_view,
            experiment_setup: Rc::new(experiment_setup),
            importing: false,
            lesson,
            lesson_problem,
            classroom,
            _hash: hash,
        };
        app.set_draft(scenario);
        app.start_run(ctx);
        app
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Edit(edit) => {
                let mut s = (*self.draft).clone();
                edit(&mut s);
                if s == *self.draft {
                    return false;
                }
                self.remember();
                self.last_typed = None;
                self.set_draft(s);
                self.schedule_live(ctx);
            }
            Msg::Typed(key, edit) => {
                let mut s = (*self.draft).clone();
                edit(&mut s);
                if s == *self.draft {
                    return false;
                }
                let now = browser::now_ms();
                let same_step =
                    matches!(&self.last_typed, Some((k, t)) if *k == key && now - t < TYPING_MS);
                if !same_step {
                    self.remember();
                }
                self.last_typed = Some((key.clone(), now));
                if key == super::editor::NAME_KEY {
                    // The user named the scenario as it is now.
                    self.name_basis = s.clone();
                }
                self.set_draft(s);
                self.schedule_live(ctx);
            }
            Msg::Unreadable(path, message) => {
                let path = path.to_string();
                let changed = match message {
                    Some(m) => {
                        self.unreadable.insert(path, m.to_string()).as_deref() != Some(m.as_str())
                    }
                    None => self.unreadable.remove(&path).is_some(),
                };
                if !changed {
                    return false;
                }
                self.merge_errors();
                if self.unreadable.is_empty() {
                    self.schedule_live(ctx);
                } else {
                    self.debounce = None;
                }
            }
            Msg::Example(i) => {
                let Some((name, s)) = self.examples.get(i).cloned() else {
                    return false;
                };
                self.remember();
                self.restore(Snapshot {
                    scenario: s.clone(),
                    example: Some(i),
                    name_basis: s,
                });
                self.notice = Some(Notice {
                    text: text::ui::example_loaded(self.lang, name.get(self.lang)),
                    error: false,
                });
                self.backup = None;
                self.debounce = None;
                self.start_run(ctx);
            }
            Msg::Undo | Msg::Redo => {
                let redo = matches!(msg, Msg::Redo);
                let popped = if redo {
                    self.redo.pop()
                } else {
                    self.undo.pop()
                };
                let Some(snap) = popped else {
                    return false;
                };
                let current = self.snapshot();
                if redo {
                    self.undo.push(current);
                } else {
                    self.redo.push(current);
                }
                self.restore(snap);
                self.schedule_live(ctx);
            }
            Msg::Jump => {
                browser::show_first_problem();
                return false;
            }
            Msg::Replace(s, notice) => {
                self.remember();
                self.restore(Snapshot {
                    scenario: (*s).clone(),
                    example: self.examples.iter().position(|(_, e)| *e == *s),
                    name_basis: (*s).clone(),
                });
                self.notice = notice;
                self.backup = None;
                self.debounce = None;
                self.start_run(ctx);
            }
            Msg::Run => {
                self.debounce = None;
                self.start_run(ctx);
            }
            Msg::LiveRun(generation) => {
                self.debounce = None;
                if generation != self.generation {
                    return false;
                }
                self.start_run(ctx);
            }
            Msg::OtherTab(value) => {
                // The other tab's scenario is offered, never put in place
                // silently: this tab's work stays as it is.
                let other = value.as_deref().and_then(|v| Scenario::from_json(v).ok());
                match other {
                    Some(other) if other != *self.draft => {
                        self.backup = Some(other);
                        self.notice = Some(Notice {
                            text: notices::OTHER_TAB.get(self.lang).to_string(),
                            error: false,
                        });
                    }
                    _ => return false,
                }
            }
            Msg::WorkerFailed(message) => {
                // The pool is dropped and started afresh by the next run;
                // the last good result stays on screen.
                self.workers.clear();
                self.debounce = None;
                if self.running.take().is_some() {
                    self.cancelled = true;
                    self.notice = Some(Notice {
                        text: text::ui::worker_died(self.lang, &message),
                        error: true,
                    });
                }
            }
            Msg::Cancel => {
                self.workers.clear();
                self.running = None;
                self.debounce = None;
                self.cancelled = true;
            }
            Msg::Worker(index, response, bytes) => {
                return self.on_worker(index, response, bytes);
            }
            Msg::Live(on) => {
                self.live = on;
                self.schedule_live(ctx);
            }
            Msg::CopyLink => {
                let mut url = format!(
                    "{}#{}",
                    browser::base_url(),
                    language::with_lang(&link::encode(&self.draft), self.lang)
                );
                if self.experiments_view {
                    url.push_str(&crate::experiment_files::encode(&self.experiment_setup));
                }
                self.share_link = Some(url.clone());
                let link = ctx.link().clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = browser::copy_to_clipboard(&url).await;
                    link.send_message(Msg::Copied(ok));
                });
            }
            Msg::Copied(ok) => {
                self.notice = Some(Notice {
                    text: if ok {
                        text::ui::LINK_COPIED.get(self.lang)
                    } else {
                        text::ui::LINK_SHOWN.get(self.lang)
                    }
                    .to_string(),
                    error: false,
                });
            }
            Msg::Uploaded(None) => {
                self.notice = Some(Notice {
                    text: notices::UPLOAD_UNREADABLE.get(self.lang).to_string(),
                    error: true,
                });
            }
            Msg::Uploaded(Some(text)) => match read_upload(self.lang, &text) {
                Ok(s) => {
                    let notice = Some(Notice {
                        text: notices::UPLOAD_LOADED.get(self.lang).to_string(),
                        error: false,
                    });
                    ctx.link().send_message(Msg::Replace(Box::new(s), notice));
                }
                Err(message) => {
                    self.notice = Some(Notice {
                        text: message,
                        error: true,
                    });
                }
            },
            Msg::Dismiss => {
                self.notice = None;
            }
            Msg::Tab(results) => {
                self.results_tab = results;
            }
            Msg::View(view) => {
                self.view = view;
            }
            Msg::Fold(folded) => {
                self.folded = folded;
            }
            Msg::Lang(lang) => {
                language::choose(lang);
                self.lang = lang;
                self.lang_switched = true;
                self.errors = Rc::new(state::error_map(lang, &self.draft, self.budget));
                self.merge_errors();
                self.share_link = None;
            }
            Msg::ExperimentsView(on) => {
                self.experiments_view = on;
                self.share_link = None;
            }
            Msg::ExperimentExample(i) => {
                let Some((setup, scenario)) =
                    crate::experiment_examples::load(i, &self.experiment_setup)
                else {
                    return false;
                };
                self.experiments_view = true;
                ctx.link()
                    .send_message(Msg::ExperimentSetup(Rc::new(move |s| *s = setup.clone())));
                if let Some(s) = scenario {
                    ctx.link().send_message(Msg::Replace(Box::new(s), None));
                }
            }
            Msg::ExperimentSetup(edit) => {
                let mut setup = (*self.experiment_setup).clone();
                edit(&mut setup);
                if setup == *self.experiment_setup {
                    return false;
                }
                let _ = browser::save(
                    EXPERIMENT_AUTOSAVE_KEY,
                    &serde_json::to_string(&setup).unwrap_or_default(),
                );
                self.experiment_setup = Rc::new(setup);
                self.share_link = None;
            }
            Msg::Import(open) => {
                self.importing = open;
                self.results_tab = true;
            }
            Msg::Lesson(open) => {
                if let Some(Open::Lesson(id)) = &open {
                    // An id the classroom does not have is said on the list.
                    if let Err(p) = crate::lesson_link::resolve(id) {
                        self.lesson_problem = Some(text::lessons::problem(self.lang, &p).into());
                        self.lesson = Some(Open::List);
                        return true;
                    }
                }
                self.lesson_problem = None;
                self.lesson = open;
            }
            Msg::LessonLoad(s, notice) => {
                let notice = Some(Notice {
                    text: notice,
                    error: false,
                });
                ctx.link().send_message(Msg::Replace(s, notice));
            }
            Msg::LessonReveal(view) => {
                self.view = view;
                self.experiments_view = false;
                self.importing = false;
            }
            Msg::Route(route) => {
                if route == self.classroom {
                    return false;
                }
                self.classroom = route;
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
            Msg::Calibrated(s) => {
                // The programme being designed is kept for these customers.
                let mut s = *s;
                s.programme.clone_from(&self.draft.programme);
                if loyalty_sim::validate(&s).is_err() {
                    s.programme = None;
                }
                self.importing = false;
                let notice = Some(Notice {
                    text: text::calibrate::LOADED.get(self.lang).to_string(),
                    error: false,
                });
                ctx.link().send_message(Msg::Replace(Box::new(s), notice));
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        self.render(ctx)
    }
}
