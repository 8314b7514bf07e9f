//! `loyalty-fuzz --target T --iterations N [--seed S] [--customers C] [--days D] [--keep]`:
//! runs N inputs of a target (see the library's docs), prints the totals
//! and every failure, and with `--keep` writes each failing input to
//! `crates/fuzz/regressions/<target>/`. Exit code 1 if anything failed.

use loyalty_fuzz::{gen::Size, run, TARGETS, TEST_SIZE};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let number = |name: &str, default: u64| -> Result<u64, String> {
        value(name).map_or(Ok(default), |v| {
            v.parse()
                .map_err(|_| format!("{name} must be a whole number, got {v}"))
        })
    };
    let parsed = (|| -> Result<(Vec<String>, u64, u64, Size), String> {
        let target = value("--target").unwrap_or_else(|| "all".into());
        let targets = if target == "all" {
            TARGETS.iter().map(|t| t.to_string()).collect()
        } else if TARGETS.contains(&target.as_str()) {
            vec![target]
        } else {
            return Err(format!(
                "--target must be one of {} or all",
                TARGETS.join(", ")
            ));
        };
        let size = Size {
            customers: number("--customers", TEST_SIZE.customers as u64)? as u32,
            days: number("--days", TEST_SIZE.days as u64)? as u32,
        };
        Ok((
            targets,
            number("--iterations", 1_000)?,
            number("--seed", 1)?,
            size,
        ))
    })();
    let (targets, iterations, seed, size) = match parsed {
        Ok(p) => p,
        Err(e) => {
            eprintln!("loyalty-fuzz: {e}");
            eprintln!("usage: loyalty-fuzz --target link|scenario|protocol|valid|experiment|log|request|all --iterations N [--seed S] [--customers C] [--days D] [--keep]");
            return ExitCode::from(2);
        }
    };
    let keep = args.iter().any(|a| a == "--keep");
    let mut failed = false;
    for target in targets {
        let start = Instant::now();
        let t = run(&target, seed, iterations, size);
        println!(
            "{target}: {} inputs ({} accepted, {} refused), {} failures, {:.1} s",
            t.tried,
            t.accepted,
            t.refused,
            t.failures.len(),
            start.elapsed().as_secs_f64()
        );
        for (n, why, input) in &t.failures {
            failed = true;
            println!("  input {n} (seed {seed}): {why}");
            if keep {
                let dir = format!("{}/regressions/{target}", env!("CARGO_MANIFEST_DIR"));
                let path = format!("{dir}/seed{seed}-input{n}");
                let written =
                    std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, input));
                match written {
                    Ok(()) => println!("  kept as {path}"),
                    Err(e) => println!("  could not keep it: {e}"),
                }
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
