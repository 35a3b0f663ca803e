package works.incentives.web.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.shared.Actor;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The caller's account is read once per request, and again in the next one (issue 13: no query storms). */
class SecurityCurrentActorTest {

    final List<String> reads = new ArrayList<>();
    Optional<Actor> stored = Optional.of(Actor.partnerAdmin("paula", 3));

    SecurityCurrentActor currentActor(RequestCaller request) {
        SecurityCurrentActor actor = new SecurityCurrentActor();
        actor.securityContext = signedIn("paula");
        actor.accounts = new AccountService() {
            @Override
            public Optional<Actor> actorFor(String userName) {
                reads.add(userName);
                return stored;
            }
        };
        actor.requestCaller = request;
        return actor;
    }

    @Test
    void theAccountIsReadOnceARequestAndADeactivationCountsFromTheNextRequest() {
        SecurityCurrentActor first = currentActor(new RequestCaller());
        for (int call = 0; call < 5; call++) {
            assertEquals(stored, first.get(), "a screen's service calls all act as the same caller");
        }
        assertEquals(List.of("paula"), reads, "five calls in one request, one read of the account");

        stored = Optional.empty(); // deactivated by an admin meanwhile
        SecurityCurrentActor next = currentActor(new RequestCaller());
        assertEquals(Optional.empty(), next.get(), "the next request reads the account again");
        assertEquals(List.of("paula", "paula"), reads);
    }

    @Test
    void withoutARequestTheAccountIsReadAtEveryCall() {
        SecurityCurrentActor background = currentActor(new RequestCaller() {
            @Override
            Optional<Actor> actorFor(String userName, Function<String, Optional<Actor>> read) {
                throw new ContextNotActiveException("no request");
            }
        });
        background.get();
        background.get();
        assertEquals(List.of("paula", "paula"), reads);
    }

    static SecurityContext signedIn(String userName) {
        Principal principal = () -> userName;
        return new SecurityContext() {
            @Override
            public Principal getCallerPrincipal() {
                return principal;
            }

            @Override
            public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
                return Set.of();
            }

            @Override
            public boolean isCallerInRole(String role) {
                return false;
            }

            @Override
            public boolean hasAccessToWebResource(String resource, String... methods) {
                return false;
            }

            @Override
            public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationParameters parameters) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
