package works.incentives.web.home;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.web.claim.ClaimableActivity;
import works.incentives.web.layout.MainLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The landing page. Partners first see their funds, deadlines, drafts and what waits for them
 * (DOMAIN.md: half of partners leave funds unclaimed); everyone sees the programs.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@StyleSheet("context://styles/plan.css")
public class HomeView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    /** What the partner part of the home reads; vendor users need none of it. */
    public record PartnerServices(AllocationService allocations, PlanService plans, ClaimService claims, Clock clock) {
    }

    static final int ITEMS_SHOWN = 10;

    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    final PartnerHome partnerHome = new PartnerHome();
    final H2 programsHeading = new H2();
    final Grid<ProgramSummary> programs = new Grid<>();
    private final Grid.Column<ProgramSummary> nameColumn;
    private final Grid.Column<ProgramSummary> yearColumn;
    private final Grid.Column<ProgramSummary> currencyColumn;
    private final Grid.Column<ProgramSummary> preApprovalColumn;

    @Inject
    public HomeView(ProgramService programService, CurrentActor currentActor, AllocationService allocations,
                    PlanService plans, ClaimService claims, Clock clock) {
        this(programService, currentActor, new PartnerServices(allocations, plans, claims, clock));
    }

    public HomeView(ProgramService programService, CurrentActor currentActor, PartnerServices partner) {
        heading.setId("home-heading");
        intro.setId("home-intro");
        programs.setId("program-grid");
        nameColumn = programs.addColumn(ProgramSummary::name).setSortable(true).setFlexGrow(3);
        yearColumn = programs.addColumn(p -> "FY" + String.format("%02d", p.programYear() % 100))
                .setComparator(ProgramSummary::programYear).setSortable(true);
        currencyColumn = programs.addColumn(ProgramSummary::currencyCode).setSortable(true);
        preApprovalColumn = programs.addColumn(p -> getTranslation(
                p.planPreApprovalRequired() ? "common.yes" : "common.no"));
        List<ProgramSummary> listed = programService.listPrograms();
        programs.setItems(listed);
        programs.setAllRowsVisible(true);
        add(heading, intro);
        Optional<Actor> actor = currentActor.get().filter(a -> a.role().isPartnerSide());
        partnerHome.setVisible(actor.isPresent());
        actor.ifPresent(a -> {
            partnerHome.show(load(a, partner, listed));
            add(partnerHome, programsHeading);
        });
        add(programs);
    }

    private static PartnerHome.Data load(Actor actor, PartnerServices services, List<ProgramSummary> listed) {
        Map<Long, String> names = listed.stream().collect(Collectors.toMap(ProgramSummary::id, ProgramSummary::name));
        long partnerId = actor.partnerId();
        LocalDate today = LocalDate.now(services.clock());
        List<ClaimRow> draftClaims = services.claims().findClaimsForReview(new ClaimQuery(partnerId, null, null,
                Set.of(ClaimStatus.DRAFT), null, null), 0, ITEMS_SHOWN, ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, actor);
        PartnerHome.Work work = new PartnerHome.Work(draftClaims,
                services.plans().awaitingSubmission(ITEMS_SHOWN, actor),
                services.claims().awaitingSubmission(ITEMS_SHOWN, actor),
                HomeWork.withMoneyLeft(ClaimableActivity.offered(services.claims().claimablePlans(actor).stream()
                        .filter(p -> p.plan().status() == PlanStatus.APPROVED).toList())));
        return new PartnerHome.Data(
                services.allocations().allocationsOf(partnerId, actor), names,
                services.plans().findPlans(new PlanQuery(partnerId, null, Set.of(PlanStatus.DRAFT), null, null),
                        0, ITEMS_SHOWN, actor),
                services.plans().findPlans(new PlanQuery(partnerId, null, Set.of(PlanStatus.ACTION_REQUIRED), null,
                        null), 0, ITEMS_SHOWN, actor),
                services.claims().findClaimsForReview(new ClaimQuery(partnerId, null, null,
                        Set.of(ClaimStatus.ACTION_REQUIRED), null, null), 0, ITEMS_SHOWN,
                        ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, actor),
                today, expiring(draftClaims, today), work);
    }

    /**
     * The draft claims (soonest deadline first) whose deadline is within
     * {@link ExpiringClaimDrafts#WARNING_DAYS} days and not yet past: the warning above the funds.
     */
    static List<ClaimRow> expiring(List<ClaimRow> draftClaims, LocalDate today) {
        LocalDate warnFrom = today.plusDays(ExpiringClaimDrafts.WARNING_DAYS + 1);
        return draftClaims.stream().filter(c -> !c.claimDeadline().isBefore(today) && c.claimDeadline().isBefore(warnFrom))
                .toList();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("home.title"));
        intro.setText(getTranslation("home.intro"));
        programsHeading.setText(getTranslation("home.title"));
        nameColumn.setHeader(getTranslation("program.name"));
        yearColumn.setHeader(getTranslation("program.year"));
        currencyColumn.setHeader(getTranslation("program.currency"));
        preApprovalColumn.setHeader(getTranslation("program.preApproval"));
        programs.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
