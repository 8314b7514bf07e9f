//! Run controls: Run (Restart while a run is going), Cancel, undo and redo,
//! the count of settings that stop a run with a jump to the first, live
//! update, progress and status.

use crate::i18n::Lang;
use crate::text;
use yew::prelude::*;

/// Properties of [`RunBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct RunBarProps {
    /// Progress of the current run (0-1), if one is running.
    pub progress: Option<f64>,
    /// Whether the draft can run (it is valid and every field reads).
    pub can_run: bool,
    /// Settings that stop a run (invalid values and unreadable text).
    #[prop_or_default]
    pub problems: usize,
    /// Live update on.
    pub live: bool,
    /// Status line (timing, stale results, cancelled...).
    pub status: AttrValue,
    /// There is a change to undo / to redo.
    #[prop_or_default]
    pub can_undo: bool,
    #[prop_or_default]
    pub can_redo: bool,
    /// Start a run.
    pub on_run: Callback<()>,
    /// Cancel the run.
    pub on_cancel: Callback<()>,
    /// Switch live update.
    pub on_live: Callback<bool>,
    /// Show the first setting that needs fixing.
    #[prop_or_default]
    pub on_jump: Callback<()>,
    #[prop_or_default]
    pub on_undo: Callback<()>,
    #[prop_or_default]
    pub on_redo: Callback<()>,
}

fn click(cb: &Callback<()>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(()))
}

/// The run bar.
#[function_component(RunBar)]
pub fn run_bar(props: &RunBarProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let running = props.progress.is_some();
    let (label, title) = if running {
        (
            text::ui::RESTART.get(lang),
            Some(text::ui::RESTART_HELP.get(lang)),
        )
    } else {
        (text::ui::RUN.get(lang), None)
    };
    html! {
        <div class="run-bar">
            <button type="button" class="primary" id="run" onclick={click(&props.on_run)} disabled={!props.can_run}
                title={title} aria-describedby={(!props.can_run).then_some("problems")}>{ label }</button>
            if !props.can_run && props.problems > 0 {
                <span class="problems" id="problems" data-count={props.problems.to_string()}>
                    { text::ui::problems(lang, props.problems) }
                    <button type="button" class="small" id="jump" title={text::ui::JUMP_HELP.get(lang)}
                        onclick={click(&props.on_jump)}>{ text::ui::JUMP.get(lang) }</button>
                </span>
            }
            if let Some(p) = props.progress {
                <button type="button" id="cancel" onclick={click(&props.on_cancel)}>{ text::ui::CANCEL.get(lang) }</button>
                <progress id="progress" max="1" value={p.to_string()} aria-label={text::ui::PROGRESS_LABEL.get(lang)}></progress>
                <span class="status" aria-live="polite">{ text::progress(lang, p) }</span>
            } else {
                <span class="status" id="status" aria-live="polite">{ props.status.clone() }</span>
            }
            <span class="history">
                <button type="button" class="small" id="undo" onclick={click(&props.on_undo)} disabled={!props.can_undo}
                    title={text::ui::UNDO_HELP.get(lang)} aria-keyshortcuts="Control+Z">{ text::ui::UNDO.get(lang) }</button>
                <button type="button" class="small" id="redo" onclick={click(&props.on_redo)} disabled={!props.can_redo}
                    title={text::ui::REDO_HELP.get(lang)} aria-keyshortcuts="Control+Shift+Z">{ text::ui::REDO.get(lang) }</button>
            </span>
            <super::toggle::Toggle id="t-live" label={text::ui::LIVE.get(lang)} checked={props.live} on_toggle={props.on_live.clone()} />
            <span class="sr-only">{ text::ui::LIVE_HELP.get(lang) }</span>
        </div>
    }
}
