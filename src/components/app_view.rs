//! The app component's layout (a child module of `app`, so it reaches the
//! component's fields).

use super::*;

impl App {
    /// The quiz or the glossary, when the address opened one.
    fn classroom_view(&self, ctx: &Context<Self>) -> Html {
        // Back to the simulator: the address loses its classroom part.
        let close = ctx.link().callback(|_| {
            browser::clear_fragment();
            Msg::Route(None)
        });
        match &self.classroom {
            None => Html::default(),
            Some(Route::Quiz) => html! {
                <main class="classroom-page" id="classroom"><QuizView on_close={close} /></main>
            },
            Some(Route::Glossary(term)) => html! {
                <main class="classroom-page" id="classroom">
                    <GlossaryView term={term.clone().map(AttrValue::from)} on_close={close} />
                </main>
            },
        }
    }

    /// The whole page.
    pub(super) fn render(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let on_edit = link.callback(Msg::Edit);
        let notice = self.notice.as_ref().map(|n| {
            let restore = self.backup.clone().map(|b| {
                let cb = link.callback(move |_: MouseEvent| Msg::Replace(Box::new(b.clone()), None));
                html! { <button type="button" class="small" onclick={cb}>{ text::ui::RESTORE_AUTOSAVE.get(self.lang) }</button> }
            });
            html! {
                <div class={classes!("notice", n.error.then_some("error-notice"))} role={if n.error { "alert" } else { "status" }} data-testid="notice">
                    <p>{ n.text.clone() }</p>
                    { restore.unwrap_or_default() }
                    <button type="button" class="small" onclick={link.callback(|_: MouseEvent| Msg::Dismiss)}>{ text::ui::DISMISS.get(self.lang) }</button>
                </div>
            }
        });
        let results = match &self.shown {
            Some(shown) => {
                let prog = shown.scenario.programme.as_ref();
                let stale = self.stale();
                html! {
                    <div class={classes!("results", stale.then_some("stale"))} data-stale={stale.to_string()} data-run={shown.id.to_string()}
                        data-first-result-ms={self.first_result_ms.map(|v| format!("{v:.0}")).unwrap_or_default()}
                        data-elapsed-ms={format!("{:.0}", shown.elapsed_ms)}>
                        <Kpis report={shown.report.clone()} has_programme={prog.is_some()}
                            has_points={prog.is_some_and(|p| p.points.is_some())} />
                        <nav class="view-tabs" role="tablist" aria-label={text::finance::TABS.get(self.lang)}>
                            { for [
                                (ResultsView::Overview, "view-overview", text::finance::OVERVIEW),
                                (ResultsView::Finance, "view-finance", text::finance::FINANCE),
                                (ResultsView::Follow, "view-follow", text::follow::TAB),
                            ].into_iter().map(|(v, id, label)| html! {
                                <button type="button" role="tab" id={id} aria-selected={(self.view == v).to_string()}
                                    onclick={link.callback(move |_: MouseEvent| Msg::View(v))}>{ label.get(self.lang) }</button>
                            }) }
                        </nav>
                        if self.view == ResultsView::Finance {
                            <Finance report={shown.report.clone()} />
                        } else if self.view == ResultsView::Overview {
                            <section class="charts" aria-labelledby="charts-title">
                                <h2 id="charts-title">{ text::ui::CHARTS_TITLE.get(self.lang) }</h2>
                                <div class="chart-grid">
                                    { for ChartKind::ALL.iter().map(|k| html! {
                                        <ChartPanel kind={*k} report={shown.report.clone()} />
                                    }) }
                                </div>
                            </section>
                        }
                        // Kept when hidden, so that the story survives a look at the other views.
                        <div hidden={self.view != ResultsView::Follow}>
                            <FollowView scenario={Rc::new(shown.scenario.clone())} report={shown.report.clone()} />
                        </div>
                    </div>
                }
            }
            None => html! { <p class="placeholder">{ self.status() }</p> },
        };
        let shown_report = self.shown.as_ref().map(|s| s.report.clone());
        html! {
            <ContextProvider<Lang> context={self.lang}>
                <header class="top">
                    <div class="brand">
                        <h1>{ text::APP_NAME.get(self.lang) }</h1>
                        <p class="tagline">{ text::TAGLINE.get(self.lang) }</p>
                    </div>
                    <Toolbar scenario={self.draft.clone()} report={shown_report}
                        share_link={self.share_link.clone().map(AttrValue::from)}
                        examples={self.examples.clone()}
                        example={self.example.map(|i| (i, self.examples.get(i).is_some_and(|(_, e)| *e != *self.draft)))}
                        on_copy={link.callback(|_| Msg::CopyLink)}
                        on_example={link.callback(Msg::Example)}
                        on_upload={link.callback(Msg::Uploaded)}
                        on_experiment={link.callback(Msg::ExperimentExample)} />
                    <button type="button" class="small" id="open-lessons" title={text::lessons::OPEN_HELP.get(self.lang)}
                        aria-pressed={self.lesson.is_some().to_string()}
                        onclick={link.callback(|_: MouseEvent| Msg::Lesson(Some(Open::List)))}>{ text::lessons::OPEN.get(self.lang) }</button>
                    <button type="button" class="small" id="open-import" title={text::calibrate::OPEN_HELP.get(self.lang)}
                        onclick={link.callback(|_: MouseEvent| Msg::Import(true))}>{ text::calibrate::OPEN.get(self.lang) }</button>
                    <nav class="classroom-links" aria-label={text::quiz::CLASSROOM.get(self.lang)}>
                        <a class="button small" id="open-quiz" href={Route::Quiz.href()}
                            aria-current={matches!(self.classroom, Some(Route::Quiz)).then_some("page")}>{ text::quiz::QUIZ.get(self.lang) }</a>
                        <a class="button small" id="open-glossary" href={Route::Glossary(None).href()}
                            aria-current={matches!(self.classroom, Some(Route::Glossary(_))).then_some("page")}>{ text::quiz::GLOSSARY.get(self.lang) }</a>
                    </nav>
                    <LanguageSwitch current={self.lang} announce={self.lang_switched} on_pick={link.callback(Msg::Lang)} />
                </header>
                { self.classroom_view(ctx) }
                // The simulator stays mounted (its state kept) under a classroom view.
                <div class="simulator" hidden={self.classroom.is_some()}>
                <RunBar progress={self.running.as_ref().map(Running::fraction)} can_run={self.can_run()} live={self.live}
                    status={self.status()} problems={self.problems()}
                    can_undo={!self.undo.is_empty()} can_redo={!self.redo.is_empty()}
                    on_run={link.callback(|_| Msg::Run)} on_cancel={link.callback(|_| Msg::Cancel)}
                    on_live={link.callback(Msg::Live)} on_jump={link.callback(|_| Msg::Jump)}
                    on_undo={link.callback(|_| Msg::Undo)} on_redo={link.callback(|_| Msg::Redo)} />
                { notice.unwrap_or_default() }
                <nav class="tabs" role="tablist" aria-label={text::ui::TABS.get(self.lang)}>
                    <button type="button" role="tab" id="tab-scenario" aria-selected={(!self.results_tab).to_string()}
                        aria-controls="editor" onclick={link.callback(|_: MouseEvent| Msg::Tab(false))}>
                        { text::ui::EDITOR_TITLE.get(self.lang) }
                        if self.problems() > 0 { <span class="tab-count">{ format!(" ({})", self.problems()) }</span> }
                    </button>
                    <button type="button" role="tab" id="tab-results" aria-selected={self.results_tab.to_string()}
                        aria-controls="output" onclick={link.callback(|_: MouseEvent| Msg::Tab(true))}>{ text::ui::RESULTS_TITLE.get(self.lang) }</button>
                </nav>
                <main class={classes!("layout", self.folded.then_some("folded"), self.lesson.is_some().then_some("lesson-open"))}
                    data-tab={if self.results_tab { "results" } else { "scenario" }}>
                    if let Some(open) = self.lesson.clone() {
                        <LessonView {open} lang={self.lang} problem={self.lesson_problem.clone()}
                            result={self.shown.as_ref().filter(|_| !self.stale() && self.running.is_none())
                                .map(|s| (s.report.clone(), Rc::new(s.scenario.clone())))}
                            on_open={link.callback(Msg::Lesson)}
                            on_load={link.callback(|(s, n)| Msg::LessonLoad(Box::new(s), n))}
                            on_view={link.callback(Msg::LessonReveal)} />
                    }
                    <Editor scenario={self.draft.clone()} errors={self.all_errors.clone()} {on_edit}
                        on_typed={link.callback(|(k, e)| Msg::Typed(k, e))}
                        on_unreadable={link.callback(|(p, m)| Msg::Unreadable(p, m))}
                        epoch={self.epoch}
                        name_edited={changed_since_named(&self.draft, &self.name_basis)} />
                    <div class="output" id="output">
                        <button type="button" class="small fold" id="fold"
                            aria-expanded={(!self.folded).to_string()} aria-controls="editor"
                            onclick={link.callback({ let f = self.folded; move |_: MouseEvent| Msg::Fold(!f) })}>
                            { if self.folded { text::ui::UNFOLD.get(self.lang) } else { text::ui::FOLD.get(self.lang) } }
                        </button>
                        if self.importing {
                            <CalibrateView on_close={link.callback(|_| Msg::Import(false))}
                                on_simulate={link.callback(|s| Msg::Calibrated(Box::new(s)))} />
                        } else {
                        <nav class="view-tabs mode-tabs" role="tablist" aria-label={text::experiments::MODES.get(self.lang)}>
                            <button type="button" role="tab" id="mode-single" aria-selected={(!self.experiments_view).to_string()}
                                onclick={link.callback(|_: MouseEvent| Msg::ExperimentsView(false))}>{ text::experiments::SINGLE_RUN.get(self.lang) }</button>
                            <button type="button" role="tab" id="mode-experiments" aria-selected={self.experiments_view.to_string()}
                                onclick={link.callback(|_: MouseEvent| Msg::ExperimentsView(true))}>{ text::experiments::EXPERIMENTS.get(self.lang) }</button>
                        </nav>
                        <div hidden={self.experiments_view}>{ results }</div>
                        <div hidden={!self.experiments_view}>
                            <Experiments draft={self.draft.clone()} can_run={self.can_run()}
                                setup={self.experiment_setup.clone()} visible={self.experiments_view}
                                on_setup={link.callback(Msg::ExperimentSetup)}
                                on_scenario={link.callback(|s| Msg::Replace(Box::new(s), None))}
                                ms_per_customer_day={self.shown.as_ref().and_then(|s| crate::experiment_setup::ms_per_customer_day(
                                    s.part_ms, s.elapsed_ms, s.scenario.simulation.customers, s.scenario.simulation.days))} />
                        </div>
                        }
                    </div>
                </main>
                </div>
                <footer><p>{ text::ui::FOOTER.get(self.lang) }</p></footer>
            </ContextProvider<Lang>>
        }
    }
}
