package works.incentives.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.shared.Actor;

import java.security.Principal;
import java.util.Optional;

/**
 * The container's caller principal as the domain's {@link Actor}: the account's role and partner,
 * read at every call, so a deactivated account has no actor even within an open session.
 * Server-side work without a signed-in user acts through {@link ActingAs}.
 */
@ApplicationScoped
public class SecurityCurrentActor implements CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Override
    public Optional<Actor> get() {
        Optional<Actor> acting = ActingAs.current();
        if (acting.isPresent()) {
            return acting;
        }
        Principal caller;
        try {
            caller = securityContext.getCallerPrincipal();
        } catch (RuntimeException noRequest) {
            return Optional.empty();
        }
        return caller == null ? Optional.empty() : accounts.actorFor(caller.getName());
    }
}
