//! One chart on a canvas ([`ChartFigure`], any [`Drawing`] of the app:
//! results, a customer's story, calibration diagnostics, experiments), with
//! a PNG download button and an "Enlarge" button that shows it over the
//! whole window. The canvas is drawn at the
//! size it is shown, in device pixels (its CSS size times the device pixel
//! ratio, followed with a `ResizeObserver` and redrawn, debounced, when it
//! changes), so its texts keep their size in CSS pixels
//! (`charts::tick_font_css_px`, exposed as `data-tick-px` for the tests).
//! The enlarged view is the same drawing at the window's size; a PNG is
//! drawn afresh at [`PNG_WIDTH`] x [`PNG_HEIGHT`].

use crate::charts::{self, ChartKind, Drawing};
use crate::i18n::Lang;
use crate::text;
use loyalty_sim::Report;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Canvas size in pixels before the chart's shown size is known (and of
/// the canvases not yet drawn at their shown size).
pub const WIDTH: u32 = 960;
/// Canvas height in pixels.
pub const HEIGHT: u32 = 540;
/// The size of a downloaded PNG (1080p, sharp on a slide).
pub const PNG_WIDTH: u32 = 1920;
/// The height of a downloaded PNG.
pub const PNG_HEIGHT: u32 = 1080;
/// How long the canvas waits after a resize before it redraws.
const RESIZE_DEBOUNCE_MS: u32 = 150;

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

/// Draws a results chart on a canvas element whose pixels are shown at
/// `dpr` device pixels per CSS pixel.
pub fn draw_on_canvas(
    lang: Lang,
    kind: ChartKind,
    report: &Report,
    canvas: HtmlCanvasElement,
    dpr: f64,
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D canvas context")?;
    // `charts::draw_at` clears the area and presents it itself.
    let area = backend.into_drawing_area();
    charts::draw_at(kind, report, text::charts(lang), &area, dpr)
}

/// Draws any chart on a canvas element whose pixels are shown at `dpr`
/// device pixels per CSS pixel.
pub fn draw_drawing(
    lang: Lang,
    drawing: &Drawing,
    canvas: HtmlCanvasElement,
    dpr: f64,
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D canvas context")?;
    // `Drawing::draw_at` clears the area and presents it itself.
    let start = crate::browser::now_ms();
    let result = drawing.draw_at(lang, &backend.into_drawing_area(), dpr);
    if matches!(drawing, Drawing::Experiment(..)) {
        super::experiment_results::add_draw_time(crate::browser::now_ms() - start);
    }
    result
}

/// The device pixel ratio, kept within 1-3 (a canvas of 4x would be huge).
fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|d| d.is_finite())
        .unwrap_or(1.0)
        .clamp(1.0, 3.0)
}

/// A canvas size in device pixels and its pixel ratio.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Size {
    w: u32,
    h: u32,
    dpr: f64,
}

const DESIGN: Size = Size {
    w: WIDTH,
    h: HEIGHT,
    dpr: 1.0,
};

/// The canvas's shown size in device pixels (`None` while it is not laid
/// out, e.g. in a hidden tab).
fn shown_size(c: &HtmlCanvasElement) -> Option<Size> {
    let (cw, ch) = (c.client_width(), c.client_height());
    if cw < 40 || ch < 20 {
        return None;
    }
    let dpr = device_pixel_ratio();
    Some(Size {
        w: (cw as f64 * dpr).round() as u32,
        h: (ch as f64 * dpr).round() as u32,
        dpr,
    })
}

/// The canvas size for the whole window: 16:9 within it (less room for the
/// buttons), in device pixels.
fn window_size() -> Size {
    let Some(w) = web_sys::window() else {
        return DESIGN;
    };
    let px = |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    };
    let (vw, vh) = (px(w.inner_width()) - 32.0, px(w.inner_height()) - 80.0);
    let dpr = device_pixel_ratio();
    let width = vw.min(vh * 16.0 / 9.0).max(320.0);
    let (cw, ch) = (width * dpr, width * 9.0 / 16.0 * dpr);
    Size {
        w: cw.round() as u32,
        h: ch.round() as u32,
        dpr,
    }
}

