package works.incentives.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.shared.Role;

import java.util.List;

/**
 * The demo sign-ins, one per role (two partners, so partner isolation can be tried). They exist
 * only in demo mode; the login view lists them then.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "coop-demo-2027";
    public static final String PARTNER_A = "Contoso Cloud Services";
    public static final String PARTNER_B = "Fabrikam Solutions";

    /** A demo sign-in; {@code partnerName} is null for vendor-side roles. */
    public record Account(String userName, String displayName, Role role, String partnerName) {
    }

    private static final List<Account> ACCOUNTS = List.of(
            new Account("alex", "Alex Chen", Role.INCENTIVES_USER, PARTNER_A),
            new Account("ann", "Ann Lin", Role.INCENTIVES_ADMIN, PARTNER_A),
            new Account("bob", "Bob Wang", Role.INCENTIVES_ADMIN, PARTNER_B),
            new Account("rita", "Rita Reviewer", Role.REVIEWER, null),
            new Account("paul", "Paul Program", Role.PROGRAM_ADMIN, null));

    @Inject
    @ConfigProperty(name = "incentives.demo", defaultValue = "false")
    boolean demoMode;

    public boolean enabled() {
        return demoMode;
    }

    public List<Account> accounts() {
        return ACCOUNTS;
    }
}
