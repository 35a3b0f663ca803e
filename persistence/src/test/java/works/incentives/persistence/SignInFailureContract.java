package works.incentives.persistence;

import org.junit.jupiter.api.Test;
import works.incentives.domain.account.SignInFailures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Failed sign-ins on every database: counted atomically, restarted after a while, deleted when old. */
abstract class SignInFailureContract {

    static final Instant NOW = Instant.parse("2027-03-05T10:00:00Z");

    abstract TestDatabase db();

    private JpaSignInFailureRepository repository(jakarta.persistence.EntityManager em) {
        // the application inserts in a transaction of its own (SignInFailureRows); here: one of the test's own
        return new JpaSignInFailureRepository(em, (key, now) ->
                db().run(other -> other.persist(new SignInFailures(key, 0, now))));
    }

    private int fail(String key, Instant now) {
        return db().inTransaction(em -> repository(em).recordFailure(key, now, now.minus(Duration.ofHours(24))));
    }

    private Optional<SignInFailures> find(String key) {
        return db().inTransaction(em -> repository(em).find(key));
    }

    static String key() {
        return "name:t" + UUID.randomUUID();
    }

    @Test
    void failuresCountUpFromOne() {
        String key = key();
        assertEquals(1, fail(key, NOW));
        assertEquals(2, fail(key, NOW.plusSeconds(1)));
        assertEquals(NOW.plusSeconds(1), find(key).orElseThrow().getLastFailure());
    }

    @Test
    void aRowReadBeforeAnUpdateInTheSameTransactionIsReadAgainFresh() {
        String key = key();
        fail(key, NOW);
        int seen = db().inTransaction(em -> {
            JpaSignInFailureRepository repository = repository(em);
            repository.find(key).orElseThrow();
            repository.recordFailure(key, NOW, NOW.minus(Duration.ofHours(24)));
            return repository.find(key).orElseThrow().getFailures();
        });
        assertEquals(2, seen);
    }

    @Test
    void theCountStartsAgainAfterTheRestartTime() {
        String key = key();
        fail(key, NOW);
        fail(key, NOW);
        assertEquals(1, fail(key, NOW.plus(Duration.ofHours(25))));
    }

    @Test
    void nodesFailingAtOnceLoseNoCount() throws Exception {
        String key = key();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            counts.add(pool.submit(() -> {
                start.await();
                return fail(key, NOW);
            }));
        }
        start.countDown();
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> count : counts) {
            seen.add(count.get());
        }
        pool.shutdown();
        assertEquals(threads, find(key).orElseThrow().getFailures());
        assertEquals(threads, seen.stream().distinct().count(), "every failure saw its own count: " + seen);
    }

    @Test
    void clearAndDeleteOldRows() {
        String cleared = key();
        String old = key();
        String recent = key();
        fail(cleared, NOW);
        fail(old, NOW.minus(Duration.ofDays(2)));
        fail(recent, NOW);
        db().run(em -> repository(em).clear(cleared));
        db().run(em -> repository(em).deleteOlderThan(NOW.minus(Duration.ofDays(1))));
        assertEquals(Optional.empty(), find(cleared));
        assertEquals(Optional.empty(), find(old));
        assertEquals(1, find(recent).orElseThrow().getFailures());
    }
}
