package works.incentives.it.http;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain HTTP against the deployed application, as a browser's first request would be. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationHttpIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApplicationAnswersWithTheVaadinBootstrapPage() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<html"), "not an HTML page");
        assertTrue(home.body().contains("VAADIN/build"), "the Vaadin production bundle is not referenced");
    }

    @Test
    void theStyleSheetIsServed() throws Exception {
        HttpResponse<String> css = get("styles/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(".app-title"));
    }

    @Test
    void theStatusEndpointReportsTheDatabaseAnswers() throws Exception {
        HttpResponse<String> status = get("api/status");
        assertEquals(200, status.statusCode(), "the application did not deploy: " + status.body());
        assertTrue(status.body().contains("\"database\":\"UP\""), status.body());
        assertTrue(status.body().contains("\"status\":\"UP\""), status.body());
    }
}
