//! The import's and the fit's own sentences in the reader's language, said
//! from their codes and numbers (`loyalty_calibrate`'s `RowIssue`,
//! `FitProblem`, `Convergence` and the import's counts): the rows left
//! out, how the fit went, and what the user should know about returns,
//! late customers and occasions of no value. English is the crate's own text.

use crate::format;
use crate::i18n::Lang;
use loyalty_calibrate::import::{BadRows, RowIssue};
use loyalty_calibrate::optimize::{Convergence, FitProblem};

fn n(l: Lang, v: usize) -> String {
    format::count(l, v as f64)
}

/// Why one row was left out.
pub fn row_issue(l: Lang, issue: &RowIssue) -> String {
    match (l, issue) {
        (Lang::En, i) => i.to_string(),
        (Lang::Fi, RowIssue::TooFewColumns { got, need }) => {
            format!(
                "siinä on {} saraketta, tarvitaan vähintään {}",
                n(l, *got),
                n(l, *need)
            )
        }
        (Lang::Lb, RowIssue::TooFewColumns { got, need }) => {
            format!(
                "huet {} Kolonnen, brauch der mindestens {}",
                n(l, *got),
                n(l, *need)
            )
        }
        (Lang::Fi, RowIssue::EmptyId) => "asiakastunnus puuttuu".into(),
        (Lang::Lb, RowIssue::EmptyId) => "d'Clientennummer ass eidel".into(),
        (Lang::Fi, RowIssue::NotADate { text, format }) => {
            format!("”{text}” ei ole päivämäärä muodossa {format}")
        }
        (Lang::Lb, RowIssue::NotADate { text, format }) => {
            format!("„{text}“ ass keen Datum am Format {format}")
        }
        (Lang::Fi, RowIssue::NotAnAmount { text, decimal }) => {
            format!("”{text}” ei ole summa desimaalierottimella ”{decimal}”")
        }
        (Lang::Lb, RowIssue::NotAnAmount { text, decimal }) => {
            format!("„{text}“ ass kee Betrag mam Dezimalzeechen „{decimal}“")
        }
        (Lang::Fi, RowIssue::NotAQuantity { text }) => format!("”{text}” ei ole määrä"),
        (Lang::Lb, RowIssue::NotAQuantity { text }) => format!("„{text}“ ass keng Quantitéit"),
    }
}

/// The rows left out, in a sentence with the first few named (`None`: none).
pub fn bad_rows(l: Lang, b: &BadRows) -> Option<String> {
    if l == Lang::En || b.count == 0 {
        return b.sentence();
    }
    let (line, column) = match l {
        Lang::Fi => ("rivi", "sarake"),
        _ => ("Zeil", "Kolonn"),
    };
    let named: Vec<String> = b
        .first
        .iter()
        .map(|p| {
            let what = row_issue(l, &p.issue);
            if p.column == 0 {
                format!("{line} {}: {what}", p.line)
            } else {
                format!("{line} {}, {column} {}: {what}", p.line, p.column)
            }
        })
        .collect();
    let more = b.count - b.first.len().min(b.count);
    let named = named.join("; ");
    let count = n(l, b.count);
    Some(match (l, more) {
        (Lang::Fi, 0) => format!("{count} riviä jätettiin pois ({named})"),
        (Lang::Fi, m) => format!(
            "{count} riviä jätettiin pois ({named} ja {} muuta)",
            n(l, m)
        ),
        (_, 0) => format!("{count} Zeile goufen ewechgelooss ({named})"),
        (_, m) => format!(
            "{count} Zeile goufen ewechgelooss ({named} an {} aner)",
            n(l, m)
        ),
    })
}

