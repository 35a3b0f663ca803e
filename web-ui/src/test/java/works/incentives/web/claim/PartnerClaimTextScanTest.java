package works.incentives.web.claim;

import com.vaadin.flow.component.Component;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.shared.Actor;
import works.incentives.web.ScreenTextScan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The partner's claim screens: My claims, the claim page and the self-certification report (issue 15, item 3). */
class PartnerClaimTextScanTest extends ScreenTextScan {

    static final Actor ANN = Actor.partnerAdmin("ann", 3);
    /** What the fake claims hold: names and answers partners and reviewers typed. */
    private static final String[] DATA = {"LinkedIn ads", "Ran on LinkedIn as planned", "The screenshot lacks the brand",
            "A branded screenshot is attached", "Recorded in our own studio", "Podcast sponsorship", "Podcast 贊助",
            "rita", "ann"};

    private final ClaimService claims = new ClaimService() {
        @Override
        public ClaimView get(long claimId, Actor actor) {
            return ClaimFixtures.claim(ClaimStatus.SUBMITTED, List.of(), null,
                    new SelfCertificationData("Recorded in our own studio", "ann", ClaimFixtures.TODAY));
        }

        @Override
        public ActivityTypeView activityTypeOf(long claimId, Actor actor) {
            return SelfCertificationReportViewTest.PODCAST;
        }

        @Override
        public List<ClaimRow> findClaimsForReview(ClaimQuery filter, int offset, int limit, ClaimQuery.Sort sort,
                                                  Actor actor) {
            return offset > 0 ? List.of() : List.of(new ClaimRow(1, 3, 2, 3, "LinkedIn ads", "DIGITAL_ADVERTISING",
                    "USD", new BigDecimal("1234.5"), ClaimStatus.SUBMITTED, Instant.parse("2027-03-01T10:00:00Z"),
                    LocalDate.of(2027, 8, 14), null, null));
        }

        @Override
        public long countClaims(ClaimQuery filter, Actor actor) {
            return 1;
        }
    };

    @Override
    protected Component show(String screen) {
        return switch (screen) {
            case "my claims" -> shown(new MyClaimsView(() -> Optional.of(ANN), claims,
                    Clock.fixed(Instant.parse("2027-03-05T09:00:00Z"), ZoneOffset.UTC)));
            case "claim page" -> {
                ClaimDetailView page = shown(new ClaimDetailView(null, null, null, null, null, null, null));
                page.workspace = new ClaimWorkspace(ANN, ClaimAnswerShownTest.answered(), null, null, List.of(),
                        ClaimFixtures.TODAY);
                page.render();
                yield page;
            }
            case "self-certification" -> {
                SelfCertificationReportView view = shown(new SelfCertificationReportView(() -> Optional.of(ANN), claims));
                view.load(7);
                yield view;
            }
            default -> throw new IllegalArgumentException(screen);
        };
    }

    PartnerClaimTextScanTest() {
        super(DATA);
    }

    static List<String> screens() {
        return List.of("my claims", "claim page", "self-certification");
    }
}
