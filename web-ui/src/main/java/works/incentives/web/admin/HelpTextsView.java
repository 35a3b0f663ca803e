package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.guidance.GuidanceSnippet;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.guidance.GuidanceSnippetService.SnippetView;
import works.incentives.web.component.Feedback;
import works.incentives.web.i18n.TranslationProvider;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A program admin's wording of the help beside each wizard step: every step help key of the plan
 * and claim wizards with its default text and the admin's own text in English and Traditional
 * Chinese; an editor sets or resets both.
 */
@Route(value = "admin/help-texts", layout = MainLayout.class)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class HelpTextsView extends VerticalLayout implements HasDynamicTitle {

    static final String EN = "en";
    static final String ZH = "zh-TW";
    /** The bundles holding the wizards' step help ({@code step.*.help}, {@code claim.step.*.help}). */
    private static final List<String> BUNDLES = List.of("i18n.plan", "i18n.claim");

    /** One help key with its texts; an override is null when the default shows. */
    record HelpText(String key, String titleKey, String overrideEn, String overrideZh) {

        String override(String language) {
            return EN.equals(language) ? overrideEn : overrideZh;
        }
    }

    final Grid<HelpText> grid = new Grid<>();
    private final GuidanceSnippetService snippets;
    private final CurrentActor currentActor;
    Dialog editor;
    TextArea englishArea;
    TextArea chineseArea;

    @Inject
    public HelpTextsView(GuidanceSnippetService snippets, CurrentActor currentActor) {
        this.snippets = snippets;
        this.currentActor = currentActor;
        setId("help-texts");
        grid.setId("help-texts-grid");
        grid.addColumn(h -> getTranslation(h.titleKey())).setHeader(getTranslation("helpTexts.step"))
                .setFlexGrow(1).setSortable(true);
        grid.addColumn(HelpText::key).setHeader(getTranslation("helpTexts.key")).setFlexGrow(1);
        grid.addColumn(h -> getTranslation(Locale.ENGLISH, h.key()))
                .setHeader(getTranslation("helpTexts.english") + " – " + getTranslation("helpTexts.default")).setFlexGrow(3);
        grid.addColumn(h -> orNone(h.overrideEn()))
                .setHeader(getTranslation("helpTexts.english") + " – " + getTranslation("helpTexts.override")).setFlexGrow(3);
        grid.addColumn(h -> getTranslation(TranslationProvider.TRADITIONAL_CHINESE, h.key()))
                .setHeader(getTranslation("helpTexts.chinese") + " – " + getTranslation("helpTexts.default")).setFlexGrow(3);
        grid.addColumn(h -> orNone(h.overrideZh()))
                .setHeader(getTranslation("helpTexts.chinese") + " – " + getTranslation("helpTexts.override")).setFlexGrow(3);
        grid.addComponentColumn(h -> {
            Button edit = new Button(getTranslation("helpTexts.edit"), e -> edit(h));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("edit-" + h.key().replace('.', '-'));
            return edit;
        }).setHeader(getTranslation("users.actions")).setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H1(getTranslation("helpTexts.title")), new Paragraph(getTranslation("helpTexts.intro")), grid);
        refresh();
    }

    /** Every step help key of the two wizards, plan steps first, in bundle order by key. */
    static List<String> helpKeys() {
        List<String> keys = new ArrayList<>();
        for (String bundle : BUNDLES) {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, Locale.ROOT, HelpTextsView.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            texts.keySet().stream()
                    .filter(k -> (k.startsWith("step.") || k.startsWith("claim.step.")) && k.endsWith(".help"))
                    .filter(k -> texts.containsKey(titleKey(k)))
                    .sorted()
                    .forEach(keys::add);
        }
        return keys;
    }

    static String titleKey(String helpKey) {
        return helpKey.substring(0, helpKey.length() - ".help".length()) + ".title";
    }

    private String orNone(String override) {
        return override == null ? getTranslation("helpTexts.none") : override;
    }

    void refresh() {
        Map<String, String> overrides = new HashMap<>();
        for (SnippetView s : snippets.list()) {
            overrides.put(s.language() + "|" + s.key(), s.text());
        }
        grid.setItems(helpKeys().stream().map(k -> new HelpText(k, titleKey(k),
                overrides.get(EN + "|" + k), overrides.get(ZH + "|" + k))).toList());
    }

    void edit(HelpText help) {
        editor = new Dialog();
        editor.setId("help-text-editor");
        editor.setHeaderTitle(getTranslation("helpTexts.editor.title", getTranslation(help.titleKey())));
        editor.setWidth("min(48rem, 95vw)");
        englishArea = area("help-text-en", "helpTexts.english", help, EN, Locale.ENGLISH);
        chineseArea = area("help-text-zh", "helpTexts.chinese", help, ZH, TranslationProvider.TRADITIONAL_CHINESE);
        editor.add(new Div(englishArea, chineseArea));

        Button save = new Button(getTranslation("helpTexts.save"), e -> save(help));
        save.setId("help-text-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("helpTexts.reset"), e -> reset(help));
        reset.setId("help-text-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reset.setEnabled(help.overrideEn() != null || help.overrideZh() != null);
        editor.getFooter().add(reset, new Button(getTranslation("common.cancel"), e -> editor.close()), save);
        editor.open();
    }

    private TextArea area(String id, String labelKey, HelpText help, String language, Locale locale) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(GuidanceSnippet.MAX_TEXT);
        area.setValue(help.override(language) == null ? "" : help.override(language));
        area.setPlaceholder(getTranslation(locale, help.key()));
        area.setHelperText(getTranslation("helpTexts.editor.defaultText", getTranslation(locale, help.key()))
                + " " + getTranslation("helpTexts.editor.helper"));
        return area;
    }

    /** Saves each language's text; an emptied text drops that language's override. */
    void save(HelpText help) {
        boolean done = Feedback.attempt(this, () -> {
            apply(help, EN, englishArea.getValue());
            apply(help, ZH, chineseArea.getValue());
        });
        if (done) {
            editor.close();
            refresh();
            Feedback.success(getTranslation("helpTexts.saved"));
        }
    }

    private void apply(HelpText help, String language, String text) {
        String before = help.override(language);
        if (text == null || text.isBlank()) {
            if (before != null) {
                snippets.reset(help.key(), language, currentActor.require());
            }
        } else if (!text.strip().equals(before)) {
            snippets.save(help.key(), language, text, currentActor.require());
        }
    }

    /** Drops both languages' overrides: the default texts show again. */
    void reset(HelpText help) {
        boolean done = Feedback.attempt(this, () -> {
            snippets.reset(help.key(), EN, currentActor.require());
            snippets.reset(help.key(), ZH, currentActor.require());
        });
        if (done) {
            editor.close();
            refresh();
            Feedback.success(getTranslation("helpTexts.wasReset"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpTexts.title") + " | " + getTranslation("app.name");
    }
}
