package works.incentives.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.CampaignData;
import works.incentives.domain.plan.PlanCommands.CreatePlan;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.shared.Actor;

import java.util.List;
import java.util.Map;

/**
 * Plans: a partner's caller reads, drafts and submits its own organization's (drafting as an
 * incentives user or admin, submitting as an admin, exactly as in the wizard); reviewers read
 * submitted ones. Every change names the version it was made on ({@code If-Match}).
 */
@Path("v1/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject
    PlanService plans;

    @Inject
    Caller caller;

    @GET
    public Page<PlanRow> list(@QueryParam("status") List<String> status, @QueryParam("programId") Long programId,
                              @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        Actor actor = caller.actor();
        PlanQuery query = new PlanQuery(null, programId, Statuses.parse(status, PlanStatus.class), null,
                PlanQuery.Sort.ID);
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return new Page<>(plans.findPlans(query, from, size, actor), plans.countPlans(query, actor), from, size);
    }

    @GET
    @Path("{planId}")
    public Response get(@PathParam("planId") long planId) {
        return ok(plans.get(planId, caller.actor()));
    }

    /** What still blocks the plan's submission (empty: it can be submitted). */
    @GET
    @Path("{planId}/problems")
    public List<Map<String, Object>> problems(@PathParam("planId") long planId) {
        return ApiProblem.describe(plans.check(planId, caller.actor()), caller.locale());
    }

    @POST
    public Response create(CreatePlan command) {
        Require.body(command);
        PlanView plan = plans.createDraft(command, caller.actor());
        return Versions.created("/api/v1/plans/{id}", plan.id(), plan, plan.version());
    }

    @PUT
    @Path("{planId}/basics")
    public Response basics(@PathParam("planId") long planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PlanBasics basics) {
        return ok(Versions.onVersion(ifMatch, basics, v -> plans.updateBasics(planId, v, basics, caller.actor())));
    }

    @POST
    @Path("{planId}/campaigns")
    public Response addCampaign(@PathParam("planId") long planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                CampaignData campaign) {
        return ok(Versions.onVersion(ifMatch, campaign, v -> plans.addCampaign(planId, v, campaign, caller.actor())));
    }

    @POST
    @Path("{planId}/campaigns/{campaignId}/activities")
    public Response addActivity(@PathParam("planId") long planId, @PathParam("campaignId") long campaignId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActivityData activity) {
        return ok(Versions.onVersion(ifMatch, activity,
                v -> plans.addActivity(planId, v, campaignId, activity, caller.actor())));
    }

    /** Submits the plan as the caller last read it (incentives admins). */
    @POST
    @Path("{planId}/submit")
    public Response submit(@PathParam("planId") long planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(plans.submit(planId, Versions.expected(ifMatch), caller.actor()));
    }

    private static Response ok(PlanView plan) {
        return Versions.ok(plan, plan.version());
    }
}
