package works.incentives.domain.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.util.Set;

/**
 * A program admin's text for one help key (e.g. {@code step.fund.help}) in one language
 * ({@code en} or {@code zh-TW}); it replaces the bundled default text in the wizards' help panel.
 */
@Entity
@Table(name = "guidance_snippet", uniqueConstraints = @UniqueConstraint(
        name = "guidance_snippet_key_language_uk", columnNames = {"help_key", "language_tag"}))
public class GuidanceSnippet {

    public static final Set<String> LANGUAGES = Set.of("en", "zh-TW");
    public static final int MAX_KEY = 120;
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_snippet_seq")
    @SequenceGenerator(name = "guidance_snippet_seq", sequenceName = "guidance_snippet_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    /** {@code key} is a reserved word in JPQL and H2: the field and column say help key. */
    @Column(name = "help_key", nullable = false, length = MAX_KEY)
    private String helpKey;

    @Column(name = "language_tag", nullable = false, length = 10)
    private String language;

    @Column(name = "text", nullable = false, length = MAX_TEXT)
    private String text;

    protected GuidanceSnippet() {
        // for JPA
    }

    public GuidanceSnippet(String key, String language, String text) {
        if (key == null || key.isBlank()) {
            throw new DomainRuleViolation(Rule.VALUE_REQUIRED, "key");
        }
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("help key longer than " + MAX_KEY + ": " + key);
        }
        this.helpKey = key;
        this.language = checkedLanguage(language);
        change(text);
    }

    /** Replaces the text; blank text is refused (reset instead). */
    public void change(String newText) {
        if (newText == null || newText.isBlank()) {
            throw new DomainRuleViolation(Rule.VALUE_REQUIRED, "text");
        }
        String stripped = newText.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new IllegalArgumentException("help text longer than " + MAX_TEXT + " characters");
        }
        this.text = stripped;
    }

    public static String checkedLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("not a supported language: " + language);
        }
        return language;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKey() {
        return helpKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }
}
