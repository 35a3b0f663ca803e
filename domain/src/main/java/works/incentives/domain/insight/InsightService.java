package works.incentives.domain.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.insight.InsightRepository.Backlog;
import works.incentives.domain.insight.InsightRepository.Count;
import works.incentives.domain.insight.InsightRepository.FundTotals;
import works.incentives.domain.insight.InsightRepository.ReviewTimes;
import works.incentives.domain.insight.InsightRepository.Unclaimed;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Permissions;
import works.incentives.domain.shared.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboards: a partner's (its own funds, money about to expire, its plans and claims by state)
 * and the vendor's (every partner's plans and claims by state and type, time in queue and the review
 * SLA per reviewer, unclaimed funds per partner ahead of each deadline). Every figure is one grouped
 * query; a partner-side actor only ever sees its own organization's figures.
 */
@ApplicationScoped
@Transactional
public class InsightService {

    /** MicroProfile Config key of the review SLA target in days (env {@code INCENTIVES_REVIEW_SLA_DAYS}). */
    public static final String SLA_DAYS_KEY = "incentives.review.sla-days";
    public static final int DEFAULT_SLA_DAYS = 10;
    /** How far ahead the dashboards look for claim deadlines: money that expires within this many days. */
    public static final int EXPIRY_HORIZON_DAYS = 90;
    /** The decisions whose time in queue the vendor dashboard reports: those of the last this many days. */
    public static final int REVIEW_WINDOW_DAYS = 90;

    public record PartnerDashboard(LocalDate today, List<FundTotals> funds, List<Unclaimed> expiring,
                                   List<Count> plans, List<Count> claims) {
    }

    public record VendorDashboard(LocalDate today, int slaDays, List<Count> plans, List<Count> claims,
                                  List<ReviewTimes> reviewTimes, List<Backlog> backlog, List<Unclaimed> unclaimed) {
    }

    private InsightRepository insight;
    private Clock clock;
    private int slaDays = DEFAULT_SLA_DAYS;

    protected InsightService() {
        // for CDI proxies
    }

    @Inject
    public InsightService(InsightRepository insight, Clock clock) {
        this.insight = insight;
        this.clock = clock;
    }

    /** The SLA target; tests that construct the service directly keep {@link #DEFAULT_SLA_DAYS} or call this. */
    @Inject
    public void setSlaDays(@ConfigProperty(name = SLA_DAYS_KEY, defaultValue = "10") int slaDays) {
        if (slaDays <= 0) {
            throw new IllegalArgumentException(SLA_DAYS_KEY + " must be more than zero, not " + slaDays);
        }
        this.slaDays = slaDays;
    }

    public int getSlaDays() {
        return slaDays;
    }

    /** The partner-side dashboard of the actor's own organization (four grouped queries). */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN})
    public PartnerDashboard partnerDashboard(Actor actor) {
        Permissions.require(actor, "see the partner dashboard", Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN);
        long partnerId = actor.partnerId();
        LocalDate today = LocalDate.now(clock);
        return new PartnerDashboard(today, insight.fundsByProgramAndPeriod(partnerId),
                insight.unclaimedByDeadline(partnerId, today, today.plusDays(EXPIRY_HORIZON_DAYS)),
                insight.plansByStatusAndProgram(partnerId, false), insight.claimsByStatusAndType(partnerId, false));
    }

    /** The vendor dashboard over every partner; drafts and never-submitted claims are the partners' own and left out. */
    @AllowedRoles({Role.REVIEWER, Role.PROGRAM_ADMIN})
    public VendorDashboard vendorDashboard(Actor actor) {
        Permissions.require(actor, "see the vendor dashboard", Role.REVIEWER, Role.PROGRAM_ADMIN);
        LocalDate today = LocalDate.now(clock);
        Duration sla = Duration.ofDays(slaDays);
        return new VendorDashboard(today, slaDays, insight.plansByStatusAndProgram(null, true),
                insight.claimsByStatusAndType(null, true),
                insight.reviewTimes(clock.instant().minus(Duration.ofDays(REVIEW_WINDOW_DAYS)), sla.toSeconds()),
                insight.backlogByReviewer(clock.instant().minus(sla)),
                insight.unclaimedByDeadline(null, today, today.plusDays(EXPIRY_HORIZON_DAYS)));
    }
}
