//! # Loyalty Lab, the web app
//!
//! A Yew single-page app over the `loyalty-sim` core. The page edits a
//! scenario, sends it to a Web Worker that runs the core, and shows the
//! report as KPI cards and plotters charts. Share links carry the whole
//! scenario in the URL fragment; the draft is autosaved in `localStorage`.
//!
//! The app holds no model logic: every number on screen comes from the
//! core's report. See `ARCHITECTURE.md`.

#![forbid(unsafe_code)]

pub mod browser;
pub mod budget;
pub mod calibration;
pub mod chart_text;
pub mod charts;
pub mod classroom_data;
pub mod classroom_route;
pub mod components;
pub mod defaults;
pub mod examples;
pub mod experiment_examples;
pub mod experiment_files;
pub mod experiment_setup;
pub mod experiment_tables;
pub mod experiment_verdict;
pub mod finance_tables;
pub mod format;
pub mod glossary_links;
pub mod i18n;
pub mod lesson_link;
pub mod link;
pub mod number_input;
pub mod panic;
pub mod pool;
pub mod protocol;
pub mod story_view;
pub mod summary_csv;
pub mod text;
pub mod worker;
pub mod xlsx_download;
pub mod xlsx_labels;

/// Installs the panic message, mounts the app on the page's `<body>` and
/// registers the service worker that makes later visits work offline.
pub fn start_app() {
    panic::install();
    browser::register_service_worker();
    yew::Renderer::<components::app::App>::new().render();
}
