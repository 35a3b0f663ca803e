package works.incentives.web.guidance;

import java.util.Objects;

/**
 * A "Learn more" target: an article and the id of one of its headings. Declare each link a
 * wizard uses as a {@code static final} constant: a test finds them all and checks that the
 * article and heading exist in every language.
 */
public record GuidanceLink(GuidanceArticle article, String heading) {

    public GuidanceLink {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(heading, "heading");
    }

    /** The route path, relative to the application root: {@code guidance/<slug>#<heading>}. */
    public String href() {
        return "guidance/" + article.slug() + "#" + heading;
    }
}
