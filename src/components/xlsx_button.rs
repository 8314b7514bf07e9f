//! The spreadsheet download of the whole result: a button that has the
//! xlsx worker make the workbook (`xlsx_download`) in the page's language
//! (`xlsx_labels`), a line saying it is being made, and a sentence if it
//! fails. Every text is in `text::finance` and `text::xlsx`.

use crate::text::finance as t;
use crate::xlsx_download;
use loyalty_sim::Report;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`XlsxButton`].
#[derive(Properties, Clone)]
pub struct XlsxButtonProps {
    /// The report written.
    pub report: Rc<Report>,
}

impl PartialEq for XlsxButtonProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
    }
}

/// Where a download stands.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Making,
    Failed(String),
}

/// The "Download spreadsheet" button and its status line.
#[function_component(XlsxButton)]
pub fn xlsx_button(props: &XlsxButtonProps) -> Html {
    let lang = use_context::<crate::i18n::Lang>().unwrap_or_default();
    let status = use_state(|| Status::Idle);
    let onclick = {
        let (status, report) = (status.clone(), props.report.clone());
        Callback::from(move |_: MouseEvent| {
            if *status == Status::Making {
                return;
            }
            status.set(Status::Making);
            let status = status.clone();
            // The words of the language the page is in when it is pressed.
            let labels = crate::xlsx_labels::labels(lang, &report);
            xlsx_download::download(&report, labels, t::XLSX_FILE, move |r| {
                status.set(match r {
                    Ok(()) => Status::Idle,
                    Err(e) => Status::Failed(t::xlsx_failed(lang, &e)),
                });
            });
        })
    };
    let making = *status == Status::Making;
    html! {
        <div class="xlsx-download" id="xlsx-download">
            <button type="button" class="small xlsx" {onclick} disabled={making}
                aria-describedby="xlsx-download-note">{ t::XLSX_BUTTON.get(lang) }</button>
            <span id="xlsx-download-note" class="note" aria-live="polite">{
                match &*status {
                    Status::Idle => t::XLSX_NOTE.get(lang).to_string(),
                    Status::Making => t::XLSX_MAKING.get(lang).to_string(),
                    Status::Failed(msg) => msg.clone(),
                }
            }</span>
        </div>
    }
}
