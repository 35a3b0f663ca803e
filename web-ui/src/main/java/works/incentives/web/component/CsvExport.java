package works.incentives.web.component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A grid's rows as a CSV file, as the user sees them: the grid's own columns (headers from the
 * bundles, states, dates and money formatted in the user's language), its current filter and sort,
 * UTF-8 with a byte order mark so Excel reads Chinese correctly. One component for every list.
 * <p>
 * Streamed: the download asks the service for one page of {@value #PAGE_SIZE} rows at a time, with
 * the same query object the grid uses (so the same server-side scoping: a partner exports only its
 * own organization's rows), and writes each page before reading the next. The filter and sort are
 * read from the view once, under the UI's lock, when the download starts; each page is formatted
 * under the lock (the grid's value providers read translations) and the database is read outside it.
 *
 * @param <R> a row of the grid
 */
public final class CsvExport<R> implements Serializable {

    public static final int PAGE_SIZE = 500;
    /** Excel reads a file starting with this as UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A page of rows in the grid's order. Called outside the UI's lock: it must not read components. */
    @FunctionalInterface
    public interface Pages<R> extends Serializable {

        List<R> page(int offset, int limit);

        /** The pages of a list already in memory (the rows a grid holds, in its current order). */
        static <R> Pages<R> of(List<R> rows) {
            List<R> copy = List.copyOf(rows);
            return (offset, limit) -> offset >= copy.size() ? List.of()
                    : copy.subList(offset, Math.min(copy.size(), offset + limit));
        }
    }

    private record Column<R>(String headerKey, ValueProvider<R, String> value) implements Serializable {
    }

    private final String fileBase;
    private final Supplier<Pages<R>> source;
    private final List<Column<R>> columns = new ArrayList<>();

    /**
     * @param fileBase the file name's start (ASCII, e.g. "claims-queue"); the day and ".csv" are added
     * @param source   called under the UI's lock when a download starts: the view's current filter and
     *                 sort, captured in the pages it returns
     */
    public CsvExport(String fileBase, Supplier<Pages<R>> source) {
        this.fileBase = fileBase;
        this.source = source;
    }

    /** A column of the file, in the order added. */
    public CsvExport<R> column(String headerKey, ValueProvider<R, String> value) {
        columns.add(new Column<>(headerKey, value));
        return this;
    }

    /** A text column of the grid that is also a column of the file; returns the grid's column. */
    public Grid.Column<R> addTo(Grid<R> grid, String headerKey, ValueProvider<R, String> value) {
        column(headerKey, value);
        return grid.addColumn(value);
    }

    /** Forgets the columns (a view that rebuilds its grid's columns on a language change). */
    public void clearColumns() {
        columns.clear();
    }

    /** The file's name for a download on {@code day}. */
    public String fileName(LocalDate day) {
        return fileBase + "-" + day + ".csv";
    }

    /** The link a user clicks: the browser downloads the file. */
    public Link link(String id) {
        return new Link(this, id);
    }

    /** The export link; its label follows the user's language. */
    @StyleSheet("context://styles/export.css")
    public static final class Link extends Anchor implements LocaleChangeObserver {

        private Link(CsvExport<?> export, String id) {
            super((DownloadHandler) export::download, AttachmentType.DOWNLOAD, "");
            setId(id);
            addClassName("csv-export");
        }

        @Override
        public void localeChange(LocaleChangeEvent event) {
            removeAll();
            add(VaadinIcon.DOWNLOAD_ALT.create());
            add(getTranslation("export.csv"));
            getElement().setAttribute("title", getTranslation("export.csv.title"));
        }
    }

    private void download(DownloadEvent event) throws IOException {
        event.setFileName(fileName(LocalDate.now()));
        event.setContentType("text/csv; charset=UTF-8");
        write(event.getUI(), event.getOutputStream());
    }

    /** Writes the file for the UI's current filter, sort and language (what a download sends). */
    public void write(UI ui, OutputStream out) throws IOException {
        AtomicReference<Pages<R>> pages = new AtomicReference<>();
        List<String> headers = new ArrayList<>();
        ui.accessSynchronously(() -> {
            pages.set(source.get());
            columns.forEach(c -> headers.add(ui.getTranslation(c.headerKey())));
        });
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(headers.toArray(String[]::new)).get());
        for (int offset = 0; ; offset += PAGE_SIZE) {
            List<R> rows = pages.get().page(offset, PAGE_SIZE);
            List<List<String>> lines = new ArrayList<>(rows.size());
            ui.accessSynchronously(() -> rows.forEach(row -> lines.add(columns.stream()
                    .map(c -> cell(c.value().apply(row))).toList())));
            for (List<String> line : lines) {
                csv.printRecord(line);
            }
            if (rows.size() < PAGE_SIZE) {
                break;
            }
        }
        csv.flush();
    }

    /**
     * A cell as Excel should read it: a text a partner typed that starts like a formula ({@code =},
     * {@code +}, {@code @}, a tab, or {@code -} not followed by a digit) gets a leading apostrophe so
     * it is shown, never run.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || first == '-' && (value.length() == 1 || !Character.isDigit(value.charAt(1)));
        return formula ? "'" + value : value;
    }
}
