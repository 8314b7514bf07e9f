//! The Experiments view: the settings (kind, parameters, seeds), the runs
//! and time it will take, start / pause / cancel, and the results as they
//! stream in (verdict, charts, tables, downloads).
//!
//! Invariants: the experiment is judged only by the core (`Plan::new`), so
//! the view shows the CLI's messages; nothing starts while the editor's
//! scenario or the experiment is invalid; the jobs go to a pool of workers
//! in job order, one at a time per worker, so the finished runs are always
//! balanced across variants; pausing stops handing out jobs, cancelling
//! terminates the workers, and both keep every finished run; answers of
//! any experiment but the current one are ignored.

use super::experiment_form::{Form, SetupEdit};
use super::experiment_results::Results;
use crate::browser;
use crate::experiment_setup::Setup;
use crate::pool::{pool_size, Dealer, Pool};
use crate::protocol::Response;
use crate::text::experiments as t;
use loyalty_sim::experiment::{ExperimentReport, JobResult, Plan};
use loyalty_sim::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// Milliseconds per customer-day of one run in one worker when nothing has
/// been measured yet: the workers' own time on the 20-seed Monte Carlo of
/// the default scenario in Chromium on the 2-core development machine was
/// 2.7e-5 to 2.8e-5 (README, "Experiments in the browser"), rounded up to err long.
const DEFAULT_MS_PER_CUSTOMER_DAY: f64 = 4e-5;

/// While running, the report is combined and the view (its charts) redrawn
/// at most this often: drawing competes with the workers for the cores.
const REDRAW_MS: f64 = 500.0;

/// ... and at most about this share of the time: a redraw that took 80 ms
/// waits 800 ms for the next (up to [`REDRAW_MAX_MS`]).
const REDRAW_SHARE: f64 = 0.1;

/// The longest wait between two redraws while running.
const REDRAW_MAX_MS: f64 = 3000.0;

/// Properties of [`Experiments`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExperimentsProps {
    /// The editor's scenario (the base of every kind but compare).
    pub draft: Rc<Scenario>,
    /// The editor's scenario is valid and every field readable.
    pub can_run: bool,
    /// The view's settings (kept by the app: autosave and link).
    pub setup: Rc<Setup>,
    /// An edit of the settings (the app applies it to its current ones).
    pub on_setup: Callback<SetupEdit>,
    /// An example experiment brings its scenario for the editor.
    pub on_scenario: Callback<Scenario>,
    /// Milliseconds per customer-day of one run, from the last single run.
    #[prop_or_default]
    pub ms_per_customer_day: Option<f64>,
    /// The view is on screen (its workers are started ahead).
    #[prop_or_default]
    pub visible: bool,
}

/// Where an experiment stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Jobs are being handed out.
    Running,
    /// No new jobs; those running finish.
    Paused,
    /// Stopped by the user (or a failure); the finished runs are kept.
    Cancelled,
    /// Every job is done.
    Finished,
}

/// An experiment started in this view.
pub struct Run {
    id: u32,
    plan: Rc<Plan>,
    dealer: Dealer,
    pool: Option<Pool>,
    results: Vec<JobResult>,
    report: Option<Rc<ExperimentReport>>,
    /// Incremental profit of each finished run (the histogram).
    values: Rc<Vec<f64>>,
    state: State,
    started_ms: f64,
    elapsed_ms: f64,
    /// When each job was sent.
    sent_ms: Vec<f64>,
    error: Option<String>,
    /// When the report was last combined.
    reported_ms: f64,
    /// A pending redraw of results that arrived since.
    flush: Option<gloo_timers::callback::Timeout>,
    /// Where the time went (for the e2e bench).
    timing: Timing,
    /// The wait between redraws while running (see [`REDRAW_SHARE`]).
    redraw_ms: f64,
    /// The page's chart-drawing time when the report was last combined.
    drawn_ms: f64,
}

/// Where an experiment's time went, shown as data attributes of the
/// progress line (`data-first-ms`, ...) for the e2e bench.
#[derive(Clone, Debug, Default)]
struct Timing {
    /// From Start to the first finished run (includes starting workers).
    first_ms: Option<f64>,
    /// The workers' own time on the jobs, summed.
    worker_ms: f64,
    /// From sending each job to receiving its result, summed.
    trip_ms: f64,
    /// The page's time combining the results into reports, summed.
    combine_ms: f64,
    /// How often the report was combined.
    combines: u32,
}

