package works.incentives.web.claim;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One field per metric the activity type asks the partner to report, bound to the details' metrics. */
class MetricFields extends Div {

    final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Binder<ExecutionDetails> binder;

    MetricFields(Binder<ExecutionDetails> binder) {
        this.binder = binder;
        setId("claim-metrics");
        addClassName("claim-metrics");
    }

    /** Replaces the fields (and their bindings) with one per metric. */
    void build(List<String> metrics) {
        fields.values().forEach(binder::removeBinding);
        fields.clear();
        removeAll();
        for (String metric : metrics) {
            TextField field = new TextField();
            field.setId("claim-metric-" + metric);
            field.setWidthFull();
            field.setMaxLength(500);
            binder.forField(field).bind(d -> d.metrics.getOrDefault(metric, ""), (d, v) -> d.metrics.put(metric, v));
            fields.put(metric, field);
            add(field);
        }
    }

    /** Each field labelled with the metric's name in the type's catalogue revision. */
    void showLabels(ActivityTypeView type) {
        fields.forEach((metric, field) -> {
            field.setLabel(CatalogueNames.metric(this, type, metric));
            field.setHelperText(getTranslation("claim.details.metric.helper"));
        });
    }

    TextField field(String metric) {
        return fields.get(metric);
    }
}
