package works.incentives.domain.program;

/** The three families of eligible activities in the real programs. */
public enum ActivityCategory {
    DEMAND_GENERATION,
    MARKET_DEVELOPMENT,
    PARTNER_READINESS
}
