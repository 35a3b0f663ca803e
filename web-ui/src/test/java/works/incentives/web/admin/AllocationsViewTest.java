package works.incentives.web.admin;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;
import works.incentives.web.i18n.TranslationProvider;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV import as the view runs it: each good row goes to the service on its own, a refusal
 * of one row (a duplicate allocation) does not stop the next, and the report names every
 * refused line with a reason in the user's language.
 */
class AllocationsViewTest {

    private final List<AllocateFunds> allocated = new ArrayList<>();
    private AllocationsView view;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        view = view(allocated);
        UI.getCurrent().add(view);
    }

    /** The view over fake services: one program and period, three partners, partner 2 refused as a duplicate. */
    static AllocationsView view(List<AllocateFunds> allocated) {
        return new AllocationsView(new ProgramService() {
            @Override
            public List<ProgramSummary> listPrograms() {
                return List.of(new ProgramSummary(10, "CSP co-op FY27", 2027, "USD", true));
            }
        }, new ProgramAdminService() {
            @Override
            public List<FundingPeriodView> listFundingPeriods(long programId) {
                return List.of(new FundingPeriodView(100, 10, "H1 FY27", LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
                        LocalDate.of(2027, 8, 14)));
            }
        }, new AllocationService() {
            @Override
            public AllocationView allocate(AllocateFunds command, Actor actor) {
                if (command.partnerId() == 2) {
                    throw new DomainRuleViolation(Rule.ALLOCATION_DUPLICATE);
                }
                allocated.add(command);
                return null;
            }

            @Override
            public List<AllocationView> allocationsIn(long programId, long fundingPeriodId, Actor actor) {
                return allocated.stream().map(a -> new AllocationView(a.partnerId(), 0, a.partnerId(), programId,
                        fundingPeriodId, "H1 FY27", "USD", a.earned(), BigDecimal.ZERO, a.earned(), BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, a.earned(), a.earned(), false, LocalDate.of(2027, 8, 14), 30))
                        .toList();
            }
        }, new PartnerService() {
            @Override
            public List<PartnerView> list(Actor actor) {
                return List.of(new PartnerView(1, 0, "Contoso Ltd", "TW"), new PartnerView(2, 0, "Fabrikam", "HK"),
                        new PartnerView(3, 0, "Northwind", "TW"));
            }
        }, AdminFormsTest.ADAM);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void goodRowsLandEachOnItsOwnAndRefusedRowsAreReportedByLineWithTheirReason() {
        String csv = "partner,program,period,earned\n"
                + "Contoso Ltd,CSP co-op FY27,H1 FY27,12500\n"
                + "Fabrikam,CSP co-op FY27,H1 FY27,3000\n"
                + "Nobody,CSP co-op FY27,H1 FY27,10\n"
                + "Northwind,CSP co-op FY27,H1 FY27,1000.50\n"
                + "Northwind,CSP co-op FY27,H1 FY27,abc\n";
        view.importer.importCsv("funds.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(1L, 3L), allocated.stream().map(AllocateFunds::partnerId).toList());
        assertEquals(new BigDecimal("1000.50"), allocated.get(1).earned());
        assertEquals("funds.csv: 2 rows allocated, 3 rows refused.", view.importer.report.summary.getText());
        List<ImportReport.Entry> rejected = GridKt._findAll(view.importer.report.rejectedGrid);
        assertEquals(List.of(3L, 4L, 6L), rejected.stream().map(ImportReport.Entry::line).toList());
        assertEquals("The partner already has an allocation for this program and period.", rejected.get(0).reason());
        assertEquals("Fabrikam,CSP co-op FY27,H1 FY27,3000", rejected.get(0).row());
        assertEquals("There is no partner named \"Nobody\".", rejected.get(1).reason());
        assertTrue(rejected.get(2).reason().startsWith("\"abc\" is not an amount"));
        assertEquals(2, GridKt._size(view.allocationsGrid));
        assertEquals("Contoso Ltd", GridKt.getPresentationValue(view.allocationsGrid.getColumns().get(0),
                GridKt._get(view.allocationsGrid, 0)));
        assertEquals("$12,500.00", GridKt.getPresentationValue(view.allocationsGrid.getColumns().get(1),
                GridKt._get(view.allocationsGrid, 0)));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWholeWithAHint() {
        view.importer.importCsv("latin1.csv", "partner,program,period,earned\nCaf\u00e9,CSP co-op FY27,H1 FY27,10\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), allocated);
        assertTrue(GridKt._get(view.importer.report.rejectedGrid, 0).reason().contains("CSV UTF-8"));
    }
}
