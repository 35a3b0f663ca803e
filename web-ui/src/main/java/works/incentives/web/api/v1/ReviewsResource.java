package works.incentives.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.claim.RejectionReason;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The reviewers' queues and decisions, as on the review screens: start the review, then approve,
 * reject or send back (request action), each on the version the reviewer read ({@code If-Match}).
 * Reviewers only; any other role is refused with 403.
 */
@Path("v1/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    /** What a reviewer decides. */
    public enum Verdict { START_REVIEW, APPROVE, REJECT, SEND_BACK }

    /**
     * A decision: {@code comment} (the reason of a rejection, the request of a send-back),
     * {@code concerns} (the item a send-back is pinned to, e.g. {@code activity:7}),
     * {@code approvedLimit} (plans; default the planned total) and {@code rejectionReason} (claims).
     */
    public record Decision(Verdict decision, String comment, String concerns, BigDecimal approvedLimit,
                           RejectionReason rejectionReason) {
    }

    @Inject
    PlanService plans;

    @Inject
    ClaimService claims;

    @Inject
    Caller caller;

    /** The plan queue, oldest submission first; by default what waits (submitted, under review). */
    @GET
    @Path("plans")
    public Page<PlanRow> planQueue(@QueryParam("status") List<String> status, @QueryParam("offset") Integer offset,
                                   @QueryParam("limit") Integer limit) {
        Actor actor = caller.withRole(Role.REVIEWER);
        Set<PlanStatus> statuses = Statuses.parse(status, PlanStatus.class);
        PlanQuery query = statuses.isEmpty() ? PlanQuery.reviewQueue() : PlanQuery.reviewQueue().withStatuses(statuses);
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return new Page<>(plans.findPlans(query, from, size, actor), plans.countPlans(query, actor), from, size);
    }

    /** The claim queue, soonest deadline first; by default what waits (submitted, under review, disputed). */
    @GET
    @Path("claims")
    public Page<ClaimRow> claimQueue(@QueryParam("status") List<String> status, @QueryParam("offset") Integer offset,
                                     @QueryParam("limit") Integer limit) {
        Actor actor = caller.withRole(Role.REVIEWER);
        Set<ClaimStatus> statuses = Statuses.parse(status, ClaimStatus.class);
        ClaimQuery query = statuses.isEmpty() ? ClaimQuery.reviewQueue() : ClaimQuery.reviewQueue().withStatuses(statuses);
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return new Page<>(claims.findClaimsForReview(query, from, size, ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, actor),
                claims.countClaims(query, actor), from, size);
    }

    @POST
    @Path("plans/{planId}/decisions")
    public Response decidePlan(@PathParam("planId") long planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               Decision decision) {
        Actor actor = caller.withRole(Role.REVIEWER);
        long version = Versions.expected(ifMatch);
        Verdict verdict = verdict(decision);
        PlanView plan = switch (verdict) {
            case START_REVIEW -> plans.startReview(planId, version, actor);
            case APPROVE -> plans.approve(planId, version, decision.approvedLimit(), decision.comment(), actor);
            case REJECT -> plans.reject(planId, version, decision.comment(), actor);
            case SEND_BACK -> plans.requestAction(planId, version, decision.comment(), decision.concerns(), actor);
        };
        return Versions.ok(plan, plan.version());
    }

    @POST
    @Path("claims/{claimId}/decisions")
    public Response decideClaim(@PathParam("claimId") long claimId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                Decision decision) {
        Actor actor = caller.withRole(Role.REVIEWER);
        long version = Versions.expected(ifMatch);
        Verdict verdict = verdict(decision);
        ClaimView claim = switch (verdict) {
            case START_REVIEW -> claims.startReview(claimId, version, actor);
            case APPROVE -> claims.approve(claimId, version, decision.comment(), actor);
            case REJECT -> claims.reject(claimId, version, decision.rejectionReason(), decision.comment(), actor);
            case SEND_BACK -> claims.requestAction(claimId, version, decision.comment(), decision.concerns(), actor);
        };
        return Versions.ok(claim, claim.version());
    }

    private static Verdict verdict(Decision decision) {
        Require.body(decision);
        if (decision.decision() == null) {
            throw ApiException.badField("decision", "api.field.decision");
        }
        return decision.decision();
    }
}
