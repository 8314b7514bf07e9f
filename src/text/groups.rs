
pub const SIMULATION: &str = "Simulation";
pub const SIMULATION_HELP: &str =
        "How many customers, for how long, and the random seed (the same seed gives the same numbers anywhere).";
pub const BUSINESS: &str = "Business and costs";
pub const BUSINESS_HELP: &str = "The firm's prices, margin and quality, and the programme's costs.";
pub const CUSTOMERS: &str = "Customers";
pub const CUSTOMERS_HELP: &str =
    "How often customers buy, how much, and how they react to prices and rewards.";
pub const MARKET: &str = "Market and competition";
pub const MARKET_HELP: &str = "The alternatives customers have, and word of mouth.";
pub const PROGRAMME: &str = "Programme";
pub const PROGRAMME_HELP: &str =
    "The loyalty programme you are designing. Switch mechanics on and off and configure them.";
pub const PROGRAMME_SWITCH: &str = "Run a loyalty programme";
pub const PROGRAMME_COSTS: &str = "Programme costs";
pub const ENROLMENT: &str = "Enrolment and card";
pub const DISCOUNT: &str = "Discount for card holders";
pub const DISCOUNT_NONE: &str = "No discount";
pub const DISCOUNT_FLAT: &str = "Flat discount";
pub const DISCOUNT_PROGRESSIVE: &str = "Progressive discount (grows with spend)";
pub const DISCOUNT_KIND: &str = "Kind of discount";
pub const DISCOUNT_STEPS: &str = "Discount steps";
pub const POINTS: &str = "Points (bonus)";
pub const POINTS_SWITCH: &str = "Members earn points";
pub const CAMPAIGNS: &str = "Accrual campaigns";
pub const TIERS: &str = "Status tiers";
pub const TIERS_SWITCH: &str = "Members earn status tiers";
pub const TIER_LEVELS: &str = "Tier levels";
pub const GIFT: &str = "Gift with purchase";
pub const GIFT_SWITCH: &str = "Hand out a gift with every purchase for a period";
pub const DRAW: &str = "Prize draws";
pub const DRAW_SWITCH: &str = "Purchases enter a prize draw";
pub const DRAW_MEMBERS_ONLY: &str = "Only members enter the draw";
pub const BONUS_SWITCH: &str = "Members also earn short-lived bonus points";
pub const TARGETING: &str = "Targeting";
pub const DISCOUNT_FOR_SWITCH: &str = "Give the discount only to a segment of the members";
pub const POINTS_FOR_SWITCH: &str = "Let only a segment of the members earn points";
pub const GIFT_FOR_SWITCH: &str = "Give the gift only to a segment of the members";
pub const DRAW_FOR_SWITCH: &str = "Enter only a segment of the members in the prize draw";
pub const OFFERS: &str = "Targeted offers (extra discount or points for a segment)";
pub const SERVICE: &str = "Service and community";
pub const VIP_SWITCH: &str = "VIP terms for a segment (faster service, free delivery, credit)";
pub const CLUB_SWITCH: &str = "Run a members' club with events and exclusive access";
pub const PARTNERS: &str = "Partners";
pub const COALITION_SWITCH: &str = "Join a coalition of partners who share the points";
pub const BANK_CARD_SWITCH: &str = "Offer a co-branded bank card with cash back";
pub const COUPONS_AND_GIFT_CARDS: &str = "Coupons and gift cards";
pub const COUPONS: &str = "Coupons sent to segments (win-back, birthday, welcome)";
pub const GIFT_CARDS_SWITCH: &str = "Sell gift cards at the till";
pub const CONTRACTS: &str = "Contracts";
pub const PROFIT_SHARING_SWITCH: &str = "Share profit with contract customers";
pub const REFERRAL_SWITCH: &str = "Reward members who bring a new customer (referral bonus)";
pub const TIMELINE: &str = "Timeline";
pub const TIMELINE_HELP: &str =
        "Dated events: the programme's launch, end and rule changes, campaigns, and what competitors and bad luck do. Programme events change the programme run only; market events hit both runs.";
pub const NO_EVENTS: &str =
    "No events: the programme runs from day 0 to the end and the market stays as it is.";
pub const ADD_EVENT: &str = "Add event";
pub const REMOVE_EVENT: &str = "Remove event";
pub const EVENT_N: &str = "Event";
