package works.incentives.web.claim;

import works.incentives.web.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.shared.Actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printable self-certification report names the claim's type as its catalogue revision does. */
class SelfCertificationReportViewTest extends KaribuTest {

    static final Actor ANN = Actor.partnerAdmin("ann", 3);

    static final ActivityTypeView PODCAST = new ActivityTypeView(31, "PODCAST_SPONSORSHIP",
            ActivityCategory.DEMAND_GENERATION, "activityType.PODCAST_SPONSORSHIP", null, List.of(), List.of(),
            null, null, null, null, null, null, false, true, "Podcast sponsorship", "Podcast 贊助", 1, null, 0,
            false, List.of());

    @Test
    void anAdminDefinedTypeIsNamedByTheAdminsNameInTheUsersLanguage() {
        ClaimView claim = ClaimFixtures.claim(ClaimStatus.SUBMITTED, List.of(), null,
                new SelfCertificationData("Recorded in our own studio", "ann", ClaimFixtures.TODAY));
        ClaimService claims = new ClaimService() {
            @Override
            public ClaimView get(long claimId, Actor actor) {
                return claim;
            }

            @Override
            public ActivityTypeView activityTypeOf(long claimId, Actor actor) {
                return PODCAST;
            }
        };
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        SelfCertificationReportView view = shown(new SelfCertificationReportView(() -> Optional.of(ANN), claims));
        view.load(7);

        String body = text(view.body);
        assertTrue(body.contains("Podcast 贊助"), body);
        assertFalse(body.contains("PODCAST") || body.contains("Digital advertising") || body.contains("數位廣告"), body);
    }
}
