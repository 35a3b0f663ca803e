package works.incentives.web.home;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Fund use drawn on the server as inline SVG (no charting library, no frontend build): one
 * stacked bar per fund — claimed, committed but not yet claimed, free — with a legend and an
 * accessible name. Every text is escaped, as fund and program names come from users.
 */
public class FundChart extends Div {

    static final int WIDTH = 640;
    static final int LABEL_HEIGHT = 18;
    static final int BAR_HEIGHT = 22;
    static final int ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 14;
    static final int LEGEND_HEIGHT = 28;

    /** One fund's bar: a label and three non-negative amounts. */
    public record Bar(String label, BigDecimal claimed, BigDecimal committed, BigDecimal free) {

        BigDecimal total() {
            return claimed.add(committed).add(free);
        }
    }

    /** The texts around the bars, already in the user's language. */
    public record Texts(String title, String claimed, String committed, String free) {
    }

    public FundChart() {
        setId("fund-chart");
        addClassName("fund-chart");
    }

    public void show(List<Bar> bars, Texts texts) {
        removeAll();
        // wrapped: the browser then parses the markup as SVG (a bare root would be created without the SVG namespace)
        add(new Html("<div class=\"fund-chart-svg\">" + svg(bars, texts) + "</div>"));
    }

    /** The SVG document; each segment's width is its share of the fund's total. */
    static String svg(List<Bar> bars, Texts texts) {
        int height = bars.size() * ROW_HEIGHT + LEGEND_HEIGHT + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-label=\"").append(escape(texts.title())).append("\">");
        svg.append("<title>").append(escape(texts.title())).append("</title>");
        int y = 0;
        for (Bar bar : bars) {
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"13\">")
                    .append(escape(bar.label())).append("</text>");
            int x = 0;
            int barY = y + LABEL_HEIGHT;
            BigDecimal[] parts = {bar.claimed(), bar.committed(), bar.free()};
            String[] classes = {"claimed", "committed", "free"};
            String[] colours = {"#1a7f37", "#2f6fde", "#d0d7de"};
            String[] names = {texts.claimed(), texts.committed(), texts.free()};
            for (int i = 0; i < parts.length; i++) {
                int w = width(parts[i], bar.total());
                if (w > 0) {
                    svg.append("<rect class=\"").append(classes[i]).append("\" x=\"").append(x).append("\" y=\"")
                            .append(barY).append("\" width=\"").append(w).append("\" height=\"").append(BAR_HEIGHT)
                            .append("\" fill=\"").append(colours[i]).append("\"><title>").append(escape(names[i]))
                            .append(": ").append(parts[i].toPlainString()).append("</title></rect>");
                    x += w;
                }
            }
            y += ROW_HEIGHT;
        }
        legend(svg, y + 8, texts);
        return svg.append("</svg>").toString();
    }

    /** A segment's width in pixels, rounded so the three add up to the bar's width at most. */
    static int width(BigDecimal part, BigDecimal total) {
        if (total.signum() <= 0 || part.signum() <= 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(WIDTH)).divide(total, 0, RoundingMode.DOWN).intValue();
    }

    private static void legend(StringBuilder svg, int y, Texts texts) {
        String[] colours = {"#1a7f37", "#2f6fde", "#d0d7de"};
        String[] names = {texts.claimed(), texts.committed(), texts.free()};
        int x = 0;
        for (int i = 0; i < names.length; i++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colours[i]).append("\"/>");
            svg.append("<text x=\"").append(x + 16).append("\" y=\"").append(y + 11).append("\" font-size=\"12\">")
                    .append(escape(names[i])).append("</text>");
            x += 16 + textWidth(names[i]) + 24;
        }
    }

    /**
     * A generous width of a legend text at 12 px: full-width (CJK) characters take a whole em, others
     * about 7 px, so a zh-TW legend entry never runs into the next swatch (issue 15).
     */
    static int textWidth(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFFEF) ? 12 : 7).sum();
    }

    /** XML-escapes a text for element content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

}
