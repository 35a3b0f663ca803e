package works.incentives.web.component;

import works.incentives.web.KaribuTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;


import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.FreeText;


import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 10, defect: comment fields stop at the domain's limit and count what is used, in both languages. */
class TextLimitTest extends KaribuTest {


    @Test
    void aCommentFieldStopsAtTheLimitAndCountsTheCharactersUsed() {
        TextArea area = new TextArea();
        area.setId("decision-comment");
        UI.getCurrent().add(TextLimit.comment(area));
        assertEquals(FreeText.COMMENT_MAX_LENGTH, area.getMaxLength());
        Span counter = (Span) area.getSuffixComponent();
        assertEquals("decision-comment-counter", counter.getId().orElseThrow());
        assertEquals("0 / 2,000", counter.getText());
        area.setValue("Looks right");
        assertEquals("11 / 2,000", counter.getText());
        UI.getCurrent().setLocale(Locale.forLanguageTag("zh-TW"));
        area.setValue("好");
        assertEquals("1 / 2,000", counter.getText());
    }
}
