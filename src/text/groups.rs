//! Group titles and descriptions of the scenario editor.

use crate::texts;

texts! {
    SIMULATION = "Simulation", "Simulaatio", "Simulatioun";
    SIMULATION_HELP = "How many customers, for how long, and the random seed (the same seed gives the same numbers anywhere).",
        "Kuinka monta asiakasta, kuinka pitkään, ja satunnaissiemen (sama siemen antaa samat luvut missä tahansa).",
        "Wéi vill Clienten, wéi laang, an d'Zoufallszuel (déi selwecht Zuel gëtt iwwerall déi selwecht Resultater).";
    BUSINESS = "Business and costs", "Liiketoiminta ja kustannukset", "Geschäft a Käschten";
    BUSINESS_HELP = "The firm's prices, margin and quality, and the programme's costs.",
        "Yrityksen hinnat, kate ja laatu sekä ohjelman kustannukset.",
        "D'Präisser, d'Marge an d'Qualitéit vun der Firma, an d'Käschte vum Programm.";
    CUSTOMERS = "Customers", "Asiakkaat", "Clienten";
    CUSTOMERS_HELP = "How often customers buy, how much, and how they react to prices and rewards.",
        "Kuinka usein ja kuinka paljon asiakkaat ostavat ja miten he reagoivat hintoihin ja palkkioihin.",
        "Wéi dacks a wéi vill d'Clienten kafen, a wéi se op Präisser a Belounungen reagéieren.";
    MARKET = "Market and competition", "Markkinat ja kilpailu", "Maart a Konkurrenz";
    MARKET_HELP = "The alternatives customers have, and word of mouth.", "Asiakkaiden vaihtoehdot ja suusanallinen viestintä.", "D'Alternativen, déi d'Clienten hunn, an d'Mond-zu-Mond-Propaganda.";
    PROGRAMME = "Programme", "Ohjelma", "Programm";
    PROGRAMME_HELP = "The loyalty programme you are designing. Switch mechanics on and off and configure them.",
        "Suunnittelemasi kanta-asiakasohjelma. Ota mekanismeja käyttöön ja pois käytöstä ja määritä ne.",
        "De Loyalitéitsprogramm, deen Dir entwerft. Schalt Mechanismen an an aus a stellt se an.";
    PROGRAMME_SWITCH = "Run a loyalty programme", "Käytä kanta-asiakasohjelmaa", "E Loyalitéitsprogramm bedreiwen";
    PROGRAMME_COSTS = "Programme costs", "Ohjelman kustannukset", "Käschte vum Programm";
    ENROLMENT = "Enrolment and card", "Liittyminen ja kortti", "Bäitrëtt a Kaart";
    DISCOUNT = "Discount for card holders", "Kortinhaltijoiden alennus", "Rabatt fir Kaarteninhaber";
    DISCOUNT_NONE = "No discount", "Ei alennusta", "Kee Rabatt";
    DISCOUNT_FLAT = "Flat discount", "Kiinteä alennus", "Fixe Rabatt";
    DISCOUNT_PROGRESSIVE = "Progressive discount (grows with spend)", "Porrastettu alennus (kasvaa ostojen myötä)", "Progressive Rabatt (wiisst mat den Ausgaben)";
    DISCOUNT_KIND = "Kind of discount", "Alennuksen laji", "Zort vu Rabatt";
    DISCOUNT_STEPS = "Discount steps", "Alennusportaat", "Rabattstufen";
    POINTS = "Points (bonus)", "Pisteet (bonus)", "Punkten (Bonus)";
    POINTS_SWITCH = "Members earn points", "Jäsenet ansaitsevat pisteitä", "Memberen sammele Punkten";
    CAMPAIGNS = "Accrual campaigns", "Kertymäkampanjat", "Sammelcampagnen";
    TIERS = "Status tiers", "Statustasot", "Statusstufen";
    TIERS_SWITCH = "Members earn status tiers", "Jäsenet ansaitsevat statustasoja", "Memberen erreechen Statusstufen";
    TIER_LEVELS = "Tier levels", "Tasot", "Stufen";
    GIFT = "Gift with purchase", "Ostoslahja", "Kaddo beim Akaf";
    GIFT_SWITCH = "Hand out a gift with every purchase for a period", "Anna lahja jokaisen ostoksen yhteydessä tietyn ajan", "Eng Zäit laang bei all Akaf e Kaddo ginn";
    DRAW = "Prize draws", "Arvonnat", "Verlosungen";
    DRAW_SWITCH = "Purchases enter a prize draw", "Ostokset osallistuvat palkintoarvontaan", "Akäf huelen un enger Verlosung deel";
    DRAW_MEMBERS_ONLY = "Only members enter the draw", "Vain jäsenet osallistuvat arvontaan", "Nëmme Memberen huelen un der Verlosung deel";
    BONUS_SWITCH = "Members also earn short-lived bonus points", "Jäsenet ansaitsevat myös lyhytikäisiä bonuspisteitä", "Memberen sammelen och kuerzlieweg Bonuspunkten";
    TARGETING = "Targeting", "Kohdentaminen", "Zilgruppen";
    DISCOUNT_FOR_SWITCH = "Give the discount only to a segment of the members", "Anna alennus vain osalle jäsenistä", "De Rabatt nëmmen engem Segment vun de Memberen ginn";
    POINTS_FOR_SWITCH = "Let only a segment of the members earn points", "Anna vain osan jäsenistä ansaita pisteitä", "Nëmmen e Segment vun de Memberen Punkte sammele loossen";
    GIFT_FOR_SWITCH = "Give the gift only to a segment of the members", "Anna lahja vain osalle jäsenistä", "De Kaddo nëmmen engem Segment vun de Memberen ginn";
    DRAW_FOR_SWITCH = "Enter only a segment of the members in the prize draw", "Ota arvontaan mukaan vain osa jäsenistä", "Nëmmen e Segment vun de Memberen bei der Verlosung matmaache loossen";
    OFFERS = "Targeted offers (extra discount or points for a segment)", "Kohdennetut tarjoukset (lisäalennus tai -pisteitä segmentille)", "Gezielt Offeren (extra Rabatt oder Punkte fir e Segment)";
    SERVICE = "Service and community", "Palvelu ja yhteisö", "Service a Communautéit";
    VIP_SWITCH = "VIP terms for a segment (faster service, free delivery, credit)", "VIP-ehdot segmentille (nopeampi palvelu, ilmainen toimitus, luotto)", "VIP-Konditioune fir e Segment (méi séiere Service, gratis Liwwerung, Kredit)";
    CLUB_SWITCH = "Run a members' club with events and exclusive access", "Ylläpidä jäsenklubia, jolla on tapahtumia ja yksinoikeuksia", "E Memberclub mat Evenementer an exklusivem Zougang bedreiwen";
    PARTNERS = "Partners", "Kumppanit", "Partner";
    COALITION_SWITCH = "Join a coalition of partners who share the points", "Liity kumppanikoalitioon, joka jakaa pisteet", "Enger Koalitioun vu Partner bäitrieden, déi d'Punkten deelen";
    BANK_CARD_SWITCH = "Offer a co-branded bank card with cash back", "Tarjoa yhteisbrändättyä pankkikorttia rahanpalautuksella", "Eng co-brandéiert Bankkaart mat Cashback ubidden";
    COUPONS_AND_GIFT_CARDS = "Coupons and gift cards", "Kupongit ja lahjakortit", "Bongen a Kaddoskaarten";
    COUPONS = "Coupons sent to segments (win-back, birthday, welcome)", "Segmenteille lähetettävät kupongit (takaisinvoitto, syntymäpäivä, tervetuloa)", "Bongen u Segmenter (zréckgewannen, Gebuertsdag, Wëllkomm)";
    GIFT_CARDS_SWITCH = "Sell gift cards at the till", "Myy lahjakortteja kassalla", "Kaddoskaarten un der Keess verkafen";
    CONTRACTS = "Contracts", "Sopimukset", "Kontrakter";
    PROFIT_SHARING_SWITCH = "Share profit with contract customers", "Jaa voittoa sopimusasiakkaiden kanssa", "De Gewënn mat Kontraktclienten deelen";
    REFERRAL_SWITCH = "Reward members who bring a new customer (referral bonus)", "Palkitse jäsenet, jotka tuovat uuden asiakkaan (suosittelubonus)", "Memberen beloune, déi en neie Client bréngen (Empfeelungsbonus)";
    TIMELINE = "Timeline", "Aikajana", "Zäitlinn";
    TIMELINE_HELP = "Dated events: the programme's launch, end and rule changes, campaigns, and what competitors and bad luck do. Programme events change the programme run only; market events hit both runs.",
        "Päivätyt tapahtumat: ohjelman käynnistys, päättyminen ja sääntömuutokset, kampanjat sekä kilpailijoiden ja huonon onnen vaikutukset. Ohjelman tapahtumat muuttavat vain ohjelma-ajoa; markkinatapahtumat osuvat molempiin ajoihin.",
        "Datéiert Evenementer: Start, Enn a Reegelännerunge vum Programm, Campagnen, a wat d'Konkurrenz an de Pech maachen. Programm-Evenementer änneren nëmmen de Laf mam Programm; Maart-Evenementer treffen allebéid Leef.";
    NO_EVENTS = "No events: the programme runs from day 0 to the end and the market stays as it is.",
        "Ei tapahtumia: ohjelma on käynnissä päivästä 0 loppuun asti, ja markkinat pysyvät ennallaan.",
        "Keng Evenementer: de Programm leeft vum Dag 0 bis zum Schluss, an de Maart bleift, wéi e ass.";
    ADD_EVENT = "Add event", "Lisää tapahtuma", "Evenement bäisetzen";
    REMOVE_EVENT = "Remove event", "Poista tapahtuma", "Evenement ewechhuelen";
    EVENT_N = "Event", "Tapahtuma", "Evenement";
}
