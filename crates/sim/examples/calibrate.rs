//! Prints headline KPIs and a few monthly series for a scenario file (model calibration aid).
//! Usage: cargo run --release -p loyalty-sim --example calibrate -- FILE [customers] [days]
use loyalty_sim::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut s = match args.get(1) {
        Some(f) if f != "default" => {
            let text = std::fs::read_to_string(f).expect("read scenario");
            parse_scenario(&text).expect("valid scenario")
        }
        _ => Scenario::default(),
    };
    if let Some(n) = args.get(2) {
        s.simulation.customers = n.parse().expect("customers");
    }
    if let Some(n) = args.get(3) {
        s.simulation.days = n.parse().expect("days");
    }
    let t = std::time::Instant::now();
    let r = run(&s).expect("run");
    let secs = t.elapsed().as_secs_f64();
    println!("{}", serde_json::to_string_pretty(&r.kpis).unwrap());
    println!("time {secs:.3}s");
    for m in &r.monthly {
        let p = &m.programme;
        let b = &m.baseline;
        println!(
            "m{} new {} exits {} def {} | base new {} exits {} def {} cust {}",
            m.month,
            p.new_customers,
            p.exits,
            p.defections,
            b.new_customers,
            b.exits,
            b.defections,
            b.customers
        );
    }
    println!("m  | rev      base_rev | active base | members | nps  base | sat   | ret  | abs lat spu none | loy mer hos def | aff norm eco forc hab");
    for m in &r.monthly {
        let p = &m.programme;
        let b = &m.baseline;
        println!(
            "{:2} | {:8.0} {:8.0} | {:6} {:6} | {:6} | {:5.1} {:5.1} | {:5.2} | {:.3} | {:.2} {:.2} {:.2} {:.2} | {:.2} {:.2} {:.2} {:.2} | {:.2} {:.2} {:.2} {:.2} {:.2}",
            m.month, p.revenue, b.revenue, p.active, b.active, p.members, p.nps, b.nps, p.satisfaction, p.retention_rate,
            p.loyalty.absolute, p.loyalty.latent, p.loyalty.spurious, p.loyalty.none,
            p.apostles.loyalists, p.apostles.mercenaries, p.apostles.hostages, p.apostles.defectors,
            p.commitments.affective, p.commitments.normative, p.commitments.economic, p.commitments.forced, p.commitments.habitual
        );
    }
}
