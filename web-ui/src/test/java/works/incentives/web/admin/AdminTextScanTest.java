package works.incentives.web.admin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.web.ScreenTextScan;
import works.incentives.web.i18n.TranslationProvider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.List;
import java.util.Locale;

/** The program admin's screens: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class AdminTextScanTest extends ScreenTextScan {

    /** What the fake services hold: program, period, partner and activity type names an admin typed. */
    private static final String[] DATA = {"CSP co-op FY27", "H1 FY27", "Contoso Ltd", "Fabrikam", "Northwind",
            "SEMINARS_BOOTCAMPS", "The invitation and agenda", "adam", "pat",
            "partner,program,period,earned"}; // the CSV header the import reads, typed as shown

    /** With the admin views' routes, which the program page links to. */
    @Override
    @BeforeEach
    protected void startVaadin() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("works.incentives.web.admin"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Override
    protected Component show(String screen) {
        return switch (screen) {
            case "allocations" -> shown(AllocationsViewTest.view(new ArrayList<>()));
            case "help texts" -> shown(new HelpTextsView(new GuidanceSnippetService(
                    new HelpTextsViewTest.MemoryRepository()), HelpTextsViewTest.PAT));
            case "program" -> {
                ProgramDetailView view = shown(new ProgramDetailView(new CatalogueEditingTest().admin,
                        AdminFormsTest.ADAM));
                view.show(AdminFormsTest.PROGRAM);
                yield view;
            }
            case "programs" -> shown(new ProgramsView(new ProgramService() {
                @Override
                public List<ProgramSummary> listPrograms() {
                    return List.of(new ProgramSummary(10, "CSP co-op FY27", 2027, "USD", true));
                }
            }, new ProgramAdminService() { }, AdminFormsTest.ADAM));
            case "partners" -> shown(new PartnersView(new PartnerService() {
                @Override
                public List<PartnerView> list(Actor actor) {
                    return List.of(new PartnerView(1, 0, "Contoso Ltd", "TW"));
                }
            }, new AccountService() { }, AdminFormsTest.ADAM));
            default -> throw new IllegalArgumentException(screen);
        };
    }

    /**
     * The data, and on the help texts screen each help key and its text in the other language:
     * that screen shows both languages side by side on purpose, for the admin to edit.
     */
    @Override
    protected String[] data(Component screen, Locale other) {
        Stream<String> helpTexts = screen instanceof HelpTextsView help
                ? help.grid.getGenericDataView().getItems().flatMap(h -> Stream.of(help.getTranslation(other, h.key()), h.key()))
                : Stream.of();
        return Stream.concat(Arrays.stream(super.data(screen, other)), helpTexts).toArray(String[]::new);
    }

    AdminTextScanTest() {
        super(DATA);
    }

    static List<String> screens() {
        return List.of("allocations", "help texts", "program", "programs", "partners");
    }
}
