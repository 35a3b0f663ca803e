package works.incentives.web.claim;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.cluster.ScheduledJobs;
import works.incentives.domain.shared.Actor;
import works.incentives.web.job.PollingJob;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night: drafts past their claim deadline expire and requests for action left unanswered
 * past their due date are rejected (DOMAIN.md: DRAFT &rarr; EXPIRED at the claim deadline).
 * The rules and "today" (the injected clock) are {@link ClaimService}'s; this only runs them as the
 * system, a program admin no client can act as.
 *
 * <p>On several nodes the run happens once: every node asks the shared schedule
 * ({@link ScheduledJobs}, a row in the database) every {@code incentives.jobs.poll-seconds} whether
 * the run at {@code incentives.jobs.claim-expiry-at} (UTC) is due, and one node takes it. The run
 * reads the overdue claims a page at a time and changes each one in a transaction of its own (bean
 * managed here, so no transaction spans the run), so a failure or another node's concurrent edit
 * costs one claim, which the next run takes again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DraftExpiryJob extends PollingJob {

    /** The job's row in the shared schedule. */
    public static final String JOB = "claim-expiry";

    /** Who the history names as the actor of expiries. */
    static final Actor SYSTEM = Actor.programAdmin("system");

    private static final Logger LOG = Logger.getLogger(DraftExpiryJob.class.getName());

    private ClaimService claims;
    private ScheduledJobs schedule;
    private Clock clock;

    @Inject
    @ConfigProperty(name = "incentives.jobs.poll-seconds", defaultValue = "60")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "incentives.jobs.claim-expiry-at", defaultValue = "02:00")
    String runAt;

    protected DraftExpiryJob() {
        // for the container
    }

    @Inject
    public DraftExpiryJob(ClaimService claims, ScheduledJobs schedule, Clock clock) {
        this.claims = claims;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    protected String jobName() {
        return JOB;
    }

    @Override
    protected long pollSeconds() {
        return Math.max(1, pollSeconds);
    }

    @Override
    protected void pollOnce() {
        runIfDue();
    }

    /** Runs the expiry if it is due and no other node took it; how many claims changed, or -1 when not run. */
    public int runIfDue() {
        return runDailyIfDue(schedule, clock, JOB, runAt, "Claim expiry", this::run);
    }

    /** The first time of day {@code at} (UTC) after {@code now}. */
    static Instant nextRun(Instant now, LocalTime at) {
        return ScheduledJobs.nextDaily(now, at);
    }

    /** Runs the expiry now, one claim per transaction; how many claims changed. */
    public int run() {
        return ActingAs.call(SYSTEM, () -> {
            int changed = 0;
            long after = 0;
            List<Long> page;
            do {
                page = claims.overdueClaimIds(after, ClaimService.EXPIRY_PAGE, SYSTEM);
                for (long claimId : page) {
                    changed += expire(claimId) ? 1 : 0;
                    after = claimId;
                }
            } while (page.size() == ClaimService.EXPIRY_PAGE);
            return changed;
        });
    }

    private boolean expire(long claimId) {
        try {
            return claims.expireIfOverdue(claimId, SYSTEM);
        } catch (RuntimeException refused) {
            // e.g. the partner saved the draft at this moment: the next run takes it again
            LOG.log(Level.WARNING, "Claim expiry: claim " + claimId + " left for the next run: " + refused, refused);
            return false;
        }
    }
}
