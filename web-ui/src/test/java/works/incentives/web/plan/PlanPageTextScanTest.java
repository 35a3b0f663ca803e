package works.incentives.web.plan;

import com.vaadin.flow.component.Component;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.web.ScreenTextScan;

import java.time.Instant;
import java.util.List;

/**
 * The partner's plan page (a draft with a reviewer's comment on an activity and the plan's history):
 * all Chinese in zh-TW, nothing missing in English (issue 15, item 3).
 */
class PlanPageTextScanTest extends ScreenTextScan {

    /** What the fake services hold: names the partner typed, the reviewer's comment, user names. */
    private static final String[] DATA = {"Cloud launch", "300 leads", "Webinars", "Leads", "LinkedIn", "CSP co-op",
            "H2 FY27", "Name the ad platforms", "rita", "ann"};

    private final PlanService plans = new PlanService() {
        @Override
        public PlanView get(long planId, Actor actor) {
            return Fixtures.plan(Fixtures.campaign(11, "Webinars", Fixtures.ads(31, "12000")));
        }

        @Override
        public List<Problem> check(long planId, Actor actor) {
            return List.of();
        }

        @Override
        public List<HistoryView> history(long planId, Actor actor) {
            return List.of(
                    new HistoryView(1, "CREATED", null, "DRAFT", "ann", "INCENTIVES_ADMIN",
                            Instant.parse("2027-02-01T10:00:00Z"), null, null),
                    new HistoryView(2, "COMMENTED", "DRAFT", "DRAFT", "rita", "REVIEWER",
                            Instant.parse("2027-02-03T10:00:00Z"), "activity:31", "Name the ad platforms"));
        }
    };

    PlanPageTextScanTest() {
        super(DATA);
    }

    static List<String> screens() {
        return List.of("plan page");
    }

    @Override
    protected Component show(String screen) {
        return PlanWizardHarness.openPage(plans);
    }
}
