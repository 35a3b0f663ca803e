package works.incentives.web.insight;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import static works.incentives.web.home.FundChart.escape;

/**
 * A horizontal bar chart drawn on the server as inline SVG (as the home page's fund chart: no
 * charting library, no frontend build). Each row has one bar per series, side by side; an optional
 * marker draws a dashed line at a value (a target such as the review SLA). Accessible: the SVG has a
 * title and a description (read by screen readers), every bar its value as a tooltip, and the same
 * figures follow as a table in a "Show as table" section. Every text is escaped.
 */
public class BarChart extends Div {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int BAR_HEIGHT = 14;
    static final int ROW_GAP = 12;
    static final String[] COLOURS = {"#2f6fde", "#1a7f37", "#bf8700", "#8250df", "#cf222e"};

    /** One row of the chart: a label and one value per series. */
    public record Row(String label, List<BigDecimal> values) {
    }

    /** What the chart says: title, a one-sentence description, the series' names, the table's toggle. */
    public record Texts(String title, String description, List<String> series, String showTable) {
    }

    /** A dashed line at {@code value}, labelled. */
    public record Marker(BigDecimal value, String label) {
    }

    public BarChart(String id) {
        setId(id);
        addClassName("bar-chart");
    }

    public void show(Texts texts, List<Row> rows, Marker marker, Function<BigDecimal, String> format) {
        removeAll();
        add(new Html("<div class=\"bar-chart-svg\">" + svg(getId().orElse("chart"), texts, rows, marker, format)
                + "</div>"));
        Details table = new Details(texts.showTable(), new Html(table(texts, rows, format)));
        table.addClassName("bar-chart-table");
        add(table);
    }

    static String svg(String id, Texts texts, List<Row> rows, Marker marker, Function<BigDecimal, String> format) {
        int series = texts.series().size();
        int rowHeight = series * BAR_HEIGHT + ROW_GAP;
        int legend = series > 1 ? 24 : 0;
        int height = Math.max(1, rows.size()) * rowHeight + legend + 20;
        BigDecimal max = rows.stream().flatMap(r -> r.values().stream()).reduce(BigDecimal.ZERO, BigDecimal::max);
        if (marker != null) {
            max = max.max(marker.value());
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(texts.title())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(texts.description())).append("</desc>");
        int y = 0;
        for (Row row : rows) {
            svg.append("<text x=\"0\" y=\"").append(y + rowHeight / 2 + 4).append("\" font-size=\"12\">")
                    .append(escape(shorten(row.label()))).append("<title>").append(escape(row.label()))
                    .append("</title></text>");
            for (int s = 0; s < series; s++) {
                BigDecimal value = s < row.values().size() ? row.values().get(s) : BigDecimal.ZERO;
                int w = width(value, max);
                svg.append("<rect class=\"series-").append(s).append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"")
                        .append(y + s * BAR_HEIGHT).append("\" width=\"").append(Math.max(w, value.signum() > 0 ? 1 : 0))
                        .append("\" height=\"").append(BAR_HEIGHT - 2).append("\" fill=\"")
                        .append(COLOURS[s % COLOURS.length]).append("\"><title>").append(escape(texts.series().get(s)))
                        .append(": ").append(escape(format.apply(value))).append("</title></rect>");
                svg.append("<text x=\"").append(LABEL_WIDTH + w + 4).append("\" y=\"").append(y + s * BAR_HEIGHT + 11)
                        .append("\" font-size=\"11\">").append(escape(format.apply(value))).append("</text>");
            }
            y += rowHeight;
        }
        if (marker != null) {
            int x = LABEL_WIDTH + width(marker.value(), max);
            svg.append("<line class=\"marker\" x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"")
                    .append(y).append("\" stroke=\"#cf222e\" stroke-dasharray=\"4 3\"/>");
            svg.append("<text x=\"").append(Math.min(x + 4, WIDTH - 120)).append("\" y=\"").append(y + 12)
                    .append("\" font-size=\"11\" fill=\"#cf222e\">").append(escape(marker.label())).append("</text>");
            y += 16;
        }
        if (series > 1) {
            int x = LABEL_WIDTH;
            for (int s = 0; s < series; s++) {
                String name = texts.series().get(s);
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 6)
                        .append("\" width=\"12\" height=\"12\" fill=\"").append(COLOURS[s % COLOURS.length]).append("\"/>");
                svg.append("<text x=\"").append(x + 16).append("\" y=\"").append(y + 17).append("\" font-size=\"12\">")
                        .append(escape(name)).append("</text>");
                x += 16 + 7 * name.length() + 20;
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The same figures as an HTML table (the chart's text alternative). */
    static String table(Texts texts, List<Row> rows, Function<BigDecimal, String> format) {
        StringBuilder html = new StringBuilder("<table class=\"chart-table\"><caption>").append(escape(texts.title()))
                .append("</caption><thead><tr><th scope=\"col\"></th>");
        texts.series().forEach(s -> html.append("<th scope=\"col\">").append(escape(s)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Row row : rows) {
            html.append("<tr><th scope=\"row\">").append(escape(row.label())).append("</th>");
            row.values().forEach(v -> html.append("<td>").append(escape(format.apply(v))).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** A bar's length in pixels: its share of the largest value over the room right of the labels. */
    static int width(BigDecimal value, BigDecimal max) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(WIDTH - LABEL_WIDTH - 110)).divide(max, 0, RoundingMode.DOWN).intValue();
    }

    private static String shorten(String label) {
        return label.length() <= 30 ? label : label.substring(0, 29) + "…";
    }
}
