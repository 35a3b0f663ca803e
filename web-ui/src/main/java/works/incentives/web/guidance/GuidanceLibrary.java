package works.incentives.web.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guidance articles, rendered from Markdown to sanitised HTML once per article and language.
 * Chinese of any region reads the Traditional Chinese text; every other locale reads English,
 * and a missing translation falls back to English rather than failing the page.
 * <p>
 * Articles write headings as {@code ## Campaigns {#campaigns}} so the ids the wizards link to
 * stay the same in every language, and link to each other as {@code slug#id}; both are turned
 * into what the browser needs here. The HTML is sanitised even though we write the Markdown,
 * because program admins will edit guidance text later and a stored article must never run script.
 */
@ApplicationScoped
public class GuidanceLibrary {

    static final String ENGLISH = "en";
    static final String TRADITIONAL_CHINESE = "zh-TW";
    /** The route of the guidance view, relative to the application root. */
    static final String ROUTE = "guidance";

    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#([a-z0-9][a-z0-9-]*)}\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?(?:[.!?](?=\\s|$)|[。！？]))", Pattern.DOTALL);
    private static final String SANITISING_BASE = "https://guidance.invalid/";

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** Shared by every instance: the articles are static text, rendered once per JVM (the drawer makes its own library). */
    private static final Map<Key, Rendered> CACHE = new ConcurrentHashMap<>();

    private record Key(GuidanceArticle article, String language) {
    }

    /** One article in one language, ready to show. */
    record Rendered(String title, String html, List<String> headingIds, String summary) {
    }

    public List<GuidanceArticle> articles() {
        return Arrays.asList(GuidanceArticle.values());
    }

    public Optional<GuidanceArticle> find(String slug) {
        return articles().stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    public String title(GuidanceArticle article, Locale locale) {
        return rendered(article, locale).title();
    }

    /** Sanitised HTML of the article's body, headings carrying their stable ids. */
    public String html(GuidanceArticle article, Locale locale) {
        return rendered(article, locale).html();
    }

    /** The ids of the article's headings, in document order; what a {@link GuidanceLink} may name. */
    public List<String> headingIds(GuidanceArticle article, Locale locale) {
        return rendered(article, locale).headingIds();
    }

    /** The first sentence of the article's first paragraph, for the index. */
    public String summary(GuidanceArticle article, Locale locale) {
        return rendered(article, locale).summary();
    }

    public boolean hasHeading(GuidanceLink link, Locale locale) {
        return headingIds(link.article(), locale).contains(link.heading());
    }

    /** The language whose text a reader in this locale gets: {@code zh-TW} or {@code en}. */
    public static String language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? TRADITIONAL_CHINESE : ENGLISH;
    }

    /** Whether the article is written in the locale's language, not falling back to English. */
    public boolean isTranslated(GuidanceArticle article, Locale locale) {
        return GuidanceLibrary.class.getResource(resource(article, language(locale))) != null;
    }

    private Rendered rendered(GuidanceArticle article, Locale locale) {
        return CACHE.computeIfAbsent(new Key(article, language(locale)), key -> render(key.article(), load(key)));
    }

    private static String resource(GuidanceArticle article, String language) {
        return "/guidance/" + language + "/" + article.slug() + ".md";
    }

    private static String load(Key key) {
        InputStream in = GuidanceLibrary.class.getResourceAsStream(resource(key.article(), key.language()));
        if (in == null && !ENGLISH.equals(key.language())) {
            in = GuidanceLibrary.class.getResourceAsStream(resource(key.article(), ENGLISH));
        }
        if (in == null) {
            throw new IllegalStateException("guidance article missing: " + resource(key.article(), ENGLISH));
        }
        try (InputStream text = in) {
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders Markdown the way articles are rendered; package-private so tests can feed hostile input. */
    Rendered render(GuidanceArticle article, String markdown) {
        Node document = parser.parse(markdown);
        Map<Node, String> ids = new IdentityHashMap<>();
        String[] title = {null};
        String[] firstParagraph = {""};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                takeId(heading).ifPresent(id -> ids.put(heading, id));
                if (heading.getLevel() == 1 && title[0] == null) {
                    title[0] = plainText(heading);
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (firstParagraph[0].isEmpty()) {
                    firstParagraph[0] = plainText(paragraph);
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(Link link) {
                link.setDestination(routeOf(article, link.getDestination()));
                visitChildren(link);
            }
        });
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    String id = ids.get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                })
                .build();
        Document safe = sanitise(renderer.render(document));
        List<String> headingIds = safe.select("h1[id], h2[id], h3[id], h4[id]").eachAttr("id");
        String heading = title[0] == null ? article.slug() : title[0];
        return new Rendered(heading, safe.body().html(), List.copyOf(headingIds), firstSentence(firstParagraph[0]));
    }

    /** Strips a trailing {@code {#id}} from the heading's last text and returns the id. */
    private static Optional<String> takeId(Heading heading) {
        if (heading.getLastChild() instanceof Text text) {
            Matcher matcher = HEADING_ID.matcher(text.getLiteral());
            if (matcher.find()) {
                text.setLiteral(text.getLiteral().substring(0, matcher.start()));
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * Article links {@code slug#id} and in-page links {@code #id} become the view's route; the
     * page's base is the application root, so a bare {@code #id} would leave the article.
     */
    static String routeOf(GuidanceArticle current, String destination) {
        if (destination == null || destination.isEmpty() || SCHEME.matcher(destination).find()
                || destination.startsWith("/")) {
            return destination;
        }
        String target = destination.startsWith("#") ? current.slug() + destination : destination;
        if (target.endsWith(".md") || target.contains(".md#")) {
            target = target.replace(".md", "");
        }
        return ROUTE + "/" + target;
    }

    /**
     * Keeps what articles need (relaxed HTML, ids on headings) and drops script, styles, event
     * handlers and any link that is not relative or https; external links get {@code rel=noopener},
     * links to other articles {@code router-link} so the Vaadin client follows them without a reload.
     */
    static Document sanitise(String html) {
        Safelist safelist = Safelist.relaxed()
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id")
                .removeProtocols("a", "href", "ftp", "http", "mailto")
                .removeProtocols("img", "src", "http")
                .preserveRelativeLinks(true);
        String clean = Jsoup.clean(html, SANITISING_BASE, safelist);
        Document document = Jsoup.parseBodyFragment(clean);
        document.outputSettings().prettyPrint(false);
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("https://")) {
                link.attr("rel", "noopener noreferrer");
            } else if (href.startsWith(ROUTE + "/")) {
                link.attr("router-link", "");
            }
        }
        return document;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        TextContentRenderer renderer = TextContentRenderer.builder().build();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(renderer.render(child));
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static String firstSentence(String paragraph) {
        Matcher matcher = FIRST_SENTENCE.matcher(paragraph);
        return matcher.find() ? matcher.group(1) : paragraph;
    }
}
