//! Share and files: copy link, scenario JSON download and upload, the
//! monthly CSV, examples and reset.

use crate::browser;
use crate::i18n::Lang;
use crate::text::{self, files, ui};
use loyalty_sim::{Report, Scenario};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`Toolbar`].
#[derive(Properties, Clone)]
pub struct ToolbarProps {
    /// The draft.
    pub scenario: Rc<Scenario>,
    /// The report on screen, if any.
    pub report: Option<Rc<Report>>,
    /// The share link made by the last "Copy link".
    pub share_link: Option<AttrValue>,
    /// "Copy link" pressed.
    pub on_copy: Callback<()>,
    /// The example scenarios of the menu (the default scenario first).
    pub examples: Rc<Vec<(crate::i18n::Tr, Scenario)>>,
    /// The example loaded, and whether the draft has changed since.
    pub example: Option<(usize, bool)>,
    /// Load example `i` (0, the default scenario, is also "Reset").
    pub on_example: Callback<usize>,
    /// A file's text was read (`None`: unreadable).
    pub on_upload: Callback<Option<String>>,
    /// Load bundled example experiment `i` (in the Experiments view).
    #[prop_or_default]
    pub on_experiment: Callback<usize>,
}

impl PartialEq for ToolbarProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario)
            && match (&self.report, &other.report) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.share_link == other.share_link
            && self.on_copy == other.on_copy
            && Rc::ptr_eq(&self.examples, &other.examples)
            && self.example == other.example
            && self.on_example == other.on_example
            && self.on_upload == other.on_upload
            && self.on_experiment == other.on_experiment
    }
}

/// The monthly results as CSV text (the same columns as the CLI's).
pub fn monthly_csv(report: &Report) -> String {
    let (_, rows) = report.monthly_table();
    let header = report.monthly_csv_header();
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut ok = w.write_record(&header).is_ok();
    for row in rows {
        // f64's Display prints whole numbers without ".0" and never uses exponents.
        ok &= w.write_record(row.iter().map(|v| v.to_string())).is_ok();
    }
    match (ok, w.into_inner()) {
        (true, Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The toolbar.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let copy = {
        let cb = props.on_copy.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let download_json = {
        let s = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = browser::download_text(
                files::SCENARIO_FILE,
                "application/json",
                &s.to_json_pretty(),
            );
        })
    };
    let download_csv = {
        let r = props.report.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = &r {
                let _ = browser::download_text(files::CSV_FILE, "text/csv", &monthly_csv(r));
            }
        })
    };
    let download_summary = {
        let r = props.report.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = &r {
                let _ = browser::download_text(
                    files::SUMMARY_FILE,
                    "text/csv",
                    &crate::summary_csv::summary_csv(lang, r),
                );
            }
        })
    };
    let upload = {
        let cb = props.on_upload.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|f| f.get(0));
            // Let the same file be picked again later.
            input.set_value("");
            if let Some(file) = file {
                let cb = cb.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    cb.emit(browser::read_file(file).await.ok());
                });
            }
        })
    };
    let pick = {
        let cb = props.on_example.clone();
        let experiment = props.on_experiment.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            // Example experiments are `x0`, `x1`, ...
            if let Some(i) = value
                .strip_prefix('x')
                .and_then(|v| v.parse::<usize>().ok())
            {
                experiment.emit(i);
            } else if let Ok(i) = value.parse::<usize>() {
                cb.emit(i);
            }
        })
    };
    // The menu shows the example loaded (the app decides; a select's
    // `selected` attributes do not move its choice once the user picked).
    let select_ref = use_node_ref();
    {
        let select_ref = select_ref.clone();
        // An edited example shows on the first line, so that choosing the
        // same example again loads it afresh.
        let value = match props.example {
            Some((i, false)) => i.to_string(),
            _ => String::new(),
        };
        use_effect(move || {
            if let Some(select) = select_ref.cast::<web_sys::HtmlSelectElement>() {
                if select.value() != value {
                    select.set_value(&value);
                }
            }
        });
    }
    let reset = {
        let cb = props.on_example.clone();
        Callback::from(move |_: MouseEvent| cb.emit(0))
    };
    html! {
        <nav class="toolbar" aria-label={ui::TOOLBAR.get(lang)}>
            <button type="button" id="copy-link" onclick={copy}>{ ui::COPY_LINK.get(lang) }</button>
            <label class="sr-only" for="examples">{ ui::EXAMPLES.get(lang) }</label>
            <select id="examples" onchange={pick} ref={select_ref}
                data-example={props.example.map(|(i, _)| i.to_string()).unwrap_or_default()}
                data-edited={props.example.is_some_and(|(_, e)| e).to_string()}>
                <option value="" disabled=true>{ match props.example {
                    Some((i, true)) => props.examples.get(i).map(|(name, _)| format!("{} ({})", name.get(lang), ui::EDITED.get(lang))).unwrap_or_default(),
                    _ => ui::EXAMPLE_PICK.get(lang).to_string(),
                } }</option>
                { for props.examples.iter().enumerate().map(|(i, (name, _))| html! {
                    <option value={i.to_string()}>{ name.get(lang) }</option>
                }) }
                <optgroup label={crate::text::experiments::EXAMPLE_GROUP.get(lang)}>
                    { for crate::text::experiments::EXAMPLES.iter().enumerate().map(|(i, name)| html! {
                        <option value={format!("x{i}")}>{ name.get(lang) }</option>
                    }) }
                </optgroup>
            </select>
            <button type="button" id="download-json" onclick={download_json}>{ ui::DOWNLOAD_JSON.get(lang) }</button>
            // The file input sits inside its label, so keyboard focus on it
            // outlines the visible "button".
            <label class="button" for="upload-json">
                { ui::UPLOAD_JSON.get(lang) }
                <input type="file" id="upload-json" class="visually-hidden-file" accept=".json,application/json" onchange={upload} />
            </label>
            <button type="button" id="download-summary" onclick={download_summary} disabled={props.report.is_none()}
                title={ui::DOWNLOAD_SUMMARY_HELP.get(lang)}>{ ui::DOWNLOAD_SUMMARY.get(lang) }</button>
            <button type="button" id="download-csv" onclick={download_csv} disabled={props.report.is_none()}
                title={ui::DOWNLOAD_CSV_HELP.get(lang)}>{ ui::DOWNLOAD_CSV.get(lang) }</button>
            <button type="button" id="reset" onclick={reset}>{ ui::RESET.get(lang) }</button>
            if let Some(l) = props.share_link.clone() {
                <div class="share-link">
                    <label for="share-link">{ ui::SHARE_LINK_LABEL.get(lang) }</label>
                    <input id="share-link" type="text" readonly=true value={l} />
                </div>
            }
            <span class="sr-only">{ text::APP_NAME.get(lang) }</span>
        </nav>
    }
}
