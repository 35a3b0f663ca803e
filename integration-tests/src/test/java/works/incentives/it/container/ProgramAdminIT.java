package works.incentives.it.container;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.DefineActivityType;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;
import works.incentives.it.container.Fixtures.World;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Program administration in the container: an admin-defined activity type keeps its display
 * name and evidence requirements through the real database, and allocations imported row by
 * row land or are refused one by one.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramAdminIT {

    private static final Actor ADMIN = Fixtures.ADMIN;

    @Inject
    Fixtures fixtures;
    @Inject
    ProgramAdminService programs;
    @Inject
    AllocationService allocations;
    @Inject
    PartnerService partners;

    @Test
    void anAdminDefinedActivityTypeWithTwoEvidenceRequirementsAndADisplayNameIsListedBack() {
        World w = fixtures.world(20_000);
        ActingAs.run(ADMIN, () -> programs.defineActivityType(new DefineActivityType(w.programId(),
                "PODCAST_" + w.tag().toUpperCase().replaceAll("[^A-Z0-9]", "X"), ActivityCategory.DEMAND_GENERATION,
                null, List.of(
                        new EvidenceRequirementData("EPISODE_LINK", "Link to the published episode",
                                "https://pod.example/42", true),
                        new EvidenceRequirementData("AD_READ_SCRIPT", "The script of the ad read, with the partner brand",
                                null, false)),
                List.of("ESTIMATED_REACH", "DOWNLOADS"), null, new BigDecimal("5000"), null, null, null, null, false,
                "Podcast sponsorship"), ADMIN));

        List<ActivityTypeView> catalogue = ActingAs.call(ADMIN, () -> programs.listActivityTypes(w.programId()));
        ActivityTypeView podcast = catalogue.stream().filter(t -> t.code().startsWith("PODCAST_")).findFirst().orElseThrow();
        assertEquals("Podcast sponsorship", podcast.displayName());
        assertEquals(List.of("EPISODE_LINK", "AD_READ_SCRIPT"),
                podcast.evidence().stream().map(EvidenceRequirementData::code).toList());
        assertEquals(List.of(true, false), podcast.evidence().stream().map(EvidenceRequirementData::mandatory).toList());
        assertEquals("https://pod.example/42", podcast.evidence().get(0).example());
        assertEquals(List.of("ESTIMATED_REACH", "DOWNLOADS"), podcast.metrics());
        assertNull(catalogue.stream().filter(t -> t.code().equals("DIGITAL_ADVERTISING")).findFirst().orElseThrow()
                .displayName(), "standard types are named by their translation key");
    }

    /**
     * The import's service path as {@code AllocationsView.importCsv} runs it: rows that
     * {@code AllocationCsv} accepted (partner, program and period names resolved to ids) go to
     * {@link AllocationService#allocate} one call each, outside any surrounding transaction, so a
     * refused row (here a duplicate allocation) rolls back only itself. ({@code AllocationCsv}
     * itself lives in the WAR, which is not on this module's compile classpath; its parsing is
     * unit-tested in web-ui.)
     */
    @Test
    void importedRowsAreAllocatedOneByOneAndADuplicateIsRefusedWithoutUndoingTheOthers() {
        World w = fixtures.world(20_000); // its partner already holds an allocation for the period
        long second = ActingAs.call(ADMIN, () -> partners.register("IT import " + w.tag(), "TW", ADMIN).id());
        long third = ActingAs.call(ADMIN, () -> partners.register("IT import 2 " + w.tag(), "HK", ADMIN).id());
        List<AllocateFunds> rows = List.of(
                new AllocateFunds(second, w.programId(), w.periodId(), new BigDecimal("12500.00")),
                new AllocateFunds(w.partnerId(), w.programId(), w.periodId(), new BigDecimal("999")),
                new AllocateFunds(third, w.programId(), w.periodId(), new BigDecimal("1000.50")));

        List<Rule> refused = new ArrayList<>();
        int landed = 0;
        for (AllocateFunds row : rows) {
            try {
                ActingAs.call(ADMIN, () -> allocations.allocate(row, ADMIN));
                landed++;
            } catch (DomainRuleViolation violation) {
                refused.add(violation.rule());
            }
        }

        assertEquals(2, landed);
        assertEquals(List.of(Rule.ALLOCATION_DUPLICATE), refused);
        Map<Long, BigDecimal> earned = ActingAs.call(ADMIN, () -> allocations.allocationsIn(w.programId(),
                w.periodId(), ADMIN)).stream().collect(Collectors.toMap(AllocationView::partnerId, AllocationView::earned));
        assertEquals(3, earned.size());
        assertEquals(0, new BigDecimal("20000").compareTo(earned.get(w.partnerId())), "the duplicate changed nothing");
        assertEquals(0, new BigDecimal("12500").compareTo(earned.get(second)));
        assertEquals(0, new BigDecimal("1000.50").compareTo(earned.get(third)));
    }
}
