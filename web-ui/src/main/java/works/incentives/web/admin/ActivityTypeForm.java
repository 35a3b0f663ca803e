package works.incentives.web.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import works.incentives.web.component.ComponentTexts;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramCommands.DefineActivityType;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.MetricData;
import works.incentives.web.i18n.CatalogueNames;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An admin's own activity type, new or edited: code (fixed once defined), category, the display
 * names partners see in English and Traditional Chinese (there is no translation for them),
 * evidence requirements, metrics (the known ones or new codes, each new one named in both
 * languages) and caps in the program currency. An edit carries the version the admin saw. Everything the domain would refuse with a programming error (bad code,
 * share outside 0-100%, a floor without a share) is caught here and marked on the field.
 */
class ActivityTypeForm extends VerticalLayout {

    final TextField code = new TextField();
    final ComboBox<ActivityCategory> category = new ComboBox<>();
    final TextField displayName = new TextField();
    final TextField displayNameZh = new TextField();
    final MetricNamesEditor metricNames = new MetricNamesEditor();
    /** The type being edited, or null for a new one. */
    private ActivityTypeView editing;
    final TextField guidanceUrl = new TextField();
    final EvidenceRequirementsEditor evidence = new EvidenceRequirementsEditor();
    final MultiSelectComboBox<String> metrics = new MultiSelectComboBox<>();
    final BigDecimalField perClaimCap = new BigDecimalField();
    final BigDecimalField perPeriodCap = new BigDecimalField();
    final BigDecimalField earnedSharePercent = new BigDecimalField();
    final BigDecimalField earnedShareFloor = new BigDecimalField();
    final BigDecimalField perPersonCap = new BigDecimalField();
    final IntegerField maxPersons = new IntegerField();
    final Checkbox alcoholExcluded = new Checkbox();
    private final List<String> metricCodes = new ArrayList<>(CatalogueNames.KNOWN_METRICS);
    private final long programId;

