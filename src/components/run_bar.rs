//! Run controls: Run, Cancel, live update, progress and status.

use crate::text;
use yew::prelude::*;

/// Properties of [`RunBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct RunBarProps {
    /// Progress of the current run (0-1), if one is running.
    pub progress: Option<f64>,
    /// Whether the draft can run (it is valid).
    pub can_run: bool,
    /// Live update on.
    pub live: bool,
    /// Status line (timing, stale results, cancelled...).
    pub status: AttrValue,
    /// Start a run.
    pub on_run: Callback<()>,
    /// Cancel the run.
    pub on_cancel: Callback<()>,
    /// Switch live update.
    pub on_live: Callback<bool>,
}

/// The run bar.
#[function_component(RunBar)]
pub fn run_bar(props: &RunBarProps) -> Html {
    let run = {
        let cb = props.on_run.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="run-bar">
            <button type="button" class="primary" id="run" onclick={run} disabled={!props.can_run}>{ text::ui::RUN }</button>
            if let Some(p) = props.progress {
                <button type="button" id="cancel" onclick={cancel}>{ text::ui::CANCEL }</button>
                <progress id="progress" max="1" value={p.to_string()} aria-label={text::ui::PROGRESS_LABEL}></progress>
                <span class="status" aria-live="polite">{ text::progress(p) }</span>
            } else {
                <span class="status" id="status" aria-live="polite">{ props.status.clone() }</span>
            }
            <super::toggle::Toggle id="t-live" label={text::ui::LIVE} checked={props.live} on_toggle={props.on_live.clone()} />
            <span class="sr-only">{ text::ui::LIVE_HELP }</span>
        </div>
    }
}
