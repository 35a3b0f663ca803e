package works.incentives.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/** The REST API lives under {@code /api}; everything else is the Vaadin UI. */
@ApplicationPath("api")
public class RestApplication extends Application {

    /** No generated {@code application.wadl}: it would describe the API to anyone who asks. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
