//! One chart on a canvas, with a PNG download button and an "Enlarge"
//! button that shows it over the whole window, drawn afresh at the
//! window's size in device pixels (so it is sharp on a projector).

use crate::charts::{self, ChartKind};
use crate::i18n::Lang;
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
    lang: Lang,
    kind: ChartKind,
    report: &Report,
    canvas: HtmlCanvasElement,
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D canvas context")?;
    // `charts::draw` clears the area and presents it itself.
    charts::draw(
        kind,
        report,
        text::charts(lang),
        &backend.into_drawing_area(),
    )
}

/// The canvas size for the whole window: 16:9 within it (less room for the
/// buttons), in device pixels.
fn window_size() -> (u32, u32) {
    let Some(w) = web_sys::window() else {
        return (WIDTH, HEIGHT);
    };
    let px = |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    };
    let (vw, vh) = (px(w.inner_width()) - 32.0, px(w.inner_height()) - 80.0);
    let dpr = w.device_pixel_ratio().clamp(1.0, 3.0);
    let width = vw.min(vh * 16.0 / 9.0).max(320.0);
    let (cw, ch) = (width * dpr, width * 9.0 / 16.0 * dpr);
    (cw.round() as u32, ch.round() as u32)
}

/// A chart, its enlarge and download buttons.
#[function_component(ChartPanel)]
pub fn chart_panel(props: &ChartPanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let canvas = use_node_ref();
    let failed = use_state(|| None::<String>);
    let big = use_state(|| false);
    let (width, height) = if *big { window_size() } else { (WIDTH, HEIGHT) };
    {
        let canvas = canvas.clone();
        let failed = failed.clone();
        let kind = props.kind;
        use_effect_with(
            (props.clone(), width, height, lang),
            move |(p, _, _, lang)| {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    let result = draw_on_canvas(*lang, kind, &p.report, c).err();
                    if *failed != result {
                        failed.set(result);
                    }
                }
            },
        );
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
    let toggle = {
        let big = big.clone();
        Callback::from(move |_: MouseEvent| big.set(!*big))
    };
    let on_key = {
        let big = big.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *big {
                big.set(false);
            }
        })
    };
    let desc = charts::description(props.kind, text::charts(lang));
    let (enlarge, enlarge_label) = if *big {
        (
            text::ui::CLOSE_CHART.get(lang),
            text::ui::CLOSE_CHART.get(lang),
        )
    } else {
        (
            text::ui::ENLARGE.get(lang),
            text::ui::ENLARGE_HELP.get(lang),
        )
    };
    html! {
        <figure class={classes!("chart", big.then_some("enlarged"))} id={format!("chart-{slug}")} onkeydown={on_key}
            role={big.then_some("dialog")} aria-modal={big.then_some("true")} aria-label={big.then_some(desc)}>
            <canvas ref={canvas} width={width.to_string()} height={height.to_string()} role="img" aria-label={desc}></canvas>
            if let Some(e) = (*failed).clone() {
                <p class="error">{ e }</p>
            }
            <figcaption>
                { super::glossary::term_chips(lang, crate::glossary_links::chart_terms(props.kind)) }
                <button type="button" class="small enlarge" onclick={toggle} aria-expanded={big.to_string()}
                    aria-label={format!("{enlarge_label}: {desc}")}>{ enlarge }</button>
                <button type="button" class="small png" onclick={download} aria-label={format!("{}: {}", text::ui::DOWNLOAD_PNG.get(lang), desc)}>{ text::ui::DOWNLOAD_PNG.get(lang) }</button>
            </figcaption>
        </figure>
    }
}
