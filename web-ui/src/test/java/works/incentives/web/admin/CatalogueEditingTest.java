package works.incentives.web.admin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EditActivityType;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.domain.shared.Actor;
import works.incentives.web.i18n.TranslationProvider;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A program admin corrects the catalogue and the program (issue 10, item 6): the edit dialog opens
 * with the type's rules, an edit and a deactivation carry the version shown, a concurrent change is
 * reported as "changed by someone else", and a program is closed for new plans on its page.
 */
class CatalogueEditingTest {

    static final ActivityTypeView SEMINARS = new ActivityTypeView(23, "SEMINARS_BOOTCAMPS",
            ActivityCategory.MARKET_DEVELOPMENT, "activityType.SEMINARS_BOOTCAMPS", null,
            List.of(new EvidenceRequirementData("INVITATION_AGENDA", "The invitation and agenda", null, true)),
            List.of("REGISTERED_GUESTS"), null, null, null, null, null, null, true, true, null, null, 1, null, 4,
            false, List.of());

    private final List<String> calls = new ArrayList<>();
    private boolean conflict;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup(new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("works.incentives.web.admin"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    final ProgramAdminService admin = new ProgramAdminService() {
        @Override
        public List<ActivityTypeView> listActivityTypes(long programId) {
            return List.of(SEMINARS);
        }

        @Override
        public List<works.incentives.domain.program.ProgramCommands.FundingPeriodView> listFundingPeriods(long programId) {
            return List.of();
        }

        @Override
        public ActivityTypeView editActivityType(EditActivityType command, Actor actor) {
            calls.add("edit " + command.typeId() + " v" + command.expectedVersion() + " cap "
                    + command.definition().perPeriodCap() + " alcohol " + command.definition().alcoholExcluded());
            if (conflict) {
                throw new OptimisticLockException("stale");
            }
            return new ActivityTypeView(24, "SEMINARS_BOOTCAMPS", ActivityCategory.MARKET_DEVELOPMENT,
                    "activityType.SEMINARS_BOOTCAMPS", null, SEMINARS.evidence(), SEMINARS.metrics(), null,
                    command.definition().perPeriodCap(), null, null, null, null, true, true, null, null, 2,
                    Instant.parse("2026-12-01T09:00:00Z"), 0, false, List.of());
        }

        @Override
        public ActivityTypeView deactivateActivityType(long typeId, long expectedVersion, Actor actor) {
            calls.add("deactivate " + typeId + " v" + expectedVersion);
            return SEMINARS;
        }

        @Override
        public ProgramView setProgramActive(long programId, long expectedVersion, boolean active, Actor actor) {
            calls.add("program " + programId + " v" + expectedVersion + " active " + active);
            return new ProgramView(7, 1, "CSP co-op FY27", 2027, "USD", true, AdminFormsTest.PROGRAM.yearStart(),
                    AdminFormsTest.PROGRAM.yearEnd(), 45, 90, 10, 30, new BigDecimal("1500"), null, active);
        }

        @Override
        public ProgramView getProgram(long programId) {
            return new ProgramView(7, 1, "CSP co-op FY27", 2027, "USD", true, AdminFormsTest.PROGRAM.yearStart(),
                    AdminFormsTest.PROGRAM.yearEnd(), 45, 90, 10, 30, new BigDecimal("1500"), null, false);
        }
    };

    private ActivityCataloguePanel panel() {
        ActivityCataloguePanel panel = new ActivityCataloguePanel(admin, AdminFormsTest.ADAM, AdminFormsTest.PROGRAM);
        UI.getCurrent().add(panel);
        return panel;
    }

    /** A button of the type's grid row (grid cells are rendered lazily, so ask the panel for the row's actions). */
    private static Button rowButton(ActivityCataloguePanel panel, String id) {
        return _get(panel.actions(SEMINARS), Button.class, spec -> spec.withId(id));
    }

    private static String text(String key, Object... args) {
        return new TranslationProvider().getTranslation(key, Locale.ENGLISH, args);
    }

    @Test
    void anEditOpensWithTheTypesRulesAndCarriesTheVersionShown() {
        ActivityCataloguePanel panel = panel();
        rowButton(panel, "type-edit-SEMINARS_BOOTCAMPS").click();
        ActivityTypeForm form = _get(ActivityTypeForm.class);
        assertEquals("SEMINARS_BOOTCAMPS", form.code.getValue());
        assertTrue(form.code.isReadOnly(), "a type's code never changes");
        assertTrue(form.alcoholExcluded.getValue());
        assertEquals(1, form.evidence.rows.size());
        form.perPeriodCap.setValue(new BigDecimal("40000"));
        _click(_get(Button.class, spec -> spec.withId("type-save")));
        assertEquals(List.of("edit 23 v4 cap 40000 alcohol true"), calls);
        NotificationsKt.expectNotifications(text("admin.type.saved", "Customer seminars and bootcamps",
                "Catalogue revision 2, changed Dec 1, 2026"));
    }

    @Test
    void aConcurrentEditIsReportedAsChangedBySomeoneElse() {
        conflict = true;
        ActivityCataloguePanel panel = panel();
        rowButton(panel, "type-edit-SEMINARS_BOOTCAMPS").click();
        _click(_get(Button.class, spec -> spec.withId("type-save")));
        NotificationsKt.expectNotifications(text("error.changedBySomeoneElse"));
    }

    @Test
    void aTypeIsDeactivatedOnTheVersionShown() {
        ActivityCataloguePanel panel = panel();
        rowButton(panel, "type-toggle-SEMINARS_BOOTCAMPS").click();
        assertEquals(List.of("deactivate 23 v4"), calls);
    }

    @Test
    void aProgramIsClosedForNewPlansOnItsPage() {
        ProgramDetailView view = new ProgramDetailView(admin, AdminFormsTest.ADAM);
        UI.getCurrent().add(view);
        view.show(AdminFormsTest.PROGRAM);
        _click(_get(view, Button.class, spec -> spec.withId("program-toggle")));
        assertEquals(List.of("program 7 v0 active false"), calls);
        assertEquals(text("admin.program.inactive"),
                _get(view, com.vaadin.flow.component.html.Span.class, spec -> spec.withId("program-state")).getText());
        assertFalse(_get(view, Button.class, spec -> spec.withId("program-toggle")).getText().isBlank());
    }
}
