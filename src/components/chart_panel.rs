//! One chart on a canvas, with a PNG download button.

use crate::charts::{self, ChartKind};
use crate::text;
use loyalty_sim::Report;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Canvas size in pixels (scaled down by CSS; sharp on projectors).
pub const WIDTH: u32 = 960;
/// Canvas height in pixels.
pub const HEIGHT: u32 = 540;

/// Properties of [`ChartPanel`].
#[derive(Properties, Clone)]
pub struct ChartPanelProps {
    /// Which chart.
    pub kind: ChartKind,
    /// The report drawn.
    pub report: Rc<Report>,
}

impl PartialEq for ChartPanelProps {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind && Rc::ptr_eq(&self.report, &other.report)
    }
}

/// Draws a chart on a canvas element.
pub fn draw_on_canvas(
    kind: ChartKind,
    report: &Report,
    canvas: HtmlCanvasElement,
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D canvas context")?;
    // `charts::draw` clears the area and presents it itself.
    charts::draw(kind, report, &text::CHARTS, &backend.into_drawing_area())
}

/// A chart and its download button.
#[function_component(ChartPanel)]
pub fn chart_panel(props: &ChartPanelProps) -> Html {
    let canvas = use_node_ref();
    let failed = use_state(|| None::<String>);
    {
        let canvas = canvas.clone();
        let failed = failed.clone();
        let kind = props.kind;
        use_effect_with(props.clone(), move |p| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let result = draw_on_canvas(kind, &p.report, c).err();
                if *failed != result {
                    failed.set(result);
                }
            }
        });
    }
    let slug = props.kind.slug();
    let download = {
        let canvas = canvas.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                if let Ok(url) = c.to_data_url() {
                    let _ = crate::browser::download_url(&format!("loyalty-lab-{slug}.png"), &url);
                }
            }
        })
    };
    let desc = charts::description(props.kind, &text::CHARTS);
    html! {
        <figure class="chart" id={format!("chart-{slug}")}>
            <canvas ref={canvas} width={WIDTH.to_string()} height={HEIGHT.to_string()} role="img" aria-label={desc}></canvas>
            if let Some(e) = (*failed).clone() {
                <p class="error">{ e }</p>
            }
            <figcaption>
                <button type="button" class="small" onclick={download} aria-label={format!("{}: {}", text::ui::DOWNLOAD_PNG, desc)}>{ text::ui::DOWNLOAD_PNG }</button>
            </figcaption>
        </figure>
    }
}
