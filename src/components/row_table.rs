//! An editable table (tier levels, discount steps, campaigns): one row per
//! item, with buttons to add and remove rows.

use crate::i18n::Lang;
use crate::text;
use yew::prelude::*;

/// One column: its text key in [`text::field`].
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Key in [`text::field`].
    pub key: &'static str,
}

impl Column {
    /// The column for a field key.
    pub fn of(key: &'static str) -> Column {
        Column { key }
    }
}

/// Properties of [`RowTable`].
#[derive(Properties, PartialEq, Clone)]
pub struct RowTableProps {
    /// Element id prefix.
    pub id: AttrValue,
    /// Table caption.
    pub caption: AttrValue,
    /// Columns.
    pub columns: Vec<Column>,
    /// Cells, row by row (inputs built by the editor).
    pub rows: Vec<Vec<Html>>,
    /// A message about the whole table.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Adds a row.
    pub on_add: Callback<()>,
    /// Removes the row at an index.
    pub on_remove: Callback<usize>,
}

/// The table.
#[function_component(RowTable)]
pub fn row_table(props: &RowTableProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let add = {
        let cb = props.on_add.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="row-table" id={format!("table-{}", props.id)}>
            <table>
                <caption>{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        { for props.columns.iter().map(|c| {
                            let t = text::field(lang, c.key);
                            html! { <th scope="col" title={t.help}>{ t.label }
                                if !t.unit.is_empty() { <span class="unit">{ format!(" ({})", t.unit) }</span> }
                            </th> }
                        }) }
                        <th scope="col"><span class="sr-only">{ text::ui::REMOVE_ROW.get(lang) }</span></th>
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().enumerate().map(|(i, cells)| {
                        let remove = {
                            let cb = props.on_remove.clone();
                            Callback::from(move |_: MouseEvent| cb.emit(i))
                        };
                        html! {
                            <tr>
                                { for cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }
                                <td>
                                    <button type="button" class="small" onclick={remove}
                                        aria-label={format!("{} {} {}", text::ui::REMOVE_ROW.get(lang), props.caption, i + 1)}>
                                        { text::ui::REMOVE_ROW.get(lang) }
                                    </button>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if let Some(e) = props.error.clone() {
                <p class="error" role="alert">{ e }</p>
            }
            <button type="button" class="small" onclick={add}
                aria-label={format!("{}: {}", props.caption, text::ui::ADD_ROW.get(lang))}>{ text::ui::ADD_ROW.get(lang) }</button>
        </div>
    }
}
