package works.incentives.web.claim;

import org.junit.jupiter.api.Test;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The nightly job runs the service's expiry as the system program admin (the service refuses
 * anyone else; which drafts expire is ServiceFlowContract's test with a fixed clock).
 */
class DraftExpiryJobTest {

    @Test
    void theJobExpiresAsTheSystemProgramAdminAndSaysHowManyChanged() {
        List<Actor> asked = new ArrayList<>();
        List<Actor> actingAs = new ArrayList<>();
        ClaimService service = new ClaimService() {
            @Override
            public int expireOverdue(Actor system) {
                asked.add(system);
                actingAs.add(ActingAs.current().orElse(null));
                return 3;
            }
        };
        assertEquals(3, new DraftExpiryJob(service).run());
        assertEquals(List.of(Actor.programAdmin("system")), asked);
        assertEquals(Role.PROGRAM_ADMIN, actingAs.get(0).role());
        assertFalse(ActingAs.current().isPresent(), "nothing leaks to the thread afterwards");
    }
}
