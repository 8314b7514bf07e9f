//! "Follow a customer": pick one (at random, or by kind) and see their
//! whole story in both runs, programme and twin, on the results' month
//! axis: sentences of when they arrived, how and why each life ended and
//! its totals (`story_view`), then the story's charts (`charts::StoryChart`).
//!
//! Invariants: the story is made only on request, in this view's own
//! worker (the core's `story::follow` runs the scenario again with an
//! observer of the one customer), so the page never freezes and the
//! normal run is not slowed; cancelling terminates that worker; answers of
//! an older request are ignored; a story made for earlier results says so.

use super::chart_panel::ChartFigure;
use crate::charts::{Drawing, StoryChart};
use crate::i18n::Lang;
use crate::protocol::{Found, Request, Response, Who};
use crate::story_view;
use crate::text::follow as t;
use crate::text::{self, follow::Ending};
use crate::worker::SimWorker;
use loyalty_sim::story::{Kind, Story};
use loyalty_sim::{Report, Scenario};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`FollowView`].
#[derive(Properties, Clone)]
pub struct FollowProps {
    /// The scenario of the results shown.
    pub scenario: Rc<Scenario>,
    /// The results shown.
    pub report: Rc<Report>,
}

impl PartialEq for FollowProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report) && self.scenario == other.scenario
    }
}

/// Messages of [`FollowView`].
pub enum Msg {
    /// The kind to follow (`None`: anyone).
    Kind(Option<Kind>),
    /// Follow a customer of the kind chosen.
    Follow,
    /// Stop following.
    Cancel,
    /// The worker answered.
    Worker(Response),
    /// The worker failed (the browser's message).
    Failed(String),
}

/// What the view says instead of a story (in the language of the moment).
#[derive(Clone, Debug, PartialEq)]
enum Note {
    NoneOfKind(Kind),
    NoSuchId,
    Failed(String),
    Invalid(String),
}

/// A story on screen, with the results it was followed in.
struct Shown {
    story: Rc<Story>,
    found: Option<Found>,
    report: Rc<Report>,
}

/// The "Follow a customer" view.
pub struct FollowView {
    kind: Option<Kind>,
    worker: Option<SimWorker>,
    next_id: u32,
    /// The request under way, its results and its progress.
    busy: Option<(u32, Rc<Report>, f64)>,
    shown: Option<Shown>,
    note: Option<Note>,
}

fn page_lang(ctx: &Context<FollowView>) -> Lang {
    ctx.link()
        .context::<Lang>(Callback::noop())
        .map(|(l, _)| l)
        .unwrap_or_default()
}

