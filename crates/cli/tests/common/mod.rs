//! What the `loyalty` binary's tests share: running it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `loyalty` with `args`, feeding `stdin` (or nothing) to it.
pub fn loyalty(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_loyalty"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the loyalty binary starts");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        let text = text.to_owned();
        // A writer thread, so that a child which stops reading early (or
        // writes a lot before reading) cannot deadlock the test.
        std::thread::spawn(move || {
            let _ = pipe.write_all(text.as_bytes());
        });
    }
    let out = child
        .wait_with_output()
        .expect("the loyalty binary finishes");
    assert_no_panic(&out);
    out
}

/// Fails the test if the binary panicked.
pub fn assert_no_panic(out: &Output) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "the binary panicked:\n{err}"
    );
}
