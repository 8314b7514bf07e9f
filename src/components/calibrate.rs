//! "Use your own customers": the import view. A CSV file is read in the
//! page and handed to its own worker (which keeps it); the worker answers
//! with a preview, the detected settings and the bad rows, and the user
//! maps the columns, changes what was detected, decides about bad rows,
//! chooses the periods and fits. The fit's diagnostics are drawn here; the
//! calibrated scenario goes to the app with `on_simulate`.
//!
//! Invariants: parsing and fitting run only in the worker, so the page never
//! freezes; cancelling terminates that worker (the text is sent again to a
//! fresh one); an ambiguous date order is asked, never guessed; a fit never
//! starts while bad rows are unanswered; answers of an older request are
//! ignored.

use super::chart_panel::ChartFigure;
use crate::browser;
use crate::calibration::{CalibrationView, Inspection, LogOptions};
use crate::charts::{CalibrationChart, Drawing};
use crate::i18n::Lang;
use crate::protocol::{Request, Response};
use crate::text::calibrate as t;
use crate::text::import_notes as notes;
use crate::worker::SimWorker;
use loyalty_calibrate::date::DateFormat;
use loyalty_calibrate::import::Delimiter;
use loyalty_sim::Scenario;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`CalibrateView`].
#[derive(Properties, Clone, PartialEq)]
pub struct CalibrateProps {
    /// Close the view.
    pub on_close: Callback<()>,
    /// Make the calibrated scenario the draft and run it.
    pub on_simulate: Callback<Scenario>,
}

/// A setting of the import view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Setting {
    /// The delimiter.
    Delimiter,
    /// The decimal separator.
    Decimal,
    /// The date format.
    DateFormat,
    /// Whether the first row is a header.
    Header,
    /// The customer id column.
    Id,
    /// The date column.
    Date,
    /// The amount column.
    Amount,
    /// The quantity column.
    Quantity,
    /// The calibration end.
    CalibrationEnd,
    /// The holdout end.
    HoldoutEnd,
}

/// Messages of [`CalibrateView`].
pub enum Msg {
    /// A file was picked and read (`None`: unreadable).
    Text(Option<String>),
    /// A setting changed to this value (`""`: detect / none).
    Set(Setting, String),
    /// Continue without the bad rows.
    Accept,
    /// Fit.
    Fit,
    /// Stop the worker.
    Cancel,
    /// The worker answered.
    Worker(Response),
    /// The worker failed.
    Failed(String),
    /// Simulate the calibrated customers.
    Simulate,
}

#[derive(Clone, Copy, PartialEq)]
enum Busy {
    Reading,
    Fitting,
}

/// The import view.
pub struct CalibrateView {
    text: Option<Rc<String>>,
    worker: Option<SimWorker>,
    worker_has_log: bool,
    next_id: u32,
    busy: Option<(u32, Busy)>,
    /// The running fit's last progress: stage and percentage.
    progress: Option<(loyalty_calibrate::Stage, u8)>,
    options: LogOptions,
    inspection: Option<Inspection>,
    accepted: bool,
    result: Option<Rc<CalibrationView>>,
    message: Option<String>,
}

/// The page's language (from the context the app provides).
fn page_lang(ctx: &Context<CalibrateView>) -> Lang {
    ctx.link()
        .context::<Lang>(Callback::noop())
        .map(|(l, _)| l)
        .unwrap_or_default()
}

fn parse_setting(o: &mut LogOptions, s: Setting, v: &str) {
    let v = v.trim();
    let col = || v.parse::<usize>().ok();
    match s {
        Setting::Delimiter => o.delimiter = Delimiter::from_name(v),
        Setting::Decimal => o.decimal = v.chars().next(),
        Setting::DateFormat => o.date_format = DateFormat::from_name(v),
        Setting::Header => {
            o.header = match v {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            }
        }
        Setting::Id => o.id = col(),
        Setting::Date => o.date = col(),
        Setting::Amount => o.amount = col(),
        Setting::Quantity => o.quantity = col(),
        Setting::CalibrationEnd => {
            o.calibration_end = Some(v.to_string()).filter(|s| !s.is_empty())
        }
        Setting::HoldoutEnd => o.holdout_end = Some(v.to_string()).filter(|s| !s.is_empty()),
    }
}

