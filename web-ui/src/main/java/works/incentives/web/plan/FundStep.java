package works.incentives.web.plan;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.web.component.wizard.BufferedStep;
import works.incentives.web.guidance.GuidanceLink;

import java.util.List;
import java.util.Map;

/**
 * Step 1: the program and the fund (one allocation per program and period) the plan spends,
 * with its balances and deadline. Fixed once the draft exists: a plan belongs to one fund.
 */
public class FundStep extends BufferedStep<FundStep.Choice> implements LocaleChangeObserver {

    /** The step's bean: the chosen fund. */
    public static class Choice {
        private AllocationView fund;

        public AllocationView getFund() {
            return fund;
        }

        public void setFund(AllocationView fund) {
            this.fund = fund;
        }
    }

    final Select<AllocationView> fund = new Select<>();
    final FundFacts facts = new FundFacts();
    final Paragraph fixed = new Paragraph();
    final Paragraph none = new Paragraph();
    final OtherFunds others = new OtherFunds();
    private Map<Long, String> programNames = Map.of();
    private Map<Long, PlanRow> plans = Map.of();
    private List<AllocationView> shown = List.of();
    private boolean locked;

    public FundStep() {
        super(PlanSteps.FUND);
        fund.setId("plan-fund");
        fund.setWidth("32em");
        fund.setItemLabelGenerator(this::label);
        fund.addValueChangeListener(e -> facts.show(e.getValue()));
        facts.setId("plan-fund-facts");
        fixed.setId("plan-fund-fixed");
        fixed.setVisible(false);
        none.setId("plan-fund-none");
        none.setVisible(false);
        binder.forField(fund).asRequired(v -> getTranslation("fund.required"))
                .bind(Choice::getFund, Choice::setFund);
        add(fund, fixed, none, facts, others);
    }

    /** The partner's funds to choose from; {@code locked}: the draft exists and its fund cannot change. */
    public void show(List<AllocationView> funds, Map<Long, String> programNames, Long chosenId, boolean locked) {
        show(funds, programNames, chosenId, locked, Map.of());
    }

    /**
     * Like {@link #show(List, Map, Long, boolean)}; for a new plan only funds open for new plans and
     * without a plan ({@code plans}: the partner's plan per fund id) are offered, the others are listed
     * with the reason (and a link to the existing plan).
     */
    public void show(List<AllocationView> funds, Map<Long, String> programNames, Long chosenId, boolean locked,
                     Map<Long, PlanRow> plans) {
        this.programNames = Map.copyOf(programNames);
        this.plans = Map.copyOf(plans);
        this.shown = List.copyOf(funds);
        this.locked = locked;
        List<AllocationView> usable = funds.stream().filter(f -> !f.rebateOnly())
                .filter(f -> locked || (f.openForNewPlans() && !plans.containsKey(f.id()))).toList();
        fund.setItems(usable);
        Choice choice = new Choice();
        choice.setFund(usable.stream().filter(f -> chosenId != null && f.id() == chosenId).findFirst()
                .orElse(usable.size() == 1 ? usable.get(0) : null));
        edit(choice);
        fund.setReadOnly(locked);
        fixed.setVisible(locked);
        none.setVisible(usable.isEmpty());
        facts.show(choice.getFund());
        showOthers();
    }

    private void showOthers() {
        List<AllocationView> notRebate = shown.stream().filter(f -> !f.rebateOnly()).toList();
        others.show(locked ? List.of() : notRebate.stream().filter(f -> plans.containsKey(f.id())).toList(),
                locked ? List.of() : notRebate.stream()
                        .filter(f -> !plans.containsKey(f.id()) && !f.openForNewPlans()).toList(),
                plans, this::label);
    }

    /** Shows a refusal of the chosen fund (e.g. it already has a plan) next to the field. */
    public void refuse(String message) {
        fund.setInvalid(true);
        fund.setErrorMessage(message);
    }

    String label(AllocationView allocation) {
        return getTranslation("fund.label", programNames.getOrDefault(allocation.programId(), "?"),
                allocation.periodName(), allocation.currencyCode());
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(PlanGuidance.PROGRAM_AND_FUND, PlanGuidance.FUNDS_AND_EXPIRY, PlanGuidance.DEADLINES);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        fund.setLabel(getTranslation("fund.choose"));
        fund.setHelperText(getTranslation("fund.choose.helper"));
        fixed.setText(getTranslation("fund.fixed"));
        none.setText(getTranslation("fund.none"));
        facts.show(fund.getValue());
        showOthers();
    }
}
