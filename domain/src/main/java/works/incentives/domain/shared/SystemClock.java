package works.incentives.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock every deadline is computed with. Tests replace it with an {@code @Alternative}
 * producer of a fixed clock. {@code @Singleton} rather than {@code @ApplicationScoped}: a
 * normal scope would need a client proxy of {@link Clock}, a JDK class Weld cannot proxy safely.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @Singleton
    public Clock systemClock() {
        return Clock.systemUTC();
    }
}