/// One reason a fit cannot be trusted.
pub fn fit_problem(l: Lang, p: &FitProblem) -> String {
    let fi = l == Lang::Fi;
    match p {
        _ if l == Lang::En => p.to_string(),
        FitProblem::NoFiniteLikelihood if fi => "mikään aloituspiste ei antanut äärellistä uskottavuutta: malli ei kuvaa aineistoa (tarkista, että lokissa on toistuvia ostoja ja positiivisia summia)".into(),
        FitProblem::NoFiniteLikelihood => "kee Startpunkt huet eng endlech Likelihood ginn: de Modell kann d'Donnéeën net beschreiwen (kuckt, ob de Log widderholl Akeef a positiv Beträg huet)".into(),
        FitProblem::IterationLimit { max } if fi => format!("haku pysähtyi {} askeleen rajaansa ennen kuin se asettui, joten parametrit eivät ehkä ole parhaat", n(l, *max as usize)),
        FitProblem::IterationLimit { max } => format!("d'Sich huet no hirer Limitt vun {} Schrëtt opgehalen, ier se sech gesat huet, d'Parameteren sinn dofir vläicht net déi bescht", n(l, *max as usize)),
        FitProblem::AtEdge { name, value } if fi => format!("{name} kasvoi arvoon {}, sen rajalle, mitä voidaan estimoida: aineisto ei määrää sitä", sci(l, *value)),
        FitProblem::AtEdge { name, value } => format!("{name} ass op {} gaangen, un de Rand vun deem, wat ee schätze kann: d'Donnéeë leeën et net fest", sci(l, *value)),
        FitProblem::FewStartsAgree { agreeing, starts } if fi => format!("vain {} aloituspistettä {}:stä päätyi parhaaseen sovitukseen: uskottavuudella on useita huippuja tai tasainen harjanne", n(l, *agreeing), n(l, *starts)),
        FitProblem::FewStartsAgree { agreeing, starts } => format!("just {} vun {} Startpunkten hunn déi bescht Upassung erreecht: d'Likelihood huet e puer Spëtzten oder e flaache Gruet", n(l, *agreeing), n(l, *starts)),
        FitProblem::Flat if fi => "uskottavuus on parhaassa pisteessä jonkin suunnan suhteen tasainen (ei keskivirhettä)".into(),
        FitProblem::Flat => "d'Likelihood ass um beschte Punkt an enger Richtung flaach (kee Standardfeeler)".into(),
    }
}

fn sci(l: Lang, v: f64) -> String {
    format!("{v:.3e}").replace('.', format::separators(l).1)
}

/// How a fit went, in a sentence; `log_likelihood` is the fit's.
pub fn convergence(l: Lang, c: &Convergence, log_likelihood: f64) -> String {
    if l == Lang::En {
        return c.message.clone();
    }
    let fi = l == Lang::Fi;
    if c.converged {
        let (agreeing, starts) = (n(l, c.agreeing_starts), n(l, c.starts));
        let ll = format::decimal(l, log_likelihood, 3);
        return if fi {
            format!("konvergoi: {agreeing}/{starts} aloituspistettä päätyi samaan parhaaseen uskottavuuden logaritmiin ({ll}), haku asettui, ja jokaisella parametrilla on äärellinen keskivirhe")
        } else {
            format!("konvergéiert: {agreeing} vun {starts} Startpunkten hunn dee selwechte beschte Logarithmus vun der Plausibilitéit erreecht ({ll}), d'Sich huet sech gesat, an all Parameter huet en endleche Standardfeeler")
        };
    }
    let why: Vec<String> = c.problems.iter().map(|p| fit_problem(l, p)).collect();
    let why = why.join("; ");
    if fi {
        format!("ei konvergoinut: {why}. Luvut ovat parhaat löydetyt. Kokeile pidempää kalibrointijaksoa (myöhäisempi kalibroinnin loppu), useampia asiakkaita, tai tarkista sarakkeet ja päivämäärät")
    } else {
        format!("net konvergéiert: {why}. D'Zuelen sinn déi bescht fonnt. Probéiert eng méi laang Kalibréierungsperiod (e méi spéit Enn vun der Kalibréierung), méi Clienten, oder kuckt d'Kolonnen an d'Datumer no")
    }
}

/// What the user should know about the import: the rows left out, the
/// returns, the customers after the calibration end and the occasions of
/// no value (each only when there is one).
pub fn notes(l: Lang, f: &ImportFacts) -> Vec<String> {
    let mut out: Vec<String> = bad_rows(l, &f.bad_rows).into_iter().collect();
    let fi = l == Lang::Fi;
    let en = l == Lang::En;
    let (rows, netted, left_out) = f.returns;
    if rows > 0 {
        let (r, nt, lo) = (n(l, rows), n(l, netted), n(l, left_out));
        out.push(match l {
            Lang::En => format!(
                "{r} return{} (negative amounts): {nt} netted against the same day's purchases, {lo} left out; {}",
                if rows == 1 { "" } else { "s" },
                loyalty_calibrate::summary::RETURNS_POLICY
            ),
            Lang::Fi => format!("{r} palautusta (negatiiviset summat): {nt} vähennettiin saman päivän ostoista, {lo} jätettiin pois; palautus ei ole osto: se vähennetään saman asiakkaan saman päivän ostoista, ja jätetään pois, jos asiakas ei ostanut sinä päivänä mitään"),
            Lang::Lb => format!("{r} Retouren (negativ Beträg): {nt} mat den Akeef vum selwechten Dag verrechent, {lo} ewechgelooss; eng Retour ass keen Akaf: se gëtt vun den Akeef vum selwechte Client um selwechten Dag ofgezunn, an ewechgelooss, wann dee Client deen Dag näischt kaaft huet"),
        });
    }
    if f.late > 0 {
        let c = n(l, f.late);
        out.push(if en {
            format!(
                "{c} customer{} first bought after the calibration end and {} not in the fit",
                if f.late == 1 { "" } else { "s" },
                if f.late == 1 { "is" } else { "are" }
            )
        } else if fi {
            format!("{c} asiakasta osti ensimmäisen kerran kalibroinnin lopun jälkeen, eikä heitä ole sovituksessa")
        } else {
            format!("{c} Clienten hunn fir d'éischt nom Enn vun der Kalibréierung kaaft a sinn net an der Upassung")
        });
    }
    if f.non_positive > 0 {
        let c = n(l, f.non_positive);
        out.push(if en {
            format!(
                "{c} purchase occasion{} of zero or negative value count as purchases but not in the spend model",
                if f.non_positive == 1 { "" } else { "s" }
            )
        } else if fi {
            format!("{c} ostokertaa, joiden arvo on nolla tai negatiivinen, lasketaan ostoiksi mutta ei ostosummamalliin")
        } else {
            format!("{c} Akafsgeleeënheeten ouni oder mat negativem Wäert zielen als Akeef, mee net am Ausgabemodell")
        });
    }
    out
}

