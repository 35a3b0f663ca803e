package works.incentives.web.home;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FundChartTest {

    private static final FundChart.Texts TEXTS = new FundChart.Texts("Fund use", "Claimed", "Committed", "Free");

    @Test
    void textsFromUsersAreEscaped() {
        String svg = FundChart.svg(List.of(new FundChart.Bar("<script>alert('x')</script> & \"Co\"",
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)), TEXTS);
        assertFalse(svg.contains("<script>"), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"), svg);
        assertEquals("a&lt;b&gt;", FundChart.escape("a<b>\u0001"));
    }

    @Test
    void segmentsAreProportionalToTheMoney() {
        String svg = FundChart.svg(List.of(new FundChart.Bar("Fund", new BigDecimal("4000"),
                new BigDecimal("6000"), new BigDecimal("10000"))), TEXTS);
        assertEquals(FundChart.WIDTH / 5, width(svg, "claimed"));
        assertEquals(FundChart.WIDTH * 3 / 10, width(svg, "committed"));
        assertEquals(FundChart.WIDTH / 2, width(svg, "free"));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""));
        assertTrue(svg.contains("aria-label=\"Fund use\""));
    }

    @Test
    void emptyPartsAndEmptyFundsDrawNothing() {
        String svg = FundChart.svg(List.of(new FundChart.Bar("Fund", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)), TEXTS);
        assertFalse(svg.contains("class=\"claimed\""));
        assertEquals(0, FundChart.width(BigDecimal.TEN, BigDecimal.ZERO));
    }

    private static int width(String svg, String segment) {
        Matcher m = Pattern.compile("class=\"" + segment + "\" x=\"\\d+\" y=\"\\d+\" width=\"(\\d+)\"").matcher(svg);
        assertTrue(m.find(), segment + " missing in " + svg);
        return Integer.parseInt(m.group(1));
    }

    /** Issue 15: the zh-TW legend ("已保留、尚未申請") no longer runs into the next swatch. */
    @Test
    void legendEntriesLeaveRoomForFullWidthText() {
        assertEquals(8 * 12, FundChart.textWidth("已保留、尚未申請"), "a full em per character at 12 px");
        assertEquals(7 * 7, FundChart.textWidth("Claimed"));
        assertTrue(FundChart.textWidth("可供新計畫使用") > 8 * "可供新計畫使用".length(), "wider than the old estimate");
    }
}
