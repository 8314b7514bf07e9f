//! The sweep's and the tornado's number tables (beside their charts).

use crate::texts;

texts! {
    SWEEP_TABLE = "The sweep's points: the KPI over the seeds", "Parametrihaun pisteet: tunnusluku siemenlukujen yli", "D'Punkte vum Duerchlaf: d'Kennzuel iwwer d'Startwäerter";
    TORNADO_TABLE = "The bars: the KPI at each parameter's low and high value", "Pylväät: tunnusluku kunkin parametrin ala- ja yläarvolla", "D'Balken: d'Kennzuel beim déiwen an héije Wäert vun all Parameter";
    P5 = "5 % quantile", "5 %:n kvantiili", "Quantil vu 5 %";
    P95 = "95 % quantile", "95 %:n kvantiili", "Quantil vu 95 %";
    MEETS = "Meets the constraints", "Täyttää rajoitteet", "Erfëllt d'Bedéngungen";
    OPTIMUM_COLUMN = "Optimum", "Optimi", "Beschte Punkt";
    /// The optimum's row's mark.
    OPTIMUM_MARK = "★ best", "★ paras", "★ dat Bescht";
    YES = "yes", "kyllä", "jo";
    NO = "no", "ei", "nee";
    LOW_VALUE = "Low value", "Alaraja", "Déiwe Wäert";
    HIGH_VALUE = "High value", "Yläraja", "Héije Wäert";
    AT_LOW = "Median at the low value", "Mediaani alarajalla", "Median beim déiwe Wäert";
    AT_HIGH = "Median at the high value", "Mediaani ylärajalla", "Median beim héije Wäert";
    SWING = "Swing", "Vaihteluväli", "Ausschlag";
    DOWNLOAD = "Download table (CSV)", "Lataa taulukko (CSV)", "Tabell eroflueden (CSV)";
}

/// The sweep table's file name.
pub const SWEEP_FILE: &str = "loyalty-lab-sweep-points.csv";
/// The tornado table's file name.
pub const TORNADO_FILE: &str = "loyalty-lab-tornado-bars.csv";