impl CalibrateView {
    fn send(&mut self, ctx: &Context<Self>, busy: Busy) {
        let lang = page_lang(ctx);
        let Some(text) = self.text.clone() else {
            return;
        };
        if self.worker.is_none() {
            let link = ctx.link().clone();
            let fail = link.clone();
            match SimWorker::spawn(
                move |r, _| link.send_message(Msg::Worker(r)),
                move |m| fail.send_message(Msg::Failed(m)),
            ) {
                Ok(w) => self.worker = Some(w),
                Err(_) => {
                    self.message = Some(t::WORKER_FAILED.get(lang).into());
                    return;
                }
            }
            self.worker_has_log = false;
        }
        self.next_id += 1;
        let id = self.next_id;
        let mut requests = Vec::new();
        // A new worker gets the file as the message's bytes, not in its JSON.
        let attach = !self.worker_has_log;
        if busy == Busy::Reading || attach {
            requests.push((
                Request::Inspect {
                    id,
                    text: None,
                    options: LogOptions {
                        lang,
                        ..self.options.clone()
                    },
                },
                attach,
            ));
        }
        if busy == Busy::Fitting {
            let options = LogOptions {
                lang,
                ..self.options.clone()
            };
            requests.push((Request::Calibrate { id, options }, false));
        }
        let Some(w) = &self.worker else { return };
        for (r, attach) in requests {
            let json = serde_json::to_string(&r).unwrap_or_default();
            if w.send(&json, attach.then(|| text.as_bytes())).is_err() {
                self.message = Some(t::WORKER_FAILED.get(lang).into());
                return;
            }
        }
        self.worker_has_log = true;
        self.busy = Some((id, busy));
        self.progress = None;
        self.message = None;
    }

    fn can_fit(&self) -> bool {
        match self.inspection.as_ref().map(|i| &i.read) {
            Some(Ok(r)) => r.bad_rows.count == 0 || self.accepted,
            _ => false,
        }
    }
}

impl Component for CalibrateView {
    type Message = Msg;
    type Properties = CalibrateProps;

