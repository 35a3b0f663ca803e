package works.incentives.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;
import works.incentives.web.admin.AllocationImporter;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The allocation import of the admin screen (program admins): a UTF-8 CSV of
 * {@code partner,program,period,earned}, each good row allocated in its own transaction; the
 * answer counts the allocated rows and lists the refused lines with their reason.
 */
@Path("v1/allocations/import")
@RequestScoped
public class AllocationImportResource {

    /** The import's outcome: rows allocated, and each refused line with its code and reason. */
    public record ImportReport(int allocated, List<Map<String, Object>> refused) {
    }

    @Inject
    AllocationService allocations;

    @Inject
    PartnerService partners;

    @Inject
    ProgramService programs;

    @Inject
    ProgramAdminService programAdmin;

    @Inject
    Caller caller;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importCsv(InputStream body) throws IOException {
        Actor actor = caller.withRole(Role.PROGRAM_ADMIN);
        byte[] data = body.readNBytes(AllocationImporter.MAX_FILE_BYTES + 1);
        if (data.length > AllocationImporter.MAX_FILE_BYTES) {
            throw new ApiException(413, "FILE_TOO_LARGE", "admin.import.fileRejected",
                    AllocationImporter.MAX_FILE_BYTES / 1024);
        }
        AllocationImporter.Outcome outcome = new AllocationImporter(allocations, partners, programs, programAdmin)
                .importCsv(data, actor);
        Locale locale = caller.locale();
        ProblemMapper mapper = new ProblemMapper();
        List<Map<String, Object>> refused = outcome.refused().stream().map(r -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", r.line());
            line.put("raw", r.raw());
            if (r.failure() == null) {
                ApiProblem text = ApiProblem.of(422, "CSV_ROW_INVALID", locale);
                line.put("code", "CSV_ROW_INVALID");
                line.put("detail", text.text(r.reasonKey(), r.args().toArray()));
            } else {
                ApiProblem problem = mapper.problem(r.failure(), locale);
                line.put("code", problem.members().get("code"));
                line.put("detail", problem.members().get("detail"));
            }
            return line;
        }).toList();
        return new ImportReport(outcome.allocated(), refused);
    }
}
