package works.incentives.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import works.incentives.domain.shared.DatabaseOutage;
import works.incentives.domain.program.ProgramService;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the application is deployed and its database answers (open to anonymous callers, so it
 * reveals nothing of the data): a load balancer's check and the
 * proof, in tests, that the deployment did not silently fail (Payara Micro keeps running then).
 */
@Path("status")
@RequestScoped
public class StatusResource {

    @Inject
    ProgramService programs;

    /** 200 with {@code "database":"UP"}, or 503 with {@code "database":"DOWN"} while the database cannot be reached. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", "UP");
        try {
            // a query that needs no signed-in user and tells nothing about the data
            programs.hasPrograms();
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            status.put("database", "DOWN");
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30").entity(status).build();
        }
        status.put("database", "UP");
        return Response.ok(status).build();
    }
}
