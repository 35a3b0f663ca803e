package works.incentives.web.insight;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.insight.InsightService;
import works.incentives.domain.insight.InsightService.VendorDashboard;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.web.i18n.CatalogueNames;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.plan.Formats;
import works.incentives.web.security.Roles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static works.incentives.web.insight.DashboardTexts.amount;
import static works.incentives.web.insight.DashboardTexts.byState;
import static works.incentives.web.insight.DashboardTexts.count;
import static works.incentives.web.insight.DashboardTexts.countsGrid;
import static works.incentives.web.insight.DashboardTexts.heading;
import static works.incentives.web.insight.DashboardTexts.note;
import static works.incentives.web.insight.DashboardTexts.texts;

/**
 * The vendor's dashboard (reviewers, program admins): claims and plans by state and type, time in
 * the queue and the review SLA per reviewer (from the history), and the money each partner has not
 * claimed ahead of each claim deadline. Every figure is one grouped query over every partner.
 */
@Route(value = "insight", layout = MainLayout.class)
@RolesAllowed({Roles.REVIEWER, Roles.PROGRAM_ADMIN})
@StyleSheet("context://styles/insight.css")
public class VendorDashboardView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private final VendorDashboard data;
    final BarChart claims = new BarChart("insight-claims");
    final BarChart plans = new BarChart("insight-plans");
    final BarChart queueTimes = new BarChart("insight-queue-times");
    final BarChart unclaimed = new BarChart("insight-unclaimed");
    final Grid<ReviewerLine> reviewers = new Grid<>();

    @Inject
    public VendorDashboardView(InsightService insight, CurrentActor currentActor) {
        this.data = insight.vendorDashboard(currentActor.require());
        setId("vendor-dashboard");
        addClassName("dashboard");
        reviewers.setId("insight-reviewers");
        reviewers.addThemeVariants(GridVariant.LUMO_COMPACT);
        reviewers.setAllRowsVisible(true);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Locale locale = getLocale();
        H1 title = new H1(getTranslation("dashboard.vendor.title"));
        title.setId("dashboard-heading");
        add(title, heading(this, "dashboard.claims.title", "insight-claims-heading"));
        claims.show(texts(this, "dashboard.claims.title", "dashboard.claims.description", "dashboard.claims"),
                byState(data.claims(), Arrays.stream(ClaimStatus.values()).map(Enum::name).toList(), this::claimState),
                null, v -> count(v, locale));
        add(claims, countsGrid(this, locale, "insight-claims-by-type", "dashboard.column.type", data.claims(), this::claimState,
                code -> CatalogueNames.activityType(this, code)));
        add(heading(this, "dashboard.plans.title", "insight-plans-heading"));
        plans.show(texts(this, "dashboard.plans.title", "dashboard.plans.description", "dashboard.plans"),
                byState(data.plans(), Arrays.stream(PlanStatus.values()).map(Enum::name).toList(), this::planState),
                null, v -> count(v, locale));
        add(plans, countsGrid(this, locale, "insight-plans-by-program", "dashboard.column.program", data.plans(),
                this::planState, program -> program));
        reviewSection(locale);
        add(heading(this, "dashboard.unclaimed.title", "insight-unclaimed-heading"));
        if (data.unclaimed().isEmpty()) {
            add(note(this, "dashboard.expiring.none", InsightService.EXPIRY_HORIZON_DAYS));
        } else {
            unclaimed.show(texts(this, "dashboard.unclaimed.title", "dashboard.unclaimed.description",
                    "dashboard.unclaimed"), data.unclaimed().stream().map(u -> new BarChart.Row(getTranslation(
                    "dashboard.unclaimed.label", u.partnerName(), u.programName(), u.periodName(), u.currencyCode(),
                    Formats.date(u.claimDeadline(), locale), ChronoUnit.DAYS.between(data.today(), u.claimDeadline())),
                    List.of(u.unclaimed()))).toList(), null, v -> amount(v, locale));
            add(unclaimed);
        }
    }

    private void reviewSection(Locale locale) {
        add(heading(this, "dashboard.review.title", "insight-review-heading"),
                note(this, "dashboard.review.sla", data.slaDays(), InsightService.REVIEW_WINDOW_DAYS));
        List<ReviewerLine> lines = ReviewerLine.of(data.reviewTimes(), data.backlog());
        queueTimes.show(texts(this, "dashboard.review.chart", "dashboard.review.description",
                        "dashboard.column.averageDays"), lines.stream().filter(l -> l.decisions() > 0)
                        .map(l -> new BarChart.Row(kind(l) + " · " + reviewer(l), List.of(days(l.averageSeconds()))))
                        .toList(), new BarChart.Marker(BigDecimal.valueOf(data.slaDays()),
                        getTranslation("dashboard.review.marker", data.slaDays())), v -> amount(v, locale));
        reviewers.removeAllColumns();
        column("dashboard.column.kind", this::kind);
        column("dashboard.column.reviewer", this::reviewer).setFlexGrow(2);
        column("dashboard.column.decisions", l -> count(BigDecimal.valueOf(l.decisions()), locale));
        column("dashboard.column.averageDays", l -> l.decisions() == 0 ? "–" : amount(days(l.averageSeconds()), locale));
        column("dashboard.column.longestDays", l -> l.decisions() == 0 ? "–" : amount(days(l.longestSeconds()), locale));
        column("dashboard.column.withinSla", l -> l.decisions() == 0 ? "–"
                : getTranslation("dashboard.percent", Math.round(100.0 * l.withinSla() / l.decisions())));
        column("dashboard.column.open", l -> count(BigDecimal.valueOf(l.open()), locale));
        column("dashboard.column.overSla", l -> count(BigDecimal.valueOf(l.overSla()), locale));
        reviewers.setItems(lines);
        add(queueTimes, reviewers);
    }

    private Grid.Column<ReviewerLine> column(String headerKey, ValueProvider<ReviewerLine, String> value) {
        return reviewers.addColumn(value).setHeader(getTranslation(headerKey));
    }

    private String kind(ReviewerLine line) {
        return getTranslation("dashboard.kind." + line.kind());
    }

    private String reviewer(ReviewerLine line) {
        return line.reviewer() == null ? getTranslation("dashboard.unassigned") : line.reviewer();
    }

    private static BigDecimal days(double seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 2, RoundingMode.HALF_UP);
    }

    private String claimState(String status) {
        return getTranslation(ClaimStatus.valueOf(status).messageKey());
    }

    private String planState(String status) {
        return getTranslation(PlanStatus.valueOf(status).messageKey());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.vendor.title") + " | " + getTranslation("app.name");
    }
}
