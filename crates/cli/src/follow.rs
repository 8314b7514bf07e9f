//! `loyalty follow`: one customer's life in the programme run and the twin
//! (`loyalty_sim::story`), as JSON.

use crate::failure::{write_stdout, Failure};
use crate::input;
use loyalty_sim::story::{follow, pick, Kind};

/// The kinds of customer `--kind` finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// Satisfied and staying at the end.
    Loyalist,
    /// Satisfied, not staying.
    Mercenary,
    /// Dissatisfied, staying (no workable alternative).
    Hostage,
    /// Defected to an alternative.
    Defector,
    /// A member who lost a tier.
    Demoted,
    /// Defected after a deregulation event.
    LeftAfterDeregulation,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Loyalist => Kind::Loyalist,
            KindArg::Mercenary => Kind::Mercenary,
            KindArg::Hostage => Kind::Hostage,
            KindArg::Defector => Kind::Defector,
            KindArg::Demoted => Kind::Demoted,
            KindArg::LeftAfterDeregulation => Kind::LeftAfterDeregulation,
        }
    }
}

/// The arguments of `loyalty follow`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("who").required(true).args(["customer", "kind"])))]
pub struct FollowArgs {
    /// Scenario file in JSON; `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: String,
    /// The customer's id (0 to the number simulated - 1; the day-0 customers first).
    #[arg(long, value_name = "ID")]
    customer: Option<u32>,
    /// A customer of this kind in the programme run (the first by id; see --nth).
    #[arg(long, value_enum, value_name = "KIND")]
    kind: Option<KindArg>,
    /// With --kind: the n-th such customer, counting from 0.
    #[arg(long, value_name = "N", default_value_t = 0, requires = "kind")]
    nth: usize,
}

/// Runs `loyalty follow`.
pub fn run(a: &FollowArgs) -> Result<(), Failure> {
    let s = input::load_scenario(&a.file)?;
    let id = match (a.customer, a.kind) {
        (Some(id), _) => id,
        (None, Some(kind)) => match pick(&s, kind.into(), a.nth).map_err(run_failed)? {
            Some(id) => id,
            None => {
                return Err(Failure::input(format!(
                    "--kind: the programme run has no {} customer {} (count from 0)",
                    clap::ValueEnum::to_possible_value(&kind)
                        .map(|v| v.get_name().to_string())
                        .unwrap_or_default(),
                    if a.nth == 0 {
                        "at all".to_string()
                    } else {
                        format!("number {}", a.nth)
                    }
                )))
            }
        },
        (None, None) => unreachable!("clap requires --customer or --kind"),
    };
    let story = follow(&s, id).map_err(run_failed)?;
    if story.programme.months.is_empty() && story.twin.months.is_empty() {
        return Err(Failure::input(format!(
            "--customer: no customer {id} in this run (ids start at 0 with the {} day-0 customers; arrivals follow)",
            s.simulation.customers
        )));
    }
    let json = serde_json::to_string_pretty(&story)
        .map_err(|e| Failure::Other(format!("cannot write the story: {e}")))?;
    write_stdout(&(json + "\n"))
}

fn run_failed(e: loyalty_sim::RunError) -> Failure {
    match e {
        loyalty_sim::RunError::Invalid(list) => input::field_errors(list),
        loyalty_sim::RunError::Cancelled => Failure::Other("the run was cancelled".into()),
    }
}
