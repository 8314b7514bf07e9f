//! Behavioural constants of the customer model.
//!
//! These are not scenario inputs: they encode how people react (from the
//! literature in `docs/model.md`), and the published-findings tests check that
//! together they reproduce the findings. Each constant's meaning and source is
//! given beside it and in the model documentation. A mechanic added with
//! its own module keeps its constants there (`mechanics/referral.rs`).

/// Loss aversion: losses weigh this many times as much as equal gains
/// (Kahneman & Tversky 1992 median estimate).
pub const LOSS_AVERSION: f64 = 2.25;

// --- Experience and satisfaction -------------------------------------------

/// Standard deviation of the quality of one service encounter.
pub const QUALITY_NOISE: f64 = 0.10;
/// Standard deviation of a customer's fixed personal fit with the firm (quality units).
pub const FIT_SPREAD: f64 = 0.12;
/// Weight of performance against the market yardstick in a transaction's satisfaction.
pub const W_PERFORMANCE: f64 = 1.0;
/// Weight of disconfirmation (reality minus expectation) in a transaction's satisfaction.
pub const W_DISCONFIRMATION: f64 = 1.5;
/// Perceived value: quality units per unit of -ln(price paid / reference price).
pub const VALUE_WEIGHT: f64 = 0.5;
/// Quality units per unit of gift value relative to the customer's basket.
pub const GIFT_WEIGHT: f64 = 1.0;
/// Cap on the quality a gift can add.
pub const GIFT_CAP: f64 = 0.3;
/// Quality units per basket of prize value won in a draw (like a gift).
pub const PRIZE_WEIGHT: f64 = 1.0;
/// Largest perk from one prize: a prize is a bigger, rarer surprise than a gift.
pub const PRIZE_CAP: f64 = 0.5;
/// Smoothing of cumulative satisfaction per purchase (recent encounters weigh more).
pub const SAT_ALPHA: f64 = 0.3;
/// Adaptation of expectations per purchase: a repeated gift becomes the norm.
pub const EXPECT_ALPHA: f64 = 0.3;

// --- Emotions ---------------------------------------------------------------

/// Affect gained per quality unit of positive disconfirmation, times reactivity.
pub const AFFECT_GAIN: f64 = 2.0;
/// Zone of tolerance: a surprise smaller than this (quality units) stirs no emotion.
pub const AFFECT_TOLERANCE: f64 = 0.1;
/// Half-life of positive and negative affect, in days.
pub const AFFECT_HALF_LIFE: f64 = 30.0;
/// Negative affect from losing points, per basket's worth of value lost (times loss aversion).
pub const POINTS_LOSS_AFFECT: f64 = 0.3;
/// Positive affect from a promotion to a higher tier.
pub const PROMOTION_AFFECT: f64 = 0.3;
/// Negative affect from a demotion (times loss aversion).
pub const DEMOTION_AFFECT: f64 = 0.4;
/// Resentment from a demotion, times loss aversion: the grievance of having
/// something taken away (Wagner, Hennig-Thurau & Rudolph 2009).
pub const DEMOTION_RESENTMENT: f64 = 0.2;
/// Positive affect from redeeming a reward, per basket's worth of reward value.
pub const REWARD_AFFECT: f64 = 0.3;

// --- Commitments ------------------------------------------------------------