/// Follows the canvas's shown size: sets `size` now and after each resize
/// (debounced). Returns the observer's disconnect.
fn follow_size(canvas: HtmlCanvasElement, size: UseStateHandle<Size>) -> impl FnOnce() {
    let update = {
        let canvas = canvas.clone();
        Rc::new(move || {
            if let Some(s) = shown_size(&canvas) {
                if *size != s {
                    size.set(s);
                }
            }
        })
    };
    update();
    let pending = Rc::new(std::cell::RefCell::new(
        None::<gloo_timers::callback::Timeout>,
    ));
    let on_resize = {
        let pending = pending.clone();
        Closure::<dyn FnMut()>::new(move || {
            let update = update.clone();
            // Replacing the timeout cancels the one before.
            *pending.borrow_mut() = Some(gloo_timers::callback::Timeout::new(
                RESIZE_DEBOUNCE_MS,
                move || update(),
            ));
        })
    };
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    if let Some(o) = &observer {
        o.observe(&canvas);
    }
    move || {
        if let Some(o) = observer {
            o.disconnect();
        }
        drop(on_resize);
        pending.borrow_mut().take();
    }
}

/// Downloads the chart drawn afresh at [`PNG_WIDTH`] x [`PNG_HEIGHT`].
fn download_png(lang: Lang, drawing: &Drawing) {
    let Some(c) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
    else {
        return;
    };
    c.set_width(PNG_WIDTH);
    c.set_height(PNG_HEIGHT);
    if draw_drawing(lang, drawing, c.clone(), 1.0).is_ok() {
        if let Ok(url) = c.to_data_url() {
            let _ = crate::browser::download_url(&drawing.png_name(), &url);
        }
    }
}

/// A results chart, its enlarge and download buttons ([`ChartFigure`] of
/// a [`Drawing::Report`]).
#[function_component(ChartPanel)]
pub fn chart_panel(props: &ChartPanelProps) -> Html {
    html! { <ChartFigure drawing={Drawing::Report(props.kind, props.report.clone())} /> }
}

/// Properties of [`ChartFigure`].
#[derive(Properties, Clone, PartialEq)]
pub struct ChartFigureProps {
    /// The chart and its data.
    pub drawing: Drawing,
}

/// Any chart of the app, its enlarge and download buttons.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let canvas = use_node_ref();
    let failed = use_state(|| None::<String>);
    let big = use_state(|| false);
    let shown = use_state(|| DESIGN);
    {
        let canvas = canvas.clone();
        let shown = shown.clone();
        use_effect_with((), move |()| {
            let stop = canvas
                .cast::<HtmlCanvasElement>()
                .map(|c| follow_size(c, shown));
            move || {
                if let Some(stop) = stop {
                    stop()
                }
            }
        });
    }
    let size = if *big { window_size() } else { *shown };
    let (width, height) = (size.w, size.h);
    {
        let canvas = canvas.clone();
        let failed = failed.clone();
        use_effect_with(
            (
                props.drawing.clone(),
                width,
                height,
                size.dpr.to_bits(),
                lang,
            ),
            move |(d, _, _, dpr, lang)| {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    let dpr = f64::from_bits(*dpr);
                    let result = draw_drawing(*lang, d, c, dpr).err();
                    if *failed != result {
                        failed.set(result);
                    }
                }
            },
        );
    }
    let tick_px = charts::tick_font_css_px(width, height, size.dpr);
    let download = {
        let drawing = props.drawing.clone();
        Callback::from(move |_: MouseEvent| download_png(lang, &drawing))
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
    let desc = props.drawing.description(lang);
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
        <figure class={classes!("chart", big.then_some("enlarged"))} id={props.drawing.figure_id()} onkeydown={on_key}
            role={big.then_some("dialog")} aria-modal={big.then_some("true")} aria-label={big.then_some(desc)}>
            <canvas ref={canvas} width={width.to_string()} height={height.to_string()} role="img" aria-label={desc}
                data-tick-px={format!("{tick_px:.1}")}></canvas>
            if let Some(e) = (*failed).clone() {
                <p class="error">{ e }</p>
            }
            <figcaption>
                { super::glossary::term_chips(lang, props.drawing.terms()) }
                <button type="button" class="small enlarge" onclick={toggle} aria-expanded={big.to_string()}
                    aria-label={format!("{enlarge_label}: {desc}")}>{ enlarge }</button>
                <button type="button" class="small png" onclick={download} aria-label={format!("{}: {}", text::ui::DOWNLOAD_PNG.get(lang), desc)}>{ text::ui::DOWNLOAD_PNG.get(lang) }</button>
            </figcaption>
        </figure>
    }
}
