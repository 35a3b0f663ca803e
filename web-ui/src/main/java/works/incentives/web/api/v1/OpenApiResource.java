package works.incentives.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's OpenAPI document, {@code META-INF/openapi.yaml} (MicroProfile OpenAPI's static
 * document), served to token holders at {@code /api/v1/openapi}. Payara's own {@code /openapi}
 * stays off in production with the other management endpoints ({@code payara/preboot.asadmin});
 * a test holds the document to every path the resources answer.
 */
@Path("v1/openapi")
@RequestScoped
public class OpenApiResource {

    static final String DOCUMENT = "/META-INF/openapi.yaml";

    @GET
    @Produces("application/yaml;charset=UTF-8")
    public String document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