/// Messages of [`Experiments`].
pub enum Msg {
    /// Start the experiment as set.
    Start,
    /// Stop handing out jobs.
    Pause,
    /// Hand out jobs again.
    Resume,
    /// Stop now, keep what has finished.
    Cancel,
    /// An answer of worker `w`.
    Worker(usize, Response),
    /// A worker failed.
    Failed(String),
    /// Load bundled example experiment `i`.
    Example(usize),
    /// Combine and show the results that arrived since the last redraw.
    Flush,
    /// Download the finished runs as CSV.
    Csv,
}

/// The Experiments view.
pub struct Experiments {
    /// The plan, or the core's problems (said in the page's language when shown).
    planned: Result<Rc<Plan>, Vec<loyalty_sim::FieldError>>,
    run: Option<Run>,
    next_id: u32,
    /// Measured ms per customer-day of one run in one worker.
    measured: Option<f64>,
    /// Idle workers, ready for the next experiment.
    spare: Option<Pool>,
}

/// The page's language (from the context the app provides).
fn page_lang(ctx: &Context<Experiments>) -> crate::i18n::Lang {
    ctx.link()
        .context::<crate::i18n::Lang>(Callback::noop())
        .map(|(l, _)| l)
        .unwrap_or_default()
}

fn plan_of(props: &ExperimentsProps) -> Result<Rc<Plan>, Vec<loyalty_sim::FieldError>> {
    let e = props
        .setup
        .experiment(&props.draft, &crate::examples::by_path);
    Plan::new(&e).map(Rc::new)
}

/// Customer-days of one job of each variant, summed over the plan.
fn customer_days(plan: &Plan) -> f64 {
    let per_seed: f64 = plan
        .variants()
        .iter()
        .map(|v| v.scenario.simulation.customers as f64 * v.scenario.simulation.days as f64)
        .sum();
    per_seed * plan.seeds().len() as f64
}

fn workers() -> usize {
    let cores = web_sys::window()
        .map(|w| w.navigator().hardware_concurrency())
        .unwrap_or(1.0);
    pool_size(cores as usize)
}

impl Experiments {
    fn rate(&self, props: &ExperimentsProps) -> f64 {
        self.measured
            .or(props.ms_per_customer_day)
            .unwrap_or(DEFAULT_MS_PER_CUSTOMER_DAY)
    }

    /// The estimated time of a plan: a job is a programme run, plus its
    /// twin unless the worker has it already (each worker keeps the twins
    /// of the variants that differ only in the programme, a seed at a time).
    fn estimate_ms(&self, props: &ExperimentsProps, plan: &Plan, workers: usize) -> f64 {
        let parallel = workers.min(plan.runs()).max(1) as f64;
        let size = |v: usize| {
            let s = &plan.variants()[v].scenario.simulation;
            s.customers as f64 * s.days as f64
        };
        let twins: f64 = plan
            .twin_groups()
            .iter()
            .map(|&(first, n)| n.min(workers.max(1)) as f64 * size(first))
            .sum::<f64>()
            * plan.seeds().len() as f64;
        self.rate(props) * (customer_days(plan) + twins) / parallel
    }

    /// A pool of workers for this machine, answering to this view.
    fn spawn(&self, ctx: &Context<Self>) -> Result<Pool, String> {
        let link = ctx.link().clone();
        let fail = ctx.link().clone();
        Pool::start(
            workers(),
            move |w, r| link.send_message(Msg::Worker(w, r)),
            move |m| fail.send_message(Msg::Failed(m)),
        )
    }

    /// Starts the workers ahead of the first experiment, while the view is
    /// shown, so that Start does not wait for them to load.
    fn warm_up(&mut self, ctx: &Context<Self>) {
        let idle = self.run.as_ref().is_none_or(|r| r.pool.is_none());
        if ctx.props().visible && self.spare.is_none() && idle {
            self.spare = self.spawn(ctx).ok();
        }
    }

