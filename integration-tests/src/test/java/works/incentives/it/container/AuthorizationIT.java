package works.incentives.it.container;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.AccessDeniedException;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.InviteUser;
import works.incentives.domain.account.UserSummary;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.CreateProgram;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Rule;
import works.incentives.it.container.Fixtures.World;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service authorisation that really refuses: no caller, a forged caller, a caller without the
 * role; and strict partner isolation, proved for every service method that takes an id.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    @ArquillianResource
    URL base;

    @Inject
    Fixtures fixtures;
    @Inject
    PlanService plans;
    @Inject
    ClaimService claims;
    @Inject
    AllocationService allocations;
    @Inject
    AccountService accounts;
    @Inject
    PartnerService partners;
    @Inject
    ProgramAdminService programAdmin;
    @Inject
    GuidanceSnippetService helpTexts;
    @Inject
    ApiTokens apiTokens;

    @Test
    void aCallWithoutASignedInUserIsRefused() {
        World w = fixtures.world(1_000);
        assertThrows(AccessDeniedException.class, () -> allocations.get(w.allocationId(), w.partnerAdmin()));
        assertThrows(AccessDeniedException.class, () -> accounts.listManagedUsers());
    }

    @Test
    void aCallerCannotActAsSomebodyElse() {
        World w = fixtures.world(1_000);
        ActingAs.run(w.partnerUser(), () -> assertThrows(AccessDeniedException.class,
                () -> allocations.get(w.allocationId(), Actor.reviewer("someone"))));
        ActingAs.run(w.partnerUser(), () -> assertThrows(AccessDeniedException.class,
                () -> allocations.get(w.allocationId(), w.partnerAdmin())));
    }

    /** One operation and the roles that may do it. */
    private record Operation(String name, Set<Role> allowed, Consumer<Actor> call) {
    }

    @Test
    void everyRoleMayDoWhatItsRoleAllowsAndNothingElse() {
        World w = fixtures.world(50_000);
        PlanView draft = fixtures.draftPlan(w, 1_000);
        List<Operation> operations = List.of(
                new Operation("create a program", Set.of(Role.PROGRAM_ADMIN), a -> programAdmin.createProgram(
                        new CreateProgram("Role check " + System.nanoTime(), 2030, "USD", false, null, null, null,
                                null, null, null), a)),
                new Operation("allocate funds", Set.of(Role.PROGRAM_ADMIN), a -> allocations.allocate(
                        new AllocateFunds(w.partnerId(), w.programId(), w.periodId(), BigDecimal.TEN), a)),
                new Operation("register a partner", Set.of(Role.PROGRAM_ADMIN), a -> partners.register(
                        "Role check " + System.nanoTime(), "TW", a)),
                new Operation("submit a plan", Set.of(Role.INCENTIVES_ADMIN), a -> plans.submit(draft.id(), a)),
                new Operation("approve a plan", Set.of(Role.REVIEWER), a -> plans.approve(draft.id(), null, null, a)),
                new Operation("edit a wizard help text", Set.of(Role.PROGRAM_ADMIN),
                        a -> helpTexts.save("step.fund.help", "en", "Role check " + System.nanoTime(), a)),
                new Operation("list managed users", Set.of(Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN),
                        a -> accounts.listManagedUsers()),
                new Operation("invite a user", Set.of(Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN),
                        a -> accounts.invite(new InviteUser("x" + System.nanoTime(), "X",
                                a.role().isPartnerSide() ? Role.INCENTIVES_USER : Role.REVIEWER, null))));
        Map<Role, Actor> actors = Map.of(Role.INCENTIVES_USER, w.partnerUser(), Role.INCENTIVES_ADMIN, w.partnerAdmin(),
                Role.PROGRAM_ADMIN, Fixtures.ADMIN, Role.REVIEWER, Fixtures.REVIEWER);
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            for (Role role : Role.values()) {
                Actor actor = actors.get(role);
                boolean refused = refusedForRole(() -> ActingAs.run(actor, () -> operation.call().accept(actor)));
                if (refused == operation.allowed().contains(role)) {
                    wrong.add(role + (refused ? " was refused: " : " was allowed: ") + operation.name());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean refusedForRole(Runnable call) {
        try {
            call.run();
            return false;
        } catch (AccessDeniedException denied) {
            return true;
        } catch (DomainRuleViolation violation) {
            return violation.rule() == Rule.NOT_PERMITTED;
        }
    }

    /**
     * Partner A's admin calls every public method of every service that takes an id, with partner
     * B's ids. Each must be refused as "not found" (or "not permitted"), exactly as for an id that
     * does not exist, and B's data must be unchanged afterwards.
     */
    @Test
    void aPartnerCannotReadOrChangeAnotherPartnersDataThroughAnyServiceMethod() throws Exception {
        World a = fixtures.world(50_000);
        World b = fixtures.world(50_000);
        PlanView bPlan = fixtures.approvedPlan(b, 10_000);
        long bClaim = fixtures.completeClaim(b, bPlan, "INV-ISO-" + b.tag(), 1_000);
        ClaimView bClaimBefore = ActingAs.call(b.partnerAdmin(), () -> claims.get(bClaim, b.partnerAdmin()));
        List<UserSummary> bUsersBefore = ActingAs.call(b.partnerAdmin(), () -> accounts.listManagedUsers());
        UserSummary bUser = bUsersBefore.get(0);

        Map<String, Long> bIds = new HashMap<>();
        bIds.put("planId", bPlan.id());
        bIds.put("claimId", bClaim);
        bIds.put("allocationId", b.allocationId());
        bIds.put("campaignId", bPlan.campaigns().get(0).id());
        bIds.put("activityId", bPlan.campaigns().get(0).activities().get(0).id());
        bIds.put("documentId", bClaimBefore.documents().get(0).id());
        bIds.put("partnerId", b.partnerId());
        bIds.put("userId", bUser.id());
        bIds.put("expectedVersion", bUser.version());

        Actor attacker = a.partnerAdmin();
        List<String> leaks = new ArrayList<>();
        int probed = 0;
        for (Object service : List.of(plans, claims, allocations, accounts, partners)) {
            for (Method method : serviceClass(service).getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || !takesAnId(method)) {
                    continue;
                }
                probed++;
                Object[] arguments = arguments(method, bIds, attacker);
                String outcome = ActingAs.call(attacker, () -> invoke(service, method, arguments, a.partnerId()));
                if (outcome.startsWith("COUNT ")) {
                    // counts asked about B must be the counts of the caller's own data
                    Map<String, Long> ownIds = new HashMap<>(bIds);
                    ownIds.put("partnerId", a.partnerId());
                    Object[] own = arguments(method, ownIds, attacker);
                    String ownCount = ActingAs.call(attacker, () -> invoke(service, method, own, a.partnerId()));
                    outcome = outcome.equals(ownCount) ? "OWN_DATA_ONLY" : outcome + " (own: " + ownCount + ")";
                }
                boolean ownPartnerOnly = method.getName().equals("invite") && outcome.equals("ANSWERED");
                if (!ownPartnerOnly && !outcome.equals("OWN_DATA_ONLY")
                        && !outcome.equals("NOT_FOUND") && !outcome.equals("NOT_PERMITTED") && !outcome.equals("DENIED")) {
                    leaks.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " -> " + outcome);
                }
            }
        }
        assertTrue(probed >= 20, "only " + probed + " methods probed");
        assertEquals(List.of(), leaks);

        ClaimView bClaimAfter = ActingAs.call(b.partnerAdmin(), () -> claims.get(bClaim, b.partnerAdmin()));
        assertEquals(bClaimBefore.version(), bClaimAfter.version(), "B's claim was changed");
        assertEquals(bClaimBefore.documents().size(), bClaimAfter.documents().size());
        PlanView bPlanAfter = ActingAs.call(b.partnerAdmin(), () -> plans.get(bPlan.id(), b.partnerAdmin()));
        assertEquals(bPlan.version(), bPlanAfter.version(), "B's plan was changed");
        UserSummary bUserAfter = ActingAs.call(b.partnerAdmin(), () -> accounts.listManagedUsers()).stream()
                .filter(u -> u.id() == bUser.id()).findFirst().orElseThrow();
        assertEquals(bUser.version(), bUserAfter.version(), "B's user was changed");
        // an invitation naming B's partner lands in the inviting admin's own partner, never in B
        assertEquals(bUsersBefore.size(), ActingAs.call(b.partnerAdmin(), () -> accounts.listManagedUsers()).size());
    }

    /**
     * The REST API's every endpoint (from its OpenAPI document), called by partner A's admin with a
     * token and partner B's ids: each answers "not found" or refuses the role, lists hold A's data
     * only, and B's plan and claim are unchanged afterwards.
     */
    @Test
    void aPartnerCannotReadOrChangeAnotherPartnersDataThroughAnyApiEndpoint() {
        World a = fixtures.world(50_000);
        World b = fixtures.world(50_000);
        fixtures.approvedPlan(a, 1_000); // A has data of its own in every list
        PlanView bPlan = fixtures.approvedPlan(b, 10_000);
        long bClaim = fixtures.completeClaim(b, bPlan, "INV-API-ISO-" + b.tag(), 1_000);
        ClaimView bClaimBefore = ActingAs.call(b.partnerAdmin(), () -> claims.get(bClaim, b.partnerAdmin()));
        Map<String, Long> bIds = new HashMap<>();
        bIds.put("planId", bPlan.id());
        bIds.put("claimId", bClaim);
        bIds.put("allocationId", b.allocationId());
        bIds.put("fundId", b.allocationId());
        bIds.put("programId", b.programId());
        bIds.put("campaignId", bPlan.campaigns().get(0).id());
        bIds.put("activityId", bPlan.campaigns().get(0).activities().get(0).id());
        bIds.put("activityTypeId", b.types().get("DIGITAL_ADVERTISING"));
        bIds.put("documentId", bClaimBefore.documents().get(0).id());

        ApiIsolationProbe probe = new ApiIsolationProbe(new ApiClient(base, apiTokens.of(a.partnerAdmin())),
                a.partnerId(), bIds, Map.of("plan", Long.toString(bPlan.version()),
                "claim", Long.toString(bClaimBefore.version())));
        assertEquals(List.of(), probe.probeEveryEndpoint());
        assertTrue(probe.probed() >= 25, "only " + probe.probed() + " endpoints probed");

        ClaimView bClaimAfter = ActingAs.call(b.partnerAdmin(), () -> claims.get(bClaim, b.partnerAdmin()));
        assertEquals(bClaimBefore.version(), bClaimAfter.version(), "B's claim was changed");
        assertEquals(bClaimBefore.documents().size(), bClaimAfter.documents().size());
        assertEquals(bPlan.version(), ActingAs.call(b.partnerAdmin(), () -> plans.get(bPlan.id(), b.partnerAdmin()))
                .version(), "B's plan was changed");
    }

    @Test
    void anotherPartnersIdIsAnsweredExactlyLikeAnIdThatDoesNotExist() {
        World a = fixtures.world(1_000);
        World b = fixtures.world(1_000);
        PlanView bPlan = fixtures.draftPlan(b, 1_000);
        DomainRuleViolation foreign = assertThrows(DomainRuleViolation.class,
                () -> ActingAs.run(a.partnerAdmin(), () -> plans.get(bPlan.id(), a.partnerAdmin())));
        DomainRuleViolation missing = assertThrows(DomainRuleViolation.class,
                () -> ActingAs.run(a.partnerAdmin(), () -> plans.get(Long.MAX_VALUE, a.partnerAdmin())));
        assertEquals(missing.rule(), foreign.rule());
        assertEquals(Rule.NOT_FOUND, foreign.rule());
        assertFalse(foreign.getMessage().contains(b.tag()), "the refusal names the other partner's data");
    }

    /** Reviewers (and program admins) see plans and claims from submission on, never a partner's draft. */
    @Test
    void theVendorSideCannotReadADraftPlanOrClaimOrItsEvidence() {
        World w = fixtures.world(10_000);
        World d = fixtures.world(1_000); // one plan per partner and period: the draft plan has a partner of its own
        PlanView draftPlan = fixtures.draftPlan(d, 1_000);
        PlanView plan = fixtures.approvedPlan(w, 5_000);
        long draftClaim = fixtures.completeClaim(w, plan, "INV-DRAFT-" + w.tag(), 500);
        long document = ActingAs.call(w.partnerAdmin(), () -> claims.get(draftClaim, w.partnerAdmin()))
                .documents().get(0).id();
        for (Actor vendor : List.of(Fixtures.REVIEWER, Fixtures.ADMIN)) {
            for (Runnable read : List.<Runnable>of(
                    () -> plans.get(draftPlan.id(), vendor),
                    () -> plans.history(draftPlan.id(), vendor),
                    () -> claims.get(draftClaim, vendor),
                    () -> claims.history(draftClaim, vendor),
                    () -> claims.evidenceContent(draftClaim, document, vendor))) {
                DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> ActingAs.run(vendor, read));
                assertTrue(refused.rule() == Rule.NOT_FOUND || refused.rule() == Rule.NOT_PERMITTED, refused.rule().name());
            }
            long listed = ActingAs.call(vendor, () -> claims.countClaims(
                    new works.incentives.domain.claim.ClaimQuery(w.partnerId(), null, null, null, null, null), vendor));
            assertEquals(0, listed, "a vendor list shows no drafts");
            assertEquals(0, (long) ActingAs.call(vendor, () -> plans.countPlans(new works.incentives.domain.plan.PlanQuery(
                    d.partnerId(), null, Set.of(works.incentives.domain.plan.PlanStatus.DRAFT), null, null), vendor)));
        }
        ActingAs.run(w.partnerAdmin(), () -> claims.submit(draftClaim, w.partnerAdmin()));
        assertEquals(draftClaim, ActingAs.call(Fixtures.REVIEWER, () -> claims.get(draftClaim, Fixtures.REVIEWER)).id());
        assertTrue(ActingAs.call(Fixtures.REVIEWER,
                () -> claims.evidenceContent(draftClaim, document, Fixtures.REVIEWER)).length > 0,
                "from submission on, the reviewer reads the evidence");
        DomainRuleViolation programAdmin = assertThrows(DomainRuleViolation.class, () -> ActingAs.run(Fixtures.ADMIN,
                () -> claims.evidenceContent(draftClaim, document, Fixtures.ADMIN)));
        assertEquals(Rule.NOT_PERMITTED, programAdmin.rule(), "program admins never download partners' evidence");
        assertEquals(draftClaim, ActingAs.call(Fixtures.ADMIN, () -> claims.get(draftClaim, Fixtures.ADMIN)).id());
    }

    /** The evidence URL over real HTTP: the same rule for a signed-in reviewer and program admin. */
    @Test
    void theEvidenceUrlServesReviewersFromSubmissionOnAndNeverProgramAdmins() throws Exception {
        World w = fixtures.world(10_000);
        PlanView plan = fixtures.approvedPlan(w, 5_000);
        long claimId = fixtures.completeClaim(w, plan, "INV-HTTP-" + w.tag(), 500);
        long document = ActingAs.call(w.partnerAdmin(), () -> claims.get(claimId, w.partnerAdmin()))
                .documents().get(0).id();
        String reviewer = "rv-" + w.tag();
        String admin = "ad-" + w.tag();
        ActingAs.run(Fixtures.ADMIN, () -> {
            accounts.createIfAbsent(reviewer, "Reviewer " + w.tag(), Role.REVIEWER, null, Fixtures.PASSWORD.toCharArray(), false);
            accounts.createIfAbsent(admin, "Admin " + w.tag(), Role.PROGRAM_ADMIN, null, Fixtures.PASSWORD.toCharArray(), false);
        });
        WebClient reviewerBrowser = new WebClient(base, "127.2.0.2");
        WebClient adminBrowser = new WebClient(base, "127.2.0.3");
        WebClient partnerBrowser = new WebClient(base, "127.2.0.4");
        assertFalse(reviewerBrowser.signIn(reviewer, Fixtures.PASSWORD).location().contains("login"));
        assertFalse(adminBrowser.signIn(admin, Fixtures.PASSWORD).location().contains("login"));
        assertFalse(partnerBrowser.signIn(w.partnerUser().userName(), Fixtures.PASSWORD).location().contains("login"));
        String url = "evidence/" + claimId + "/" + document;

        assertEquals(200, partnerBrowser.get(url).status(), "the owner reads its draft's evidence");
        assertEquals(404, reviewerBrowser.get(url).status(), "a draft is not there for a reviewer");
        assertEquals(404, adminBrowser.get(url).status());
        ActingAs.run(w.partnerAdmin(), () -> claims.submit(claimId, w.partnerAdmin()));
        assertEquals(200, reviewerBrowser.get(url).status(), "submitted: the reviewer reads it");
        assertEquals(403, adminBrowser.get(url).status(), "program admins do not download partners' evidence");
    }

    private static Class<?> serviceClass(Object proxy) {
        Class<?> type = proxy.getClass();
        while (type.getName().contains("$") || type.getName().contains("Proxy")) {
            type = type.getSuperclass();
        }
        return type;
    }

    private static boolean takesAnId(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (isIdName(parameter.getName())) {
                return true;
            }
            if (parameter.getType().isRecord() && parameter.getType() != Actor.class) {
                for (RecordComponent component : parameter.getType().getRecordComponents()) {
                    if (isIdName(component.getName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isIdName(String name) {
        return name.endsWith("Id") && !name.equals("programId") && !name.equals("fundingPeriodId")
                && !name.equals("activityTypeId") && !name.equals("preApprovalId");
    }

    private static Object[] arguments(Method method, Map<String, Long> ids, Actor actor) throws Exception {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = value(parameters[i].getType(), parameters[i].getName(), ids, actor);
        }
        return values;
    }

    private static Object value(Class<?> type, String name, Map<String, Long> ids, Actor actor) throws Exception {
        if (type == Actor.class) {
            return actor;
        }
        if (type == long.class || type == Long.class) {
            return ids.getOrDefault(name, 1L);
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "probe" + System.nanoTime();
        }
        if (type == char[].class) {
            return "probe-password".toCharArray();
        }
        if (type == byte[].class) {
            return Fixtures.png();
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == LocalDate.class) {
            return LocalDate.now();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Set.class) {
            return name.equals("countries") ? Set.of("TW") : Set.of();
        }
        if (type == List.class) {
            return List.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(types[i], components[i].getName(), ids, actor);
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        }
        return null;
    }

    /**
     * What the call answered: the refusal's rule, DENIED, ANSWERED, or, for a query, OWN_DATA_ONLY
     * when every row it returned belongs to the caller's own partner.
     */
    private static String invoke(Object service, Method method, Object[] arguments, long ownPartner) {
        try {
            Object result = method.invoke(service, arguments);
            if (result instanceof List<?> rows) {
                for (Object row : rows) {
                    Method partnerOf = row.getClass().getMethod("partnerId");
                    if (((Number) partnerOf.invoke(row)).longValue() != ownPartner) {
                        return "ANSWERED WITH ANOTHER PARTNER'S ROW " + row;
                    }
                }
                return "OWN_DATA_ONLY";
            }
            if (result instanceof Number || result instanceof Map) {
                return "COUNT " + result;
            }
            return "ANSWERED";
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            while (cause != null) {
                if (cause instanceof DomainRuleViolation violation) {
                    return violation.rule().name();
                }
                if (cause instanceof AccessDeniedException) {
                    return "DENIED";
                }
                cause = cause.getCause();
            }
            return thrown.getCause().toString();
        } catch (ReflectiveOperationException e) {
            return e.toString();
        }
    }
}
