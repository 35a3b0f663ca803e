package works.incentives.web.review;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.ScreenTextScan;
import works.incentives.web.QueueFixtures;
import works.incentives.web.i18n.TranslationProvider;
import works.incentives.web.plan.MyPlansView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The reviewer's plan queue and the partner's "My plans": all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class PlanListsTextScanTest extends ScreenTextScan {

    /** What the fake services hold: partner, program, plan and user names. */
    private static final String[] DATA = {"Contoso", "CSP co-op", "Cloud launch", "rita", "ann"};

    /** With the routes the lists link to. */
    @Override
    @BeforeEach
    protected void startVaadin() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("works.incentives.web.review")
                .autoDiscoverViews("works.incentives.web.plan"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Override
    protected Component show(String list) {
        return switch (list) {
            case "plan queue" -> shown(new PlanQueueView(QueueFixtures.PLANS, QueueFixtures.PARTNERS,
                    QueueFixtures.PROGRAMS, new ProgramAdminService(null), () -> Optional.of(Actor.reviewer("rita"))));
            case "my plans" -> shown(new MyPlansView(() -> Optional.of(Actor.partnerAdmin("ann", 1)),
                    QueueFixtures.PLANS, QueueFixtures.PROGRAMS));
            default -> throw new IllegalArgumentException(list);
        };
    }

    PlanListsTextScanTest() {
        super(DATA);
    }

    static List<String> screens() {
        return List.of("plan queue", "my plans");
    }
}
