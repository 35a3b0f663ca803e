package works.incentives.web.claim;

import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as people read them (1.2 MB), so the partner can tell a photo from a thumbnail. */
final class FileSizes {

    private FileSizes() {
    }

    static String human(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return format.format(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return format.format(bytes / 1024.0) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
