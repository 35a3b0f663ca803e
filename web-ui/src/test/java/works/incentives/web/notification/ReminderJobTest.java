package works.incentives.web.notification;

import org.junit.jupiter.api.Test;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.ScheduleStub;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The daily reminders run only on the node the shared schedule gives the run (which node wins is
 * ClusterContract's test), as the system program admin; that a repeated run adds nothing is
 * NotificationContract's test on H2 and PostgreSQL.
 */
class ReminderJobTest {

    static class Reminders extends NotificationService {
        final List<Actor> actingAs = new ArrayList<>();

        @Override
        public int remind(Actor system) {
            actingAs.add(ActingAs.current().orElse(null));
            return 4;
        }
    }

    @Test
    void remindersRunOnlyWhenTheSharedScheduleGivesThisNodeTheRun() {
        Reminders reminders = new Reminders();
        ScheduleStub schedule = new ScheduleStub();
        ReminderJob job = new ReminderJob(reminders, schedule,
                Clock.fixed(Instant.parse("2027-03-05T10:00:00Z"), ZoneOffset.UTC));
        job.runAt = "06:00";
        assertEquals(-1, job.runIfDue());
        assertEquals(List.of(), reminders.actingAs);
        schedule.due = true;
        assertEquals(4, job.runIfDue());
        assertEquals(List.of(Actor.programAdmin("system")), reminders.actingAs);
        assertEquals(List.of("notification-reminders node-a 4"), schedule.finished);
    }
}
