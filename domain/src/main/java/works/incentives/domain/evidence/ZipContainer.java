package works.incentives.domain.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a ZIP-based upload holds: every entry is read to its end (so CRC and compression errors
 * show), the end-of-archive record must be there (so a truncated file shows), and
 * {@code [Content_Types].xml} tells which Office Open XML document it is. Decompression is capped
 * so that a ZIP bomb is refused rather than unpacked.
 */
record ZipContainer(Set<String> entryNames, String contentTypes) {

    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    /** Reads the archive; throws {@link IOException} when it is damaged, truncated or a bomb. */
    static ZipContainer read(byte[] zip) throws IOException {
        if (!hasEndOfCentralDirectory(zip)) {
            throw new IOException("no end-of-central-directory record: truncated");
        }
        Set<String> names = new LinkedHashSet<>();
        String contentTypes = null;
        long unpacked = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!names.add(entry.getName()) || names.size() > MAX_ENTRIES) {
                    throw new IOException("duplicate entry or too many entries");
                }
                boolean keep = "[Content_Types].xml".equals(entry.getName());
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new IOException("unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                    }
                    if (keep && kept.size() < 1024 * 1024) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(e);
        }
        if (names.isEmpty()) {
            throw new IOException("no entries");
        }
        return new ZipContainer(names, contentTypes);
    }

    /** The Office Open XML format whose main part this package declares and holds, else null. */
    EvidenceFormat officeFormat() {
        if (contentTypes == null) {
            return null;
        }
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
                && hasEntryUnder("word/")) {
            return EvidenceFormat.DOCX;
        }
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
                && hasEntryUnder("xl/")) {
            return EvidenceFormat.XLSX;
        }
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")
                && hasEntryUnder("ppt/")) {
            return EvidenceFormat.PPTX;
        }
        return null;
    }

    private boolean hasEntryUnder(String folder) {
        return entryNames.stream().anyMatch(n -> n.startsWith(folder));
    }

    private static boolean hasEndOfCentralDirectory(byte[] b) {
        int lowest = Math.max(0, b.length - 22 - 65_535);
        for (int i = b.length - 22; i >= lowest; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }
}
