//! Tests that run natively and, with `cargo test --target
//! wasm32-unknown-unknown --test browser`, in headless Chromium
//! (wasm-bindgen-test): the link codec, the report of a fixed scenario
//! (compared bit for bit with the same stored file natively and in the
//! browser, so the two are identical), and the key components rendering.

use loyalty_lab::link;
use loyalty_sim::{Report, Scenario};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

const FIXED_REPORT: &str = include_str!("fixtures/everything-2000x365.json");

/// The Red Cube example at 2,000 customers x 365 days with every mechanic
/// the editor offers switched on and one event of every kind (in a
/// monopoly, so the deregulation applies): the stored report covers every
/// cost and income component and every event natively and in the browser.
fn fixed_scenario() -> Scenario {
    let mut s = loyalty_lab::examples::all().remove(3).1;
    assert!(s.name.contains("Red Cube"));
    s.simulation.customers = 2_000;
    s.simulation.days = 365;
    s.market.alternatives = 0;
    loyalty_lab::defaults::every_mechanic(&mut s);
    s.events = loyalty_lab::defaults::every_event(s.simulation.days);
    // The editor's club is free; a fee makes its income show too.
    if let Some(club) = s.programme.as_mut().and_then(|p| p.club.as_mut()) {
        club.annual_fee = 24.0;
    }
    s
}

#[test]
fn fixed_scenario_books_every_component_and_has_every_event() {
    let r = loyalty_sim::run(&fixed_scenario()).unwrap();
    let kinds: Vec<&str> = r.events.iter().map(|e| e.kind.as_str()).collect();
    for k in loyalty_sim::Event::KINDS {
        assert!(kinds.contains(&k), "no {k} event in the fixture");
    }
    // Every cost and income component of the core's one list occurs.
    for (i, name) in loyalty_sim::LedgerDay::COSTS.iter().enumerate() {
        let v: f64 = r
            .monthly
            .iter()
            .map(|m| m.programme.cost.entries()[i].1)
            .sum();
        assert!(v > 0.0, "the fixture books nothing as {name}");
    }
    for (i, name) in loyalty_sim::LedgerDay::INCOME.iter().enumerate() {
        let v: f64 = r
            .monthly
            .iter()
            .map(|m| m.programme.income.entries()[i].1)
            .sum();
        assert!(v > 0.0, "the fixture books nothing as {name}");
    }
}

/// The fixed scenario's report through the workers' code path, as the page
/// drives it: the twin kept in worker A, the programme run sent as bytes
/// from worker B to A, A's report sent as JSON to the page.
fn report_via_worker_protocol() -> Report {
    use loyalty_lab::protocol::{Request, Response, WorkerState};
    use loyalty_sim::RunKind;
    let (mut a, mut b) = (WorkerState::default(), WorkerState::default());
    let scenario = fixed_scenario();
    let json = |r: &Request| serde_json::to_string(r).unwrap();
    let mut bytes = None;
    let keep = Request::Part {
        id: 1,
        scenario: scenario.clone(),
        kind: RunKind::Baseline,
        keep: true,
        max_customers: Some(1_000_000),
    };
    a.handle(&json(&keep), None, &mut |_, _| {});
    let send = Request::Part {
        id: 1,
        scenario,
        kind: RunKind::Programme,
        keep: false,
        max_customers: Some(1_000_000),
    };
    b.handle(&json(&send), None, &mut |_, attached| {
        if attached.is_some() {
            bytes = attached;
        }
    });
    let mut done = None;
    a.handle(
        &json(&Request::Combine { id: 1 }),
        bytes.as_deref(),
        &mut |r, _| {
            let text = serde_json::to_string(r).unwrap();
            if let Response::Done { report, .. } = serde_json::from_str(&text).unwrap() {
                done = Some(*report);
            }
        },
    );
    done.expect("a report")
}

#[test]
fn fixed_report_is_bit_identical_to_the_stored_one() {
    let got = report_via_worker_protocol();
    assert_eq!(got, loyalty_sim::run(&fixed_scenario()).unwrap());
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("UPDATE_FIXTURE").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/everything-2000x365.json"
        );
        std::fs::write(path, got.to_json_pretty() + "\n").unwrap();
        return;
    }
    let stored: Report = serde_json::from_str(FIXED_REPORT).expect("stored report");
    assert_eq!(got, stored);
    // Equal as numbers and equal as text.
    assert_eq!(got.to_json_pretty() + "\n", FIXED_REPORT);
    for (a, b) in got.monthly.iter().zip(&stored.monthly) {
        assert_eq!(a.programme.profit.to_bits(), b.programme.profit.to_bits());
        assert_eq!(a.programme.nps.to_bits(), b.programme.nps.to_bits());
    }
}

