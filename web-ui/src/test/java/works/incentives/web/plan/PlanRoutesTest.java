package works.incentives.web.plan;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plan screens' URLs: a draft is resumable from its URL, new plans and plan pages do not clash. */
class PlanRoutesTest {

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("works.incentives.web.plan"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void everyPlanUrlOpensItsView() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        assertEquals(Optional.of(PlanWizardView.class), routes.getRoute("plans/new"));
        assertEquals(Optional.of(PlanWizardView.class), routes.getRoute(PlanSteps.route(12, PlanSteps.CAMPAIGNS)));
        assertEquals(Optional.of(PlanWizardView.class), routes.getRoute(DraftList.resumeRoute(12)));
        assertEquals(Optional.of(PlanDetailView.class), routes.getRoute("plans/12"));
        assertEquals(Optional.of(MyPlansView.class), routes.getRoute("plans"));
        assertEquals("plans/12", routes.getUrl(PlanDetailView.class, PlanDetailView.parameters(12)));
    }
}