/// A random draw from the browser (which customer of a kind).
fn draw() -> u32 {
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

impl FollowView {
    fn follow(&mut self, ctx: &Context<Self>) {
        let props = ctx.props();
        if self.worker.is_none() {
            let link = ctx.link().clone();
            let fail = link.clone();
            match SimWorker::spawn(
                move |r, _| link.send_message(Msg::Worker(r)),
                move |m| fail.send_message(Msg::Failed(m)),
            ) {
                Ok(w) => self.worker = Some(w),
                Err(e) => {
                    self.note = Some(Note::Failed(e));
                    return;
                }
            }
        }
        self.next_id += 1;
        let id = self.next_id;
        let who = match self.kind {
            None => Who::Customer {
                customer: draw() % props.report.simulated_customers.max(1),
            },
            Some(kind) => Who::Kind { kind, draw: draw() },
        };
        let request = Request::Follow {
            id,
            scenario: Box::new((*props.scenario).clone()),
            who,
        };
        let json = serde_json::to_string(&request).unwrap_or_default();
        match self.worker.as_ref().map(|w| w.send(&json, None)) {
            Some(Ok(())) => {
                self.busy = Some((id, props.report.clone(), 0.0));
                self.note = None;
            }
            Some(Err(e)) => self.note = Some(Note::Failed(e)),
            None => {}
        }
    }
}

impl Component for FollowView {
    type Message = Msg;
    type Properties = FollowProps;

    fn create(_: &Context<Self>) -> Self {
        FollowView {
            kind: Some(Kind::Loyalist),
            worker: None,
            next_id: 0,
            busy: None,
            shown: None,
            note: None,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Kind(kind) => self.kind = kind,
            Msg::Follow => self.follow(ctx),
            Msg::Cancel => {
                self.worker = None;
                self.busy = None;
            }
            Msg::Failed(m) => {
                self.worker = None;
                self.busy = None;
                self.note = Some(Note::Failed(m));
            }
            Msg::Worker(r) => {
                let Some((id, report, progress)) = self.busy.as_mut() else {
                    return false;
                };
                if *id != r.id() {
                    return false;
                }
                match r {
                    Response::Progress { done, total, .. } => {
                        *progress = done as f64 / total.max(1) as f64;
                    }
                    Response::Followed { story, found, .. } => {
                        self.shown = Some(Shown {
                            story: Rc::from(story),
                            found,
                            report: report.clone(),
                        });
                        self.busy = None;
                    }
                    Response::NoSuchCustomer { kind, .. } => {
                        self.note = Some(kind.map_or(Note::NoSuchId, Note::NoneOfKind));
                        self.busy = None;
                    }
                    Response::Invalid { errors, .. } => {
                        let all: Vec<String> = errors
                            .into_iter()
                            .map(|(p, m)| format!("{p}: {m}"))
                            .collect();
                        self.note = Some(Note::Invalid(all.join("; ")));
                        self.busy = None;
                    }
                    _ => return false,
                }
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let lang = page_lang(ctx);
        let link = ctx.link();
        let on_kind = link.callback(|e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            Msg::Kind(
                t::KINDS
                    .iter()
                    .map(|(k, _)| *k)
                    .find(|k| t::kind_slug(*k) == v),
            )
        });
        let chosen = self.kind.map_or("any", t::kind_slug);
        let note = self.note.as_ref().map(|n| {
            let text = match n {
                Note::NoneOfKind(k) => t::none_of_kind(lang, *k),
                Note::NoSuchId => t::NO_SUCH_ID.get(lang).to_string(),
                Note::Failed(m) => t::FAILED.get(lang).replace("{}", m),
                Note::Invalid(m) => m.clone(),
            };
            html! { <p class="notice" id="follow-message" role="status">{ text }</p> }
        });
        html! {
            <section class="follow" id="follow" aria-labelledby="follow-title">
                <h2 id="follow-title">{ t::TITLE.get(lang) }</h2>
                <p class="intro">{ t::INTRO.get(lang) }</p>
                <div class="follow-controls">
                    <label for="follow-kind">{ t::KIND_LABEL.get(lang) }</label>
                    <select id="follow-kind" onchange={on_kind}>
                        <option value="any" selected={chosen == "any"}>{ t::KIND_ANY.get(lang) }</option>
                        { for t::KINDS.iter().map(|(k, label)| html! {
                            <option value={t::kind_slug(*k)} selected={chosen == t::kind_slug(*k)}>{ label.get(lang) }</option>
                        }) }
                    </select>
                    <button type="button" id="follow-go" title={t::FOLLOW_HELP.get(lang)} disabled={self.busy.is_some()}
                        onclick={link.callback(|_: MouseEvent| Msg::Follow)}>{ t::FOLLOW.get(lang) }</button>
                    if let Some((_, _, p)) = &self.busy {
                        <progress id="follow-progress" max="1" value={p.to_string()} aria-label={t::PROGRESS.get(lang)}></progress>
                        <span class="status" aria-live="polite">{ t::FOLLOWING.get(lang) }</span>
                        <button type="button" class="small" id="follow-cancel"
                            onclick={link.callback(|_: MouseEvent| Msg::Cancel)}>{ text::ui::CANCEL.get(lang) }</button>
                    }
                </div>
                { note.unwrap_or_default() }
                { match &self.shown {
                    Some(s) => story_html(lang, s, &ctx.props().report),
                    None => html! { <p class="placeholder">{ t::EMPTY.get(lang) }</p> },
                } }
            </section>
        }
    }
}

/// The story: its sentences, its totals and its charts.
fn story_html(lang: Lang, s: &Shown, current: &Rc<Report>) -> Html {
    let story = &s.story;
    let r = &s.report;
    let found = s.found.map(|f| (f.kind, f.index, f.count));
    let lives = [(&story.programme, true), (&story.twin, false)];
    let arrival = lives
        .iter()
        .find(|(l, _)| !l.months.is_empty())
        .map(|(l, _)| t::arrived(lang, l.arrival_day, story_view::arrival_month(l, r)));
    let endings = lives.iter().map(|(life, programme)| {
        let e = story_view::ending(life, r);
        let slug = if *programme { "programme" } else { "twin" };
        let why = match e {
            Ending::Defected { .. } => "defected",
            Ending::MovedAway { .. } => "moved_away",
            Ending::Stayed => "stayed",
            Ending::NeverArrived => "never_arrived",
        };
        html! {
            <p data-testid={format!("follow-left-{slug}")} data-ending={why}>{ t::ending(lang, *programme, e) }</p>
        }
    });
    let totals = lives.iter().filter(|(l, _)| !l.months.is_empty()).map(|(life, programme)| {
        let x = story_view::totals(life);
        html! { <li>{ t::totals(lang, *programme, x.purchases, x.paid, x.earned, x.redeemed) }</li> }
    });
    html! {
        <div id="follow-story" data-customer={story.customer.to_string()}
            data-kind={s.found.map_or("any", |f| t::kind_slug(f.kind))}>
            if !Rc::ptr_eq(r, current) {
                <p class="notice" id="follow-stale" role="status">{ t::STALE.get(lang) }</p>
            }
            <h3>{ t::heading(lang, story.customer, found) }</h3>
            { arrival.map(|a| html! { <p>{ a }</p> }).unwrap_or_default() }
            { for endings }
            <h4>{ t::TOTALS.get(lang) }</h4>
            <ul class="follow-totals">{ for totals }</ul>
            <h4>{ t::CHARTS.get(lang) }</h4>
            <div class="chart-grid">
                { for StoryChart::ALL.iter().map(|c| html! {
                    <ChartFigure drawing={Drawing::Story(*c, story.clone(), r.clone())} />
                }) }
            </div>
        </div>
    }
}
