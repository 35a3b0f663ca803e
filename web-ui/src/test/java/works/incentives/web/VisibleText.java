package works.incentives.web;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user can read on a rendered component tree: texts, labels, helper texts, placeholders,
 * aria labels (not ids nor data attributes, which nobody reads). Finds translation markers
 * ({@code !key!}) and raw catalogue codes ({@code UPPER_SNAKE} words).
 */
public final class VisibleText {

    private static final Pattern MARKER = Pattern.compile("![\\w.]+!");
    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b");
    private static final List<String> PROPERTIES = List.of("label", "helperText", "placeholder", "errorMessage",
            "title", "headerTitle");
    private static final List<String> ATTRIBUTES = List.of("aria-label", "title", "label");

    /** Rows read per grid: enough to meet every kind of cell the fixtures hold. */
    private static final int ROWS = 5;

    private VisibleText() {
    }

    public static String of(Component root) {
        StringBuilder text = new StringBuilder();
        collect(root.getElement(), text);
        gridHeaders(root, text);
        return text.toString();
    }

    /**
     * Grid column headers and cells travel to the browser as JavaScript calls and data, not as
     * elements: read the headers from the columns and the first rows as Karibu formats them.
     */
    private static void gridHeaders(Component component, StringBuilder text) {
        if (component instanceof Grid<?> grid) {
            grid.getColumns().stream().map(Grid.Column::getHeaderText).filter(h -> h != null && !h.isBlank())
                    .forEach(h -> text.append(h).append('\n'));
            for (int row = 0; row < Math.min(GridKt._size(grid), ROWS); row++) {
                cells(grid, row, text);
            }
        }
        component.getChildren().forEach(child -> gridHeaders(child, text));
    }

    /** One row's cells: a component cell as its rendered tree, any other as Karibu formats it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void cells(Grid grid, int row, StringBuilder text) {
        Object item = GridKt._get(grid, row);
        List<String> formatted = GridKt._getFormattedRow(grid, row);
        List<Grid.Column<?>> columns = ((List<Grid.Column<?>>) grid.getColumns()).stream().filter(Grid.Column::isVisible).toList();
        for (int i = 0; i < columns.size() && i < formatted.size(); i++) {
            if (columns.get(i).getRenderer() instanceof ComponentRenderer renderer) {
                Component cell = renderer.createComponent(item);
                if (cell != null) {
                    collect(cell.getElement(), text);
                }
            } else {
                text.append(formatted.get(i)).append('\n');
            }
        }
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
            return;
        }
        for (String property : PROPERTIES) {
            Object value = element.getPropertyRaw(property);
            if (value instanceof String s && !s.isBlank()) {
                text.append(s).append('\n');
            }
        }
        for (String attribute : ATTRIBUTES) {
            String value = element.getAttribute(attribute);
            if (value != null && !value.isBlank()) {
                text.append(value).append('\n');
            }
        }
        element.getChildren().forEach(child -> collect(child, text));
    }

    /** Every missing-translation marker and raw UPPER_SNAKE code in the text. */
    public static List<String> untranslated(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(MARKER, RAW_CODE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }
}