    ActivityTypeForm(long programId, String currencyCode) {
        this.programId = programId;
        setPadding(false);
        AdminFields.labelled(code, "type-code", "admin.type.code");
        code.setHelperText(getTranslation("admin.type.code.help"));
        code.setPattern(EvidenceRequirementsEditor.CODE_PATTERN);
        code.setMaxLength(60);
        code.setRequired(true);
        code.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                code.setValue(e.getValue().toUpperCase(Locale.ROOT).replace(' ', '_'));
            }
        });
        AdminFields.labelled(category, "type-category", "admin.type.category");
        category.setItems(ActivityCategory.values());
        category.setItemLabelGenerator(c -> CatalogueNames.category(this, c));
        category.setRequired(true);
        AdminFields.labelled(displayName, "type-display-name", "admin.type.displayName");
        displayName.setHelperText(getTranslation("admin.type.displayName.help"));
        displayName.setMaxLength(200);
        displayName.setRequired(true);
        AdminFields.labelled(displayNameZh, "type-display-name-zh", "admin.type.displayNameZh");
        displayNameZh.setMaxLength(200);
        displayNameZh.setRequired(true);
        AdminFields.labelled(guidanceUrl, "type-guidance-url", "admin.type.guidanceUrl");
        guidanceUrl.setMaxLength(500);
        AdminFields.labelled(metrics, "type-metrics", "admin.type.metrics");
        metrics.setHelperText(getTranslation("admin.type.metrics.help"));
        metrics.setItems(metricCodes);
        metrics.setItemLabelGenerator(m -> CatalogueNames.metric(this, m));
        metrics.setI18n(ComponentTexts.multiSelect(this));
        metrics.setAllowCustomValue(true);
        metrics.addCustomValueSetListener(e -> addMetric(e.getDetail()));
        metrics.addValueChangeListener(e -> metricNames.show(e.getValue()));
        perClaimCap.setId("type-per-claim-cap");
        perClaimCap.setLabel(getTranslation("admin.type.perClaimCap", currencyCode));
        perPeriodCap.setId("type-per-period-cap");
        perPeriodCap.setLabel(getTranslation("admin.type.perPeriodCap", currencyCode));
        AdminFields.labelled(earnedSharePercent, "type-earned-share", "admin.type.earnedSharePercent");
        earnedShareFloor.setId("type-earned-share-floor");
        earnedShareFloor.setLabel(getTranslation("admin.type.earnedShareFloor", currencyCode));
        perPersonCap.setId("type-per-person-cap");
        perPersonCap.setLabel(getTranslation("admin.type.perPersonCap", currencyCode));
        AdminFields.labelled(maxPersons, "type-max-persons", "admin.type.maxPersons");
        maxPersons.setMin(1);
        AdminFields.labelled(alcoholExcluded, "type-alcohol-excluded", "admin.type.alcoholExcluded");

        FormLayout basics = new FormLayout(code, category, displayName, displayNameZh, guidanceUrl, metrics, metricNames);
        basics.setColspan(metrics, 2);
        basics.setColspan(metricNames, 2);
        FormLayout caps = new FormLayout(perClaimCap, perPeriodCap, earnedSharePercent, earnedShareFloor,
                perPersonCap, maxPersons, alcoholExcluded);
        add(basics, evidence, new H4(getTranslation("admin.type.caps")), caps);
    }

    /** A new metric code typed by the admin, normalised to the catalogue's UPPER_SNAKE form. */
    void addMetric(String typed) {
        String metric = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        if (!metric.matches(EvidenceRequirementsEditor.CODE_PATTERN)) {
            metrics.setInvalid(true);
            metrics.setErrorMessage(getTranslation("admin.evidence.codeInvalid"));
            return;
        }
        LinkedHashSet<String> selected = new LinkedHashSet<>(metrics.getSelectedItems());
        selected.add(metric);
        if (!metricCodes.contains(metric)) {
            metricCodes.add(metric);
            metrics.setItems(metricCodes); // clears the selection: restored below
        }
        metrics.setValue(selected);
        metrics.setInvalid(false);
    }

    /** Fills the form with a type to edit; its code cannot change (plans and caps refer to it). */
    void edit(ActivityTypeView type) {
        this.editing = type;
        code.setValue(type.code());
        code.setReadOnly(true);
        category.setValue(type.category());
        displayName.setValue(type.displayName() == null ? "" : type.displayName());
        displayNameZh.setValue(type.displayNameZh() == null ? "" : type.displayNameZh());
        boolean standard = type.standard();
        displayName.setRequired(!standard);
        displayNameZh.setRequired(!standard);
        if (standard) {
            displayName.setHelperText(getTranslation("admin.type.displayName.helpStandard"));
        }
        guidanceUrl.setValue(type.guidanceUrl() == null ? "" : type.guidanceUrl());
        type.metrics().forEach(m -> {
            if (!metricCodes.contains(m)) {
                metricCodes.add(m);
            }
        });
        metrics.setItems(metricCodes);
        type.metricNames().forEach(metricNames::put);
        metrics.setValue(new LinkedHashSet<>(type.metrics()));
        evidence.show(type.evidence());
        perClaimCap.setValue(type.perClaimCap());
        perPeriodCap.setValue(type.perPeriodCap());
        earnedSharePercent.setValue(type.earnedSharePercent());
        earnedShareFloor.setValue(type.earnedShareFloor());
        perPersonCap.setValue(type.perPersonCap());
        maxPersons.setValue(type.maxPersons());
        alcoholExcluded.setValue(type.alcoholExcluded());
    }

    ActivityTypeView editing() {
        return editing;
    }

    void save() {
        boolean ok = require(code.getValue().matches(EvidenceRequirementsEditor.CODE_PATTERN), code,
                "admin.evidence.codeInvalid");
        ok &= require(!category.isEmpty(), category, "validation.required");
        boolean named = !displayName.getValue().isBlank() || !displayNameZh.getValue().isBlank();
        boolean namesRequired = editing == null || !editing.standard() || named;
        ok &= require(!namesRequired || !displayName.getValue().isBlank(), displayName, "validation.required");
        ok &= require(!namesRequired || !displayNameZh.getValue().isBlank(), displayNameZh, "validation.required");
        Optional<List<MetricData>> names = metricNames.value(metrics.getSelectedItems());
        ok &= names.isPresent();
        for (BigDecimalField cap : new BigDecimalField[] {perClaimCap, perPeriodCap, earnedShareFloor, perPersonCap}) {
            ok &= require(cap.getValue() == null || cap.getValue().signum() > 0, cap, "admin.type.capPositive");
        }
        BigDecimal share = earnedSharePercent.getValue();
        ok &= require(share == null || share.signum() > 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0,
                earnedSharePercent, "admin.type.shareRange");
        ok &= require(earnedShareFloor.getValue() == null || share != null, earnedShareFloor, "admin.type.floorNeedsShare");
        ok &= require(maxPersons.getValue() == null || maxPersons.getValue() >= 1 && perPersonCap.getValue() != null,
                maxPersons, "admin.type.personsNeedCap");
        Optional<List<EvidenceRequirementData>> requirements = evidence.value();
        if (ok && requirements.isPresent()) {
            fireEvent(new SaveEvent(this, new DefineActivityType(programId, code.getValue(), category.getValue(),
                    guidanceUrl.getValue().isBlank() ? null : guidanceUrl.getValue().strip(), requirements.get(),
                    List.copyOf(metrics.getSelectedItems()), perClaimCap.getValue(), perPeriodCap.getValue(), share,
                    earnedShareFloor.getValue(), perPersonCap.getValue(), maxPersons.getValue(),
                    alcoholExcluded.getValue(), displayName.getValue().strip(), displayNameZh.getValue().strip(),
                    names.get())));
        }
    }

    private boolean require(boolean valid, HasValidation field, String messageKey) {
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : getTranslation(messageKey));
        return valid;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ActivityTypeForm> {
        private final DefineActivityType command;

        SaveEvent(ActivityTypeForm source, DefineActivityType command) {
            super(source, false);
            this.command = command;
        }

        DefineActivityType command() {
            return command;
        }
    }
}
