//! The Yew components, one per file.

pub mod app;
pub mod calibrate;
pub mod chart_panel;
pub mod cost_lines;
mod currency_field;
pub mod editor;
pub mod experiment_form;
pub mod experiment_results;
pub mod experiments;
pub mod finance;
pub mod follow;
pub mod goal;
pub mod kpis;
pub mod language;
pub mod mechanics;
pub mod num_field;
pub mod opening;
pub mod programme;
pub mod row_table;
pub mod run_bar;
pub mod select_field;
pub mod timeline;
pub mod toggle;
pub mod toolbar;
pub mod xlsx_button;
