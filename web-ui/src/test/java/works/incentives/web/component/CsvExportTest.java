package works.incentives.web.component;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import works.incentives.web.KaribuTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export's file: quoting, formula-looking texts made harmless, a list in memory paged. */
class CsvExportTest extends KaribuTest {

    @Test
    void textsThatLookLikeFormulasAreShownNotRun() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvExport.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvExport.cell("+1"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("'-x", CsvExport.cell("-x"));
        assertEquals("-1,000.00", CsvExport.cell("-1,000.00"), "a negative amount stays a number");
        assertEquals("", CsvExport.cell(null));
        assertEquals("Booth – Taipei", CsvExport.cell("Booth – Taipei"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndAListInMemoryIsPagedInItsOrder() throws IOException {
        List<String> rows = new ArrayList<>(List.of("a,b", "say \"hi\"", "two\nlines", "=1+1"));
        IntStream.range(0, 1000).forEach(i -> rows.add("row " + i));
        List<Integer> asked = new ArrayList<>();
        CsvExport.Pages<String> pages = CsvExport.Pages.of(rows);
        CsvExport<String> export = new CsvExport<>("test", () -> (offset, limit) -> {
            asked.add(offset);
            return pages.page(offset, limit);
        });
        export.column("history.column.details", s -> s).column("history.column.who", s -> "x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(UI.getCurrent(), out);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFDetails,Who\r\n\"a,b\",x\r\n\"say \"\"hi\"\"\",x\r\n\"two\nlines\",x\r\n'=1+1,x\r\nrow 0,x\r\n",
                csv.substring(0, csv.indexOf("row 1,")));
        assertEquals(List.of(0, 500, 1000), asked);
        assertEquals(1005, csv.split("\r\n").length, "a header and 1,004 rows");
    }
}
