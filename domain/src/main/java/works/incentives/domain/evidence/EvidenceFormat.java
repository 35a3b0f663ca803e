package works.incentives.domain.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence (DOMAIN.md "Files"): each with the content type stored
 * for it, the name shown in messages, and the file-name extensions it may carry.
 */
public enum EvidenceFormat {
    PDF("application/pdf", "a PDF document", "pdf"),
    PNG("image/png", "a PNG image", "png"),
    JPEG("image/jpeg", "a JPEG image", "jpg", "jpeg"),
    GIF("image/gif", "a GIF image", "gif"),
    TIFF("image/tiff", "a TIFF image", "tif", "tiff"),
    DOC("application/msword", "a Word 97-2003 document", "doc"),
    XLS("application/vnd.ms-excel", "an Excel 97-2003 workbook", "xls"),
    PPT("application/vnd.ms-powerpoint", "a PowerPoint 97-2003 presentation", "ppt"),
    MSG("application/vnd.ms-outlook", "an Outlook message", "msg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint presentation", "pptx"),
    CSV("text/csv", "CSV text", "csv"),
    EML("message/rfc822", "an e-mail message", "eml");

    private final String contentType;
    private final String description;
    private final List<String> extensions;

    EvidenceFormat(String contentType, String description, String... extensions) {
        this.contentType = contentType;
        this.description = description;
        this.extensions = List.of(extensions);
    }

    /** The content type stored with the document and sent when it is downloaded. */
    public String contentType() {
        return contentType;
    }

    /** How English messages name the format: "a PDF document", "a Word document". */
    public String description() {
        return description;
    }

    /** Lower-case extensions without the dot; the first is the one added to a name that has none. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format an extension (any case, without the dot) claims, if it is an allowed one. */
    public static Optional<EvidenceFormat> byExtension(String extension) {
        String e = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        for (EvidenceFormat f : values()) {
            if (f.extensions.contains(e)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every allowed extension with its dot (".pdf"), e.g. for an upload field's accept list. */
    public static List<String> allowedExtensions() {
        return java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
    }
}
