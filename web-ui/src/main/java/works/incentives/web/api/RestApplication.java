package works.incentives.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /api}; everything else is the Vaadin UI. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