    fn start(&mut self, ctx: &Context<Self>) {
        let lang = page_lang(ctx);
        let Ok(plan) = self.planned.clone() else {
            return;
        };
        if !ctx.props().can_run {
            return;
        }
        self.next_id += 1;
        let id = self.next_id;
        // The workers started when the view opened (or kept from the last
        // experiment), else fresh ones.
        let pool = match self.spare.take() {
            Some(pool) => Ok(pool),
            None => self.spawn(ctx),
        };
        let n = pool.as_ref().map_or(1, Pool::len);
        let now = browser::now_ms();
        let plan_runs = plan.runs();
        let mut run = Run {
            id,
            dealer: Dealer::new(plan.runs(), n),
            report: None,
            values: Rc::new(Vec::new()),
            plan,
            pool: None,
            results: Vec::new(),
            state: State::Running,
            started_ms: now,
            elapsed_ms: 0.0,
            sent_ms: vec![now; plan_runs],
            error: None,
            reported_ms: now,
            flush: None,
            timing: Timing::default(),
            redraw_ms: REDRAW_MS,
            drawn_ms: super::experiment_results::draw_time().0,
        };
        match pool {
            Ok(pool) => {
                run.pool = Some(pool);
                deal(&mut run, lang);
            }
            Err(_) => {
                run.state = State::Cancelled;
                run.error = Some(t::WORKER_FAILED.get(lang).to_string());
            }
        }
        self.run = Some(run);
    }

    /// Takes worker `w`'s finished job (of the running experiment): its
    /// result and timings, the next jobs dealt, and the experiment stopped
    /// once all are done or its results combined when a redraw is due
    /// (else a flush planned). Whether the view changed.
    fn job_done(
        &mut self,
        ctx: &Context<Self>,
        w: usize,
        result: JobResult,
        ms: f64,
        shared_twin: bool,
    ) -> bool {
        let lang = page_lang(ctx);
        let Some(run) = self.run.as_mut() else {
            return false;
        };
        if !run.dealer.finished(w, result.job) {
            return false;
        }
        let now = browser::now_ms();
        let timing = &mut run.timing;
        timing.first_ms.get_or_insert(now - run.started_ms);
        timing.worker_ms += ms;
        let trip = now - run.sent_ms.get(result.job).copied().unwrap_or(now);
        timing.trip_ms += trip;
        if let Some(job) = run.plan.job(result.job) {
            let s = &run.plan.variants()[job.variant].scenario.simulation;
            let cd = s.customers as f64 * s.days as f64;
            // The worker's own time (a job may wait in its queue).
            let took = if ms > 0.0 { ms } else { trip };
            // Two runs, or one with the twin from the store.
            let runs = if shared_twin { 1.0 } else { 2.0 };
            if cd > 0.0 && took > 0.0 {
                self.measured = Some(took / cd / runs);
            }
        }
        let profit = result.kpi("incremental_profit");
        run.results.push(result);
        if let Some(p) = profit {
            Rc::make_mut(&mut run.values).push(p);
        }
        run.elapsed_ms = now - run.started_ms;
        deal(run, lang);
        if run.dealer.idle() && run.dealer.next >= run.dealer.total {
            self.spare = stop(run, State::Finished);
        } else if now - run.reported_ms >= run.redraw_ms {
            combine(run);
        } else {
            if run.flush.is_none() {
                let link = ctx.link().clone();
                let wait = (run.redraw_ms - (now - run.reported_ms)).max(0.0) as u32;
                run.flush = Some(gloo_timers::callback::Timeout::new(wait, move || {
                    link.send_message(Msg::Flush)
                }));
            }
            return false;
        }
        true
    }
}

/// Hands out jobs to idle workers.
fn deal(run: &mut Run, lang: crate::i18n::Lang) {
    let Some(pool) = &run.pool else {
        return;
    };
    let now = browser::now_ms();
    for (w, job) in run.dealer.deal() {
        if pool.send(w, run.id, &run.plan, job).is_err() {
            run.error = Some(t::WORKER_FAILED.get(lang).to_string());
        }
        if let Some(s) = run.sent_ms.get_mut(job) {
            *s = now;
        }
    }
}

/// Combines the results so far into the report shown.
fn combine(run: &mut Run) {
    let start = browser::now_ms();
    run.report = run.plan.report(&run.results).ok().map(Rc::new);
    run.reported_ms = browser::now_ms();
    run.flush = None;
    run.timing.combine_ms += run.reported_ms - start;
    run.timing.combines += 1;
    // The last redraw's cost: this combination and the charts drawn since
    // the one before.
    let drawn = super::experiment_results::draw_time().0;
    let cost = run.reported_ms - start + (drawn - run.drawn_ms);
    run.drawn_ms = drawn;
    run.redraw_ms = (cost / REDRAW_SHARE).clamp(REDRAW_MS, REDRAW_MAX_MS);
}