/// Per-purchase smoothing of affective commitment towards its target.
pub const AFFECTIVE_ALPHA: f64 = 0.06;
/// Slope of the affective target in satisfaction plus half the net affect.
pub const AFFECTIVE_SLOPE: f64 = 5.0;
/// Half-life of affective commitment without purchases, in days.
pub const AFFECTIVE_HALF_LIFE: f64 = 730.0;
/// Affective commitment lost at a demotion (times loss aversion).
pub const DEMOTION_AFFECTIVE_LOSS: f64 = 0.08;
/// Per-purchase smoothing of normative commitment.
pub const NORMATIVE_ALPHA: f64 = 0.05;
/// A promise counts as kept when quality is at most this far below expectation.
pub const PROMISE_TOLERANCE: f64 = 0.05;
/// Habit gained per purchase, as a share of the gap to full habit.
pub const HABIT_GAIN: f64 = 0.08;
/// Half-life of habit without purchases, in days.
pub const HABIT_HALF_LIFE: f64 = 60.0;
/// Resentment gained per forced purchase, per quality unit below the "good enough" level.
pub const RESENTMENT_GAIN: f64 = 0.4;
/// Transaction satisfaction below which a forced purchase breeds resentment.
pub const RESENTMENT_THRESHOLD: f64 = 0.15;
/// Half-life of resentment, in days.
pub const RESENTMENT_HALF_LIFE: f64 = 365.0;
/// Status value of the top tier in baskets (scaled by rank and by how uncrowded the tier is).
pub const STATUS_BASKETS: f64 = 2.0;

// --- Choice -----------------------------------------------------------------

/// Utility weight of cumulative satisfaction.
pub const BETA_SATISFACTION: f64 = 2.0;
/// Utility weight of affective commitment.
pub const BETA_AFFECTIVE: f64 = 1.5;
/// Utility weight of normative commitment.
pub const BETA_NORMATIVE: f64 = 0.5;
/// Utility weight of habit.
pub const BETA_HABIT: f64 = 1.0;
/// Utility weight of economic commitment (times loss aversion).
pub const BETA_ECONOMIC: f64 = 0.4;
/// Utility weight of resentment.
pub const BETA_RESENTMENT: f64 = 1.0;
/// Utility per unit of -ln(price ratio), times the customer's price sensitivity.
pub const PRICE_WEIGHT: f64 = 3.0;
/// Value of a point relative to cash now (delayed, uncertain), before appetite.
pub const POINTS_CASH_EQUIVALENT: f64 = 0.6;
/// Extra perceived value of rewards and extra need rate at the threshold (goal gradient),
/// times the customer's appetite.
pub const GOAL_GRADIENT: f64 = 0.8;
/// Share of the reward's perceived value that never wears off.
pub const NOVELTY_FLOOR: f64 = 0.5;
/// Days over which the novelty of being a member fades (Meyer-Waarden: 6-9 months).
pub const NOVELTY_DAYS: f64 = 200.0;

// --- Defection ----------------------------------------------------------------

/// Base chance of defecting for good when a free customer buys elsewhere.
pub const DEFECT_BASE: f64 = 0.03;
/// Defection weight of affective commitment (the strongest bond, Rice study).
pub const DEFECT_AFFECTIVE: f64 = 3.0;
/// Defection weight of normative commitment.
pub const DEFECT_NORMATIVE: f64 = 1.0;
/// Defection weight of economic commitment (times loss aversion).
pub const DEFECT_ECONOMIC: f64 = 0.5;
/// Defection weight of habit.
pub const DEFECT_HABIT: f64 = 1.0;
/// Defection weight of dissatisfaction (negative satisfaction).
pub const DEFECT_DISSATISFACTION: f64 = 3.0;
/// Defection weight of resentment.
pub const DEFECT_RESENTMENT: f64 = 2.0;

// --- Recommendation (NPS) -------------------------------------------------------

/// Likelihood to recommend (0-10) at neutral feelings.
pub const RECOMMEND_BASE: f64 = 6.8;
/// Points of likelihood per unit of satisfaction.
pub const RECOMMEND_SATISFACTION: f64 = 8.0;
/// Points of likelihood per unit of affective commitment.
pub const RECOMMEND_AFFECTIVE: f64 = 3.0;
/// Points of likelihood per unit of normative commitment.
pub const RECOMMEND_NORMATIVE: f64 = 1.0;
/// Points of likelihood per unit of net affect.
pub const RECOMMEND_AFFECT: f64 = 1.5;
/// Points of likelihood lost per unit of resentment.
pub const RECOMMEND_RESENTMENT: f64 = 4.0;
/// Standard deviation of a customer's personal rating bias.
pub const RATING_BIAS_SPREAD: f64 = 1.2;

