package works.incentives.web.claim;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.shared.Actor;

import java.util.logging.Logger;

/**
 * Every night: drafts past their claim deadline expire and requests for action left unanswered
 * past their due date are rejected (DOMAIN.md: DRAFT &rarr; EXPIRED at the claim deadline).
 * The rules and "today" (the injected clock) are {@link ClaimService#expireOverdue}'s; this only
 * runs it as the system, a program admin no client can act as.
 */
@Singleton
public class DraftExpiryJob {

    /** Who the history names as the actor of expiries. */
    static final Actor SYSTEM = Actor.programAdmin("system");

    private static final Logger LOG = Logger.getLogger(DraftExpiryJob.class.getName());

    private ClaimService claims;

    protected DraftExpiryJob() {
        // for the container
    }

    @Inject
    public DraftExpiryJob(ClaimService claims) {
        this.claims = claims;
    }

    @Schedule(hour = "2", minute = "0", persistent = false)
    public void nightly() {
        int changed = run();
        LOG.info(() -> "Claim expiry: " + changed + " claim(s) expired or rejected");
    }

    /** Runs the expiry now; how many claims changed. */
    public int run() {
        return ActingAs.call(SYSTEM, () -> claims.expireOverdue(SYSTEM));
    }
}
