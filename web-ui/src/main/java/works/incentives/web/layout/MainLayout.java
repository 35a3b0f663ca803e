package works.incentives.web.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.inject.Inject;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.UserSummary;
import works.incentives.web.component.ComponentTexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.i18n.TranslationProvider;
import works.incentives.web.notification.InboxBadge;
import works.incentives.web.security.SignOut;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout every screen lives in: header with the product name, the signed-in user, the
 * language switch and sign-out; side navigation showing only what the user's role may open.
 * It also loads the application's plain CSS (no frontend build: STACK.md trap 9).
 */
@StyleSheet("context://styles/app.css")
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final Span title = new Span();
    private final Span user = new Span();
    private final Button signOut = new Button(VaadinIcon.SIGN_OUT.create());
    private final DrawerToggle drawerToggle = new DrawerToggle();
    private final SideNav nav = new SideNav();
    private final List<NavigationEntry> entries = new ArrayList<>();
    private final UserSummary me;

    /** A side navigation entry: its label key and the view it opens. */
    private record NavigationEntry(String labelKey, Class<? extends Component> view, SideNavItem item) {
    }

    @Inject
    public MainLayout(AccountService accounts, NotificationService notifications, CurrentActor currentActor,
                      @ConfigProperty(name = "incentives.notifications.badge-poll-seconds", defaultValue = "60")
                      int badgePollSeconds) {
        this.me = accounts.me();
        Actor actor = currentActor.require();
        title.addClassName("app-title");
        title.setId("app-title");
        user.addClassName("app-user");
        user.setId("app-user");
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(e -> SignOut.now());

        LanguageSwitch language = new LanguageSwitch();
        // the language chosen is also the language of the user's notification e-mails
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                notifications.rememberLanguage(e.getValue().toLanguageTag(), actor);
            }
        });
        if (notifications.preferredLanguage(actor).isEmpty()) {
            notifications.rememberLanguage(TranslationProvider.supported(getLocale()).toLanguageTag(), actor);
        }
        InboxBadge inbox = new InboxBadge(notifications, actor, badgePollSeconds);
        HorizontalLayout header = new HorizontalLayout(drawerToggle, title, user, inbox, language, signOut);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(user);
        addToNavbar(header);

        nav.setId("side-nav");
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        for (Navigation.Entry entry : Navigation.ENTRIES) {
            if (access.hasAccess(entry.view())) {
                SideNavItem item = new SideNavItem("", entry.view(), entry.icon().create());
                nav.addItem(item);
                entries.add(new NavigationEntry(entry.labelKey(), entry.view(), item));
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        user.setText(getTranslation("header.signedInAs", me.displayName(),
                getTranslation("role." + me.role().name())));
        signOut.setText(getTranslation("header.signOut"));
        entries.forEach(entry -> entry.item().setLabel(getTranslation(entry.labelKey())));
        ComponentTexts.drawerToggle(drawerToggle);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("navigation.drawer")));
        getUI().ifPresent(ComponentTexts::gridSorters);
    }
}
