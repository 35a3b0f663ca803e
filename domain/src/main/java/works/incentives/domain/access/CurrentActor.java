package works.incentives.domain.access;

import works.incentives.domain.shared.Actor;

import java.util.Optional;

/**
 * The signed-in user as the domain sees them. Implemented by the security layer from the
 * container's caller principal; services never take the caller from a parameter a client chose.
 */
public interface CurrentActor {

    /** The caller, or empty when nobody is signed in. */
    Optional<Actor> get();

    /** The caller; refuses anonymous calls. */
    default Actor require() {
        return get().orElseThrow(() -> new AccessDeniedException("anonymous caller"));
    }
}
