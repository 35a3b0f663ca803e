package works.incentives.web.plan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.web.component.CommentTargets;
import works.incentives.web.component.CommentsPanel;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.HandOverButton;
import works.incentives.domain.shared.Role;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plan read-only: its status, the plan as submitted, reviewer feedback on the items it
 * concerns, and the way back into the wizard when the reviewer asked for changes.
 */
@Route(value = "plans/:planId(\\d+)", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/plan.css")
public class PlanDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final PlanWorkspace.Services services;
    final H1 heading = new H1();
    final Span status = new Span();
    final Paragraph decision = new Paragraph();
    final Button reopen = new Button(VaadinIcon.EDIT.create());
    final Button resume = new Button(VaadinIcon.EDIT.create());
    final HandOverButton handOver;
    final PlanSummary summary = new PlanSummary();
    final H2 historyHeading = new H2();
    final UnorderedList history = new UnorderedList();
    final CommentsPanel comments;
    private PlanWorkspace workspace;
    private List<HistoryView> entries = List.of();

    @Inject
    public PlanDetailView(CurrentActor currentActor, PlanService plans, AllocationService allocations,
                          ProgramService programs, ProgramAdminService programAdmin) {
        this.services = new PlanWorkspace.Services(currentActor, plans, allocations, programs, programAdmin);
        setId("plan-detail");
        heading.setId("plan-detail-heading");
        status.setId("plan-status");
        status.addClassName("status-badge");
        decision.setId("plan-decision");
        reopen.setId("plan-reopen");
        reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.setId("plan-resume");
        history.setId("plan-history");
        reopen.addClickListener(e -> {
            if (Feedback.attempt(this, () -> plans.reopenForEdit(workspace.plan().id(), workspace.actor())) != null) {
                UI.getCurrent().navigate(PlanSteps.route(workspace.plan().id(), PlanSteps.REVIEW));
            }
        });
        resume.addClickListener(e -> UI.getCurrent().navigate("plans/" + workspace.plan().id() + "/edit"));
        comments = new CommentsPanel((concerns, text) -> plans.comment(workspace.plan().id(), concerns, text,
                workspace.actor()), this::reload);
        summary.useMarkers(comments::marker);
        handOver = new HandOverButton("plan-hand-over", () -> {
            if (Feedback.attempt(this, () -> plans.requestSubmission(workspace.plan().id(), workspace.actor())) != null) {
                Feedback.success(getTranslation("handOver.requested"));
            }
        });
        add(heading, new HorizontalLayout(status, reopen, resume, handOver), decision, summary, comments, historyHeading, history);
    }

    public static RouteParameters parameters(long planId) {
        return new RouteParameters("planId", String.valueOf(planId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElse(0L);
        workspace = Feedback.attempt(this, () -> PlanWorkspace.of(services, planId));
        if (workspace == null) {
            event.forwardTo(MyPlansView.class);
            return;
        }
        reload();
    }

    /** Reads the plan's history again (after a comment) and shows it. */
    private void reload() {
        long planId = workspace.plan().id();
        entries = Feedback.attempt(this, () -> services.plans().history(planId, workspace.actor()));
        if (entries == null) {
            entries = List.of();
        }
        render();
    }

    /** Comments and decisions with text, by the item they concern ("plan" when none). */
    static Map<String, List<HistoryView>> feedbackByConcern(List<HistoryView> history) {
        return history.stream().filter(h -> h.details() != null && !h.details().isBlank())
                .filter(h -> h.concerns() != null || "ACTION_REQUESTED".equals(h.action()) || "REJECTED".equals(h.action()))
                .collect(Collectors.groupingBy(h -> h.concerns() == null ? "plan" : h.concerns()));
    }

    private void render() {
        if (workspace == null) {
            return;
        }
        var plan = workspace.plan();
        heading.setText(plan.title());
        status.setText(getTranslation("detail.status", getTranslation(plan.status().messageKey())));
        status.getElement().setAttribute("data-status", plan.status().name());
        decision.setText(plan.decisionComment() == null ? "" : getTranslation("detail.decision", plan.decisionComment()));
        decision.setVisible(plan.decisionComment() != null);
        reopen.setText(getTranslation("detail.reopen"));
        reopen.setVisible(plan.status() == PlanStatus.ACTION_REQUIRED);
        resume.setText(getTranslation("detail.resume"));
        resume.setVisible(plan.status() == PlanStatus.DRAFT);
        handOver.setVisible(plan.status() == PlanStatus.DRAFT && workspace.actor().role() == Role.INCENTIVES_USER);
        summary.useCatalogue(workspace.types());
        Map<String, String> targets = CommentTargets.plan(this, plan, workspace.types());
        comments.show(entries, targets);
        summary.show(plan, workspace.fundLabel(), feedbackByConcern(entries));
        historyHeading.setText(getTranslation("detail.history"));
        history.removeAll();
        for (HistoryView entry : entries) {
            String when = Formats.date(entry.at().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale());
            String to = entry.toStatus() == null ? "" : getTranslation("status.plan." + entry.toStatus());
            String details = entry.details() == null ? "" : entry.details();
            if ("COMMENTED".equals(entry.action())) {
                to = "";
                details = getTranslation("comments.history", targets.getOrDefault(entry.concerns(), entry.concerns()), details);
            }
            ListItem line = new ListItem(getTranslation("detail.historyEntry", when, entry.actorName(), to, details));
            line.getElement().setAttribute("data-action", entry.action());
            history.add(line);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("detail.title") + " | " + getTranslation("app.name");
    }
}
