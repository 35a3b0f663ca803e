package works.incentives.web.guidance;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import java.util.Optional;

/**
 * A guidance article beside the wizard step, in the same UI: a modeless drawer on the right that
 * renders the article and scrolls to the linked heading, so "Learn more" costs one round trip
 * instead of a new browser tab that loads the whole application again. The article's own URL
 * stays one click away ("Open in new tab"); links to other articles open in the drawer too.
 * One drawer per UI ({@link #of(UI)}); closing it drops the article's HTML.
 */
@StyleSheet("context://styles/guidance.css")
public class GuidanceDrawer extends Dialog implements LocaleChangeObserver {

    static final String CLASS_NAME = "guidance-drawer";
    /** Client-side: the href of the article link clicked in the drawer, keeping the browser from following it. */
    static final String ARTICLE_LINK_HREF = "(function(a){ if (!a || !a.hasAttribute('router-link')) { return null; }"
            + " event.preventDefault(); event.stopPropagation(); return a.getAttribute('href'); })"
            + "(event.target.closest && event.target.closest('a'))";
    /** Client-side event data: true for a plain click (no modifier key), which the drawer takes over from the browser. */
    public static final String PLAIN_CLICK = "(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)"
            + " ? false : (event.preventDefault(), true)";
    private static final String SCROLL_TO_HEADING = """
            setTimeout(() => {
              const target = $1 && $0.querySelector('[id="' + CSS.escape($1) + '"]');
              if (target) { target.scrollIntoView({block: 'start'}); } else { $0.scrollTop = 0; }
            });""";

    private final GuidanceLibrary library;
    final Div article = new Div();
    final Anchor openInNewTab = new Anchor();
    final Button closeButton = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
    private GuidanceLink shown;

    public GuidanceDrawer(GuidanceLibrary library) {
        this.library = library;
        setId("guidance-drawer");
        setClassName(CLASS_NAME);
        setModal(false);
        setDraggable(false);
        setResizable(false);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        article.setId("guidance-drawer-article");
        article.addClassName("guidance-article");
        openInNewTab.setId("guidance-drawer-new-tab");
        openInNewTab.setTarget(AnchorTarget.BLANK);
        openInNewTab.getElement().setAttribute("rel", "noopener");
        closeButton.setId("guidance-drawer-close");
        closeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        getHeader().add(openInNewTab, closeButton);
        add(article);
        article.getElement().addEventListener("click", e -> follow(e.getEventData().getString(ARTICLE_LINK_HREF)))
                .addEventData(ARTICLE_LINK_HREF)
                .setFilter("event.target.closest && event.target.closest('a[router-link]') != null");
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                // the article is static text: nothing worth keeping in the session while closed
                shown = null;
                article.getElement().setProperty("innerHTML", "");
            }
        });
    }

    /** The drawer of this UI, made on first use. */
    public static GuidanceDrawer of(UI ui) {
        GuidanceDrawer drawer = ComponentUtil.getData(ui, GuidanceDrawer.class);
        if (drawer == null) {
            drawer = new GuidanceDrawer(new GuidanceLibrary());
            ComponentUtil.setData(ui, GuidanceDrawer.class, drawer);
        }
        return drawer;
    }

    /**
     * A "Learn more" link: a plain click opens the section in this UI's drawer; a click with a
     * modifier key (new tab, new window) and the link's address still lead to the guidance page.
     */
    public static Anchor learnMore(GuidanceLink link, String text) {
        Anchor anchor = new Anchor(link.href(), text);
        anchor.addClassName("learn-more");
        anchor.getElement().setAttribute("data-guidance", link.href());
        anchor.getElement().addEventListener("click", e -> {
            if (e.getEventData().getBoolean(PLAIN_CLICK)) {
                anchor.getUI().ifPresent(ui -> of(ui).show(link));
            }
        }).addEventData(PLAIN_CLICK);
        return anchor;
    }

    /** Opens the drawer on the article of the link, scrolled to its heading. */
    public void show(GuidanceLink link) {
        shown = link;
        render();
        if (!isOpened()) {
            open();
        }
        article.getElement().executeJs(SCROLL_TO_HEADING, article.getElement(), link.heading());
    }

    /** The section shown, if the drawer is open. */
    public Optional<GuidanceLink> shown() {
        return Optional.ofNullable(shown);
    }

    /** A link inside the article ({@code guidance/<slug>#<heading>}) opens in the drawer. */
    void follow(String href) {
        parse(href).ifPresent(this::show);
    }

    static Optional<GuidanceLink> parse(String href) {
        if (href == null || !href.startsWith(GuidanceLibrary.ROUTE + "/")) {
            return Optional.empty();
        }
        String path = href.substring(GuidanceLibrary.ROUTE.length() + 1);
        int hash = path.indexOf('#');
        String slug = hash < 0 ? path : path.substring(0, hash);
        String heading = hash < 0 ? "" : path.substring(hash + 1);
        return new GuidanceLibrary().find(slug).map(article -> new GuidanceLink(article, heading));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (shown != null) {
            render();
        }
    }

    private void render() {
        var locale = getLocale();
        setHeaderTitle(library.title(shown.article(), locale));
        article.getElement().setProperty("innerHTML", library.html(shown.article(), locale));
        openInNewTab.setHref(shown.href());
        openInNewTab.setText(getTranslation("guidance.drawer.openInNewTab"));
        closeButton.setAriaLabel(getTranslation("guidance.drawer.close"));
        closeButton.setTooltipText(getTranslation("guidance.drawer.close"));
    }
}
