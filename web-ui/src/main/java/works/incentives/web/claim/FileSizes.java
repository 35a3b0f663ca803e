package works.incentives.web.claim;

import works.incentives.web.i18n.LocalFormats;

import java.util.Locale;

/** File sizes as people read them (1.2 MB), so the partner can tell a photo from a thumbnail; the same as the reviewer reads them. */
final class FileSizes {

    private FileSizes() {
    }

    static String human(long bytes, Locale locale) {
        return LocalFormats.fileSize(bytes, locale);
    }
}
