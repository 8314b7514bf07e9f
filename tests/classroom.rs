//! The classroom's lessons reveal the app's charts by slug: the two lists
//! agree, so a renamed or new chart cannot leave a lesson pointing nowhere.

use loyalty_classroom::lesson::CHART_SLUGS;
use loyalty_lab::charts::ChartKind;

#[test]
fn the_classrooms_chart_slugs_are_the_apps_chart_kinds() {
    let app: Vec<&str> = ChartKind::ALL
        .iter()
        .chain(ChartKind::FINANCE.iter())
        .map(|k| k.slug())
        .collect();
    assert_eq!(
        app, CHART_SLUGS,
        "update loyalty_classroom::lesson::CHART_SLUGS"
    );
}
