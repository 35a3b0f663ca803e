package works.incentives.domain.evidence;

import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded file accepted as evidence: its type is decided by its content, not its name
 * (PDF, PNG, JPEG, GIF, TIFF, Office documents, CSV, MSG/EML). Empty, oversized, unknown or
 * mislabelled files are refused before anything is stored.
 */
public record EvidenceFile(String fileName, String contentType, byte[] content, String sha256) {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
            Map.entry("docx", "application/zip"), Map.entry("xlsx", "application/zip"),
            Map.entry("pptx", "application/zip"), Map.entry("doc", "application/x-ole-storage"),
            Map.entry("xls", "application/x-ole-storage"), Map.entry("ppt", "application/x-ole-storage"),
            Map.entry("msg", "application/x-ole-storage"), Map.entry("csv", "text/csv"),
            Map.entry("eml", "message/rfc822"));

    /** Inspects the bytes and accepts them or throws a {@link DomainRuleViolation} naming why. */
    public static EvidenceFile inspect(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation(Rule.EVIDENCE_EMPTY, fileName);
        }
        if (content.length > maxBytes) {
            throw new DomainRuleViolation(Rule.EVIDENCE_TOO_LARGE, fileName, maxBytes);
        }
        String detected = detect(content);
        if (detected == null) {
            throw new DomainRuleViolation(Rule.EVIDENCE_TYPE_NOT_ALLOWED, fileName);
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String expected = BY_EXTENSION.get(extension);
        if (expected == null) {
            throw new DomainRuleViolation(Rule.EVIDENCE_TYPE_NOT_ALLOWED, fileName);
        }
        if (!expected.equals(detected)) {
            throw new DomainRuleViolation(Rule.EVIDENCE_MISLABELLED, fileName, extension, detected);
        }
        return new EvidenceFile(fileName, detected, content.clone(), sha256(content));
    }

    static String detect(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "image/gif";
        }
        if (startsWith(b, 0x49, 0x49, 0x2A, 0x00) || startsWith(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "image/tiff";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "application/zip";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/x-ole-storage";
        }
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.UTF_8);
        if (head.indexOf('\0') >= 0) {
            return null;
        }
        if (head.matches("(?s)^(Received|From|Return-Path|Message-ID|MIME-Version|Date|Subject|To):.*")) {
            return "message/rfc822";
        }
        String firstLine = head.lines().findFirst().orElse("");
        if (firstLine.contains(",") || firstLine.contains(";")) {
            return "text/csv";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
