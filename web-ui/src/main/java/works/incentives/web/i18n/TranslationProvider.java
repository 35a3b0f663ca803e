package works.incentives.web.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import works.incentives.domain.evidence.FileKind;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Texts from {@code i18n/messages*.properties}: English (the default bundle) and Traditional
 * Chinese ({@code zh_TW}). Vaadin picks the user's locale among {@link #SUPPORTED} from the
 * browser; the language switch in the header changes it for the session.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale TRADITIONAL_CHINESE = Locale.TRADITIONAL_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, TRADITIONAL_CHINESE);

    /** The screens' texts, and the domain's rule messages and names (statuses, activity types). */
    static final List<String> BUNDLES = List.of("i18n.messages", "i18n.rules", "i18n.plan", "i18n.claim",
            "i18n.guidance", "i18n.review", "i18n.admin", "i18n.notification");

    private static final Logger LOG = Logger.getLogger(TranslationProvider.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        for (String bundle : BUNDLES) {
            ResourceBundle texts = bundle(bundle, locale);
            if (texts.containsKey(key)) {
                String pattern = texts.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale))
                        .format(written(locale, DisplayText.safeArguments(params)));
            }
        }
        LOG.warning(() -> "No text for key '" + key + "' in " + locale);
        return "!" + key + "!";
    }

    /**
     * The arguments as the user's language writes them: money and dates by {@link LocalFormats}, a file's
     * kind ("a PNG image") by its {@code fileKind.CODE} text; everything else as it is.
     */
    private Object[] written(Locale locale, Object[] params) {
        Object[] written = LocalFormats.arguments(locale, params);
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof FileKind kind) {
                written[i] = getTranslation("fileKind." + kind.code(), locale, kind.detail() == null ? "" : kind.detail());
            }
        }
        return written;
    }

    /** Whether a bundle has a text for {@code key} in the locale (no warning logged when it has none). */
    public static boolean hasText(String key, Locale locale) {
        return BUNDLES.stream().anyMatch(b -> bundle(b, locale).containsKey(key));
    }

    /** The supported locale closest to the given one: Chinese of any region reads Traditional. */
    public static Locale supported(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage())) {
            return TRADITIONAL_CHINESE;
        }
        return ENGLISH;
    }

    static ResourceBundle bundle(String name, Locale locale) {
        Locale target = supported(locale);
        try {
            return ResourceBundle.getBundle(name, target.equals(ENGLISH) ? Locale.ROOT : target,
                    TranslationProvider.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException noBundle) {
            throw new IllegalStateException("translation bundle missing: " + name + " " + target, noBundle);
        }
    }
}
