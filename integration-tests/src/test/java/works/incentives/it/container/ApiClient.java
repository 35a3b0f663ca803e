package works.incentives.it.container;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A REST API client as an integration would be: a personal API token, JSON in and out, the ETag kept by the caller. */
public final class ApiClient {

    /** What the API answered. */
    public record Answer(int status, HttpResponse<byte[]> response) {

        public String body() {
            return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        /** The ETag's version, without quotes. */
        public String version() {
            return header("ETag").replace("W/", "").replace("\"", "");
        }

        /** Fails with the answer unless it has the status. */
        public Answer expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + ", got " + status + ": " + body());
            }
            return this;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String token;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiClient(URL base, String token) {
        this.base = URI.create(base.toString()).resolve("api/v1/");
        this.token = token;
    }

    /** The same client sending a header with every call (e.g. Accept-Language). */
    public ApiClient with(String name, String value) {
        ApiClient copy = new ApiClient(this);
        copy.headers.put(name, value);
        return copy;
    }

    private ApiClient(ApiClient other) {
        this.base = other.base;
        this.token = other.token;
        this.headers.putAll(other.headers);
    }

    public Answer get(String path) {
        return send("GET", path, null, null, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, null, "application/json", json);
    }

    /** A change on the version the caller read. */
    public Answer send(String method, String path, String ifMatch, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public Answer change(String method, String path, String ifMatch, String json) {
        return send(method, path, ifMatch, json == null ? null : "application/json", json);
    }
}