#[test]
fn links_round_trip() {
    for (_, s) in loyalty_lab::examples::all() {
        let fragment = link::encode(&s);
        assert_eq!(link::decode(&fragment), Ok(Some(s)));
    }
    assert_eq!(link::decode("#s=1.garbage!"), Err(link::LinkError::Damaged));
    let s = Scenario::default();
    let opened = link::open(&link::encode(&s)).unwrap().unwrap();
    assert_eq!(opened.model_version, Some(loyalty_sim::MODEL_VERSION));
    assert_eq!(
        link::open("#s=1.q64FAA").unwrap().unwrap().model_version,
        None
    );
    assert_eq!(
        link::decode("#s=1.q64FAA.m0"),
        Err(link::LinkError::Damaged)
    );
}

#[cfg(target_arch = "wasm32")]
mod components {
    use super::*;
    use loyalty_lab::charts::ChartKind;
    use loyalty_lab::components::chart_panel::ChartPanel;
    use loyalty_lab::components::editor::{Edit, Editor};
    use loyalty_lab::components::kpis::Kpis;
    use std::collections::HashMap;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;
    use yew::prelude::*;

    fn mount() -> web_sys::Element {
        let doc = web_sys::window().unwrap().document().unwrap();
        let div = doc.create_element("div").unwrap();
        doc.body().unwrap().append_child(&div).unwrap();
        div
    }

    async fn settle() {
        gloo_timers::future::TimeoutFuture::new(50).await;
    }

    #[derive(Properties, PartialEq)]
    struct KpisHost {
        report: Rc<Report>,
    }

    #[function_component]
    fn KpisWrap(p: &KpisHost) -> Html {
        html! { <Kpis report={p.report.clone()} has_programme=true has_points=true /> }
    }

    #[wasm_bindgen_test]
    async fn kpis_show_the_verdict_and_every_card() {
        let root = mount();
        let report = Rc::new(report_via_worker_protocol());
        assert_eq!(report.model_version, loyalty_sim::MODEL_VERSION);
        let expected = loyalty_lab::components::kpis::verdict_sentence(
            loyalty_lab::i18n::Lang::En,
            &report,
            true,
        );
        yew::Renderer::<KpisWrap>::with_root_and_props(root.clone(), KpisHost { report }).render();
        settle().await;
        let verdict = root
            .query_selector("[data-testid=verdict]")
            .unwrap()
            .unwrap();
        assert_eq!(verdict.text_content().unwrap(), expected);
        let model = root
            .query_selector("[data-testid=model-version]")
            .unwrap()
            .expect("the model version line");
        assert_eq!(
            model.text_content().unwrap(),
            loyalty_lab::text::ui::model_version(
                loyalty_lab::i18n::Lang::En,
                loyalty_sim::MODEL_VERSION
            )
        );
        for id in [
            "incremental-profit",
            "roi",
            "payback",
            "npv",
            "liability",
            "breakage",
            "retention",
            "nps",
            "uplift",
        ] {
            let card = root
                .query_selector(&format!("[data-kpi={id}] .kpi-value"))
                .unwrap();
            let text = card
                .unwrap_or_else(|| panic!("card {id}"))
                .text_content()
                .unwrap();
            assert!(!text.is_empty(), "{id}");
        }
    }

    #[derive(Properties, PartialEq)]
    struct EditorHost {
        scenario: Rc<Scenario>,
        errors: Rc<HashMap<String, String>>,
    }

    #[function_component]
    fn EditorWrap(p: &EditorHost) -> Html {
        let on_edit = Callback::from(|_: Edit| {});
        let on_typed = Callback::from(|_: (AttrValue, Edit)| {});
        html! { <Editor scenario={p.scenario.clone()} errors={p.errors.clone()} {on_edit} {on_typed} /> }
    }

