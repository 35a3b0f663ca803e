package works.incentives.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.shared.Actor;

import java.util.List;

/**
 * Funds (allocations), read only. A partner's caller sees its own organization's; a reviewer or
 * program admin names a program and period ({@code programId}, {@code periodId}).
 */
@Path("v1/funds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FundsResource {

    @Inject
    AllocationService allocations;

    @Inject
    Caller caller;

    @GET
    public List<AllocationView> list(@QueryParam("programId") Long programId, @QueryParam("periodId") Long periodId) {
        Actor actor = caller.actor();
        if (actor.role().isPartnerSide()) {
            return allocations.allocationsOf(actor.partnerId(), actor);
        }
        if (programId == null || periodId == null) {
            throw ApiException.badField(programId == null ? "programId" : "periodId", "api.field.programAndPeriod");
        }
        return allocations.allocationsIn(programId, periodId, actor);
    }

    @GET
    @Path("{fundId}")
    public Response get(@PathParam("fundId") long fundId) {
        AllocationView fund = allocations.get(fundId, caller.actor());
        return Versions.ok(fund, fund.version());
    }
}
