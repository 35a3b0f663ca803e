package works.incentives.web.notification;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.cluster.ScheduledJobs;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.job.PollingJob;

import java.time.Clock;

/**
 * Every day at {@code incentives.jobs.reminders-at} (UTC): reminders of draft claims about to expire
 * and of funds about to expire unclaimed ({@link NotificationService#remind}). Once across nodes: the
 * run is taken through the shared schedule's database lease (row {@value #JOB} of
 * {@code scheduled_job}), as the claim expiry's is; and a run repeated anyway adds nothing, because
 * each reminder exists once per recipient, item and threshold.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderJob extends PollingJob {

    /** The job's row in the shared schedule (V34). */
    public static final String JOB = "notification-reminders";

    static final Actor SYSTEM = Actor.programAdmin("system");

    private NotificationService notifications;
    private ScheduledJobs schedule;
    private Clock clock;

    @Inject
    @ConfigProperty(name = "incentives.jobs.poll-seconds", defaultValue = "60")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "incentives.jobs.reminders-at", defaultValue = "06:00")
    String runAt;

    protected ReminderJob() {
        // for the container
    }

    @Inject
    public ReminderJob(NotificationService notifications, ScheduledJobs schedule, Clock clock) {
        this.notifications = notifications;
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

    /** Creates the day's reminders if this node takes the due run; how many, or -1 when not this node's run. */
    public int runIfDue() {
        return runDailyIfDue(schedule, clock, JOB, runAt, "Reminders", () -> ActingAs.call(SYSTEM, () -> notifications.remind(SYSTEM)));
    }
}
