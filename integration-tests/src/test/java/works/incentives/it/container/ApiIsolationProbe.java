package works.incentives.it.container;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import works.incentives.it.container.ApiClient.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partner A's admin calls every endpoint the OpenAPI document lists (which a unit test holds to
 * exactly the endpoints the resources answer, so a new endpoint cannot be missed) with partner B's
 * ids in the path and in the body, on B's current versions. Each must answer as for an id that does
 * not exist (404 NOT_FOUND) or refuse the role (403); lists must hold A's data only.
 */
final class ApiIsolationProbe {

    /** Shared, not any partner's: programs and this document. */
    private static final Set<String> OPEN_TO_EVERY_ROLE = Set.of("GET /programs", "GET /programs/{programId}/periods",
            "GET /openapi");

    /** Lists scoped to the caller's organization: every item's partnerId must be A's. */
    private static final Set<String> SCOPED_LISTS = Set.of("GET /plans", "GET /claims", "GET /funds");

    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

    private final ApiClient attacker;
    private final long attackerPartnerId;
    private final Map<String, Long> foreignIds;
    private final Map<String, String> foreignVersions;
    private int probed;

    /**
     * {@code foreignIds}: B's id for each path template ({@code planId}, {@code claimId}, ...) and body
     * field; {@code foreignVersions}: B's version for paths under {@code /plans} and {@code /claims}.
     */
    ApiIsolationProbe(ApiClient attacker, long attackerPartnerId, Map<String, Long> foreignIds,
                      Map<String, String> foreignVersions) {
        this.attacker = attacker;
        this.attackerPartnerId = attackerPartnerId;
        this.foreignIds = foreignIds;
        this.foreignVersions = foreignVersions;
    }

    int probed() {
        return probed;
    }

    /** Every endpoint of the document; the leaks found ("METHOD /path -> what it answered"). */
    List<String> probeEveryEndpoint() {
        List<String> leaks = new ArrayList<>();
        for (String endpoint : endpoints(attacker.get("openapi").expect(200).body())) {
            probed++;
            String verdict = probe(endpoint);
            if (verdict != null) {
                leaks.add(endpoint + " -> " + verdict);
            }
        }
        return leaks;
    }

    static List<String> endpoints(String document) {
        List<String> endpoints = new ArrayList<>();
        String current = null;
        for (String line : document.substring(document.indexOf("\npaths:"), document.indexOf("\ncomponents:")).split("\n")) {
            Matcher path = Pattern.compile("^  (/\\S*):$").matcher(line);
            Matcher verb = Pattern.compile("^    (get|post|put|delete|patch):").matcher(line);
            if (path.find()) {
                current = path.group(1);
            } else if (verb.find()) {
                endpoints.add(verb.group(1).toUpperCase() + " " + current);
            }
        }
        return endpoints;
    }

    /** Null when the endpoint kept B's data from A, else what it answered. */
    private String probe(String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        Matcher template = TEMPLATE.matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (template.find()) {
            template.appendReplacement(concrete, Long.toString(foreignIds.get(template.group(1))));
        }
        template.appendTail(concrete);
        String version = foreignVersions.getOrDefault(path.startsWith("/claims") ? "claim" : "plan", "1");
        Answer answer = "GET".equals(method) ? attacker.get(concrete.substring(1))
                : attacker.send(method, concrete.substring(1), version,
                path.endsWith("/import") ? "text/csv" : "application/json",
                path.endsWith("/import") ? "partner,program,period,earned\n" : body());
        if (OPEN_TO_EVERY_ROLE.contains(endpoint)) {
            return answer.status() == 200 ? null : "refused a shared read: " + answer.status();
        }
        if (SCOPED_LISTS.contains(endpoint)) {
            return onlyOwn(answer);
        }
        if (answer.status() == 404 || answer.status() == 403) {
            String code = answer.object().getString("code", "");
            return code.equals("NOT_FOUND") || code.equals("NOT_PERMITTED") ? null : answer.status() + " " + code;
        }
        return answer.status() + " " + answer.body();
    }

    private String onlyOwn(Answer answer) {
        if (answer.status() != 200) {
            return "list answered " + answer.status();
        }
        List<JsonValue> items = answer.json() instanceof JsonObject page ? page.getJsonArray("items") : answer.array();
        return items.stream().allMatch(i -> i.asJsonObject().getJsonNumber("partnerId").longValue() == attackerPartnerId)
                ? null : "lists another partner's data: " + answer.body();
    }

    /** Every body field an endpoint reads, naming B's ids where an id is asked for. */
    private String body() {
        return "{\"allocationId\":" + foreignIds.get("allocationId") + ",\"planId\":" + foreignIds.get("planId")
                + ",\"activityId\":" + foreignIds.get("activityId") + ",\"activityTypeId\":"
                + foreignIds.get("activityTypeId") + ",\"title\":\"probe\",\"name\":\"probe\",\"objective\":\"probe\","
                + "\"decision\":\"APPROVE\",\"requirementCode\":\"INVOICE\",\"fileName\":\"probe.png\","
                + "\"contentBase64\":\"iVBORw0KGgo=\",\"number\":\"probe\",\"answers\":\"probe\"}";
    }
}
