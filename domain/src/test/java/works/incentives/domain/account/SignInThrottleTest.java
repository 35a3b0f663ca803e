package works.incentives.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in throttle policy, on a clock the test moves. */
class SignInThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2027-03-05T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The repository's contract in memory (the database contract tests hold the real one to it). */
    static final class InMemoryFailures implements SignInFailureRepository {
        final Map<String, SignInFailures> rows = new HashMap<>();

        @Override
        public Optional<SignInFailures> find(String key) {
            return Optional.ofNullable(rows.get(key));
        }

        @Override
        public int recordFailure(String key, Instant now, Instant restartBefore) {
            SignInFailures old = rows.get(key);
            int count = old == null || old.getLastFailure().isBefore(restartBefore) ? 1 : old.getFailures() + 1;
            rows.put(key, new SignInFailures(key, count, now));
            return count;
        }

        @Override
        public void clear(String key) {
            rows.remove(key);
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            int before = rows.size();
            rows.values().removeIf(f -> f.getLastFailure().isBefore(cutoff));
            return before - rows.size();
        }
    }

    final TestClock clock = new TestClock();
    final InMemoryFailures failures = new InMemoryFailures();
    final SignInThrottle throttle = new SignInThrottle(failures, clock);

    private void fail(String client, String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(client, name);
        }
    }

    @Test
    void threeFailuresAreFreeThenTheDelayDoublesUpToACap() {
        assertEquals(Duration.ZERO, SignInThrottle.delayAfter(2, 3));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.delayAfter(3, 3));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.delayAfter(4, 3));
        assertEquals(Duration.ofSeconds(4), SignInThrottle.delayAfter(5, 3));
        assertEquals(Duration.ofSeconds(512), SignInThrottle.delayAfter(12, 3));
        assertEquals(SignInThrottle.MAX_DELAY, SignInThrottle.delayAfter(13, 3));
        assertEquals(SignInThrottle.MAX_DELAY, SignInThrottle.delayAfter(1_000, 3));
    }

    @Test
    void aClientWaitsLongerAfterEachFailureAtTheSameName() {
        fail("10.0.0.1", "rita", 2);
        assertFalse(throttle.mustWait("10.0.0.1", "rita"), "two failures are free");
        fail("10.0.0.1", "rita", 1);
        assertTrue(throttle.mustWait("10.0.0.1", "rita"));
        clock.advance(Duration.ofMillis(999));
        assertTrue(throttle.mustWait("10.0.0.1", "rita"));
        clock.advance(Duration.ofMillis(1));
        assertFalse(throttle.mustWait("10.0.0.1", "rita"), "after 1 s the next attempt is allowed");
        fail("10.0.0.1", "rita", 1);
        clock.advance(Duration.ofMillis(1_999));
        assertTrue(throttle.mustWait("10.0.0.1", "rita"));
        clock.advance(Duration.ofMillis(1));
        assertFalse(throttle.mustWait("10.0.0.1", "rita"), "then 2 s");
    }

    @Test
    void failuresFromOneClientNeverLockTheNameForAnother() {
        for (int i = 0; i < 40; i++) {
            fail("10.0.0.1", "rita", 1);
            clock.advance(SignInThrottle.MAX_DELAY);
        }
        assertFalse(throttle.mustWait("10.0.0.2", "rita"));
        assertEquals(Optional.empty(), throttle.nameLockedUntil("rita"));
    }

    @Test
    void manyClientsTogetherLockTheNameForEveryone() {
        Optional<Instant> started = Optional.empty();
        for (int client = 0; client < 10; client++) {
            for (int i = 0; i < 7; i++) { // only five of each client's failures count for the name
                Optional<Instant> lock = throttle.failed("10.0.1." + client, "rita");
                started = lock.isPresent() ? lock : started;
            }
        }
        assertEquals(Optional.of(clock.instant().plus(SignInThrottle.NAME_LOCK)), started);
        assertTrue(throttle.mustWait("10.9.9.9", "rita"), "a fresh client is refused too");
        clock.advance(SignInThrottle.NAME_LOCK);
        assertFalse(throttle.mustWait("10.9.9.9", "rita"), "the lock ends");
    }

    @Test
    void nineClientsDoNotLockTheName() {
        for (int client = 0; client < 9; client++) {
            fail("10.0.1." + client, "rita", 20);
        }
        assertFalse(throttle.mustWait("10.9.9.9", "rita"));
    }

    @Test
    void sprayingManyNamesFromOneClientSlowsThatClientDown() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_CLIENT; i++) {
            throttle.failed("10.0.0.1", "name" + i);
        }
        assertTrue(throttle.mustWait("10.0.0.1", "a-name-never-tried"));
        assertFalse(throttle.mustWait("10.0.0.2", "a-name-never-tried"));
    }

    @Test
    void unknownAndKnownNamesAreCountedAlikeAndCaseInsensitively() {
        fail("10.0.0.1", "Nobody-Here", 3);
        assertTrue(throttle.mustWait("10.0.0.1", " nobody-here "));
        assertTrue(failures.find("name:nobody-here").isPresent());
    }

    @Test
    void successClearsTheCountOfClientAndName() {
        fail("10.0.0.1", "rita", 3);
        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded("10.0.0.1", "rita");
        fail("10.0.0.1", "rita", 2);
        assertFalse(throttle.mustWait("10.0.0.1", "rita"));
        assertEquals(2, failures.find("name:rita").orElseThrow().getFailures());
    }

    @Test
    void failuresAreForgottenAfterADayAndTheirRowsDeleted() {
        fail("10.0.0.1", "rita", 12);
        assertTrue(throttle.mustWait("10.0.0.1", "rita"));
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        assertFalse(throttle.mustWait("10.0.0.1", "rita"));
        throttle.failed("10.0.0.2", "paul"); // deletes what is older than a day
        assertEquals(Optional.empty(), failures.find("client-name:10.0.0.1 rita"));
        assertEquals(1, failures.find("client-name:10.0.0.2 paul").orElseThrow().getFailures());
    }
}
