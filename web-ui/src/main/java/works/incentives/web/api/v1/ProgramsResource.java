package works.incentives.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;

import java.util.List;

/** The programs and their funding periods (read only; every role). */
@Path("v1/programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {

    @Inject
    ProgramService programs;

    @Inject
    ProgramAdminService programAdmin;

    @GET
    public List<ProgramSummary> list() {
        return programs.listPrograms();
    }

    @GET
    @Path("{programId}/periods")
    public List<FundingPeriodView> periods(@PathParam("programId") long programId) {
        return programAdmin.listFundingPeriods(programId);
    }
}
