package works.incentives.domain.evidence;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An uploaded file accepted as evidence (DOMAIN.md "Files"). Its type is decided by its content
 * (Apache Tika's magic bytes, refined for Office containers by Apache POI), never by its name or the browser's
 * declared type; the name's extension must agree with the content; and the content must open as
 * what it claims to be (PDFBox parses PDFs, images decode, ZIP packages unpack, CSV is UTF-8).
 * Empty, oversized, disallowed, mislabelled and damaged files are refused with a
 * {@link DomainRuleViolation} naming the file, before anything is stored. The name kept is
 * {@link #sanitiseFileName sanitised}, so it is safe to show and to offer as a download name.
 */
public record EvidenceFile(String fileName, String contentType, byte[] content, String sha256) {

    /** Longest stored file name, extension included, in characters (code points). */
    public static final int MAX_NAME_LENGTH = 120;

    /** Images with more pixels than this are refused before decoding (decompression bombs). */
    public static final long MAX_IMAGE_PIXELS = 200_000_000L;

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-sharedlib", "application/x-elf", "application/x-mach-o",
            "application/x-mach-o-executable", "application/x-msdos-program", "application/x-ms-installer",
            "application/java-vm", "application/x-sh", "application/x-bat");
    private static final Pattern MAIL_HEADER = Pattern.compile("^[!-9;-~]+:[^\\r\\n]*(\\r?\\n)");
    private static final String INVALID_ON_WINDOWS = "<>:\"|?*";
    private static final Pattern RESERVED_ON_WINDOWS = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])");

    /**
     * Inspects an upload and accepts it, or throws a {@link DomainRuleViolation} whose rule says why
     * ({@link Rule#EVIDENCE_EMPTY}, {@link Rule#EVIDENCE_TOO_LARGE}, {@link Rule#EVIDENCE_TYPE_NOT_ALLOWED},
     * {@link Rule#EVIDENCE_MISLABELLED}, {@link Rule#EVIDENCE_MALFORMED}, {@link Rule#EVIDENCE_IMAGE_TOO_BIG})
     * and whose first argument is the sanitised file name. A name without an extension gets the
     * one of the detected format.
     */
    public static EvidenceFile inspect(String fileName, byte[] content, long maxBytes) {
        String name = sanitiseFileName(fileName);
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation(Rule.EVIDENCE_EMPTY, name);
        }
        if (content.length > maxBytes) {
            throw new DomainRuleViolation(Rule.EVIDENCE_TOO_LARGE, name, maxBytes);
        }
        String extension = extension(name);
        Optional<EvidenceFormat> claimed = EvidenceFormat.byExtension(extension);
        MediaType detected = detect(content);
        Identified found = identify(detected, content, claimed.orElse(null));
        if (found.format() == null) {
            if (found.damagedAs() != null) {
                throw new DomainRuleViolation(Rule.EVIDENCE_MALFORMED, name, FileKind.of(found.damagedAs()));
            }
            if (claimed.isEmpty()) {
                throw new DomainRuleViolation(Rule.EVIDENCE_TYPE_NOT_ALLOWED, name);
            }
            throw new DomainRuleViolation(Rule.EVIDENCE_MISLABELLED, name, extension.toUpperCase(Locale.ROOT),
                    found.kind());
        }
        EvidenceFormat format = found.format();
        if (extension.isEmpty()) {
            name = withExtension(name, format.extensions().get(0));
        } else if (claimed.orElse(null) != format) {
            throw new DomainRuleViolation(Rule.EVIDENCE_MISLABELLED, name, extension.toUpperCase(Locale.ROOT),
                    FileKind.of(format));
        }
        requireWellFormed(name, format, content);
        return new EvidenceFile(name, format.contentType(), content.clone(), sha256(content));
    }

    /**
     * The name to store and show: without any path (/ or \), control and bidirectional-override
     * characters, leading dots or characters Windows forbids ({@code <>:"|?*}); whitespace
     * collapsed; letters of any script kept; at most {@value #MAX_NAME_LENGTH} characters with the
     * extension kept; "document" (with the extension) when nothing is left.
     */
    public static String sanitiseFileName(String raw) {
        String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || INVALID_ON_WINDOWS.indexOf(cp) >= 0) {
                return;
            }
            kept.appendCodePoint(Character.isSpaceChar(cp) || Character.isWhitespace(cp) ? ' ' : cp);
        });
        s = kept.toString().replaceAll(" +", " ").strip();

        int dot = s.lastIndexOf('.');
        String extension = dot < 0 ? "" : s.substring(dot + 1);
        String base = s;
        if (dot >= 0 && extension.matches("[\\p{L}\\p{N}]{1,10}")) {
            base = s.substring(0, dot);
        } else {
            extension = "";
        }
        base = trimDotsAndSpaces(base);
        if (RESERVED_ON_WINDOWS.matcher(base).matches()) {
            base = "_" + base;
        }
        int room = MAX_NAME_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
        if (base.codePointCount(0, base.length()) > room) {
            base = trimDotsAndSpaces(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        if (base.isEmpty()) {
            base = "document";
        }
        return extension.isEmpty() ? base : base + "." + extension;
    }

    /** Tika's verdict from the bytes alone (no name hint, no declared type). */
    static MediaType detect(byte[] content) {
        try (InputStream in = TikaInputStream.get(content)) {
            return TYPES.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the content is: an allowed format, or why not (damaged as a format, or a description of what it is). */
    private record Identified(EvidenceFormat format, EvidenceFormat damagedAs, FileKind kind) {
        static Identified as(EvidenceFormat format) {
            return new Identified(format, null, FileKind.of(format));
        }

        static Identified other(String code, String description) {
            return new Identified(null, null, FileKind.other(code, description));
        }

        static Identified other(FileKind kind) {
            return new Identified(null, null, kind);
        }
    }

    private static Identified identify(MediaType detected, byte[] content, EvidenceFormat claimed) {
        String type = detected.getBaseType().toString();
        switch (type) {
            case "application/pdf":
                return Identified.as(EvidenceFormat.PDF);
            case "image/png":
                return Identified.as(EvidenceFormat.PNG);
            case "image/jpeg":
                return Identified.as(EvidenceFormat.JPEG);
            case "image/gif":
                return Identified.as(EvidenceFormat.GIF);
            case "image/tiff":
                return Identified.as(EvidenceFormat.TIFF);
            case "message/rfc822":
                return Identified.as(EvidenceFormat.EML);
            default:
                break;
        }
        if (REGISTRY.isInstanceOf(detected, MediaType.APPLICATION_ZIP)) {
            return identifyZip(content, claimed);
        }
        if (REGISTRY.isInstanceOf(detected, OLE2)) {
            return identifyCompoundFile(content, claimed);
        }
        if (type.equals("text/plain") || type.equals("text/csv")) {
            if (claimed == EvidenceFormat.EML && MAIL_HEADER.matcher(head(content)).find()) {
                return Identified.as(EvidenceFormat.EML);
            }
            return claimed == EvidenceFormat.CSV ? Identified.as(EvidenceFormat.CSV) : Identified.other("PLAIN_TEXT", "plain text");
        }
        return Identified.other(describe(type));
    }

    private static Identified identifyZip(byte[] content, EvidenceFormat claimed) {
        OfficeContainers.Zip zip;
        try {
            zip = OfficeContainers.readZip(content);
        } catch (IOException e) {
            boolean office = claimed == EvidenceFormat.DOCX || claimed == EvidenceFormat.XLSX
                    || claimed == EvidenceFormat.PPTX;
            return office ? new Identified(null, claimed, null) : Identified.other("DAMAGED_ZIP", "a damaged ZIP archive");
        }
        if (zip.format() != null) {
            return Identified.as(zip.format());
        }
        return zip.officePackage()
                ? Identified.other("OFFICE_OTHER", "an Office file of another kind (macro-enabled, template or other)")
                : Identified.other("ZIP", "a ZIP archive");
    }

    private static Identified identifyCompoundFile(byte[] content, EvidenceFormat claimed) {
        Set<String> names;
        try {
            names = OfficeContainers.compoundFileEntries(content);
        } catch (IOException e) {
            boolean office = claimed == EvidenceFormat.DOC || claimed == EvidenceFormat.XLS
                    || claimed == EvidenceFormat.PPT || claimed == EvidenceFormat.MSG;
            return office ? new Identified(null, claimed, null) : Identified.other("DAMAGED_OLE2", "a damaged Office 97-2003 file");
        }
        if (names.contains("__properties_version1.0") || names.stream().anyMatch(n -> n.startsWith("__substg1.0_"))) {
            return Identified.as(EvidenceFormat.MSG);
        }
        if (names.contains("WordDocument")) {
            return Identified.as(EvidenceFormat.DOC);
        }
        if (names.contains("PowerPoint Document")) {
            return Identified.as(EvidenceFormat.PPT);
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return Identified.as(EvidenceFormat.XLS);
        }
        if (names.contains("EncryptedPackage")) {
            return Identified.other("PASSWORD_PROTECTED", "a password-protected Office document");
        }
        return Identified.other("OLE2_OTHER", "an Office 97-2003 file of another kind");
    }

    private static FileKind describe(String type) {
        if (EXECUTABLES.contains(type) || type.startsWith("application/x-mach-o")) {
            return FileKind.other("EXECUTABLE", "an executable program");
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return FileKind.other("HTML", "an HTML page");
        }
        if (type.startsWith("image/")) {
            return FileKind.withDetail("IMAGE", type, "an image of type " + type);
        }
        if (type.equals("application/octet-stream")) {
            return FileKind.other("BINARY", "unrecognised binary data");
        }
        return FileKind.withDetail("OTHER", type, "content of type " + type);
    }

    private static void requireWellFormed(String name, EvidenceFormat format, byte[] content) {
        boolean ok = switch (format) {
            case PDF -> pdfOpens(content);
            case PNG, JPEG, GIF, TIFF -> imageDecodes(name, format, content);
            case CSV -> isUtf8TextWithoutNul(content);
            case EML -> indexOf(content, (byte) 0) < 0;
            // the containers were read by POI to identify them: ZIP entries unpacked, OLE2 directory walked
            case DOC, XLS, PPT, MSG, DOCX, XLSX, PPTX -> true;
        };
        if (!ok) {
            throw new DomainRuleViolation(Rule.EVIDENCE_MALFORMED, name, FileKind.of(format));
        }
    }

    /** A PDF must end with %%EOF (within the last 1024 bytes, as readers allow) and PDFBox must load a page. */
    private static boolean pdfOpens(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        byte[] tail = new byte[content.length - from];
        System.arraycopy(content, from, tail, 0, tail.length);
        if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            return false;
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return pdf.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Decodes the first image completely (subsampled, so a large photo costs little memory); a
     * decoder warning (e.g. "premature end of JPEG file") counts as damage. A PNG must also end
     * with its IEND chunk.
     */
    private static boolean imageDecodes(String name, EvidenceFormat format, byte[] content) {
        if (format == EvidenceFormat.PNG && !endsWithIend(content)) {
            return false;
        }
        String formatName = switch (format) {
            case PNG -> "png";
            case JPEG -> "jpeg";
            case GIF -> "gif";
            default -> "tiff";
        };
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
            if (in == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return false;
                }
                if (width * height > MAX_IMAGE_PIXELS) {
                    throw new DomainRuleViolation(Rule.EVIDENCE_IMAGE_TOO_BIG, name, width, height,
                            MAX_IMAGE_PIXELS / 1_000_000);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / 1024);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                return !warned[0];
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainRuleViolation violation) {
                throw violation;
            }
            return false;
        }
    }

    private static boolean endsWithIend(byte[] b) {
        byte[] iend = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
        if (b.length < iend.length) {
            return false;
        }
        for (int i = 0; i < iend.length; i++) {
            if (b[b.length - iend.length + i] != iend[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8TextWithoutNul(byte[] content) {
        if (indexOf(content, (byte) 0) >= 0) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static String head(byte[] content) {
        return new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String withExtension(String name, String extension) {
        return sanitiseFileName(name + "." + extension);
    }

    private static String trimDotsAndSpaces(String s) {
        return s.replaceFirst("^[. ]+", "").replaceFirst("[. ]+$", "");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
