//! How long each stage of a calibration takes, natively: `cargo run
//! --release -p loyalty-calibrate --example stages -- FILE [runs]`.
//! A benchmark (wall-clock time lives here, never in the library).

use loyalty_calibrate::{calibrate_imported_with, import, Options, Stage};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stages FILE [runs]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let o = Options::default();
    for run in 1..=runs {
        let t0 = Instant::now();
        let imported = match import::read(&text, &o.import) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2)
            }
        };
        let mut times: Vec<(Stage, f64)> = vec![(Stage::Read, 0.0)];
        let mut last = Stage::Read;
        let result = calibrate_imported_with(&imported, &o, &mut |stage, _| {
            if stage != last {
                times.push((stage, t0.elapsed().as_secs_f64()));
                last = stage;
            }
        });
        let total = t0.elapsed().as_secs_f64();
        if let Err(e) = result {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
        let mut line = format!("run {run}:");
        for (i, (stage, at)) in times.iter().enumerate() {
            let end = times.get(i + 1).map_or(total, |t| t.1);
            line.push_str(&format!(" {stage:?} {:.2}s", end - at));
        }
        println!("{line} | total {total:.2}s");
    }
}
