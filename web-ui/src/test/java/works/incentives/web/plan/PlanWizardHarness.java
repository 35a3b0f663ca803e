package works.incentives.web.plan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan wizard of plan 5 over a test's own {@link PlanService}, with the fund, program and catalogue of {@link Fixtures}. */
final class PlanWizardHarness {

    static final Actor ANN = Actor.partnerAdmin("ann", 3);

    private PlanWizardHarness() {
    }

    /** The fund, program and catalogue of {@link Fixtures}, as the services return them to Ann. */
    static PlanWorkspace.Services services(PlanService plans) {
        AllocationService allocations = new AllocationService() {
            @Override
            public List<AllocationView> allocationsOf(long partnerId, Actor actor) {
                return List.of(Fixtures.fund("26000", 200));
            }
        };
        ProgramService programs = new ProgramService() {
            @Override
            public List<ProgramSummary> listPrograms() {
                return List.of(new ProgramSummary(1, "CSP co-op", 2027, "USD", true));
            }
        };
        ProgramAdminService programAdmin = new ProgramAdminService() {
            @Override
            public List<FundingPeriodView> listFundingPeriods(long programId) {
                return List.of(new FundingPeriodView(2, 1, "H2 FY27", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
                        Fixtures.USAGE_START, Fixtures.USAGE_END, LocalDate.of(2027, 8, 14)));
            }

            @Override
            public List<ActivityTypeView> listActivityTypes(long programId) {
                return Fixtures.TYPES;
            }
        };
        return new PlanWorkspace.Services(() -> Optional.of(ANN), plans, allocations, programs, programAdmin);
    }

    /** The partner's page of plan 5 attached to the mocked UI (Karibu), entered as the router would. */
    static PlanDetailView openPage(PlanService plans) {
        PlanWorkspace.Services services = services(plans);
        PlanDetailView page = new PlanDetailView(services.currentActor(), plans, services.allocations(),
                services.programs(), services.programAdmin());
        UI.getCurrent().add(page);
        NavigationEvent navigation = new NavigationEvent(UI.getCurrent().getInternals().getRouter(),
                new Location("plans/5"), UI.getCurrent(), NavigationTrigger.PROGRAMMATIC);
        page.beforeEnter(new BeforeEnterEvent(navigation, PlanDetailView.class, PlanDetailView.parameters(5), List.of()));
        return page;
    }

    /** The wizard attached to the mocked UI (Karibu), entered at a step of plan 5 as the router would. */
    static PlanWizardView open(PlanService plans, String step) {
        PlanWorkspace.Services services = services(plans);
        GuidanceSnippetService snippets = new GuidanceSnippetService() {
            @Override
            public Optional<String> textFor(String key, String language) {
                return Optional.empty();
            }
        };
        PlanWizardView view = new PlanWizardView(services.currentActor(), plans, services.allocations(),
                services.programs(), services.programAdmin(), snippets);
        UI.getCurrent().add(view);
        enter(view, step);
        return view;
    }

    /** Enters another step of the same view, as a navigation inside the wizard does (the router keeps the view). */
    static void enter(PlanWizardView view, String step) {
        NavigationEvent navigation = new NavigationEvent(UI.getCurrent().getInternals().getRouter(),
                new Location(PlanSteps.route(5, step)), UI.getCurrent(), NavigationTrigger.PROGRAMMATIC);
        view.beforeEnter(new BeforeEnterEvent(navigation, PlanWizardView.class,
                new RouteParameters(Map.of("planId", "5", "step", step)), List.of()));
    }
}
