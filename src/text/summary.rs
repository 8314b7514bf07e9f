//! Headers and names of the summary CSV (its headers follow the language;
//! its numbers stay machine-readable: a dot for decimals, no grouping).

use crate::texts;

texts! {
    KPI = "Measure", "Mittari", "Mooss";
    VALUE = "Programme", "Ohjelma", "Programm";
    UNIT = "Unit", "Yksikkö", "Eenheet";
    TWIN = "Twin", "Kaksonen", "Zwilling";
    PROGRAMME = "programme", "ohjelma", "Programm";
    TWIN_PART = "twin", "kaksonen", "Zwilling";
    DIFFERENCE = "difference", "erotus", "Ënnerscheed";
    MONTH = "Month", "Kuukausi", "Mount";
    INCREMENTAL_PROFIT = "Incremental profit", "Lisävoitto", "Zousätzleche Gewënn";
    ROI = "ROI", "ROI", "ROI";
    PAYBACK = "Payback month", "Takaisinmaksukuukausi", "Mount vun der Amortisatioun";
    NPV = "NPV", "NPV", "NPV";
    REVENUE = "Revenue", "Liikevaihto", "Ëmsaz";
    GROSS_PROFIT = "Gross profit", "Myyntikate", "Bruttogewënn";
    PROFIT = "Profit", "Voitto", "Gewënn";
    PROGRAMME_COST = "Programme cost", "Ohjelman kustannukset", "Käschte vum Programm";
    DISCOUNTS = "Discounts", "Alennukset", "Rabatter";
    PROGRAMME_INCOME = "Programme income", "Ohjelman tulot", "Akommes vum Programm";
    LIABILITY = "Points liability", "Pistevastuu", "Punkteverbindlechkeet";
    BREAKAGE = "Breakage", "Vanhentuneet pisteet", "Verfall";
    ANNUAL_RETENTION = "Annual retention", "Vuotuinen asiakaspysyvyys", "Jäerlech Clientebindung";
    RETENTION = "Monthly retention", "Kuukausittainen asiakaspysyvyys", "Monatlech Clientebindung";
    ACTIVE = "Active customers", "Aktiiviset asiakkaat", "Aktiv Clienten";
    NPS = "NPS", "NPS", "NPS";
    MEMBERS = "Members at the end", "Jäsenet lopussa", "Memberen um Enn";
    NAIVE_UPLIFT = "Member uplift, naive", "Jäsenten lisäostot, naiivi", "Méiverkaf bei de Memberen, naiv";
    TRUE_UPLIFT = "Member uplift, true", "Jäsenten lisäostot, todellinen", "Méiverkaf bei de Memberen, richteg";
    UNIT_MONEY = "currency units", "rahayksikköä", "Währungseenheeten";
    UNIT_SHARE = "share: 0.3 = 30 %", "osuus: 0.3 = 30 %", "Undeel: 0.3 = 30 %";
    UNIT_ROI = "per currency unit spent", "käytettyä rahayksikköä kohden", "pro ausginn Währungseenheet";
    UNIT_SCORE = "score: -100 to 100", "pisteet: -100–100", "Score: -100 bis 100";
    UNIT_COUNT = "count", "lukumäärä", "Zuel";
    UNIT_MONTH = "month (empty: not within the horizon)", "kuukausi (tyhjä: ei aikajänteen sisällä)", "Mount (eidel: net am Zäitraum)";
}