    fn create(_: &Context<Self>) -> Self {
        CalibrateView {
            text: None,
            worker: None,
            worker_has_log: false,
            next_id: 0,
            busy: None,
            progress: None,
            options: LogOptions::default(),
            inspection: None,
            accepted: false,
            result: None,
            message: None,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        let lang = page_lang(ctx);
        match msg {
            Msg::Text(None) => self.message = Some(t::FILE_UNREADABLE.get(lang).into()),
            Msg::Text(Some(text)) => {
                self.text = Some(Rc::new(text));
                self.worker_has_log = false;
                self.options = LogOptions::default();
                self.inspection = None;
                self.result = None;
                self.accepted = false;
                self.send(ctx, Busy::Reading);
            }
            Msg::Set(s, v) => {
                // Another delimiter or header line changes the columns: detect them again.
                if matches!(s, Setting::Delimiter | Setting::Header) {
                    let o = &mut self.options;
                    (o.id, o.date, o.amount, o.quantity) = (None, None, None, None);
                    if s == Setting::Delimiter {
                        (o.decimal, o.header) = (None, None);
                    }
                }
                parse_setting(&mut self.options, s, &v);
                self.result = None;
                if !matches!(s, Setting::CalibrationEnd | Setting::HoldoutEnd) {
                    self.accepted = false;
                    self.send(ctx, Busy::Reading);
                }
            }
            Msg::Accept => self.accepted = true,
            Msg::Fit => {
                if self.can_fit() {
                    self.send(ctx, Busy::Fitting);
                }
            }
            Msg::Cancel => {
                self.worker = None;
                self.busy = None;
                self.message = Some(t::CANCELLED.get(lang).into());
            }
            Msg::Failed(m) => {
                self.worker = None;
                self.busy = None;
                self.message = Some(format!("{} ({m})", t::WORKER_FAILED.get(lang)));
            }
            Msg::Worker(r) => {
                if self.busy.map(|b| b.0) != Some(r.id()) {
                    return false;
                }
                match r {
                    Response::Inspected { inspection, .. } => {
                        if let Ok(read) = &inspection.read {
                            // What was detected is shown as chosen from now on.
                            let o = &mut self.options;
                            o.delimiter = Some(inspection.delimiter);
                            o.decimal = Some(read.decimal);
                            o.date_format = Some(read.date_format);
                            o.header = Some(read.header);
                            o.id = Some(read.id);
                            o.date = Some(read.date);
                            o.amount = Some(read.amount);
                        }
                        self.inspection = Some(*inspection);
                        if self.busy.map(|b| b.1) == Some(Busy::Reading) {
                            self.busy = None;
                        }
                    }
                    Response::CalibrationProgress { percent, stage, .. } => {
                        self.progress = Some((stage, percent));
                    }
                    Response::Calibrated { result, .. } => {
                        self.busy = None;
                        self.result = Some(Rc::from(result));
                    }
                    Response::CalibrationFailed { message, .. } => {
                        self.busy = None;
                        self.message = Some(message);
                    }
                    _ => return false,
                }
            }
            Msg::Simulate => {
                if let Some(r) = &self.result {
                    ctx.props().on_simulate.emit(r.scenario.clone());
                }
                return false;
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let lang = page_lang(ctx);
        let link = ctx.link();
        let pick = link.callback_future(|e: Event| async move {
            let input: HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|f| f.get(0));
            input.set_value("");
            match file {
                Some(f) => Msg::Text(browser::read_file(f).await.ok()),
                None => Msg::Text(None),
            }
        });
        let close = ctx.props().on_close.reform(|_: MouseEvent| ());
        let progress = |b: Busy| match self.progress.filter(|_| b == Busy::Fitting) {
            Some((stage, percent)) => html! {
                <>
                    { " " }<progress id="import-progress" max="100" value={percent.to_string()}>{ format!("{percent} %") }</progress>
                    { " " }<span id="import-stage">{ t::progress(lang, stage, percent) }</span>
                </>
            },
            None => html! {},
        };
        let busy = self.busy.map(|(_, b)| html! {
            <p class="busy" role="status" data-testid="import-busy">
                { if b == Busy::Reading { t::READING.get(lang) } else { t::FITTING.get(lang) } }
                { progress(b) }
                <button type="button" class="small" id="import-cancel" onclick={link.callback(|_: MouseEvent| Msg::Cancel)}>{ t::CANCEL.get(lang) }</button>
            </p>
        });
        html! {
            <section class="import" id="import" aria-labelledby="import-title" data-busy={self.busy.is_some().to_string()}>
                <h2 id="import-title">{ t::TITLE.get(lang) }</h2>
                <button type="button" class="small close" id="import-close" onclick={close}>{ t::CLOSE.get(lang) }</button>
                <p class="intro">{ t::INTRO.get(lang) }</p>
                <label class="file">{ t::CHOOSE_FILE.get(lang) }{ " " }
                    <input type="file" id="import-file" accept=".csv,.txt,.tsv,text/csv,text/plain" onchange={pick} />
                </label>
                { busy.unwrap_or_default() }
                if let Some(m) = &self.message {
                    <p class="error" role="alert" id="import-message">{ m.clone() }</p>
                }
                { self.inspection.as_ref().map(|i| self.settings(ctx, i)).unwrap_or_default() }
                { self.result.as_ref().map(|r| self.results(ctx, r)).unwrap_or_default() }
            </section>
        }
    }
}

fn select(
    id: &str,
    label: &str,
    value: &str,
    choices: &[(String, String)],
    on: Callback<Event>,
) -> Html {
    html! {
        <label class="import-field">{ label }
            <select id={id.to_string()} onchange={on}>
                { for choices.iter().map(|(v, l)| html! {
                    // A column named by the file's header (`n: name`) is the
                    // file's text: its language is unknown.
                    <option value={v.clone()} selected={v == value}
                        lang={v.parse::<usize>().is_ok_and(|n| l.starts_with(&format!("{n}: "))).then_some("")}>{ l.clone() }</option>
                }) }
            </select>
        </label>
    }
}

impl CalibrateView {
    fn on(&self, ctx: &Context<Self>, s: Setting) -> Callback<Event> {
        ctx.link().callback(move |e: Event| {
            let v = e
                .target_dyn_into::<HtmlSelectElement>()
                .map(|s| s.value())
                .or_else(|| e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()))
                .unwrap_or_default();
            Msg::Set(s, v)
        })
    }

    fn settings(&self, ctx: &Context<Self>, i: &Inspection) -> Html {
        let lang = page_lang(ctx);
        let o = &self.options;
        let width = i.preview.iter().map(|r| r.1.len()).max().unwrap_or(0);
        let names: Option<&Vec<String>> = match &i.read {
            Ok(r) if r.header => i.preview.first().map(|r| &r.1),
            _ => None,
        };
        let columns = |none: bool| -> Vec<(String, String)> {
            let mut v: Vec<(String, String)> = if none {
                vec![(String::new(), t::NO_COLUMN.get(lang).to_string())]
            } else {
                Vec::new()
            };
            v.extend((1..=width).map(|n| {
                let name = names.and_then(|h| h.get(n - 1)).map(String::as_str);
                (n.to_string(), t::column_option(lang, n, name))
            }));
            v
        };
        let num = |c: Option<usize>| c.map(|n| n.to_string()).unwrap_or_default();
        let delimiters: Vec<(String, String)> = t::DELIMITERS
            .iter()
            .map(|(v, l)| (v.to_string(), l.get(lang).to_string()))
            .collect();
        let decimals: Vec<(String, String)> = t::DECIMALS
            .iter()
            .map(|(v, l)| (v.to_string(), l.get(lang).to_string()))
            .collect();
        let mut formats: Vec<(String, String)> = Vec::new();
        if o.date_format.is_none() {
            formats.push((String::new(), t::CHOOSE_DATE_FORMAT.get(lang).to_string()));
        }
        formats.extend(
            DateFormat::ALL
                .iter()
                .map(|f| (f.name().to_string(), f.name().to_string())),
        );
        let headers = vec![
            ("yes".to_string(), t::HEADER_YES.get(lang).to_string()),
            ("no".to_string(), t::HEADER_NO.get(lang).to_string()),
        ];
        let delim_name = match i.delimiter {
            Delimiter::Comma => "comma",
            Delimiter::Semicolon => "semicolon",
            Delimiter::Tab => "tab",
            Delimiter::Whitespace => "whitespace",
        };
        let header_value = match o.header {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let link = ctx.link();
        let read = match &i.read {
            Ok(r) => {
                let bad = notes::bad_rows(lang, &r.bad_rows).map(|s| html! {
                    <div class="bad-rows" role="alert" id="import-bad-rows">
                        <p>{ t::bad_rows(lang, &s) }</p>
                        if !self.accepted {
                            <button type="button" class="small" id="import-accept" onclick={link.callback(|_: MouseEvent| Msg::Accept)}>{ t::CONTINUE_WITHOUT.get(lang) }</button>
                        }
                    </div>
                });
                let cal = o
                    .calibration_end
                    .clone()
                    .unwrap_or_else(|| r.calibration_end.clone());
                let hold = o.holdout_end.clone().unwrap_or_else(|| r.last_day.clone());
                html! {
                    <>
                        <p id="import-summary">{ t::read_summary(lang, r.rows, r.transactions, r.customers, &r.first_day, &r.last_day) }</p>
                        { bad.unwrap_or_default() }
                        <fieldset class="import-periods">
                            <legend>{ t::PERIODS.get(lang) }</legend>
                            <p class="help">{ t::PERIODS_HELP.get(lang) }</p>
                            <label class="import-field">{ t::CALIBRATION_END.get(lang) }
                                <input type="date" id="import-calibration-end" value={cal} min={r.first_day.clone()} max={r.last_day.clone()}
                                    onchange={self.on(ctx, Setting::CalibrationEnd)} /></label>
                            <label class="import-field">{ t::HOLDOUT_END.get(lang) }
                                <input type="date" id="import-holdout-end" value={hold} min={r.first_day.clone()}
                                    onchange={self.on(ctx, Setting::HoldoutEnd)} /></label>
                        </fieldset>
                        <button type="button" id="import-fit" disabled={!self.can_fit() || self.busy.is_some()}
                            onclick={link.callback(|_: MouseEvent| Msg::Fit)}>{ t::FIT.get(lang) }</button>
                    </>
                }
            }
            Err(m) => html! { <p class="error" role="alert" id="import-error">{ m.clone() }</p> },
        };
        html! {
            <div class="import-settings">
                <div class="table-scroll" tabindex="0" role="region" aria-label={t::PREVIEW.get(lang)}>
                    <table id="import-preview">
                        <caption>{ t::PREVIEW.get(lang) }</caption>
                        <tbody>
                            { for i.preview.iter().map(|(line, fields)| html! {
                                <tr><th scope="row">{ format!("{} {line}", t::LINE.get(lang)) }</th>
                                    // The file's own text: its language is unknown.
                                    { for fields.iter().map(|f| html! { <td lang="">{ f.clone() }</td> }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <fieldset class="import-read">
                    <legend>{ t::SETTINGS.get(lang) }</legend>
                    { select("import-delimiter", t::DELIMITER.get(lang), delim_name, &delimiters, self.on(ctx, Setting::Delimiter)) }
                    { select("import-decimal", t::DECIMAL.get(lang), &o.decimal.map(String::from).unwrap_or_default(), &decimals, self.on(ctx, Setting::Decimal)) }
                    { select("import-date-format", t::DATE_FORMAT.get(lang), o.date_format.map(|f| f.name()).unwrap_or(""), &formats, self.on(ctx, Setting::DateFormat)) }
                    { select("import-header", t::HEADER.get(lang), header_value, &headers, self.on(ctx, Setting::Header)) }
                </fieldset>
                <fieldset class="import-columns">
                    <legend>{ t::COLUMNS.get(lang) }</legend>
                    { select("import-id", t::ID_COLUMN.get(lang), &num(o.id), &columns(false), self.on(ctx, Setting::Id)) }
                    { select("import-date", t::DATE_COLUMN.get(lang), &num(o.date), &columns(false), self.on(ctx, Setting::Date)) }
                    { select("import-amount", t::AMOUNT_COLUMN.get(lang), &num(o.amount), &columns(false), self.on(ctx, Setting::Amount)) }
                    { select("import-quantity", t::QUANTITY_COLUMN.get(lang), &num(o.quantity), &columns(true), self.on(ctx, Setting::Quantity)) }
                </fieldset>
                { read }
            </div>
        }
    }

    /// The parameters table, BG/NBD beside Pareto/NBD, and Pareto/NBD's verdict.
    fn parameters(&self, lang: Lang, r: &CalibrationView) -> Html {
        let pareto = match &r.pareto_nbd {
            Some(m) => html! {
                <p><strong>{ t::FIT_PARETO.get(lang) }{ ": " }</strong>{ t::PARETO_ASIDE.get(lang) }
                <br /><span class="convergence" id="import-pareto-convergence">{ notes::convergence(lang, &m.convergence, m.log_likelihood) }</span>
                if m.customers > 0 && m.customers < r.cohort {
                    <br /><span id="import-pareto-sample">{ t::pareto_sample(lang, m.customers, r.cohort) }</span>
                }
                </p>
            },
            None => html! { <p id="import-pareto-convergence">{ t::NO_PARETO.get(lang) }</p> },
        };
        html! {
            <>
                <table class="import-parameters" id="import-parameters">
                    <caption>{ t::PARAMETERS.get(lang) }</caption>
                    <thead><tr><th scope="col">{ t::PARAMETER.get(lang) }</th><th scope="col">{ "BG/NBD" }</th><th scope="col">{ "Pareto/NBD" }</th></tr></thead>
                    <tbody>
                        { for t::parameter_rows(lang, &r.bgnbd, r.pareto_nbd.as_ref()).into_iter().map(|[name, bg, pn]| html! {
                            <tr><th scope="row">{ name }</th><td>{ bg }</td><td>{ pn }</td></tr>
                        }) }
                    </tbody>
                </table>
                { pareto }
            </>
        }
    }

    fn results(&self, ctx: &Context<Self>, r: &Rc<CalibrationView>) -> Html {
        let lang = page_lang(ctx);
        let p = &r.periods;
        let spend = match &r.gamma_gamma {
            Some(g) => {
                html! { <p><strong>{ t::FIT_SPEND.get(lang) }{ ": " }</strong>{ t::gamma_gamma(lang, g.p, g.q, g.gamma, g.mean_spend) }
                <br /><span class="convergence" id="import-gg-convergence">{ notes::convergence(lang, &g.convergence, g.log_likelihood) }</span></p> }
            }
            None => html! { <p>{ t::NO_SPEND_FIT.get(lang) }</p> },
        };
        html! {
            <section class="import-results" id="import-results" aria-labelledby="import-results-title">
                <h3 id="import-results-title">{ t::RESULTS.get(lang) }</h3>
                <p>{ t::fitted(lang, r.cohort, r.transactions, &p.start, &p.calibration_end, &p.holdout_end) }</p>
                <p><strong>{ t::FIT_BGNBD.get(lang) }{ ": " }</strong>{ t::bgnbd(lang, r.bgnbd.r, r.bgnbd.alpha, r.bgnbd.a, r.bgnbd.b) }
                    <br /><span class="convergence" id="import-convergence">{ notes::convergence(lang, &r.bgnbd.convergence, r.bgnbd.log_likelihood) }</span></p>
                { self.parameters(lang, r) }
                { spend }
                <ul class="notes">{ for notes::notes(lang, &r.facts).into_iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                <div class="chart-grid" aria-label={t::CHARTS.get(lang)}>
                    { for CalibrationChart::ALL.iter().map(|k| html! { <ChartFigure drawing={Drawing::Calibration(*k, r.clone())} /> }) }
                </div>
                <p class="privacy" id="import-privacy">{ t::PRIVACY.get(lang) }</p>
                <button type="button" id="import-simulate" onclick={ctx.link().callback(|_: MouseEvent| Msg::Simulate)}>{ t::SIMULATE.get(lang) }</button>
            </section>
        }
    }
}
