//! The transaction-log reader: every date format, delimiter and decimal
//! separator, BOM, CRLF, empty lines, headers, bad rows, returns, and the
//! clear errors (ambiguous dates, only first purchases).

use loyalty_calibrate::date::DateFormat;
use loyalty_calibrate::import::{self, Column, Delimiter, ImportError, ImportOptions};
use loyalty_calibrate::{calibrate, CalibrateError, Options};

fn read(text: &str) -> import::Import {
    import::read(text, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_date_format_is_detected() {
    let cases = [
        ("c1,2024-01-31,10.00\nc1,2024-02-13,5.50\n", DateFormat::Iso),
        ("c1,20240131,10.00\nc1,20240213,5.50\n", DateFormat::Compact),
        (
            "c1;31.01.2024;10,00\nc1;13.02.2024;5,50\n",
            DateFormat::DayDotMonth,
        ),
        (
            "c1,01/31/2024,10.00\nc1,02/13/2024,5.50\n",
            DateFormat::MonthSlashDay,
        ),
        (
            "c1,31/01/2024,10.00\nc1,13/02/2024,5.50\n",
            DateFormat::DaySlashMonth,
        ),
    ];
    for (text, format) in cases {
        let i = read(text);
        assert_eq!(i.detected.date_format, format, "{text}");
        assert!(i.detected.detected.contains(&"date_format"));
        assert_eq!(i.transactions.len(), 2);
        assert_eq!(i.transactions[1].day - i.transactions[0].day, 13, "{text}");
        assert_eq!(i.transactions[1].amount, 5.5, "{text}");
    }
}

#[test]
fn ambiguous_day_month_is_an_error_unless_chosen() {
    let text = "c1,01/02/2024,10\nc1,03/04/2024,5\n";
    match import::read(text, &ImportOptions::default()) {
        Err(e @ ImportError::AmbiguousDates { .. }) => {
            let m = e.to_string();
            assert!(m.contains("column 2") && m.contains("--date-format"), "{m}");
        }
        other => panic!("{other:?}"),
    }
    let chosen = ImportOptions {
        date_format: Some(DateFormat::DaySlashMonth),
        ..Default::default()
    };
    let i = import::read(text, &chosen).unwrap();
    // 1 February and 3 April.
    assert_eq!(i.transactions[1].day - i.transactions[0].day, 62);
}

#[test]
fn delimiters_and_decimal_commas() {
    let semicolon = read("asiakas;pvm;summa\nA;31.01.2024;1.234,50\nA;02.02.2024;12,5\n");
    assert_eq!(semicolon.detected.delimiter, Delimiter::Semicolon);
    assert_eq!(semicolon.detected.decimal, ',');
    assert!(semicolon.detected.header);
    assert_eq!(semicolon.transactions[0].amount, 1234.5);
    assert_eq!(semicolon.transactions[1].amount, 12.5);
    let tab = read("id\tdate\tamount\n7\t2024-01-01\t3.25\n");
    assert_eq!(tab.detected.delimiter, Delimiter::Tab);
    assert_eq!(tab.transactions[0].amount, 3.25);
    let quoted = read("id,date,amount\n7,2024-01-01,\"1,234.50\"\n");
    assert_eq!(quoted.detected.delimiter, Delimiter::Comma);
    assert_eq!(quoted.detected.decimal, '.');
    assert_eq!(quoted.transactions[0].amount, 1234.5);
    // The CDNOW layout: runs of spaces, no header, amount in the last column.
    let spaces = read(" 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n");
    assert_eq!(spaces.detected.delimiter, Delimiter::Whitespace);
    assert!(!spaces.detected.header);
    assert_eq!(spaces.detected.date_column.number, 3);
    assert_eq!(spaces.detected.amount_column.number, 5);
    assert_eq!(spaces.transactions[1].amount, 29.73);
    // A decimal comma given against a file of dots: every amount is bad, and said so.
    let wrong = ImportOptions {
        decimal: Some(','),
        ..Default::default()
    };
    match import::read("a,2024-01-01,1.5\n", &wrong) {
        Err(ImportError::NoGoodRows(bad)) => {
            assert!(bad.first[0].message.contains("decimal separator ','"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn bom_crlf_empty_lines_and_header_names() {
    let text = "\u{feff}Customer ID,Order Date,Net Sales\r\n\r\nx,2024-03-01,10\r\n\r\ny,2024-03-02,20\r\n\r\n";
    let i = read(text);
    assert!(i.detected.header);
    assert_eq!(i.rows, 2);
    assert_eq!(i.customers, 2);
    assert_eq!(i.detected.id_column.name.as_deref(), Some("Customer ID"));
    assert_eq!(i.detected.amount_column.number, 3);
    let by_name = ImportOptions {
        id: Some(Column::parse("customer id")),
        date: Some(Column::parse("ORDER DATE")),
        amount: Some(Column::parse("3")),
        ..Default::default()
    };
    assert_eq!(import::read(text, &by_name).unwrap().transactions.len(), 2);
    let missing = ImportOptions {
        amount: Some(Column::parse("price")),
        ..Default::default()
    };
    let e = import::read(text, &missing).unwrap_err().to_string();
    assert!(
        e.contains("no column is named \"price\"") && e.contains("Net Sales"),
        "{e}"
    );
    let too_far = ImportOptions {
        amount: Some(Column::Number(9)),
        ..Default::default()
    };
    let e = import::read(text, &too_far).unwrap_err().to_string();
    assert!(
        e.contains("the amount column is 9, but the rows have 3 columns"),
        "{e}"
    );
}

#[test]
fn bad_rows_are_named_by_line_and_column_and_counted() {
    let mut text = String::from("id,date,amount\n");
    for k in 0..10 {
        text.push_str(&format!("c{k},2024-01-0{},5\n", k % 9 + 1));
    }
    text.push_str("c1,2024-13-01,5\n"); // line 12: bad date
    text.push_str("c1,2024-01-05,abc\n"); // line 13: bad amount
    text.push_str(",2024-01-05,3\n"); // line 14: no id
    text.push_str("c1,2024-01-05\n"); // line 15: too few columns
    for _ in 0..4 {
        text.push_str("c2,yesterday,1\n");
    }
    let i = read(&text);
    assert_eq!(i.transactions.len(), 10);
    assert_eq!(i.bad_rows.count, 8);
    let first = &i.bad_rows.first;
    assert_eq!((first[0].line, first[0].column), (12, 2));
    assert_eq!((first[1].line, first[1].column), (13, 3));
    assert_eq!((first[2].line, first[2].column), (14, 1));
    assert_eq!((first[3].line, first[3].column), (15, 0));
    assert_eq!(first.len(), import::FIRST_BAD_ROWS);
    let s = i.bad_rows.sentence().unwrap();
    assert!(
        s.starts_with("8 rows were left out (line 12, column 2: \"2024-13-01\" is not a date"),
        "{s}"
    );
    assert!(s.ends_with("and 3 more)"), "{s}");
}

#[test]
fn empty_files_and_files_without_dates() {
    assert_eq!(
        import::read("", &ImportOptions::default()),
        Err(ImportError::Empty)
    );
    assert_eq!(
        import::read("\u{feff}\r\n\r\n", &ImportOptions::default()),
        Err(ImportError::Empty)
    );
    assert_eq!(
        import::read("id,date,amount\n", &ImportOptions::default()),
        Err(ImportError::Empty)
    );
    let e = import::read(
        "a,b,c\n1,x,3\n",
        &ImportOptions {
            header: Some(true),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(matches!(e, ImportError::NoDates { line: 2, .. }), "{e:?}");
}

fn opts() -> Options {
    Options {
        name: "test".into(),
        ..Options::default()
    }
}

/// A log in which customer `k` buys on the listed days of January to June 2024.
fn log(customers: &[&[u32]]) -> String {
    let mut s = String::from("id,date,amount\n");
    for (k, days) in customers.iter().enumerate() {
        for (j, d) in days.iter().enumerate() {
            let (m, dd) = (d / 28 + 1, d % 28 + 1);
            s.push_str(&format!("c{k},2024-{m:02}-{dd:02},{}\n", 10 + j + k % 7));
        }
    }
    s
}

#[test]
fn only_first_purchases_is_a_clear_message() {
    let text = log(&[&[0], &[3], &[10], &[40]]);
    let e = calibrate(
        &text,
        &Options {
            calibration_end: Some(19_900),
            ..opts()
        },
    )
    .unwrap_err();
    assert!(
        matches!(e, CalibrateError::NoRepeats { customers: 4, .. }),
        "{e:?}"
    );
    let m = e.to_string();
    assert!(
        m.contains("none of the 4 customers bought again") && m.contains("only a first purchase"),
        "{m}"
    );
}

#[test]
fn one_customer_gives_a_readable_result() {
    let text = log(&[&[0, 7, 20, 30, 41, 60, 85, 100, 120, 130]]);
    let c = calibrate(&text, &opts()).expect("one customer is a log");
    assert_eq!(c.import.cohort, 1);
    // One customer cannot pin four parameters down: said in words, numbers still there.
    assert!(c.bgnbd.r.is_finite() && !c.bgnbd.convergence.message.is_empty());
    loyalty_sim::validate(&c.scenario).expect("valid");
}

#[test]
fn same_day_returns_and_zero_amounts() {
    let text = "id,date,amount\n\
                a,2024-01-01,10\n\
                a,2024-01-01,5\n\
                a,2024-01-01,-3\n\
                a,2024-01-08,0\n\
                a,2024-01-15,-4\n\
                a,2024-01-20,-20\n\
                a,2024-01-20,8\n\
                a,2024-02-01,6\n\
                b,2024-01-02,7\n\
                b,2024-01-09,9\n\
                b,2024-03-01,9\n";
    let end = loyalty_calibrate::date::parse_iso("2024-02-15");
    let c = calibrate(
        text,
        &Options {
            calibration_end: end,
            ..opts()
        },
    )
    .unwrap();
    // a: Jan 1 (one occasion of 12), Jan 8 (0), Jan 20 (-12), Feb 1; the return on Jan 15 is left out.
    assert_eq!(c.import.occasions, 4 + 3);
    assert_eq!(c.import.returns.rows, 3);
    assert_eq!(c.import.returns.netted, 2);
    assert_eq!(c.import.returns.left_out, 1);
    assert_eq!(c.import.non_positive_occasions, 2);
    assert!(
        c.import.notes.iter().any(|n| n.contains("3 returns")),
        "{:?}",
        c.import.notes
    );
    // Spend: a's repeats of positive value: Feb 1 (6); b's: Jan 9 (9).
    let hist = &c.diagnostics.frequency_histogram;
    assert_eq!(hist[3].actual, 1.0, "a made 3 repeat purchases");
    assert_eq!(hist[1].actual, 1.0, "b made 1 by the calibration end");
}

#[test]
fn preview_splits_the_first_rows_with_their_lines() {
    let text = "\u{feff}id;date;amount\r\n\r\nc1;31.01.2024;10,00\r\nc2;01.02.2024;5,50\r\n";
    let (delimiter, rows) = import::preview(text, None, 2);
    assert_eq!(delimiter, Delimiter::Semicolon);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0],
        (1, vec!["id".into(), "date".into(), "amount".into()])
    );
    // The empty line 2 is skipped; the line numbers are the file's.
    assert_eq!(rows[1].0, 3);
    assert_eq!(rows[1].1[2], "10,00");
    let (_, all) = import::preview(text, Some(Delimiter::Comma), 10);
    assert_eq!(all.len(), 3);
    assert_eq!(
        all[0].1.len(),
        1,
        "one field per line with the wrong delimiter"
    );
    assert!(import::preview(text, None, 0).1.is_empty());
    // Line numbers with LF, CRLF and empty lines (the csv reader's own lag with CRLF).
    for text in [
        "a;b\nc;d\n\ne;f\n",
        "a;b\r\nc;d\r\n\r\ne;f\r\n",
        "\"a\nb\";c\r\nd;e\r\n",
    ] {
        let lines: Vec<u64> = import::preview(text, Some(Delimiter::Semicolon), 5)
            .1
            .iter()
            .map(|r| r.0)
            .collect();
        let want: &[u64] = if text.starts_with('"') {
            &[1, 3]
        } else {
            &[1, 2, 4]
        };
        assert_eq!(lines, want, "{text:?}");
    }
}
