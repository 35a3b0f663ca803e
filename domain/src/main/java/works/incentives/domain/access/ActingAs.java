package works.incentives.domain.access;

import works.incentives.domain.shared.Actor;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs server-side work as a given actor where no user is signed in: start-up jobs (demo data,
 * the first admin), scheduled jobs, and in-container tests. Nothing a client sends can reach
 * it; it is the code's own {@code @RunAs}.
 */
public final class ActingAs {

    private static final ThreadLocal<Actor> ACTOR = new ThreadLocal<>();

    private ActingAs() {
    }

    public static <T> T call(Actor actor, Supplier<T> work) {
        Actor previous = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(previous);
            }
        }
    }

    public static void run(Actor actor, Runnable work) {
        call(actor, () -> {
            work.run();
            return null;
        });
    }

    /** The actor this thread acts as, if any. */
    public static Optional<Actor> current() {
        return Optional.ofNullable(ACTOR.get());
    }
}
