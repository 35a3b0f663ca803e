package works.incentives.it.container;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.apitoken.ApiTokenService;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;
import works.incentives.it.container.ApiClient.Answer;
import works.incentives.it.container.Fixtures.World;

import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API over HTTP as an integration calls it: tokens, the whole path from a draft to an
 * approved claim, optimistic locking by ETag and If-Match, roles, problem details in both
 * languages, the allocation import and the OpenAPI document. Partner isolation over every
 * endpoint: {@link AuthorizationIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @ArquillianResource
    URL base;

    @Inject
    Fixtures fixtures;
    @Inject
    ApiTokens tokens;
    @Inject
    ApiTokenService tokenService;
    @Inject
    PartnerService partners;

    private ApiClient as(Actor actor) {
        return new ApiClient(base, tokens.of(actor));
    }

    private static String base64Png() {
        return Base64.getEncoder().encodeToString(Fixtures.png());
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        JsonObject problem = answer.object();
        assertEquals(status, problem.getInt("status"));
        assertEquals(code, problem.getString("code"), answer.body());
        assertEquals("urn:incentives-workbench:problem:" + code, problem.getString("type"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        for (String internal : List.of("Exception", "\tat ", "java.", "jakarta.", "works.incentives")) {
            assertFalse(answer.body().contains(internal), "internals in " + answer.body());
        }
    }

    @Test
    void withoutAValidTokenEveryCallIsRefusedWith401ProblemDetails() {
        World w = fixtures.world(1_000);
        Answer none = new ApiClient(base, null).get("plans");
        assertProblem(none, 401, "TOKEN_INVALID");
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"), none.header("WWW-Authenticate"));
        assertProblem(new ApiClient(base, "iwt_not-a-token").get("plans"), 401, "TOKEN_INVALID");
        assertProblem(new ApiClient(base, null).get("openapi"), 401, "TOKEN_INVALID");

        String secret = tokens.of(w.partnerUser());
        new ApiClient(base, secret).get("plans").expect(200);
        ActingAs.run(w.partnerUser(), () -> {
            var mine = tokenService.mine().get(0);
            assertNotNull(mine.lastUsedAt(), "the use is recorded");
            tokenService.revoke(mine.id(), mine.version());
        });
        assertProblem(new ApiClient(base, secret).get("plans"), 401, "TOKEN_INVALID");
        Answer chinese = new ApiClient(base, secret).with("Accept-Language", "zh-TW").get("plans");
        assertEquals("未登入", chinese.object().getString("title"));
    }

    @Test
    void aDraftGetsEvidenceAndIsSubmittedAndReviewedThroughTheApi() {
        World w = fixtures.world(50_000);
        ApiClient partner = as(w.partnerAdmin());
        ApiClient reviewer = as(tokens.vendor(Role.REVIEWER));

        assertTrue(partner.get("funds").expect(200).array().stream()
                .anyMatch(f -> f.asJsonObject().getJsonNumber("id").longValue() == w.allocationId()));
        assertTrue(partner.get("programs").expect(200).array().size() > 0);

        Answer created = partner.post("plans", "{\"allocationId\":" + w.allocationId() + ",\"title\":\"API plan\"}")
                .expect(201);
        long planId = created.object().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/v1/plans/" + planId), created.header("Location"));
        String version = created.version();
        version = partner.change("PUT", "plans/" + planId + "/basics", version,
                "{\"title\":\"API plan\",\"objective\":\"Leads from the CRM\"}").expect(200).version();
        Answer campaign = partner.change("POST", "plans/" + planId + "/campaigns", version,
                "{\"name\":\"Spring\",\"objective\":\"Leads\",\"start\":\"" + w.campaignStart() + "\",\"end\":\""
                        + w.campaignEnd() + "\"}").expect(200);
        long campaignId = campaign.object().getJsonArray("campaigns").getJsonObject(0).getJsonNumber("id").longValue();
        Answer activity = partner.change("POST", "plans/" + planId + "/campaigns/" + campaignId + "/activities",
                campaign.version(), "{\"activityTypeId\":" + w.types().get("DIGITAL_ADVERTISING")
                        + ",\"countries\":[\"TW\"],\"plannedAmount\":2000,\"plannedMetrics\":{\"CLICK_THROUGH_SUMMARY\":\"2%\"},"
                        + "\"description\":\"Ads\"}").expect(200);
        long activityId = activity.object().getJsonArray("campaigns").getJsonObject(0).getJsonArray("activities")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(0, partner.get("plans/" + planId + "/problems").expect(200).array().size());
        assertEquals("SUBMITTED", partner.change("POST", "plans/" + planId + "/submit", activity.version(), null)
                .expect(200).object().getString("status"));

        assertTrue(reviewer.get("reviews/plans?limit=200").expect(200).object().getJsonArray("items").stream()
                .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == planId));
        String planVersion = reviewer.get("plans/" + planId).expect(200).version();
        planVersion = reviewer.change("POST", "reviews/plans/" + planId + "/decisions", planVersion,
                "{\"decision\":\"START_REVIEW\"}").expect(200).version();
        assertEquals("APPROVED", reviewer.change("POST", "reviews/plans/" + planId + "/decisions", planVersion,
                "{\"decision\":\"APPROVE\",\"comment\":\"Fine\"}").expect(200).object().getString("status"));

        LocalDate executed = LocalDate.now().minusDays(5);
        Answer claim = partner.post("claims", "{\"planId\":" + planId + ",\"activityId\":" + activityId
                + ",\"name\":\"API claim\"}").expect(201);
        long claimId = claim.object().getJsonNumber("id").longValue();
        version = partner.change("PUT", "claims/" + claimId + "/details", claim.version(), "{\"name\":\"API claim\","
                + "\"executionDate\":\"" + executed + "\",\"amount\":1500,\"estimatedReach\":10000,"
                + "\"includesAlcohol\":false,\"metrics\":{\"CLICK_THROUGH_SUMMARY\":\"2.1%\"}}").expect(200).version();
        version = partner.change("PUT", "claims/" + claimId + "/invoice", version, "{\"number\":\"INV-API-" + w.tag()
                + "\",\"vendor\":\"Ad network\",\"date\":\"" + executed + "\",\"amount\":1500,\"currencyCode\":\"USD\"}")
                .expect(200).version();
        long invoiceDocument = 0;
        for (String requirement : List.of("INVOICE", "AD_SCREENSHOT", "LANDING_PAGE_URL")) {
            Answer stored = partner.change("POST", "claims/" + claimId + "/documents", version,
                    "{\"requirementCode\":\"" + requirement + "\",\"fileName\":\"" + requirement.toLowerCase()
                            + ".png\",\"contentBase64\":\"" + base64Png() + "\"}").expect(201);
            assertEquals("image/png", stored.object().getJsonObject("document").getString("contentType"));
            version = stored.version();
            if (invoiceDocument == 0) {
                invoiceDocument = stored.object().getJsonObject("document").getJsonNumber("id").longValue();
            }
        }
        assertEquals(0, partner.get("claims/" + claimId + "/problems").expect(200).array().size());
        assertEquals("SUBMITTED", partner.change("POST", "claims/" + claimId + "/submit", version, null).expect(200)
                .object().getString("status"));

        assertArrayEquals(Fixtures.png(), reviewer.get("claims/" + claimId + "/documents/" + invoiceDocument)
                .expect(200).response().body());
        assertTrue(reviewer.get("reviews/claims?limit=200").expect(200).object().getJsonArray("items").stream()
                .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == claimId));
        String claimVersion = reviewer.get("claims/" + claimId).expect(200).version();
        claimVersion = reviewer.change("POST", "reviews/claims/" + claimId + "/decisions", claimVersion,
                "{\"decision\":\"START_REVIEW\"}").expect(200).version();
        assertEquals("APPROVED", reviewer.change("POST", "reviews/claims/" + claimId + "/decisions", claimVersion,
                "{\"decision\":\"APPROVE\",\"comment\":\"Paid next run\"}").expect(200).object().getString("status"));
        assertEquals("APPROVED", partner.get("claims/" + claimId).expect(200).object().getString("status"));
    }

    @Test
    void aChangeOnAStaleVersionIs412AndOneWithoutAVersionIs428() {
        World w = fixtures.world(10_000);
        PlanView plan = fixtures.draftPlan(w, 1_000);
        ApiClient partner = as(w.partnerAdmin());
        String body = "{\"title\":\"Renamed\",\"objective\":\"x\"}";
        String read = partner.get("plans/" + plan.id()).expect(200).version();
        partner.change("PUT", "plans/" + plan.id() + "/basics", read, body).expect(200);
        assertProblem(partner.change("PUT", "plans/" + plan.id() + "/basics", read, body), 412, "VERSION_STALE");
        assertProblem(partner.change("PUT", "plans/" + plan.id() + "/basics", null, body), 428, "VERSION_REQUIRED");
        assertProblem(partner.change("POST", "plans/" + plan.id() + "/submit", read, null), 412, "VERSION_STALE");
    }

    @Test
    void refusalsAreProblemDetailsWithTheRuleCodeInTheCallersLanguage() {
        World w = fixtures.world(50_000);
        PlanView plan = fixtures.approvedPlan(w, 5_000);
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        ApiClient partner = as(w.partnerAdmin());
        Answer claim = partner.post("claims", "{\"planId\":" + plan.id() + ",\"activityId\":" + activityId
                + ",\"name\":\"Incomplete\"}").expect(201);
        long claimId = claim.object().getJsonNumber("id").longValue();

        Answer incomplete = partner.change("POST", "claims/" + claimId + "/submit", claim.version(), null);
        assertProblem(incomplete, 422, "CLAIM_INCOMPLETE");
        assertFalse(incomplete.object().getJsonArray("problems").isEmpty(), incomplete.body());
        Answer chinese = partner.with("Accept-Language", "zh-TW")
                .change("POST", "claims/" + claimId + "/submit", claim.version(), null);
        assertEquals("違反規則而被拒絕", chinese.object().getString("title"));
        assertTrue(chinese.object().getString("detail").codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                chinese.body());

        // the upload checks of the screen: the type is sniffed from the bytes, not taken from the name
        Answer mislabelled = partner.change("POST", "claims/" + claimId + "/documents", claim.version(),
                "{\"requirementCode\":\"INVOICE\",\"fileName\":\"invoice.pdf\",\"contentBase64\":\"" + base64Png() + "\"}");
        assertProblem(mislabelled, 422, "EVIDENCE_MISLABELLED");
        assertProblem(partner.change("POST", "claims/" + claimId + "/documents", claim.version(),
                "{\"requirementCode\":\"INVOICE\",\"fileName\":\"a.png\",\"contentBase64\":\"%%%\"}"), 400, "INVALID_FIELDS");
        assertProblem(partner.change("PUT", "claims/" + claimId + "/details", claim.version(), "{not json"),
                400, "MALFORMED_REQUEST");
        assertProblem(partner.get("claims/99999999"), 404, "NOT_FOUND");
        assertProblem(partner.get("no-such-thing"), 404, "NO_SUCH_RESOURCE");
        assertProblem(partner.get("plans?status=NOPE"), 400, "INVALID_FIELDS");
        assertEquals("status", partner.get("plans?status=NOPE").object().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }

    @Test
    void eachRoleReachesOnlyItsEndpoints() {
        World w = fixtures.world(10_000);
        PlanView draft = fixtures.draftPlan(w, 1_000);
        ApiClient user = as(w.partnerUser());
        ApiClient partnerAdmin = as(w.partnerAdmin());
        ApiClient reviewer = as(tokens.vendor(Role.REVIEWER));

        assertProblem(partnerAdmin.get("reviews/plans"), 403, "NOT_PERMITTED");
        assertProblem(partnerAdmin.get("reviews/claims"), 403, "NOT_PERMITTED");
        assertProblem(partnerAdmin.send("POST", "allocations/import", null, "text/csv", "partner,program,period,earned\n"),
                403, "NOT_PERMITTED");
        assertProblem(reviewer.send("POST", "allocations/import", null, "text/csv", "partner,program,period,earned\n"),
                403, "NOT_PERMITTED");
        String version = user.get("plans/" + draft.id()).expect(200).version();
        assertProblem(user.change("POST", "plans/" + draft.id() + "/submit", version, null), 403, "NOT_PERMITTED");
        assertProblem(reviewer.post("plans", "{\"allocationId\":" + w.allocationId() + ",\"title\":\"x\"}"),
                403, "NOT_PERMITTED");
        assertProblem(reviewer.get("plans/" + draft.id()), 404, "NOT_FOUND"); // a draft is the partner's own work
        assertProblem(reviewer.get("funds"), 400, "INVALID_FIELDS");
        assertEquals(200, reviewer.get("funds?programId=" + w.programId() + "&periodId=" + w.periodId()).status());
    }

    @Test
    void aProgramAdminImportsAllocationsFromCsvWithARefusedLineReported() {
        World w = fixtures.world(1_000);
        long newPartner = ActingAs.call(Fixtures.ADMIN, () -> partners.register("API import " + w.tag(), "TW",
                Fixtures.ADMIN).id());
        ApiClient admin = as(tokens.vendor(Role.PROGRAM_ADMIN));
        String csv = "partner,program,period,earned\n"
                + "API import " + w.tag() + ",IT co-op " + w.tag() + ",Period " + w.tag() + ",2500\n"
                + "IT partner " + w.tag() + ",IT co-op " + w.tag() + ",Period " + w.tag() + ",100\n"
                + "Nobody " + w.tag() + ",IT co-op " + w.tag() + ",Period " + w.tag() + ",100\n";
        JsonObject report = admin.send("POST", "allocations/import", null, "text/csv; charset=UTF-8", csv).expect(200)
                .object();
        assertEquals(1, report.getInt("allocated"), report.toString());
        assertEquals(Arrays.asList(3, 4), report.getJsonArray("refused").stream()
                .map(r -> r.asJsonObject().getInt("line")).toList(), report.toString());
        assertTrue(report.getJsonArray("refused").getJsonObject(0).getString("detail").length() > 5, report.toString());
        assertTrue(admin.get("funds?programId=" + w.programId() + "&periodId=" + w.periodId()).expect(200).array()
                .stream().anyMatch(f -> f.asJsonObject().getJsonNumber("partnerId").longValue() == newPartner));
    }

    @Test
    void theOpenApiDocumentIsServedToTokenHolders() {
        World w = fixtures.world(1_000);
        Answer document = as(w.partnerUser()).get("openapi").expect(200);
        assertTrue(document.header("Content-Type").startsWith("application/yaml"), document.header("Content-Type"));
        assertTrue(document.body().startsWith("openapi: 3"), document.body());
        assertTrue(document.body().contains("/claims/{claimId}/documents:"));
    }
}
