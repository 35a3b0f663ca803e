package works.incentives.web.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import works.incentives.web.home.HomeView;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Locale;

/**
 * The layout every screen lives in; it also loads the application's plain CSS (no frontend
 * build: STACK.md trap 9).
 *
 * <p>Header with product name, the signed-in user and the language switch; side navigation. */
@StyleSheet("context://styles/app.css")
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final Span title = new Span();
    private final Span user = new Span();
    private final Select<Locale> language = new Select<>();
    private final SideNavItem home = new SideNavItem("", HomeView.class, VaadinIcon.HOME.create());

    public MainLayout() {
        title.addClassName("app-title");
        title.setId("app-title");
        user.addClassName("app-user");
        user.setId("app-user");

        language.setId("language-switch");
        language.setItems(TranslationProvider.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.toLanguageTag()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
            }
        });

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, language);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(user);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.addItem(home);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        user.setText(getTranslation("header.signedInAs", getTranslation("header.demoUser")));
        language.setAriaLabel(getTranslation("header.language"));
        language.setValue(TranslationProvider.supported(event.getLocale()));
        home.setLabel(getTranslation("nav.home"));
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0",
                event.getLocale().toLanguageTag());
    }
}
