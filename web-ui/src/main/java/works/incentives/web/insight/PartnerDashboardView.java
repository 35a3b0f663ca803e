package works.incentives.web.insight;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.insight.InsightService;
import works.incentives.domain.insight.InsightService.PartnerDashboard;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.plan.Formats;
import works.incentives.web.security.Roles;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static works.incentives.web.insight.DashboardTexts.amount;
import static works.incentives.web.insight.DashboardTexts.byState;
import static works.incentives.web.insight.DashboardTexts.count;
import static works.incentives.web.insight.DashboardTexts.heading;
import static works.incentives.web.insight.DashboardTexts.note;
import static works.incentives.web.insight.DashboardTexts.texts;

/**
 * The partner's dashboard: its funds by program and period (allocated, committed, claimed, paid), the
 * money that expires unclaimed within {@value InsightService#EXPIRY_HORIZON_DAYS} days, and its plans
 * and claims by state. Read once per visit (four grouped queries); only the partner's own figures.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/insight.css")
public class PartnerDashboardView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final PartnerDashboard data;
    final BarChart funds = new BarChart("dashboard-funds");
    final BarChart expiring = new BarChart("dashboard-expiring");
    final BarChart plans = new BarChart("dashboard-plans");
    final BarChart claims = new BarChart("dashboard-claims");

    @Inject
    public PartnerDashboardView(InsightService insight, CurrentActor currentActor) {
        this.data = insight.partnerDashboard(currentActor.require());
        setId("partner-dashboard");
        addClassName("dashboard");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Locale locale = getLocale();
        H1 title = new H1(getTranslation("dashboard.partner.title"));
        title.setId("dashboard-heading");
        add(title, heading(this, "dashboard.funds.title", "dashboard-funds-heading"));
        if (data.funds().isEmpty()) {
            add(note(this, "dashboard.funds.none"));
        } else {
            funds.show(texts(this, "dashboard.funds.title", "dashboard.funds.description", "dashboard.allocated",
                    "dashboard.committed", "dashboard.claimed", "dashboard.paid"), data.funds().stream()
                    .map(f -> new BarChart.Row(getTranslation("dashboard.fund.label", f.programName(), f.periodName(),
                            f.currencyCode()), List.of(f.allocated(), f.committed(), f.claimed(), f.paid()))).toList(),
                    null, v -> amount(v, locale));
            add(funds);
        }
        add(heading(this, "dashboard.expiring.title", "dashboard-expiring-heading"));
        if (data.expiring().isEmpty()) {
            add(note(this, "dashboard.expiring.none", InsightService.EXPIRY_HORIZON_DAYS));
        } else {
            expiring.show(texts(this, "dashboard.expiring.title", "dashboard.expiring.description", "dashboard.unclaimed"),
                    data.expiring().stream().map(u -> new BarChart.Row(getTranslation("dashboard.expiring.label",
                            u.programName(), u.periodName(), u.currencyCode(), Formats.date(u.claimDeadline(), locale),
                            ChronoUnit.DAYS.between(data.today(), u.claimDeadline())), List.of(u.unclaimed()))).toList(),
                    null, v -> amount(v, locale));
            add(expiring);
        }
        add(heading(this, "dashboard.plans.title", "dashboard-plans-heading"));
        plans.show(texts(this, "dashboard.plans.title", "dashboard.plans.description", "dashboard.plans"),
                byState(data.plans(), Arrays.stream(PlanStatus.values()).map(Enum::name).toList(),
                        s -> getTranslation(PlanStatus.valueOf(s).messageKey())), null, v -> count(v, locale));
        add(plans, heading(this, "dashboard.claims.title", "dashboard-claims-heading"));
        claims.show(texts(this, "dashboard.claims.title", "dashboard.claims.description", "dashboard.claims"),
                byState(data.claims(), Arrays.stream(ClaimStatus.values()).map(Enum::name).toList(),
                        s -> getTranslation(ClaimStatus.valueOf(s).messageKey())), null, v -> count(v, locale));
        add(claims);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.partner.title") + " | " + getTranslation("app.name");
    }
}
