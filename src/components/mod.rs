//! The Yew components, one per file.

pub mod app;
pub mod chart_panel;
pub mod editor;
pub mod kpis;
pub mod num_field;
pub mod row_table;
pub mod run_bar;
pub mod select_field;
pub mod toggle;
pub mod toolbar;
