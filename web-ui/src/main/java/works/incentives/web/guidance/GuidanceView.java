package works.incentives.web.guidance;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import works.incentives.web.layout.MainLayout;

import java.util.Locale;
import java.util.Optional;

/**
 * The guidance centre: an index of the articles at {@code guidance}, one article at
 * {@code guidance/<slug>}. The wizards' "Learn more" links ({@link GuidanceLink}) land here with
 * a heading id as the fragment, so the view scrolls to it once the article is on the page.
 */
@Route(value = "guidance/:article?", layout = MainLayout.class)
@PermitAll
@StyleSheet("context://styles/guidance.css")
public class GuidanceView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String ARTICLE_PARAMETER = "article";
    private static final String SCROLL_TO_FRAGMENT = """
            setTimeout(() => {
              const id = decodeURIComponent(window.location.hash.slice(1));
              const target = id && document.getElementById(id);
              if (target) { target.scrollIntoView(); }
            });""";

    private final GuidanceLibrary library;
    /** The slug asked for, null for the index; may name no article. */
    private String requested;

    @Inject
    public GuidanceView(GuidanceLibrary library) {
        this.library = library;
        setId("guidance-view");
        addClassName("guidance-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(ARTICLE_PARAMETER).orElse(null));
    }

    /** Shows the article with this slug, or the index when it is null. */
    void show(String slug) {
        requested = slug == null || slug.isBlank() ? null : slug;
        render(getLocale());
        getUI().ifPresent(ui -> ui.getPage().executeJs(SCROLL_TO_FRAGMENT));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs(SCROLL_TO_FRAGMENT);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(event.getLocale());
    }

    @Override
    public String getPageTitle() {
        String page = requested == null ? getTranslation("guidance.title")
                : article().map(a -> library.title(a, getLocale())).orElseGet(() -> getTranslation("guidance.notFound.title"));
        return page + " | " + getTranslation("app.name");
    }

    private Optional<GuidanceArticle> article() {
        return requested == null ? Optional.empty() : library.find(requested);
    }

    private void render(Locale locale) {
        removeAll();
        if (requested == null) {
            renderIndex(locale);
        } else {
            article().ifPresentOrElse(a -> renderArticle(a, locale), this::renderNotFound);
        }
    }

    private void renderIndex(Locale locale) {
        H1 heading = new H1(getTranslation("guidance.title"));
        Paragraph intro = new Paragraph(getTranslation("guidance.intro"));
        intro.addClassName("guidance-intro");
        UnorderedList entries = new UnorderedList();
        entries.setId("guidance-index");
        entries.addClassName("guidance-index");
        for (GuidanceArticle article : library.articles()) {
            Paragraph summary = new Paragraph(library.summary(article, locale));
            summary.addClassName("guidance-summary");
            entries.add(new ListItem(link(article, locale), summary));
        }
        add(heading, intro, entries);
    }

    private void renderArticle(GuidanceArticle article, Locale locale) {
        Div page = new Div();
        page.addClassName("guidance-page");
        Div body = new Div();
        body.setId("guidance-article");
        body.addClassName("guidance-article");
        if (!library.isTranslated(article, locale)) {
            Paragraph untranslated = new Paragraph(getTranslation("guidance.notTranslated"));
            untranslated.setId("guidance-not-translated");
            untranslated.addClassName("guidance-note");
            page.add(untranslated);
        }
        body.getElement().setProperty("innerHTML", library.html(article, locale));

        Aside others = new Aside();
        others.setId("guidance-others");
        others.addClassName("guidance-others");
        UnorderedList list = new UnorderedList();
        library.articles().stream().filter(a -> a != article).forEach(a -> list.add(new ListItem(link(a, locale))));
        Anchor all = routerAnchor(GuidanceLibrary.ROUTE, getTranslation("guidance.allArticles"));
        all.setId("guidance-all-articles");
        others.add(new H2(getTranslation("guidance.others")), list, all);

        page.add(body, others);
        add(page);
    }

    private void renderNotFound() {
        Div notFound = new Div();
        notFound.setId("guidance-not-found");
        Anchor back = routerAnchor(GuidanceLibrary.ROUTE, getTranslation("guidance.notFound.back"));
        back.setId("guidance-back-to-index");
        notFound.add(new H1(getTranslation("guidance.notFound.title")),
                new Paragraph(getTranslation("guidance.notFound.text", requested)), back);
        add(notFound);
    }

    private Anchor link(GuidanceArticle article, Locale locale) {
        Anchor anchor = routerAnchor(GuidanceLibrary.ROUTE + "/" + article.slug(), library.title(article, locale));
        anchor.getElement().setAttribute("data-article", article.slug());
        return anchor;
    }

    /** An anchor the Vaadin client follows without reloading the page. */
    private static Anchor routerAnchor(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