    #[wasm_bindgen_test]
    async fn editor_labels_every_input_and_shows_errors() {
        let root = mount();
        // Every mechanic switched on, one event of each kind, and errors
        // at a field, an event's field and a whole event.
        let mut s = Scenario::default();
        s.market.alternatives = 0;
        loyalty_lab::defaults::every_mechanic(&mut s);
        s.events = loyalty_lab::defaults::every_event(s.simulation.days);
        let kinds: std::collections::BTreeSet<_> = s.events.iter().map(|e| e.kind()).collect();
        assert_eq!(kinds.len(), 8);
        s.business.gross_margin = 2.0;
        loyalty_lab::defaults::set_day(&mut s.events[2], 5_000);
        s.events.push(loyalty_sim::Event::Launch { day: 3 });
        s.programme.as_mut().unwrap().vip.as_mut().unwrap().segment =
            loyalty_sim::Segment::Lapsing { days: 0 };
        let errors: HashMap<String, String> = loyalty_sim::validate(&s)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.path, e.message))
            .collect();
        yew::Renderer::<EditorWrap>::with_root_and_props(
            root.clone(),
            EditorHost {
                scenario: Rc::new(s),
                errors: Rc::new(errors),
            },
        )
        .render();
        settle().await;
        let inputs = root.query_selector_all("input, select").unwrap();
        assert!(inputs.length() > 100, "only {} inputs", inputs.length());
        for i in 0..inputs.length() {
            let el: web_sys::Element = inputs.item(i).unwrap().dyn_into().unwrap();
            let id = el.id();
            assert!(!id.is_empty(), "an input without id");
            let label = root.query_selector(&format!("label[for='{id}']")).unwrap();
            assert!(label.is_some(), "no label for #{id}");
        }
        let margin = root
            .query_selector("#f-business-gross-margin-error")
            .unwrap()
            .unwrap();
        assert!(
            margin.text_content().unwrap().contains("0.95"),
            "{:?}",
            margin.text_content()
        );
        assert!(root.query_selector(".error-summary").unwrap().is_some());
        let error_at = |id: &str| {
            root.query_selector(&format!("#{id}-error"))
                .unwrap()
                .unwrap_or_else(|| panic!("no #{id}-error"))
                .text_content()
                .unwrap()
        };
        assert!(error_at("f-events-2--day").contains("horizon"));
        assert!(error_at("f-events-8-").contains("only once"));
        assert!(error_at("f-programme-vip-segment-days").contains("between"));
        // Every error in the summary links to an element on the page.
        let links = root.query_selector_all(".error-summary a").unwrap();
        assert!(links.length() >= 4, "{} summary links", links.length());
        for i in 0..links.length() {
            let a: web_sys::Element = links.item(i).unwrap().dyn_into().unwrap();
            let href = a.get_attribute("href").unwrap();
            assert!(
                root.query_selector(&href).unwrap().is_some(),
                "summary link {href} leads nowhere"
            );
            assert!(
                !a.text_content().unwrap().contains('['),
                "{href}: unlabelled"
            );
        }
    }

    #[derive(Properties, PartialEq)]
    struct ChartHost {
        report: Rc<Report>,
    }

    #[function_component]
    fn ChartWrap(p: &ChartHost) -> Html {
        html! { <ChartPanel kind={ChartKind::CumulativeProfit} report={p.report.clone()} /> }
    }

    #[wasm_bindgen_test]
    async fn a_chart_draws_on_its_canvas() {
        let root = mount();
        let report = Rc::new(report_via_worker_protocol());
        yew::Renderer::<ChartWrap>::with_root_and_props(root.clone(), ChartHost { report })
            .render();
        settle().await;
        let canvas: web_sys::HtmlCanvasElement = root
            .query_selector("canvas")
            .unwrap()
            .expect("a canvas")
            .dyn_into()
            .unwrap();
        let ctx: web_sys::CanvasRenderingContext2d = canvas
            .get_context("2d")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        let data = ctx.get_image_data(0.0, 0.0, 960.0, 540.0).unwrap().data();
        let non_white = data
            .chunks(4)
            .filter(|p| p[0] < 200 || p[1] < 200 || p[2] < 200)
            .count();
        assert!(non_white > 2_000, "only {non_white} drawn pixels");
        assert!(root.query_selector("canvas[aria-label]").unwrap().is_some());
    }

    #[wasm_bindgen_test]
    fn the_panic_message_says_the_work_is_safe_and_offers_the_details() {
        let document = web_sys::window().unwrap().document().unwrap();
        loyalty_lab::panic::show("first details").unwrap();
        loyalty_lab::panic::show("panicked at src/x.rs:1:1: boom").unwrap();
        let panels = document
            .query_selector_all(&format!("#{}", loyalty_lab::panic::PANEL_ID))
            .unwrap();
        assert_eq!(panels.length(), 1, "a second panic replaces the message");
        let panel = document
            .get_element_by_id(loyalty_lab::panic::PANEL_ID)
            .unwrap();
        let text = panel.text_content().unwrap();
        assert!(text.contains("scenario is safe"), "{text}");
        assert!(
            text.contains("boom") && !text.contains("first details"),
            "{text}"
        );
        assert_eq!(panel.get_attribute("role").as_deref(), Some("alertdialog"));
        assert!(document.get_element_by_id("panic-copy").is_some());
        assert!(document.get_element_by_id("panic-reload").is_some());
        panel.remove();
    }
}
