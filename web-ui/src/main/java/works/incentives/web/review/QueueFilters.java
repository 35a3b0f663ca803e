package works.incentives.web.review;

import works.incentives.web.component.DateField;
import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramSummary;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters both review queues share: program, then the program's funding period and activity
 * type, partner, and a date (claims due before it; plans waiting since before it). Any change calls
 * {@code changed}, which refreshes the queue from the database.
 */
class QueueFilters extends HorizontalLayout {

    final ComboBox<ProgramSummary> program = new ComboBox<>();
    final ComboBox<FundingPeriodView> period = new ComboBox<>();
    final ComboBox<ActivityTypeView> activityType = new ComboBox<>();
    final ComboBox<PartnerView> partner = new ComboBox<>();
    final DatePicker before = new DateField();

    QueueFilters(String prefix, String beforeLabelKey, List<ProgramSummary> programs, List<PartnerView> partners,
                 ProgramAdminService catalogue, Runnable changed) {
        setId(prefix + "-filters");
        addClassName("review-filters");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        program.setId(prefix + "-filter-program");
        program.setLabel(getTranslation("review.filter.program"));
        program.setItems(programs);
        program.setItemLabelGenerator(ProgramSummary::name);
        period.setId(prefix + "-filter-period");
        period.setLabel(getTranslation("review.filter.period"));
        period.setItemLabelGenerator(FundingPeriodView::name);
        period.setEnabled(false);
        activityType.setId(prefix + "-filter-type");
        activityType.setLabel(getTranslation("review.filter.activityType"));
        activityType.setItemLabelGenerator(t -> CatalogueNames.activityType(this, t.code()));
        activityType.setEnabled(false);
        partner.setId(prefix + "-filter-partner");
        partner.setLabel(getTranslation("review.filter.partner"));
        partner.setItems(partners);
        partner.setItemLabelGenerator(PartnerView::name);
        before.setId(prefix + "-filter-before");
        before.setLabel(getTranslation(beforeLabelKey));
        for (var field : List.of(program, period, activityType, partner)) {
            field.setClearButtonVisible(true);
        }
        before.setClearButtonVisible(true);

        program.addValueChangeListener(e -> {
            ProgramSummary chosen = e.getValue();
            period.clear();
            activityType.clear();
            period.setItems(chosen == null ? List.of() : catalogue.listFundingPeriods(chosen.id()));
            activityType.setItems(chosen == null ? List.of() : catalogue.listActivityTypes(chosen.id()));
            period.setEnabled(chosen != null);
            activityType.setEnabled(chosen != null);
            changed.run();
        });
        period.addValueChangeListener(e -> changed.run());
        activityType.addValueChangeListener(e -> changed.run());
        partner.addValueChangeListener(e -> changed.run());
        before.addValueChangeListener(e -> changed.run());
        add(program, period, activityType, partner, before);
    }

    Long programId() {
        return program.getValue() == null ? null : program.getValue().id();
    }

    Long periodId() {
        return period.getValue() == null ? null : period.getValue().id();
    }

    String activityTypeCode() {
        return activityType.getValue() == null ? null : activityType.getValue().code();
    }

    Long partnerId() {
        return partner.getValue() == null ? null : partner.getValue().id();
    }

    LocalDate before() {
        return before.getValue();
    }
}
