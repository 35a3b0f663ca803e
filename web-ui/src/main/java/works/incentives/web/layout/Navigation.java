package works.incentives.web.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import works.incentives.web.account.UsersView;
import works.incentives.web.admin.AllocationsView;
import works.incentives.web.admin.HelpTextsView;
import works.incentives.web.admin.PartnersView;
import works.incentives.web.admin.ProgramsView;
import works.incentives.web.claim.MyClaimsView;
import works.incentives.web.guidance.GuidanceView;
import works.incentives.web.home.HomeView;
import works.incentives.web.insight.PartnerDashboardView;
import works.incentives.web.insight.VendorDashboardView;
import works.incentives.web.plan.MyPlansView;
import works.incentives.web.review.ClaimQueueView;
import works.incentives.web.review.PlanQueueView;

import java.util.List;

/** The side navigation's entries, in order; each shows only to roles its view allows. */
final class Navigation {

    record Entry(String labelKey, Class<? extends Component> view, VaadinIcon icon) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("nav.home", HomeView.class, VaadinIcon.HOME),
            new Entry("nav.dashboard", PartnerDashboardView.class, VaadinIcon.CHART),
            new Entry("nav.dashboard", VendorDashboardView.class, VaadinIcon.CHART),
            new Entry("nav.plans", MyPlansView.class, VaadinIcon.CLIPBOARD_TEXT),
            new Entry("nav.claims", MyClaimsView.class, VaadinIcon.INVOICE),
            new Entry("nav.users", UsersView.class, VaadinIcon.USERS),
            new Entry("nav.partners", PartnersView.class, VaadinIcon.OFFICE),
            new Entry("nav.reviewPlans", PlanQueueView.class, VaadinIcon.CLIPBOARD_CHECK),
            new Entry("nav.reviewClaims", ClaimQueueView.class, VaadinIcon.INVOICE),
            new Entry("nav.programs", ProgramsView.class, VaadinIcon.COG),
            new Entry("nav.allocations", AllocationsView.class, VaadinIcon.MONEY),
            new Entry("nav.helpTexts", HelpTextsView.class, VaadinIcon.QUESTION_CIRCLE),
            new Entry("nav.guidance", GuidanceView.class, VaadinIcon.BOOK),
            new Entry("nav.apiTokens", works.incentives.web.account.ApiTokensView.class, VaadinIcon.KEY));

    private Navigation() {
    }
}
