package works.incentives.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
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
 * read once per request ({@link RequestCaller}), so a deactivated account has no actor from its next
 * request on, even within an open session. Without a request (a background thread) it is read at
 * every call. Server-side work without a signed-in user acts through {@link ActingAs}.
 */
@ApplicationScoped
public class SecurityCurrentActor implements CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    RequestCaller requestCaller;

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
        if (caller == null) {
            return Optional.empty();
        }
        try {
            return requestCaller.actorFor(caller.getName(), accounts::actorFor);
        } catch (ContextNotActiveException noRequest) {
            return accounts.actorFor(caller.getName());
        }
    }
}
