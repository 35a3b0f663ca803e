package works.incentives.web.security;

import works.incentives.domain.shared.Role;

/**
 * Role names as the container knows them (identity store groups), for {@code @RolesAllowed}
 * on views. Each equals the {@link Role} constant's name; {@code RolesTest} holds that.
 */
public final class Roles {

    public static final String INCENTIVES_USER = "INCENTIVES_USER";
    public static final String INCENTIVES_ADMIN = "INCENTIVES_ADMIN";
    public static final String PROGRAM_ADMIN = "PROGRAM_ADMIN";
    public static final String REVIEWER = "REVIEWER";

    private Roles() {
    }

    static String of(Role role) {
        return role.name();
    }
}
