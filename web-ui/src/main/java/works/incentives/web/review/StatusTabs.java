package works.incentives.web.review;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The queue's status tabs with a count badge each: "Open" (everything waiting for a reviewer) and
 * one tab per status. Counts come from one grouped query and follow the other filters.
 */
class StatusTabs<S extends Enum<S>> extends Tabs {

    private final Map<Tab, Set<S>> statusesOf = new LinkedHashMap<>();
    private final Map<Tab, Span> badges = new LinkedHashMap<>();

    StatusTabs(String id, Set<S> open, List<S> statuses, Function<S, String> labelKey, Consumer<Set<S>> selected) {
        setId(id);
        addClassName("review-status-tabs");
        add(tab(id + "-open", getTranslation("review.queue.open"), open));
        for (S status : statuses) {
            add(tab(id + "-" + status.name(), getTranslation(labelKey.apply(status)), Set.of(status)));
        }
        addSelectedChangeListener(e -> selected.accept(selectedStatuses()));
    }

    private Tab tab(String id, String label, Set<S> statuses) {
        Span badge = new Span("0");
        badge.addClassName("review-count");
        badge.setId(id + "-count");
        Tab tab = new Tab(new Span(label), badge);
        tab.setId(id);
        statusesOf.put(tab, statuses);
        badges.put(tab, badge);
        return tab;
    }

    Set<S> selectedStatuses() {
        return getSelectedTab() == null ? Set.of() : statusesOf.get(getSelectedTab());
    }

    /** Shows the counts per status; the "open" tab sums its statuses. */
    void showCounts(Map<S, Long> counts) {
        statusesOf.forEach((tab, statuses) -> badges.get(tab).setText(String.valueOf(
                statuses.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum())));
    }
}
