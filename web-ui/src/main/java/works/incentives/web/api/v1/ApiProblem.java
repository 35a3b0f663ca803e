package works.incentives.web.api.v1;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import works.incentives.domain.shared.Problem;
import works.incentives.web.i18n.TranslationProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}): {@code type},
 * {@code title}, {@code status}, {@code detail}, and this API's members {@code code} (the domain's
 * rule, e.g. {@code FUNDS_INSUFFICIENT}), {@code problems} (everything that blocks a submission)
 * and {@code errors} (fields of the request). Titles and details come from the UI's bundles in
 * the caller's language (English or Traditional Chinese); never a stack trace.
 */
public final class ApiProblem {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem types' common prefix; a rule's type ends in its code. */
    public static final String TYPE_PREFIX = "urn:incentives-workbench:problem:";

    private static final TranslationProvider TEXTS = new TranslationProvider();
    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Locale locale;

    private ApiProblem(int status, String code, Locale locale) {
        this.locale = TranslationProvider.supported(locale);
        members.put("type", TYPE_PREFIX + code);
        members.put("title", text("api.problem.title." + status));
        members.put("status", status);
        members.put("code", code);
    }

    /** A problem of HTTP status {@code status} with this API's {@code code}, in {@code locale}. */
    public static ApiProblem of(int status, String code, Locale locale) {
        return new ApiProblem(status, code, locale);
    }

    /** The detail: the text of {@code key} with its arguments, in the caller's language. */
    public ApiProblem detail(String key, Object... args) {
        members.put("detail", text(key, args));
        return this;
    }

    /** Everything that blocks the request, each with its rule code, what it concerns and its text. */
    public ApiProblem problems(List<Problem> problems) {
        if (!problems.isEmpty()) {
            members.put("problems", describe(problems, locale));
        }
        return this;
    }

    /** Problems as this API shows them: code, what each concerns, and its text in the caller's language. */
    public static List<Map<String, Object>> describe(List<Problem> problems, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        return problems.stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("code", p.rule().name());
            if (p.concerns() != null) {
                one.put("concerns", p.concerns());
            }
            one.put("detail", TEXTS.getTranslation(p.messageKey(), supported, p.args().toArray()));
            return one;
        }).toList();
    }

    /** Fields of the request that are wrong: field name and what is wrong with it. */
    public ApiProblem errors(Map<String, String> fieldErrors) {
        if (!fieldErrors.isEmpty()) {
            members.put("errors", fieldErrors.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "detail", e.getValue())).toList());
        }
        return this;
    }

    /** Any other member (e.g. the lines an import refused). */
    public ApiProblem with(String name, Object value) {
        members.put(name, value);
        return this;
    }

    public String text(String key, Object... args) {
        return TEXTS.getTranslation(key, locale, args);
    }

    public int status() {
        return (int) members.get("status");
    }

    public Map<String, Object> members() {
        return members;
    }

    public String json() {
        return JSON.toJson(members);
    }

    /** Writes it as a servlet's answer (outside JAX-RS: the API's sign-in filter). */
    public void send(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json());
    }

    public Response response() {
        return Response.status(status()).type(MEDIA_TYPE).entity(json()).build();
    }
}
