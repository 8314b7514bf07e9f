//! How a command fails, and what exit code and message each failure gives.

use std::io::{self, Write};
use std::process::ExitCode;

/// Exit code for invalid input: unreadable file, bad JSON, failed validation,
/// bad command-line arguments (clap uses 2 as well).
pub const EXIT_INVALID: u8 = 2;
/// Exit code for everything else that went wrong (output errors, a cancelled run).
pub const EXIT_FAILURE: u8 = 1;

/// Why a command stopped.
#[derive(Debug)]
pub enum Failure {
    /// The input is invalid; one message per problem (exit code 2).
    Input(Vec<String>),
    /// Standard output was closed (e.g. `loyalty run x | head`): stop quietly.
    BrokenPipe,
    /// Anything else (exit code 1).
    Other(String),
}

impl Failure {
    /// One invalid-input message.
    pub fn input(msg: impl Into<String>) -> Self {
        Failure::Input(vec![msg.into()])
    }

    /// Prints the messages to standard error and returns the exit code.
    pub fn report(self) -> ExitCode {
        let mut err = io::stderr().lock();
        match self {
            Failure::Input(lines) => {
                for line in lines {
                    // Nothing sensible is left to do if standard error is gone too.
                    let _ = writeln!(err, "{line}");
                }
                ExitCode::from(EXIT_INVALID)
            }
            // The reader went away on purpose; that is not an error worth a message.
            Failure::BrokenPipe => ExitCode::SUCCESS,
            Failure::Other(msg) => {
                let _ = writeln!(err, "error: {msg}");
                ExitCode::from(EXIT_FAILURE)
            }
        }
    }
}

impl From<io::Error> for Failure {
    /// An error writing the output.
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Other(format!("cannot write the output: {e}"))
        }
    }
}

impl From<csv::Error> for Failure {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => io.into(),
            other => Failure::Other(format!("cannot write the CSV output: {other:?}")),
        }
    }
}

/// Writes `text` to standard output and flushes, mapping a closed pipe to
/// [`Failure::BrokenPipe`] instead of panicking like `print!` would.
pub fn write_stdout(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}
