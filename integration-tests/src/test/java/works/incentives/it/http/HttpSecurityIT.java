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
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as an attacker meets it over HTTP: the browser defences on every kind of
 * response, the session cookie's flags, the methods it takes, error pages without internals and
 * the management endpoints. Runs against the server started with {@code payara/preboot.asadmin},
 * as {@code ./run.sh} starts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpSecurityIT {

    /** A page, a file, the REST API, Vaadin's own 404, a servlet's 403 and a refused location. */
    private static final List<String> EVERY_KIND_OF_RESPONSE = List.of("", "login", "styles/app.css",
            "api/status", "VAADIN/no-such-file.js", "evidence/1/1", "?v-r=init&location=%2F%2Fevil.example");

    private static final List<String> INTERNALS = List.of("exception", "com.vaadin", "jakarta.", "java.lang",
            "payara", "glassfish", "grizzly", "stack", "\tat ");

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void everyResponseCarriesTheBrowserDefences() throws Exception {
        for (String path : EVERY_KIND_OF_RESPONSE) {
            HttpResponse<String> response = get(path);
            String where = "/" + path + " (" + response.statusCode() + ")";
            String policy = header(response, "Content-Security-Policy");
            assertTrue(policy.contains("frame-ancestors 'none'"), where + ": " + policy);
            assertTrue(policy.contains("object-src 'none'"), where + ": " + policy);
            assertTrue(policy.contains("default-src 'self'"), where + ": " + policy);
            assertEquals("DENY", header(response, "X-Frame-Options"), where);
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), where);
            assertEquals("same-origin", header(response, "Referrer-Policy"), where);
            assertFalse(response.headers().firstValue("Server").isPresent(), where + " names the server");
            assertFalse(response.headers().firstValue("X-Powered-By").isPresent(), where + " names the server");
            assertFalse(response.headers().firstValue("Strict-Transport-Security").isPresent(),
                    where + ": HSTS only when the public URL is HTTPS");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
        HttpResponse<String> page = get("login");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertFalse(cookie.isEmpty(), "no session cookie: " + page.headers().map());
        String flags = cookie.toLowerCase(Locale.ROOT);
        assertTrue(flags.contains("; httponly"), cookie);
        assertTrue(flags.contains("samesite=lax"), cookie);
        assertFalse(flags.contains("secure"), "Secure only when incentives.public-https is set: " + cookie);
    }

    @Test
    void unusualMethodsAnswer405() throws Exception {
        for (String path : List.of("styles/app.css", "", "login", "api/status")) {
            for (String method : List.of("PUT", "DELETE", "PROPFIND", "TRACE", "PATCH", "OPTIONS", "MKCOL")) {
                HttpResponse<String> response = send(method, path);
                assertEquals(405, response.statusCode(), method + " /" + path);
                assertNoInternals(response);
                if (!"TRACE".equals(method)) { // the container refuses TRACE before the application sees it
                    assertTrue(header(response, "Allow").startsWith("GET, HEAD"), method + " /" + path);
                }
            }
        }
        assertEquals(405, send("POST", "styles/app.css").statusCode(), "POST on a static file");
        assertEquals(200, send("HEAD", "styles/app.css").statusCode());
        assertNotEquals(405, send("POST", "?v-r=uidl&v-uiId=0").statusCode(), "Vaadin takes its POSTs");
    }

    @Test
    void aLocationVaadinRefusesIsABadRequestWithoutInternals() throws Exception {
        HttpResponse<String> response = get("?v-r=init&location=%2F%2Fevil.example");
        assertEquals(400, response.statusCode(), response.body());
        assertNoInternals(response);
        assertFalse(response.body().contains("InvalidLocation"), response.body());
    }

    @Test
    void errorPagesAreOurOwnInBothLanguagesWithoutInternals() throws Exception {
        HttpResponse<String> missing = get("VAADIN/no-such-file.js");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("There is nothing here."), missing.body());
        assertTrue(missing.body().contains("這裡沒有內容。"), missing.body());
        assertNoInternals(missing);

        HttpResponse<String> forbidden = get("evidence/1/1");
        assertEquals(403, forbidden.statusCode());
        assertNoInternals(forbidden);

        HttpResponse<String> method = send("PUT", "styles/app.css");
        assertNoInternals(method);

        HttpResponse<String> api = get("api/no-such-resource");
        assertEquals(404, api.statusCode());
        assertNoInternals(api);
    }

    @Test
    void managementEndpointsAreClosedAndTheStatusProbeIsOpen() throws Exception {
        for (String path : List.of("metrics", "metrics/base", "openapi")) {
            HttpResponse<String> response = get("/" + path);
            assertTrue(response.statusCode() == 403 || response.statusCode() == 404,
                    "/" + path + " answers " + response.statusCode() + ": " + response.body());
            assertNoInternals(response);
        }
        // with the health check off, /health is just another path of the application
        assertFalse(get("/health").body().contains("\"checks\""), "/health reports checks");
        HttpResponse<String> wadl = get("api/application.wadl");
        assertEquals(404, wadl.statusCode(), "the WADL is served");
        assertFalse(wadl.body().contains("wadl"), wadl.body());

        HttpResponse<String> status = get("api/status");
        assertEquals(200, status.statusCode());
        assertEquals("{\"status\":\"UP\",\"database\":\"UP\"}", status.body());
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        String body = response.body().toLowerCase(Locale.ROOT);
        for (String internal : INTERNALS) {
            assertFalse(body.contains(internal), response.uri() + " shows '" + internal + "': " + response.body());
        }
    }
}
