package works.incentives.web.component;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import works.incentives.domain.shared.FreeText;

/**
 * A free text's length limit where the user types it: the field stops at the domain's limit
 * ({@link FreeText}) and a counter beside it shows how much is used. The server refuses longer
 * texts anyway ({@code Rule.TEXT_TOO_LONG}); this spares the user the round trip.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** A comment, answer, dispute reason or decision: {@link FreeText#COMMENT_MAX_LENGTH} characters. */
    public static TextArea comment(TextArea area) {
        return apply(area, FreeText.COMMENT_MAX_LENGTH);
    }

    /** At most {@code max} characters, with a counter "used / max" (its id: the field's id + "-counter"). */
    public static TextArea apply(TextArea area, int max) {
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        Span counter = new Span();
        counter.addClassName("text-counter");
        area.getId().ifPresent(id -> counter.setId(id + "-counter"));
        area.setSuffixComponent(counter);
        Runnable show = () -> counter.setText(area.getTranslation("text.counter", area.getValue().length(), max));
        area.addValueChangeListener(e -> show.run());
        area.addAttachListener(e -> show.run());
        show.run();
        return area;
    }
}
