package works.incentives.web.home;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.web.i18n.TranslationProvider;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The home view's own logic: what it shows of the programs the service lists, in which language. */
class HomeViewTest {

    private final List<ProgramSummary> listed = List.of(
            new ProgramSummary(2, "Newer co-op", 2027, "EUR", false),
            new ProgramSummary(1, "Older co-op", 2026, "USD", true));

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    /** The home over the fake services (also the text scan's fixture). */
    HomeView show() {
        HomeView view = new HomeView(new ProgramService() {
            @Override
            public List<ProgramSummary> listPrograms() {
                return listed;
            }
        }, () -> Optional.of(Actor.reviewer("rita")), null);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void listsEveryProgramWithItsFiscalYearAndPreApprovalRule() {
        HomeView view = show();
        assertEquals(2, GridKt._size(view.programs));
        assertEquals("Newer co-op", GridKt._get(view.programs, 0).name());
        assertEquals("FY27", GridKt.getPresentationValue(view.programs.getColumns().get(1), GridKt._get(view.programs, 0)));
        assertEquals("No", GridKt.getPresentationValue(view.programs.getColumns().get(3), GridKt._get(view.programs, 0)));
        assertEquals("Yes", GridKt.getPresentationValue(view.programs.getColumns().get(3), GridKt._get(view.programs, 1)));
    }

    @Test
    void theHeadingFollowsTheSessionLanguage() {
        show();
        assertEquals("Co-op programs", _get(H1.class, spec -> spec.withId("home-heading")).getText());
        VaadinSession.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("共同行銷方案", _get(H1.class, spec -> spec.withId("home-heading")).getText());
    }
}