/// The import's counts the notes are said from.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportFacts {
    /// The rows left out.
    pub bad_rows: BadRows,
    /// Returns: (rows, netted, left out).
    pub returns: (usize, usize, usize),
    /// Customers who first bought after the calibration end.
    pub late: usize,
    /// Purchase occasions of zero or negative value.
    pub non_positive: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_calibrate::import::RowProblem;

    fn facts() -> ImportFacts {
        ImportFacts {
            bad_rows: BadRows {
                count: 7,
                first: vec![
                    RowProblem::new(3, 0, RowIssue::TooFewColumns { got: 1, need: 3 }),
                    RowProblem::new(4, 1, RowIssue::EmptyId),
                    RowProblem::new(
                        5,
                        2,
                        RowIssue::NotADate {
                            text: "31.02.2024".into(),
                            format: "DD.MM.YYYY".into(),
                        },
                    ),
                    RowProblem::new(
                        6,
                        3,
                        RowIssue::NotAnAmount {
                            text: "lots".into(),
                            decimal: ',',
                        },
                    ),
                    RowProblem::new(7, 4, RowIssue::NotAQuantity { text: "x".into() }),
                ],
            },
            returns: (3, 2, 1),
            late: 4,
            non_positive: 2,
        }
    }

    #[test]
    fn english_is_the_crates_own_text() {
        let f = facts();
        let en = notes(Lang::En, &f);
        assert_eq!(en[0], f.bad_rows.sentence().unwrap());
        assert_eq!(en.len(), 4);
        assert!(
            en[1].starts_with("3 returns (negative amounts): 2 netted"),
            "{}",
            en[1]
        );
    }

    #[test]
    fn every_note_and_fit_sentence_is_in_finnish_and_luxembourgish() {
        let f = facts();
        let problems = vec![
            FitProblem::NoFiniteLikelihood,
            FitProblem::IterationLimit { max: 5000 },
            FitProblem::AtEdge {
                name: "alpha".into(),
                value: 1.5e9,
            },
            FitProblem::FewStartsAgree {
                agreeing: 1,
                starts: 12,
            },
            FitProblem::Flat,
        ];
        let failed = Convergence {
            converged: false,
            starts: 12,
            agreeing_starts: 1,
            iterations: 5000,
            message: "not converged".into(),
            problems: problems.clone(),
        };
        let ok = Convergence {
            converged: true,
            problems: Vec::new(),
            ..failed.clone()
        };
        for l in [Lang::Fi, Lang::Lb] {
            let mut said = notes(l, &f);
            said.push(convergence(l, &failed, -1234.5));
            said.push(convergence(l, &ok, -1234.5));
            said.extend(problems.iter().map(|p| fit_problem(l, p)));
            assert_eq!(said.len(), 4 + 2 + 5);
            for s in &said {
                for english in [
                    " line ", "column", "return", "customer", " not ", "the ", "starting",
                ] {
                    assert!(!s.contains(english), "{l:?}: {english:?} in {s}");
                }
            }
            // The first rows are named with their line numbers, then the rest counted.
            assert!(
                said[0].contains(" 3: ") && said[0].contains(" 7, "),
                "{}",
                said[0]
            );
            assert!(said[0].contains(" 2 "), "{}: 7 - 5 more", said[0]);
            assert!(said[1].starts_with("3 "), "{}", said[1]);
        }
        assert!(
            convergence(Lang::Fi, &ok, -1234.5).contains("−1\u{a0}234,500")
                || convergence(Lang::Fi, &ok, -1234.5).contains("-1\u{a0}234,500")
        );
    }
}
