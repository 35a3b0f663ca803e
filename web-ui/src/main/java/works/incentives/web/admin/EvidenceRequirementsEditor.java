package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.web.i18n.TranslationProvider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence a claim of an activity type must carry, one row per requirement (code,
 * description, example, mandatory). Partners read the description and example in the
 * proof-of-execution wizard, so both are plain sentences. At least one row; codes unique.
 */
class EvidenceRequirementsEditor extends VerticalLayout {

    static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,59}";

    /** One editable requirement; fields package-private for tests. */
    final class Row extends HorizontalLayout {
        final TextField code = new TextField();
        final TextField description = new TextField();
        final TextField example = new TextField();
        final TextField descriptionZh = new TextField();
        final TextField exampleZh = new TextField();
        final Checkbox mandatory = new Checkbox(getTranslation("admin.evidence.mandatory"), true);
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(int number) {
            addClassName("evidence-row");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            code.setLabel(getTranslation("admin.evidence.code"));
            code.setId("evidence-code-" + number);
            code.setPattern(CODE_PATTERN);
            code.setMaxLength(60);
            code.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    code.setValue(e.getValue().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
                }
            });
            description.setLabel(getTranslation("admin.evidence.description"));
            description.setId("evidence-description-" + number);
            description.setMaxLength(500);
            example.setLabel(getTranslation("admin.evidence.example"));
            example.setId("evidence-example-" + number);
            example.setMaxLength(500);
            descriptionZh.setLabel(getTranslation("admin.evidence.descriptionZh"));
            descriptionZh.setId("evidence-description-zh-" + number);
            descriptionZh.setMaxLength(500);
            exampleZh.setLabel(getTranslation("admin.evidence.exampleZh"));
            exampleZh.setId("evidence-example-zh-" + number);
            exampleZh.setMaxLength(500);
            mandatory.setId("evidence-mandatory-" + number);
            remove.setId("evidence-remove-" + number);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("admin.evidence.remove"));
            remove.addClickListener(e -> removeRow(this));
            add(code, description, example, descriptionZh, exampleZh, mandatory, remove);
            setFlexGrow(2, description, example, descriptionZh, exampleZh);
            setWrap(true);
        }
    }

    final List<Row> rows = new ArrayList<>();
    final Span error = new Span();
    private final Div rowsBox = new Div();
    private int created;

    EvidenceRequirementsEditor() {
        setPadding(false);
        setSpacing(false);
        error.setId("evidence-error");
        error.addClassName("admin-error");
        Button addRow = new Button(getTranslation("admin.evidence.add"), VaadinIcon.PLUS.create(), e -> addRow());
        addRow.setId("evidence-add");
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H4(getTranslation("admin.evidence.title")), rowsBox, addRow, error);
        addRow();
    }

    /** Shows a type's requirements for editing (their codes stay as they are). */
    void show(List<EvidenceRequirementData> requirements) {
        new ArrayList<>(rows).forEach(this::removeRow);
        for (EvidenceRequirementData r : requirements) {
            Row row = addRow();
            row.code.setValue(r.code());
            row.description.setValue(r.description() == null ? "" : r.description());
            row.example.setValue(r.example() == null ? "" : r.example());
            row.descriptionZh.setValue(r.descriptionZh() == null ? "" : r.descriptionZh());
            row.exampleZh.setValue(r.exampleZh() == null ? "" : r.exampleZh());
            row.mandatory.setValue(r.mandatory());
        }
    }

    Row addRow() {
        Row row = new Row(++created);
        rows.add(row);
        rowsBox.add(row);
        return row;
    }

    private void removeRow(Row row) {
        rows.remove(row);
        rowsBox.remove(row);
    }

    /** The requirements when every row is complete and codes are unique; empty after marking what is wrong. */
    Optional<List<EvidenceRequirementData>> value() {
        boolean ok = true;
        Set<String> codes = new HashSet<>();
        for (Row row : rows) {
            boolean codeOk = row.code.getValue().matches(CODE_PATTERN) && codes.add(row.code.getValue());
            row.code.setInvalid(!codeOk);
            row.code.setErrorMessage(codeOk ? null : getTranslation("admin.evidence.codeInvalid"));
            boolean descriptionOk = !row.description.getValue().isBlank();
            row.description.setInvalid(!descriptionOk);
            row.description.setErrorMessage(descriptionOk ? null : getTranslation("validation.required"));
            // a requirement the standard catalogue does not translate needs its name in Chinese too
            boolean zhOk = !row.descriptionZh.getValue().isBlank() || TranslationProvider.hasText(
                    "evidence." + row.code.getValue(), TranslationProvider.TRADITIONAL_CHINESE);
            row.descriptionZh.setInvalid(!zhOk);
            row.descriptionZh.setErrorMessage(zhOk ? null : getTranslation("validation.required"));
            ok &= codeOk && descriptionOk && zhOk;
        }
        error.setText(rows.isEmpty() ? getTranslation("admin.evidence.atLeastOne") : "");
        if (!ok || rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(r -> new EvidenceRequirementData(r.code.getValue(),
                r.description.getValue().strip(), blankToNull(r.example.getValue()), r.mandatory.getValue(),
                blankToNull(r.descriptionZh.getValue()), blankToNull(r.exampleZh.getValue()))).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
