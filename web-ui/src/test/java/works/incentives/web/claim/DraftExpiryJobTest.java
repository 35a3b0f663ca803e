package works.incentives.web.claim;

import org.junit.jupiter.api.Test;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;
import works.incentives.web.ScheduleStub;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The nightly job runs the service's expiry as the system program admin (the service refuses
 * anyone else; which claims expire is ServiceFlowContract's test with a fixed clock), a page of ids
 * at a time and one service call (one transaction) per claim, and only when the shared schedule
 * gives this node the run (which node wins is ClusterContract's test on H2 and PostgreSQL).
 */
class DraftExpiryJobTest {

    static final Instant NOW = Instant.parse("2027-03-05T10:00:00Z");

    /** 250 overdue claims; claim 7 fails (say, saved by its partner at that moment). */
    static class Claims extends ClaimService {
        final List<Actor> actingAs = new ArrayList<>();
        final List<Long> asked = new ArrayList<>();

        @Override
        public List<Long> overdueClaimIds(long afterId, int limit, Actor system) {
            actingAs.add(ActingAs.current().orElse(null));
            return LongStream.rangeClosed(afterId + 1, Math.min(250, afterId + limit)).boxed().toList();
        }

        @Override
        public boolean expireIfOverdue(long claimId, Actor system) {
            asked.add(claimId);
            if (claimId == 7) {
                throw new IllegalStateException("changed by someone else");
            }
            return claimId % 2 == 0;
        }
    }

    private static DraftExpiryJob job(Claims claims, ScheduleStub schedule) {
        DraftExpiryJob job = new DraftExpiryJob(claims, schedule, Clock.fixed(NOW, ZoneOffset.UTC));
        job.runAt = "02:00";
        return job;
    }

    @Test
    void theJobExpiresEveryOverdueClaimPageByPageOneCallEachAsTheSystemProgramAdmin() {
        Claims claims = new Claims();
        assertEquals(125, job(claims, new ScheduleStub()).run(), "even ids changed; claim 7's failure costs only claim 7");
        assertEquals(250, claims.asked.size());
        assertEquals(3, claims.actingAs.size(), "pages of " + ClaimService.EXPIRY_PAGE);
        assertEquals(Actor.programAdmin("system"), claims.actingAs.get(0));
        assertEquals(Role.PROGRAM_ADMIN, claims.actingAs.get(0).role());
        assertFalse(ActingAs.current().isPresent(), "nothing leaks to the thread afterwards");
    }

    @Test
    void theJobRunsOnlyWhenTheSharedScheduleGivesThisNodeTheRun() {
        Claims claims = new Claims();
        ScheduleStub schedule = new ScheduleStub();
        assertEquals(-1, job(claims, schedule).runIfDue());
        assertEquals(List.of(), claims.asked);
        schedule.due = true;
        assertEquals(125, job(claims, schedule).runIfDue());
        assertEquals(List.of("claim-expiry node-a 125"), schedule.finished);
    }

    @Test
    void theNextRunIsTheNextTimeOfDayInUtc() {
        assertEquals(Instant.parse("2027-03-06T02:00:00Z"), DraftExpiryJob.nextRun(NOW, LocalTime.of(2, 0)));
        assertEquals(Instant.parse("2027-03-05T11:30:00Z"), DraftExpiryJob.nextRun(NOW, LocalTime.of(11, 30)));
        assertEquals(Instant.parse("2027-03-06T10:00:00Z"), DraftExpiryJob.nextRun(NOW, LocalTime.of(10, 0)),
                "a run at exactly now is the one just taken: the next is tomorrow");
    }
}
