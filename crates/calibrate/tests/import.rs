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

/// The records of `text` as the csv crate's reader splits them (the import
/// before it split unquoted records itself): each with its line (1 + the
/// `\n` before it), its fields trimmed, records without a non-blank field
/// left out; whitespace-separated files by lines.
fn records_by_csv(text: &str, delim: Delimiter) -> Vec<(u64, Vec<String>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = |f: &[&str]| f.iter().map(|s| s.trim().to_string()).collect::<Vec<_>>();
    let mut out = Vec::new();
    if delim == Delimiter::Whitespace {
        for (i, line) in text.lines().enumerate() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if !fields.is_empty() {
                out.push((i as u64 + 1, trimmed(&fields)));
            }
        }
        return out;
    }
    let byte = match delim {
        Delimiter::Comma => b',',
        Delimiter::Semicolon => b';',
        _ => b'\t',
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(byte)
        .from_reader(text.as_bytes());
    let bytes = text.as_bytes();
    let mut record = csv::StringRecord::new();
    let (mut seen_byte, mut seen_line) = (0usize, 1u64);
    while let Ok(true) = reader.read_record(&mut record) {
        let mut b = record.position().map_or(seen_byte, |p| p.byte() as usize);
        // The one difference: a second byte-order mark (which the csv crate
        // skips) no longer hides the empty lines after it from the count.
        if b == 0 && bytes.starts_with(b"\xef\xbb\xbf") {
            b = 3;
        }
        while b < bytes.len() && matches!(bytes[b], b'\r' | b'\n') {
            b += 1;
        }
        let b = b.max(seen_byte).min(bytes.len());
        seen_line += bytes[seen_byte..b].iter().filter(|&&c| c == b'\n').count() as u64;
        seen_byte = b;
        let fields: Vec<&str> = record.iter().collect();
        if !fields.iter().all(|s| s.trim().is_empty()) {
            out.push((seen_line, trimmed(&fields)));
        }
    }
    out
}

const DELIMITERS: [Delimiter; 4] = [
    Delimiter::Comma,
    Delimiter::Semicolon,
    Delimiter::Tab,
    Delimiter::Whitespace,
];

#[test]
fn records_are_split_as_the_csv_crate_splits_them() {
    let mut texts: Vec<String> = [
        "id,date,amount\nc1,2024-01-01,5\n",
        "\"c,1\",2024-01-01,\"1,234.50\"\r\nc2,2024-01-02,3\r\n",
        "\"a \"\"quoted\"\" id\",x\n\"two\nlines\",y\r\n\r\nlast,z",
        "\"ab\"cd,e\nmid\"quote,f\n",
        "\"unterminated,a\nb,c\n",
        "a,b\rc,d\r\re,f",
        "\u{feff}\u{feff}a,b\n\u{feff}\"c\",d\n",
        " , ,\n,,\n\t\n\"\",\"\"\n  x  ,  y  \n",
        "é,ü\n\"ß\",\"\u{a0}\"\n",
        "no end of line",
        "",
    ]
    .map(String::from)
    .to_vec();
    let alphabet = [
        "a", "1", ",", ";", "\t", "\"", "\"", "\r", "\n", "\r\n", " ", "é", "\u{feff}", "\u{a0}",
    ];
    let mut seed = 0x853c_49e6_748f_ea9bu64;
    for _ in 0..20_000 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let len = (seed >> 58) as usize;
        texts.push(
            (0..len)
                .map(|k| {
                    alphabet[(seed.rotate_left(5 * k as u32 + 7) >> 44) as usize % alphabet.len()]
                })
                .collect(),
        );
    }
    let mut quoted = 0;
    for text in &texts {
        for delim in DELIMITERS {
            let (_, got) = import::preview(text, Some(delim), usize::MAX);
            assert_eq!(got, records_by_csv(text, delim), "{delim:?} {text:?}");
        }
        quoted += usize::from(text.contains('"'));
    }
    assert!(quoted > 5_000, "{quoted}");
}

#[test]
fn quoted_fields_among_plain_ones() {
    let text = "id,date,amount\r\n\
                \"c1\",2024-01-01,\"1,234.50\"\r\n\
                c1,2024-01-03,5\r\n\
                \"c,2\",\"2024-01-02\",7\r\n\
                \"c\"\"3\",2024-01-04,\"8\"\r\n\
                \"multi\r\nline\",2024-01-05,9\r\n\
                c4,2024-13-01,1\r\n\
                c,2,2024-01-06,1\r\n";
    let i = read(text);
    assert_eq!(i.detected.decimal, '.');
    assert_eq!(i.rows, 7);
    let amounts: Vec<f64> = i.transactions.iter().map(|t| t.amount).collect();
    assert_eq!(amounts, [1234.5, 5.0, 7.0, 8.0, 9.0]);
    // "c1" quoted and c1 are one customer; "c,2", c"3 and the two-line id are three more.
    let customers: Vec<u32> = i.transactions.iter().map(|t| t.customer).collect();
    assert_eq!(customers, [0, 0, 1, 2, 3]);
    assert_eq!(i.customers, 4);
    // The lines after the two-line record are the file's.
    let bad: Vec<(u64, usize)> = i
        .bad_rows
        .first
        .iter()
        .map(|p| (p.line, p.column))
        .collect();
    assert_eq!(bad, [(8, 2), (9, 2)]);
    assert_eq!(
        i.bad_rows.first[1].message,
        "\"2\" is not a date in the format YYYY-MM-DD"
    );
    // A decimal comma in quotes, in a comma-separated file.
    let comma = read("c1,2024-01-01,\"12,50\"\nc1,2024-01-02,3\n");
    assert_eq!(comma.detected.decimal, ',');
    assert_eq!(comma.transactions[0].amount, 12.5);
}

