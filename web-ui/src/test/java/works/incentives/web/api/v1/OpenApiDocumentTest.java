package works.incentives.web.api.v1;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The OpenAPI document describes every path and method the API's resources answer, and nothing else. */
class OpenApiDocumentTest {

    /** Every resource of the API, version 1. */
    static final List<Class<?>> RESOURCES = List.of(ProgramsResource.class, FundsResource.class, PlansResource.class,
            ClaimsResource.class, ReviewsResource.class, AllocationImportResource.class, OpenApiResource.class);

    /** "METHOD /path" of every resource method, paths relative to /api/v1 (as the document's server). */
    static Map<String, Set<String>> answered() {
        Map<String, Set<String>> paths = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value().replaceFirst("^v1", "");
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = base + (sub == null ? "" : "/" + sub.value());
                paths.computeIfAbsent(path, p -> new TreeSet<>()).add(verb);
            }
        }
        return paths;
    }

    static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        return method.isAnnotationPresent(DELETE.class) ? "delete" : null;
    }

    @Test
    void theDocumentDescribesExactlyThePathsAndMethodsTheResourcesAnswer() {
        String document = new OpenApiResource().document();
        Map<String, Set<String>> described = new TreeMap<>();
        String current = null;
        for (String line : document.substring(document.indexOf("\npaths:"), document.indexOf("\ncomponents:")).split("\n")) {
            Matcher path = Pattern.compile("^  (/\\S*):$").matcher(line);
            Matcher verb = Pattern.compile("^    (get|post|put|delete|patch):").matcher(line);
            if (path.find()) {
                current = path.group(1);
            } else if (verb.find()) {
                described.computeIfAbsent(current, p -> new TreeSet<>()).add(verb.group(1).toLowerCase(Locale.ROOT));
            }
        }
        assertEquals(answered(), described);
    }
}
