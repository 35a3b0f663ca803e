package works.incentives.web.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.audit.SubmissionRequest;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.web.claim.ClaimableActivity;
import works.incentives.web.plan.DraftList;
import works.incentives.web.plan.Formats;
import works.incentives.web.plan.FundFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The partner's home: funds per program and period with their countdown and expiry warnings,
 * a chart of fund use, drafts to resume, and plans and claims waiting for the partner. It shows
 * data handed to it, so it can be tested without services.
 */
public class PartnerHome extends Div implements LocaleChangeObserver {

    /** What the partner's home shows, loaded by the home view. */
    public record Data(List<AllocationView> funds, Map<Long, String> programNames, List<PlanRow> drafts,
                       List<PlanRow> plansNeedingAction, List<ClaimRow> claimsNeedingAction, LocalDate today,
                       List<ClaimRow> expiringClaimDrafts, Work work) {

        public Data(List<AllocationView> funds, Map<Long, String> programNames, List<PlanRow> drafts,
                    List<PlanRow> plansNeedingAction, List<ClaimRow> claimsNeedingAction, LocalDate today,
                    List<ClaimRow> expiringClaimDrafts) {
            this(funds, programNames, drafts, plansNeedingAction, claimsNeedingAction, today, expiringClaimDrafts,
                    Work.NONE);
        }

        public Data(List<AllocationView> funds, Map<Long, String> programNames, List<PlanRow> drafts,
                    List<PlanRow> plansNeedingAction, List<ClaimRow> claimsNeedingAction, LocalDate today) {
            this(funds, programNames, drafts, plansNeedingAction, claimsNeedingAction, today, List.of());
        }
    }

    /**
     * The ways into the work (issue 15): draft claims to resume, plans and claims colleagues handed
     * over for a partner admin to submit, activities a proof of execution may be prepared for.
     */
    public record Work(List<ClaimRow> draftClaims, List<SubmissionRequest> plansHandedOver,
                       List<SubmissionRequest> claimsHandedOver, List<ClaimableActivity> readyToClaim) {

        public static final Work NONE = new Work(List.of(), List.of(), List.of(), List.of());
    }

    final H2 fundsHeading = new H2();
    final Div fundCards = new Div();
    final FundChart chart = new FundChart();
    final H2 draftsHeading = new H2();
    final DraftList drafts = new DraftList();
    final Button newPlan = new Button(VaadinIcon.PLUS.create());
    final H2 actionHeading = new H2();
    final UnorderedList actions = new UnorderedList();
    final ExpiringClaimDrafts expiring = new ExpiringClaimDrafts();
    final UnorderedList draftClaims = new UnorderedList();
    final H2 readyHeading = new H2();
    final UnorderedList readyToClaim = new UnorderedList();
    private Data data;

    public PartnerHome() {
        setId("partner-home");
        fundCards.setId("fund-cards");
        fundCards.addClassName("fund-cards");
        newPlan.setId("home-new-plan");
        newPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPlan.addClickListener(e -> UI.getCurrent().navigate("plans/new"));
        actions.setId("home-actions");
        draftClaims.setId("draft-claims");
        draftClaims.addClassName("draft-list");
        readyToClaim.setId("home-ready-to-claim");
        add(expiring, fundsHeading, fundCards, chart, actionHeading, actions, readyHeading, readyToClaim, draftsHeading,
                drafts, draftClaims, newPlan);
    }

    public void show(Data shown) {
        this.data = shown;
        render();
    }

    private void render() {
        if (data == null) {
            return;
        }
        fundsHeading.setText(getTranslation("dashboard.funds.title"));
        fundCards.removeAll();
        for (AllocationView fund : data.funds()) {
            fundCards.add(card(fund));
        }
        if (data.funds().isEmpty()) {
            fundCards.add(new Paragraph(getTranslation("dashboard.noFunds")));
        }
        chart.setVisible(!data.funds().isEmpty());
        chart.show(data.funds().stream().map(this::bar).toList(), new FundChart.Texts(
                getTranslation("dashboard.chart.aria"), getTranslation("dashboard.chart.claimed"),
                getTranslation("dashboard.chart.committed"), getTranslation("dashboard.chart.free")));
        draftsHeading.setText(getTranslation("dashboard.drafts.title"));
        drafts.show(data.drafts(), data.programNames());
        draftClaims.removeAll();
        data.work().draftClaims().forEach(c -> draftClaims.add(HomeWork.draftClaim(this, c)));
        draftClaims.setVisible(!data.work().draftClaims().isEmpty());
        drafts.othersListed(!data.work().draftClaims().isEmpty());
        HomeWork.readyToClaim(this, readyHeading, readyToClaim, data.work().readyToClaim());
        newPlan.setText(getTranslation("dashboard.newPlan"));
        actionHeading.setText(getTranslation("dashboard.action.title"));
        renderActions();
        expiring.show(data.expiringClaimDrafts(), data.today());
    }

    private Div card(AllocationView fund) {
        Div card = new Div(new H3(fundLabel(fund)));
        card.setId("fund-card-" + fund.id());
        card.addClassName("fund-card");
        FundFacts facts = new FundFacts();
        card.add(facts);
        facts.show(fund);
        return card;
    }

    String fundLabel(AllocationView fund) {
        return getTranslation("dashboard.fund.heading", data.programNames().getOrDefault(fund.programId(), ""),
                fund.periodName());
    }

    FundChart.Bar bar(AllocationView fund) {
        BigDecimal committedNotClaimed = fund.committed().subtract(fund.claimed()).max(BigDecimal.ZERO);
        return new FundChart.Bar(fundLabel(fund), fund.claimed(), committedNotClaimed,
                fund.uncommitted().max(BigDecimal.ZERO));
    }

    private void renderActions() {
        actions.removeAll();
        for (PlanRow plan : data.plansNeedingAction()) {
            Button open = new Button(getTranslation("dashboard.action.open"),
                    e -> UI.getCurrent().navigate("plans/" + plan.id()));
            open.setId("action-plan-" + plan.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(new ListItem(new Span(getTranslation("dashboard.action.plan", plan.title())), open));
        }
        for (ClaimRow claim : data.claimsNeedingAction()) {
            String text = claim.answerDueOn() == null ? getTranslation("dashboard.action.claimNoDate", claim.name())
                    : getTranslation("dashboard.action.claim", claim.name(), Formats.date(claim.answerDueOn(), getLocale()),
                    getTranslation("fund.daysLeft", ChronoUnit.DAYS.between(data.today(), claim.answerDueOn())));
            Span line = new Span(text);
            line.setId("action-claim-" + claim.id());
            actions.add(new ListItem(line));
        }
        data.work().plansHandedOver().forEach(r -> actions.add(HomeWork.handedOver(this, r, true)));
        data.work().claimsHandedOver().forEach(r -> actions.add(HomeWork.handedOver(this, r, false)));
        if (actions.getChildren().findAny().isEmpty()) {
            actions.add(new ListItem(getTranslation("dashboard.action.none")));
        }
    }

    /** Whether any fund is about to expire with money left (the home warns about it). */
    boolean anyExpiring() {
        return data != null && data.funds().stream().anyMatch(FundFacts::expiresSoon);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }
}