#[test]
fn lone_carriage_returns_and_blank_records() {
    // Old Mac line ends: one line (no \n), three records.
    let i = read("id,date,amount\rc1,2024-01-01,1\rc2,2024-01-02,x\rc2,2024-01-03,2\r");
    assert_eq!(i.rows, 3);
    assert_eq!(
        (i.bad_rows.first[0].line, i.bad_rows.first[0].column),
        (1, 3)
    );
    // A second byte-order mark is skipped, and the empty line after it counted.
    let comma = ImportOptions {
        delimiter: Some(Delimiter::Comma),
        ..Default::default()
    };
    let text = "\u{feff}\u{feff}\nc1,2024-01-01,1\nc1,2024-01-02,x\nc1,2024-01-03,1\n";
    let i = import::read(text, &comma).unwrap();
    assert_eq!(i.bad_rows.first[0].line, 3);
    let (_, rows) = import::preview("\u{feff}\u{feff}\r\n\"c1\",2\n", Some(Delimiter::Comma), 1);
    assert_eq!(rows, [(2, vec!["c1".to_string(), "2".to_string()])]);
    // Blank records (spaces, empty fields) are not rows, but their lines count.
    let i = read("c1,2024-01-01,1\n  \n,,\n\t,\nc1,2024-01-09,oops\nc1,2024-01-10,2\n");
    assert_eq!(i.rows, 3);
    assert_eq!(i.bad_rows.first[0].line, 5);
}

#[test]
fn the_whole_file_settles_the_date_format_not_its_first_rows() {
    // 300 rows that read either way, then one that only reads day first.
    let mut text = String::new();
    for k in 0..300 {
        text.push_str(&format!(
            "c{},0{}/0{}/2024,1\n",
            k % 7,
            k % 9 + 1,
            k % 8 + 1
        ));
    }
    text.push_str("c1,13/02/2024,2\n");
    let i = read(&text);
    assert_eq!(i.detected.date_format, DateFormat::DaySlashMonth);
    assert_eq!(i.transactions.len(), 301);
    let (first, last) = (i.transactions[0].day, i.transactions[300].day);
    // 1 January and 13 February.
    assert_eq!(last - first, 43);
    // 250 rows month first, then 300 day first: day first, and the 250 are bad rows.
    let mut text = String::from("id,date,amount\n");
    for k in 0..250 {
        text.push_str(&format!("c{k},01/{}/2024,1\n", 13 + k % 15));
    }
    for k in 0..300 {
        text.push_str(&format!("c{k},{}/01/2024,1\n", 13 + k % 15));
    }
    let i = read(&text);
    assert_eq!(i.detected.date_format, DateFormat::DaySlashMonth);
    assert_eq!(
        (i.rows, i.transactions.len(), i.bad_rows.count),
        (550, 300, 250)
    );
    assert_eq!(
        (i.bad_rows.first[0].line, i.bad_rows.first[0].column),
        (2, 2)
    );
    assert_eq!(
        i.bad_rows.first[0].message,
        "\"01/13/2024\" is not a date in the format DD/MM/YYYY"
    );
    // Ambiguous in the first rows and in the whole file: an error naming the first date.
    let text = "c1,01/02/2024,1\n".repeat(400);
    match import::read(&text, &ImportOptions::default()) {
        Err(ImportError::AmbiguousDates { column: 2, example }) => {
            assert_eq!(example, "01/02/2024")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn quantities_are_totalled_and_checked() {
    let o = ImportOptions {
        quantity: Some(Column::Number(4)),
        ..Default::default()
    };
    let i = import::read(
        "id,date,amount,qty\na,2024-01-01,5,2\na,2024-01-02,6,x\nb,2024-01-03,7,\"1,5\"\n",
        &ImportOptions {
            decimal: Some(','),
            ..o.clone()
        },
    )
    .unwrap();
    assert_eq!(i.quantity_total, Some(3.5));
    assert_eq!(i.transactions.len(), 2);
    let p = &i.bad_rows.first[0];
    assert_eq!((p.line, p.column), (3, 4));
    assert_eq!(p.message, "\"x\" is not a quantity");
    // Without a quantity column, no total.
    assert_eq!(read("a,2024-01-01,5\n").quantity_total, None);
}
