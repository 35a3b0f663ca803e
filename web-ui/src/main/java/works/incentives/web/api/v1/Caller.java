package works.incentives.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;

import java.util.Arrays;
import java.util.Locale;

/** The API call's caller (the token's user, {@link BearerTokenFilter}) and language. */
@RequestScoped
public class Caller {

    @Inject
    CurrentActor currentActor;

    @Inject
    HttpServletRequest request;

    public Actor actor() {
        return currentActor.require();
    }

    /** The caller, refused with 403 problem details unless they have one of the roles. */
    public Actor withRole(Role... roles) {
        Actor actor = actor();
        if (Arrays.stream(roles).noneMatch(r -> r == actor.role())) {
            throw new ApiException(403, "NOT_PERMITTED", "error.notAllowed");
        }
        return actor;
    }

    public Locale locale() {
        return request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
    }
}
