package works.incentives.web.api.v1;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic locking over HTTP: a plan's or claim's version is its entity tag ({@code ETag: "7"});
 * every change names the version it was made on in {@code If-Match}, and is refused with 412 when
 * the resource has moved on (someone else saved it), 428 without one.
 */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names; 428 when there is none, 400 when it is not a version. */
    static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "VERSION_REQUIRED", "api.problem.versionRequired");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            throw ApiException.badField("If-Match", "api.field.version");
        }
    }

    /** Runs a change that carries a body on the version {@code If-Match} names (428/400 first, as {@link #expected}). */
    static <T> T onVersion(String ifMatch, Object body, java.util.function.LongFunction<T> change) {
        long version = expected(ifMatch);
        Require.body(body);
        return change.apply(version);
    }

    /** 201 with the new resource's address, the view and its version as the entity tag. */
    static Response created(String path, long id, Object view, long version) {
        return Response.created(jakarta.ws.rs.core.UriBuilder.fromPath(path).build(id)).entity(view).tag(tag(version))
                .build();
    }

    /** 200 with the view and its version as the entity tag. */
    static Response ok(Object view, long version) {
        return Response.ok(view).tag(tag(version)).build();
    }
}
