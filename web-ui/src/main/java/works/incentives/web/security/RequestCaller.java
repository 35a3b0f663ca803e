package works.incentives.web.security;

import jakarta.enterprise.context.RequestScoped;
import works.incentives.domain.shared.Actor;

import java.util.Optional;
import java.util.function.Function;

/**
 * The signed-in caller's actor as read at the first service call of an HTTP request (a Vaadin
 * round trip is one), for the rest of that request: a screen that calls five services read the
 * account six times before (each call's role check and the view's own). The next request reads the
 * account again, so a changed role or a deactivation takes effect at the user's next click.
 */
@RequestScoped
public class RequestCaller {

    private String userName;
    private Optional<Actor> actor;

    /** The actor of {@code userName}, read by {@code read} only once per request and user name. */
    Optional<Actor> actorFor(String userName, Function<String, Optional<Actor>> read) {
        if (actor == null || !userName.equals(this.userName)) {
            Optional<Actor> found = read.apply(userName);
            this.userName = userName;
            this.actor = found;
        }
        return actor;
    }
}
