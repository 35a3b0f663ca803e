package works.incentives.domain.shared;

/** The four roles of DOMAIN.md "Who uses it". */
public enum Role {
    INCENTIVES_USER(true),
    INCENTIVES_ADMIN(true),
    PROGRAM_ADMIN(false),
    REVIEWER(false);

    private final boolean partnerSide;

    Role(boolean partnerSide) {
        this.partnerSide = partnerSide;
    }

    public boolean isPartnerSide() {
        return partnerSide;
    }
}
