package works.incentives.web.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/**
 * What an allocation import did: how many rows landed, and every refused row with its line
 * number, the row as it was in the file and the reason in the user's language, so the admin can
 * fix exactly those lines and import them again (rows that landed are refused as duplicates).
 */
class ImportReport extends VerticalLayout {

    /** A refused row as shown. */
    record Entry(long line, String row, String reason) {
    }

    private final H3 title = new H3();
    final Paragraph summary = new Paragraph();
    final Grid<Entry> rejectedGrid = new Grid<>();

    ImportReport() {
        setPadding(false);
        setId("import-report");
        addClassName("admin-import-report");
        summary.setId("import-summary");
        rejectedGrid.setId("import-rejected");
        rejectedGrid.setAllRowsVisible(true);
        add(title, summary, rejectedGrid);
        setVisible(false);
    }

    /** Texts are set here, in the language of the moment of the import. */
    void show(String fileName, int allocated, List<Entry> rejected) {
        title.setText(getTranslation("admin.import.title"));
        rejectedGrid.removeAllColumns();
        rejectedGrid.addColumn(Entry::line).setHeader(getTranslation("admin.import.line")).setAutoWidth(true).setFlexGrow(0);
        rejectedGrid.addColumn(Entry::row).setHeader(getTranslation("admin.import.row")).setFlexGrow(2);
        rejectedGrid.addColumn(Entry::reason).setHeader(getTranslation("admin.import.reason")).setFlexGrow(3);
        summary.setText(getTranslation("admin.import.summary", fileName, allocated, rejected.size()));
        rejectedGrid.setItems(rejected);
        rejectedGrid.setVisible(!rejected.isEmpty());
        setVisible(true);
    }
}
