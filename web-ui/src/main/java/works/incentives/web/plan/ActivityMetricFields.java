package works.incentives.web.plan;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One required field per metric the chosen activity type asks to plan; changing the type keeps what
 * was typed into metrics both types share.
 */
class ActivityMetricFields extends FormLayout {

    final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Binder<ActivityDraft> binder;

    ActivityMetricFields(Binder<ActivityDraft> binder) {
        this.binder = binder;
        setId("activity-metrics");
    }

    /** Replaces the fields (and their bindings) with the type's; {@code planned} fills fields left empty. */
    void bind(ActivityTypeView selected, Map<String, String> planned) {
        Map<String, String> typed = new LinkedHashMap<>(planned);
        fields.forEach((code, field) -> {
            if (!field.isEmpty()) {
                typed.put(code, field.getValue());
            }
            binder.removeBinding(field);
        });
        fields.clear();
        removeAll();
        if (selected == null) {
            return;
        }
        for (String code : selected.metrics()) {
            TextField field = new TextField(CatalogueNames.metric(this, selected, code));
            field.setId("activity-metric-" + code);
            field.setHelperText(getTranslation("activity.metric.helper"));
            binder.forField(field).asRequired(v -> getTranslation("activity.metric.required",
                            CatalogueNames.metric(this, selected, code)))
                    .bind(d -> d.getMetrics().getOrDefault(code, ""), (d, v) -> d.getMetrics().put(code, v));
            field.setValue(typed.getOrDefault(code, ""));
            fields.put(code, field);
            add(field);
        }
    }

    /** The labels anew, in the current language. */
    void showLabels(ActivityTypeView type) {
        fields.forEach((code, field) -> field.setLabel(CatalogueNames.metric(this, type, code)));
    }
}
