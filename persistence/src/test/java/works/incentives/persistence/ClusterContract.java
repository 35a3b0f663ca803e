package works.incentives.persistence;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import works.incentives.domain.cluster.ClusterLocks;
import works.incentives.domain.cluster.ScheduledJobs.JobRun;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What several nodes on one database do once, on every database: a due job run is taken by exactly
 * one of the nodes asking together, and start-up data guarded by the lock is created once however
 * many nodes check for it at the same moment (threads with their own transactions stand in for nodes).
 */
abstract class ClusterContract {

    static final Instant NOW = Instant.parse("2027-03-05T10:00:00Z");
    static final int NODES = 8;

    abstract TestDatabase db();

    /** A job of this test alone (the migration's rows belong to the application). */
    private String newJob() {
        String job = "test-" + UUID.randomUUID();
        db().run(em -> em.createNativeQuery("INSERT INTO scheduled_job (job_name) VALUES (?)").setParameter(1, job)
                .executeUpdate());
        return job;
    }

    private boolean take(String job, String node, Instant now, Instant next) {
        return db().inTransaction(em -> new JpaScheduledJobs(em).takeDueRun(job, node, now, next));
    }

    private JobRun find(String job) {
        return db().inTransaction(em -> new JpaScheduledJobs(em).find(job)).orElseThrow();
    }

    @Test
    void theMigrationSchedulesTheClaimExpiryAndCreatesTheStartupLock() {
        assertEquals("claim-expiry", db().inTransaction(em -> new JpaScheduledJobs(em).find("claim-expiry")).orElseThrow().job());
        db().run(em -> new JpaClusterLocks(em).holdUntilCommit(ClusterLocks.STARTUP_DATA));
        assertThrows(RuntimeException.class, () -> db().run(em -> new JpaClusterLocks(em).holdUntilCommit("no-such-lock")));
    }

    @Test
    void aJobNeverScheduledIsScheduledFirstAndRunsWhenDue() {
        String job = newJob();
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertFalse(take(job, "a", NOW, tomorrow), "the first ask schedules the job, it does not run it");
        assertEquals(tomorrow, find(job).nextRunAt());
        assertFalse(take(job, "a", NOW.plusSeconds(60), tomorrow), "not due yet");
        assertTrue(take(job, "b", tomorrow, tomorrow.plus(Duration.ofDays(1))), "due at its time");
        JobRun running = find(job);
        assertEquals("b", running.lastNode());
        assertEquals(tomorrow, running.lastStartedAt());
        assertNull(running.lastFinishedAt());
        assertEquals(tomorrow.plus(Duration.ofDays(1)), running.nextRunAt());
        db().run(em -> new JpaScheduledJobs(em).finished(job, "b", tomorrow.plusSeconds(5), 3));
        assertEquals(tomorrow.plusSeconds(5), find(job).lastFinishedAt());
        assertEquals(Integer.valueOf(3), find(job).lastChanged());
    }

    @Test
    void aRunMissedWhileNoNodeWasUpIsTakenByTheFirstNodeThatAsks() {
        String job = newJob();
        take(job, "a", NOW, NOW.plus(Duration.ofHours(1)));
        Instant threeDaysLater = NOW.plus(Duration.ofDays(3));
        assertTrue(take(job, "a", threeDaysLater, threeDaysLater.plus(Duration.ofDays(1))));
        assertFalse(take(job, "b", threeDaysLater.plusSeconds(1), threeDaysLater.plus(Duration.ofDays(1))),
                "one run for all the missed ones");
    }

    @Test
    void ofTheNodesAskingTogetherForADueRunExactlyOneTakesIt() throws Exception {
        String job = newJob();
        take(job, "setup", NOW.minusSeconds(60), NOW);
        List<Boolean> taken = Racing.race(NODES, i -> () -> take(job, "node-" + i, NOW, NOW.plus(Duration.ofDays(1))));
        assertEquals(1, taken.stream().filter(Boolean::booleanValue).count(), taken.toString());
        assertEquals("node-" + taken.indexOf(true), find(job).lastNode());
    }

    @Test
    void startupDataCheckedUnderTheLockIsCreatedOnceByNodesStartingTogether() throws Exception {
        String marker = "name:startup-" + UUID.randomUUID();
        List<Boolean> created = Racing.race(NODES, i -> () -> db().inTransaction(em -> {
            new JpaClusterLocks(em).holdUntilCommit(ClusterLocks.STARTUP_DATA);
            if (count(em, marker) > 0) {
                return false;
            }
            em.createNativeQuery("INSERT INTO sign_in_failure (throttle_key, failures, last_failure) VALUES (?, 0, ?)")
                    .setParameter(1, marker).setParameter(2, java.sql.Timestamp.valueOf("2027-03-05 10:00:00"))
                    .executeUpdate();
            return true;
        }));
        assertEquals(1, created.stream().filter(Boolean::booleanValue).count(), created.toString());
        long stored = db().inTransaction(em -> count(em, marker));
        assertEquals(1, stored);
    }

    private static long count(EntityManager em, String key) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sign_in_failure WHERE throttle_key = ?")
                .setParameter(1, key).getSingleResult()).longValue();
    }
}
