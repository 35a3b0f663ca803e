package works.incentives.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.cluster.ClusterLocks;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Role;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * In production (demo mode off) nobody has a known password, so the first program admin comes
 * from configuration: {@code incentives.admin.user} (default {@code admin}) and
 * {@code incentives.admin.password}, which must pass the password policy. Once a program admin
 * exists, the keys are ignored; remove the password from the environment then. Several nodes
 * starting together create it once ({@link ClusterLocks#STARTUP_DATA}, in the container's transaction).
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "incentives.admin.user", defaultValue = "admin")
    String userName;

    @Inject
    @ConfigProperty(name = "incentives.admin.password")
    Optional<String> password;

    @Inject
    AccountService accounts;

    @Inject
    ClusterLocks locks;

    @PostConstruct
    void ensureProgramAdmin() {
        // nodes starting together: one creates the admin, the others wait for its commit and find it
        locks.holdUntilCommit(ClusterLocks.STARTUP_DATA);
        if (accounts.hasActiveProgramAdmin()) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.severe("No program admin exists and incentives.admin.password (INCENTIVES_ADMIN_PASSWORD) "
                    + "is not set: nobody can administer programs. Set it and restart.");
            return;
        }
        try {
            accounts.createIfAbsent(userName, "Program admin", Role.PROGRAM_ADMIN, null,
                    password.get().toCharArray(), true);
            LOG.info(() -> "Created the first program admin '" + userName + "' from configuration");
        } catch (DomainRuleViolation refused) {
            LOG.severe("incentives.admin.password is refused: " + refused.getMessage()
                    + " No program admin was created.");
        }
    }
}
