package works.incentives.web.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import works.incentives.domain.program.ProgramCommands.MetricData;
import works.incentives.web.i18n.CatalogueNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names in English and Traditional Chinese for each chosen metric the standard catalogue does
 * not translate (an admin's own metric), so partners never read a metric's code.
 */
class MetricNamesEditor extends Div {

    private final Map<String, TextField[]> fields = new LinkedHashMap<>();

    MetricNamesEditor() {
        setId("type-metric-names");
    }

    /** The names a stored type gives its metrics. */
    void put(MetricData names) {
        fields.put(names.code(), nameFields(names.code(), names.name(), names.nameZh()));
    }

    /** Shows name fields for the chosen metrics that need them (typed names are kept while the choice changes). */
    void show(Collection<String> chosen) {
        removeAll();
        for (String metric : chosen) {
            if (!CatalogueNames.KNOWN_METRICS.contains(metric)) {
                add(new HorizontalLayout(fields.computeIfAbsent(metric, m -> nameFields(m, null, null))));
            }
        }
    }

    /** The names of the chosen own metrics when all are given; empty after marking the missing ones. */
    Optional<List<MetricData>> value(Collection<String> chosen) {
        boolean ok = true;
        List<MetricData> names = new ArrayList<>();
        for (String metric : chosen) {
            if (CatalogueNames.KNOWN_METRICS.contains(metric)) {
                continue;
            }
            TextField[] pair = fields.computeIfAbsent(metric, m -> nameFields(m, null, null));
            for (TextField field : pair) {
                boolean given = !field.getValue().isBlank();
                field.setInvalid(!given);
                field.setErrorMessage(given ? null : getTranslation("validation.required"));
                ok &= given;
            }
            names.add(new MetricData(metric, pair[0].getValue().strip(), pair[1].getValue().strip()));
        }
        return ok ? Optional.of(names) : Optional.empty();
    }

    private TextField[] nameFields(String metric, String name, String nameZh) {
        TextField en = new TextField(getTranslation("admin.metric.name", metric));
        en.setId("metric-name-" + metric);
        en.setMaxLength(200);
        en.setValue(name == null ? "" : name);
        TextField zh = new TextField(getTranslation("admin.metric.nameZh", metric));
        zh.setId("metric-name-zh-" + metric);
        zh.setMaxLength(200);
        zh.setValue(nameZh == null ? "" : nameZh);
        return new TextField[] {en, zh};
    }
}
