package works.incentives.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", "UP");
        // a query that needs no signed-in user and tells nothing about the data
        programs.hasPrograms();
        status.put("database", "UP");
        return status;
    }
}
