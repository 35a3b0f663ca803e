package works.incentives.domain.cluster;

import java.time.Instant;
import java.util.Optional;

/**
 * The run schedule of background jobs, shared by every node: each node asks every minute or so
 * whether a run is due, and exactly one node takes each due run (a conditional update of the job's
 * row). A run missed while no node was up is taken by the first node that asks afterwards.
 */
public interface ScheduledJobs {

    /**
     * Takes the job's run if it is due at {@code now} and moves the job's next run to {@code next}, in
     * a transaction of its own, committed before the run starts: true for exactly one of the nodes that
     * ask for the same due run. A job that was never scheduled is scheduled at {@code next} and does not
     * run now.
     */
    boolean takeDueRun(String job, String node, Instant now, Instant next);

    /** Records that the run this node took has finished and how many items it changed. */
    void finished(String job, String node, Instant at, int changed);

    Optional<JobRun> find(String job);

    /** This node's name as the schedule records it ({@code incentives.node.name}, else host and process id). */
    String thisNode();

    /** The first time of day {@code at} (UTC) after {@code now}: the next run of a daily job. */
    static Instant nextDaily(Instant now, java.time.LocalTime at) {
        java.time.ZonedDateTime today = now.atZone(java.time.ZoneOffset.UTC).with(at);
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    /** A job's schedule and its last run: which node took it, when, and what it changed (null while running). */
    record JobRun(String job, Instant nextRunAt, String lastNode, Instant lastStartedAt, Instant lastFinishedAt,
                  Integer lastChanged) {
    }
}
