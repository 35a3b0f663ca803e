package works.incentives.web.insight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import works.incentives.domain.insight.InsightRepository.Count;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What both dashboards share: headings, number formats, counts by state as chart rows and as a table. */
final class DashboardTexts {

    private DashboardTexts() {
    }

    static H2 heading(Component on, String key, String id) {
        H2 heading = new H2(on.getTranslation(key));
        heading.setId(id);
        return heading;
    }

    static Paragraph note(Component on, String key, Object... params) {
        Paragraph note = new Paragraph(on.getTranslation(key, params));
        note.addClassName("dashboard-note");
        return note;
    }

    /** A chart's texts in the user's language. */
    static BarChart.Texts texts(Component on, String titleKey, String descriptionKey, String... seriesKeys) {
        return new BarChart.Texts(on.getTranslation(titleKey), on.getTranslation(descriptionKey),
                java.util.Arrays.stream(seriesKeys).map(on::getTranslation).toList(), on.getTranslation("dashboard.showTable"));
    }

    /** An amount as a number with two decimals in the locale (the currency is in the row's label). */
    static String amount(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String count(BigDecimal value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Counts summed per state, in the order the states are listed, as chart rows named by {@code stateName}. */
    static List<BarChart.Row> byState(List<Count> counts, List<String> states, Function<String, String> stateName) {
        Map<String, Long> sums = new LinkedHashMap<>();
        states.forEach(s -> sums.put(s, 0L));
        counts.forEach(c -> sums.merge(c.status(), c.count(), Long::sum));
        return sums.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new BarChart.Row(stateName.apply(e.getKey()), List.of(BigDecimal.valueOf(e.getValue()))))
                .toList();
    }

    /** Each state and group with its count (the breakdown a chart by state sums up). */
    static Grid<Count> countsGrid(Component on, Locale locale, String id, String groupHeaderKey, List<Count> counts,
                                  Function<String, String> stateName, Function<String, String> groupName) {
        Grid<Count> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> stateName.apply(c.status())).setHeader(on.getTranslation("dashboard.column.state"));
        grid.addColumn(c -> groupName.apply(c.group())).setHeader(on.getTranslation(groupHeaderKey)).setFlexGrow(2);
        grid.addColumn(c -> NumberFormat.getIntegerInstance(locale).format(c.count()))
                .setHeader(on.getTranslation("dashboard.column.count"));
        grid.setItems(counts);
        return grid;
    }
}