// --- Enrolment and redemption ---------------------------------------------------

/// The effort of joining (a form, a card, handing over one's data), as a
/// share of an average customer's yearly spend here: membership worth this
/// much a year makes an eligible customer join with half their propensity.
/// Joining weighs the programme's benefits against its costs (Demoulin &
/// Zidda 2009); the size is calibrated.
pub const JOIN_EFFORT: f64 = 0.03;
/// What any card is worth to a customer even without benefits (curiosity,
/// being asked at the till), in the same units.
pub const JOIN_CURIOSITY: f64 = 0.0003;

/// Base chance per eligible purchase that a member redeems, plus the next constant times appetite.
pub const REDEEM_BASE: f64 = 0.35;
/// Extra chance to redeem per unit of appetite.
pub const REDEEM_APPETITE: f64 = 0.5;

// --- Issue 4 mechanics and events -------------------------------------------------

/// Half-life in days of the recency-weighted spend that ranks top spenders.
pub const SPEND_HALF_LIFE: f64 = 180.0;
/// Share of a redemption's pleasure felt when points are redeemed at a coalition partner.
pub const PARTNER_REDEMPTION_AFFECT: f64 = 0.5;
/// Affective commitment gained by a club member at an event, times (1 - affective).
pub const CLUB_EVENT_AFFECTIVE: f64 = 0.08;
/// Pull of normative commitment towards the member's alignment at a club event.
pub const CLUB_EVENT_NORMATIVE: f64 = 0.15;
/// Positive affect of attending a club event.
pub const CLUB_EVENT_AFFECT: f64 = 0.2;
/// Extra visit rate per unit of appetite while short-lived bonus points are held
/// ("use them or lose them").
pub const BONUS_URGENCY: f64 = 0.3;
/// Resentment of a member when the programme is taken away, plus the next constant
/// times economic commitment (times loss aversion).
pub const END_RESENTMENT: f64 = 0.1;
/// Extra resentment at termination per unit of economic commitment lost.
pub const END_RESENTMENT_ECONOMIC: f64 = 0.4;
/// Negative affect of a member when the programme is taken away (times loss aversion).
pub const END_AFFECT: f64 = 0.5;
/// Share of normative commitment lost when a promise is broken (termination,
/// devaluation), times the severity.
pub const BROKEN_PROMISE: f64 = 0.5;
/// Resentment per unit of devaluation severity (times loss aversion).
pub const DEVALUATION_RESENTMENT: f64 = 0.3;
/// Affective commitment gained at deregulation per unit of positive satisfaction:
/// customers who now choose the firm freely (chosen loyalty).
pub const DEREGULATION_CHOICE_GAIN: f64 = 0.3;

// --- Warm start -------------------------------------------------------------

/// Affective commitment of a new customer on arrival.
pub const ARRIVAL_AFFECTIVE: f64 = 0.2;
/// Share of wallet of a new customer on arrival.
pub const ARRIVAL_SHARE: f64 = 0.3;

/// Most days a day-0 customer lives before day 0 (the burn-in), so that the
/// run starts from the model's steady state.
pub const BURN_IN_DAYS: u32 = 180;
/// Occasions the burn-in lasts on average, unless that is longer than
/// `BURN_IN_DAYS` (enough for satisfaction, expectation, affect and habit
/// to mix).
pub const BURN_IN_OCCASIONS: f64 = 12.0;
/// Added to every customer's yearly departure hazard when day-0 customers
/// are weighted by their expected tenure (the equilibrium hazard misses the
/// riskier first months and the spread of states).
pub const STEADY_TENURE_HAZARD: f64 = 0.1;
/// Most candidates drawn for one day-0 customer.
pub const MAX_CANDIDATES: u64 = 64;
