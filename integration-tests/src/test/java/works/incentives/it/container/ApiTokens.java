package works.incentives.it.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.apitoken.ApiTokenService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;

import java.util.UUID;

/** API tokens for the container tests: of a fixture's partner people, or of a new reviewer or program admin. */
@ApplicationScoped
public class ApiTokens {

    @Inject
    ApiTokenService tokens;
    @Inject
    AccountService accounts;

    /** A token of the actor (whose account exists). */
    public String of(Actor actor) {
        return ActingAs.call(actor, () -> tokens.create("IT " + actor.userName(), null).secret());
    }

    /** A new vendor-side account of the role, and its token. */
    public Actor vendor(Role role) {
        String name = (role == Role.REVIEWER ? "api-rev-" : "api-adm-") + UUID.randomUUID().toString().substring(0, 8);
        ActingAs.run(Fixtures.ADMIN, () -> accounts.createIfAbsent(name, "API " + name, role, null,
                Fixtures.PASSWORD.toCharArray(), false));
        return new Actor(name, role, null);
    }
}
