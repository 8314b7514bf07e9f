//! The finance view: the waterfall and decile charts (with their PNG
//! downloads) and the waterfall, points roll-forward, tier and decile
//! tables, each with a CSV download; the whole result as a spreadsheet
//! (`xlsx_button`). Every number is the report's
//! (`finance_tables`, `charts`); every text is in `text::finance`.

use super::chart_panel::ChartPanel;
use super::xlsx_button::XlsxButton;
use crate::browser;
use crate::charts::ChartKind;
use crate::finance_tables::{TableKind, TABLES};
use crate::i18n::Lang;
use crate::text::finance as t;
use loyalty_sim::Report;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Finance`].
#[derive(Properties, Clone)]
pub struct FinanceProps {
    /// The report shown.
    pub report: Rc<Report>,
}

impl PartialEq for FinanceProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
    }
}

fn table(lang: Lang, kind: TableKind, report: &Rc<Report>) -> Html {
    let rows = kind.rows(lang, report);
    let download = {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = browser::download_text(&kind.file_name(), "text/csv", &kind.csv(&report));
        })
    };
    let id = format!("finance-{}", kind.slug);
    html! {
        <section class="finance-table" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <h3 id={format!("{id}-title")}>{ kind.caption.get(lang) }
                if let Some(term) = crate::glossary_links::table_term(kind.slug) {
                    { " " }{ super::glossary::help_link(lang, term) }
                }
            </h3>
            if rows.is_empty() {
                <p class="placeholder">{ kind.empty.get(lang) }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby={format!("{id}-title")}>
                    <table data-rows={rows.len().to_string()}>
                        <thead>
                            <tr>{ for kind.columns.iter().map(|c| html! { <th scope="col">{ crate::format::in_currency(lang, c.get(lang), &report.currency) }</th> }) }</tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr>{ for row.iter().map(|c| html! { <td>{ c.clone() }</td> }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if !rows.is_empty() {
                <button type="button" class="small csv" onclick={download}
                    aria-label={format!("{}: {}", t::DOWNLOAD_CSV.get(lang), kind.caption.get(lang))}>{ t::DOWNLOAD_CSV.get(lang) }</button>
            }
        </section>
    }
}

/// The finance view.
#[function_component(Finance)]
pub fn finance(props: &FinanceProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    html! {
        <section class="finance" id="finance" aria-labelledby="finance-title">
            <h2 id="finance-title">{ t::TITLE.get(lang) }</h2>
            <p class="intro">{ t::INTRO.get(lang) }</p>
            <XlsxButton report={props.report.clone()} />
            { super::goal::goal_panel(lang, &props.report) }
            <div class="chart-grid" aria-label={t::CHARTS_TITLE.get(lang)}>
                { for ChartKind::FINANCE.iter().map(|k| html! {
                    <ChartPanel kind={*k} report={props.report.clone()} />
                }) }
            </div>
            { for TABLES.iter().map(|k| table(lang, *k, &props.report)) }
        </section>
    }
}
