package works.incentives.web.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import java.util.LinkedHashMap;
import java.util.Map;

/** A grid's column headers by translation key, shown again in the current language on a language change. */
public final class ColumnHeaders<T> {

    private final Map<Grid.Column<T>, String> keys = new LinkedHashMap<>();

    /** Remembers the column's header key; returns the column for further settings. */
    public Grid.Column<T> add(Grid.Column<T> column, String headerKey) {
        keys.put(column, headerKey);
        return column;
    }

    /** Every header in {@code owner}'s language. */
    public void show(Component owner) {
        keys.forEach((column, key) -> column.setHeader(owner.getTranslation(key)));
    }
}
