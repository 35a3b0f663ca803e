package works.incentives.web.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import works.incentives.domain.audit.HistoryView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The conversation between partner and reviewer on a plan or claim: the comments so far (newest
 * last, as in the history they are part of), and a form to add one, pinned to an item of the
 * page ("About"). Each item of the page carries a {@link #marker} with its number of comments;
 * clicking it shows that item's comments here and pins the next comment to it. The server decides:
 * a refused comment (too long, empty, an item that is gone) is explained beside the field and
 * the text stays for the user to fix.
 */
@StyleSheet("context://styles/comments.css")
public class CommentsPanel extends Div {

    /** Stores a comment pinned to {@code concerns}; throws the service's refusal. */
    @FunctionalInterface
    public interface Poster {
        void post(String concerns, String text);
    }

    final H3 title = new H3();
    final UnorderedList list = new UnorderedList();
    final Button showAll = new Button();
    final Select<String> about = new Select<>();
    final TextArea text = new TextArea();
    final Button post = new Button(VaadinIcon.COMMENT.create());
    private final Poster poster;
    private final Runnable afterPost;
    private Map<String, String> targets = new LinkedHashMap<>();
    private List<HistoryView> comments = List.of();
    private String filter;

    /**
     * @param poster    the service call that stores a comment
     * @param afterPost reloads the page (history, markers, this panel) after a comment was stored
     */
    public CommentsPanel(Poster poster, Runnable afterPost) {
        this.poster = poster;
        this.afterPost = afterPost;
        setId("comments-panel");
        addClassName("comments-panel");
        list.setId("comments-list");
        showAll.setId("comments-show-all");
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showAll.addClickListener(e -> focusOn(null));
        about.setId("comment-about");
        about.setItemLabelGenerator(key -> targets.getOrDefault(key, key));
        text.setId("comment-text");
        text.setWidthFull();
        TextLimit.comment(text);
        post.setId("comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        add(title, showAll, list, about, text, post);
        translate();
    }

    /** Shows the comments among {@code history} and offers {@code items} (key &rarr; name) to pin the next one to. */
    public void show(List<HistoryView> history, Map<String, String> items) {
        this.targets = new LinkedHashMap<>(items);
        this.comments = history.stream().filter(CommentsPanel::isComment).toList();
        String pinned = about.getValue();
        about.setItems(targets.keySet());
        about.setValue(pinned != null && targets.containsKey(pinned) ? pinned : targets.keySet().stream().findFirst().orElse(null));
        if (filter != null && !targets.containsKey(filter)) {
            filter = null;
        }
        translate();
        render();
    }

    /** The number of comments on {@code concerns}, as a button that shows them here. */
    public Component marker(String concerns) {
        long count = comments.stream().filter(c -> concerns.equals(c.concerns())).count();
        Button marker = new Button(count == 0 ? getTranslation("comments.markerNone")
                : getTranslation("comments.marker", count), VaadinIcon.COMMENT_O.create());
        marker.setId("comments-marker-" + concerns.replace(':', '-'));
        marker.addClassName("comments-marker");
        marker.getElement().setAttribute("data-count", String.valueOf(count));
        marker.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        marker.addClickListener(e -> focusOn(concerns));
        return marker;
    }

    /** Shows only the comments on {@code concerns} (all when null) and pins the next comment to it. */
    public void focusOn(String concerns) {
        filter = concerns;
        if (concerns != null && targets.containsKey(concerns)) {
            about.setValue(concerns);
            text.focus();
            scrollIntoView();
        }
        render();
    }

    static boolean isComment(HistoryView entry) {
        return "COMMENTED".equals(entry.action());
    }

    private void post() {
        try {
            poster.post(about.getValue(), text.getValue());
        } catch (RuntimeException refused) {
            text.setErrorMessage(Feedback.describe(this, refused));
            text.setInvalid(true);
            return;
        }
        text.setInvalid(false);
        text.clear();
        Feedback.success(getTranslation("comments.posted"));
        afterPost.run();
    }

    private void translate() {
        title.setText(getTranslation("comments.title"));
        showAll.setText(getTranslation("comments.showAll"));
        about.setLabel(getTranslation("comments.about"));
        text.setLabel(getTranslation("comments.text"));
        post.setText(getTranslation("comments.post"));
    }

    private void render() {
        list.removeAll();
        showAll.setVisible(filter != null);
        List<HistoryView> shown = comments.stream().filter(c -> filter == null || filter.equals(c.concerns())).toList();
        if (shown.isEmpty()) {
            list.add(new ListItem(getTranslation(filter == null ? "comments.none" : "comments.noneAbout")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (HistoryView comment : shown) {
            Span head = new Span(getTranslation("comments.line", comment.actorName(),
                    getTranslation("role." + comment.actorRole()), when.format(comment.at()),
                    targets.getOrDefault(Objects.requireNonNullElse(comment.concerns(), ""), comment.concerns())));
            head.addClassName("comment-head");
            Paragraph body = new Paragraph(comment.details());
            body.addClassName("comment-text");
            ListItem item = new ListItem(head, body);
            item.addClassName("comment");
            item.getElement().setAttribute("data-concerns", String.valueOf(comment.concerns()));
            list.add(item);
        }
    }
}