/// What worker `w`'s refusal of a run (its oldest job, the one it
/// answered) says, in `lang`.
fn refused(run: &Run, w: usize, lang: crate::i18n::Lang, errors: &[(String, String)]) -> String {
    let job = run.dealer.busy.get(w).and_then(|held| held.first());
    let scenario = job
        .and_then(|j| run.plan.job(*j))
        .map(|j| run.plan.scenario(&j));
    crate::text::experiment_errors::job_refused(lang, scenario.as_ref(), errors)
}

/// Stops the experiment and keeps the results; a cancelled one's workers
/// are terminated at once, a finished one's are returned for the next.
fn stop(run: &mut Run, state: State) -> Option<Pool> {
    combine(run);
    let pool = run.pool.take();
    run.dealer.paused = true;
    run.elapsed_ms = browser::now_ms() - run.started_ms;
    run.state = state;
    pool.filter(|_| state == State::Finished)
}

impl Component for Experiments {
    type Message = Msg;
    type Properties = ExperimentsProps;

    fn create(ctx: &Context<Self>) -> Self {
        let mut view = Experiments {
            planned: plan_of(ctx.props()),
            run: None,
            next_id: 0,
            measured: None,
            spare: None,
        };
        view.warm_up(ctx);
        view
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &Self::Properties) -> bool {
        let p = ctx.props();
        if p.setup != old.setup || p.draft != old.draft {
            self.planned = plan_of(p);
        }
        if p.visible && !old.visible {
            self.warm_up(ctx);
        }
        true
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        let lang = page_lang(ctx);
        match msg {
            Msg::Start => self.start(ctx),
            Msg::Example(i) => {
                let Some((setup, scenario)) =
                    crate::experiment_examples::load(i, &ctx.props().setup)
                else {
                    return false;
                };
                if let Some(s) = scenario {
                    ctx.props().on_scenario.emit(s);
                }
                ctx.props()
                    .on_setup
                    .emit(Rc::new(move |s: &mut Setup| *s = setup.clone()));
            }
            Msg::Csv => {
                if let Some(run) = &self.run {
                    let csv = crate::experiment_files::csv(&run.plan, &run.results);
                    let _ = browser::download_text(t::CSV_FILE, "text/csv", &csv);
                }
                return false;
            }
            Msg::Flush => match self.run.as_mut() {
                Some(run) if run.flush.is_some() => combine(run),
                _ => return false,
            },
            Msg::Pause => {
                if let Some(run) = self.run.as_mut().filter(|r| r.state == State::Running) {
                    run.dealer.paused = true;
                    run.state = State::Paused;
                }
            }
            Msg::Resume => {
                if let Some(run) = self.run.as_mut().filter(|r| r.state == State::Paused) {
                    run.dealer.paused = false;
                    run.state = State::Running;
                    deal(run, lang);
                }
            }
            Msg::Cancel => {
                if let Some(run) = self.run.as_mut() {
                    if matches!(run.state, State::Running | State::Paused) {
                        stop(run, State::Cancelled);
                    }
                }
            }
            Msg::Failed(message) => {
                // A failed spare is not used; fresh workers start next time.
                self.spare = None;
                if let Some(run) = self.run.as_mut() {
                    if run.pool.is_some() {
                        stop(run, State::Cancelled);
                        run.error = Some(format!("{} ({message})", t::WORKER_FAILED.get(lang)));
                    }
                }
            }
            Msg::Worker(w, response) => {
                let Some(run) = self.run.as_mut() else {
                    return false;
                };
                if run.pool.is_none() || response.id() != run.id {
                    return false;
                }
                match response {
                    Response::JobDone {
                        result,
                        ms,
                        shared_twin,
                        ..
                    } => return self.job_done(ctx, w, *result, ms, shared_twin),
                    Response::Invalid { errors, .. } => {
                        let text = refused(run, w, lang, &errors);
                        stop(run, State::Cancelled);
                        run.error = Some(text);
                    }
                    _ => return false,
                }
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let lang = page_lang(ctx);
        let p = ctx.props();
        let link = ctx.link();
        let n = workers();
        let active = self
            .run
            .as_ref()
            .is_some_and(|r| matches!(r.state, State::Running | State::Paused));
        let plan_line = match &self.planned {
            Ok(plan) => html! {
                <p class="exp-plan" id="exp-plan" data-runs={plan.runs().to_string()}>
                    { t::plan(lang, plan.runs(), plan.variants().len(), plan.seeds().len(),
                        self.estimate_ms(p, plan, n), n.min(plan.runs()).max(1)) }
                </p>
            },
            Err(list) => html! {
                <div class="exp-problems error" id="exp-problems" role="alert">
                    <p>{ t::PROBLEMS.get(lang) }</p>
                    <ul>{ for list.iter().map(|e| html! {
                        <li>{ format!("{}: {}", e.path, crate::text::errors::message(lang, e)) }</li>
                    }) }</ul>
                </div>
            },
        };
        let can_start = self.planned.is_ok() && p.can_run && !active;
        let on_example = link.callback(|e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let i = select.value().parse().unwrap_or(usize::MAX);
            select.set_value("");
            Msg::Example(i)
        });
        let buttons = match self.run.as_ref().map(|r| r.state) {
            Some(State::Running) => html! {
                <>
                    <button type="button" id="exp-pause" onclick={link.callback(|_| Msg::Pause)}>{ t::PAUSE.get(lang) }</button>
                    <button type="button" id="exp-cancel" onclick={link.callback(|_| Msg::Cancel)}>{ t::CANCEL.get(lang) }</button>
                </>
            },
            Some(State::Paused) => html! {
                <>
                    <button type="button" id="exp-resume" onclick={link.callback(|_| Msg::Resume)}>{ t::RESUME.get(lang) }</button>
                    <button type="button" id="exp-cancel" onclick={link.callback(|_| Msg::Cancel)}>{ t::CANCEL.get(lang) }</button>
                </>
            },
            _ => html! {},
        };
        let progress = self.run.as_ref().map(|r| {
            let state = match r.state {
                State::Running => t::RUNNING.get(lang),
                State::Paused => t::PAUSED.get(lang),
                State::Cancelled => t::CANCELLED.get(lang),
                State::Finished => t::FINISHED.get(lang),
            };
            let state_slug = format!("{:?}", r.state).to_lowercase();
            let tm = &r.timing;
            let (draw_ms, draws) = super::experiment_results::draw_time();
            html! {
                <div class="exp-progress" id="exp-progress" data-done={r.results.len().to_string()}
                    data-first-ms={format!("{:.0}", tm.first_ms.unwrap_or_default())}
                    data-worker-ms={format!("{:.0}", tm.worker_ms)} data-trip-ms={format!("{:.0}", tm.trip_ms)}
                    data-combine-ms={format!("{:.0}", tm.combine_ms)} data-combines={tm.combines.to_string()}
                    data-draw-ms={format!("{:.0}", draw_ms)} data-draws={draws.to_string()}
                    data-total={r.plan.runs().to_string()} data-state={state_slug}
                    data-elapsed-ms={format!("{:.0}", r.elapsed_ms)} role="status">
                    <progress max={r.plan.runs().to_string()} value={r.results.len().to_string()}></progress>
                    <span>{ t::progress(lang, r.results.len(), r.plan.runs(), state, r.elapsed_ms) }</span>
                    if let Some(e) = &r.error { <p class="error">{ e.clone() }</p> }
                </div>
            }
        });
        let results = self.run.as_ref().and_then(|r| {
            let report = r.report.clone()?;
            Some(html! {
                <Results plan={r.plan.clone()} {report} values={r.values.clone()}
                    on_csv={link.callback(|_| Msg::Csv)} />
            })
        });
        html! {
            <section class="experiments" id="experiments" aria-labelledby="exp-title">
                <h2 id="exp-title">{ t::TITLE.get(lang) }</h2>
                <p class="intro">{ t::INTRO.get(lang) }</p>
                <label class="exp-examples">
                    <select id="exp-example" onchange={on_example} aria-label={t::EXAMPLE_MENU.get(lang)}>
                        <option value="" selected=true>{ t::EXAMPLE_MENU.get(lang) }</option>
                        { for t::EXAMPLES.iter().enumerate().map(|(i, name)| html! {
                            <option value={i.to_string()}>{ name.get(lang) }</option>
                        }) }
                    </select>
                </label>
                <Form {lang} setup={p.setup.clone()} draft={p.draft.clone()} on_setup={p.on_setup.clone()} />
                { plan_line }
                if !p.can_run { <p class="error" id="exp-draft-invalid">{ t::DRAFT_INVALID.get(lang) }</p> }
                <div class="exp-buttons">
                    <button type="button" class="primary" id="exp-start" disabled={!can_start}
                        onclick={link.callback(|_| Msg::Start)}>{ t::START.get(lang) }</button>
                    { buttons }
                </div>
                { progress.unwrap_or_default() }
                { results.unwrap_or_default() }
            </section>
        }
    }
}
