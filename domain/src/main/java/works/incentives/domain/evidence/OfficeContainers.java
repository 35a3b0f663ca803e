package works.incentives.domain.evidence;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an Office container holds, read by Apache POI rather than by hand: an OLE2 compound file
 * (Office 97-2003, Outlook messages) by its top-level entries, an Office Open XML package by the
 * content type of its main part. Reading the container through POI also proves it is not damaged:
 * the ZIP's central directory must be there (a truncated file fails), every entry must unpack
 * (POI's {@link ZipSecureFile} refuses entries that inflate suspiciously, and the total is capped
 * here), and the OLE2 directory must be walkable.
 */
final class OfficeContainers {

    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

    private static final Map<String, EvidenceFormat> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", EvidenceFormat.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", EvidenceFormat.XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", EvidenceFormat.PPTX);

    private OfficeContainers() {
    }

    /** The names directly under an OLE2 compound file's root; {@link IOException} when it is damaged. */
    static Set<String> compoundFileEntries(byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return new LinkedHashSet<>(fs.getRoot().getEntryNames());
        } catch (RuntimeException damaged) {
            throw new IOException("damaged compound file", damaged);
        }
    }

    /**
     * What a ZIP holds: whether it is an Office Open XML package at all, and which allowed format its
     * main part makes (null for other kinds: macro-enabled, templates, not Office).
     */
    record Zip(boolean officePackage, EvidenceFormat format) {
    }

    /** Reads the ZIP through POI; {@link IOException} when it is damaged, truncated or a bomb. */
    static Zip readZip(byte[] content) throws IOException {
        Path file = Files.createTempFile("evidence-", ".zip");
        try {
            Files.write(file, content);
            if (!unpacksWithContentTypes(file)) {
                return new Zip(false, null);
            }
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return new Zip(true, MAIN_PARTS.get(mainPartContentType(pkg)));
            } finally {
                pkg.revert();
            }
        } catch (InvalidFormatException | OpenXML4JRuntimeException | IllegalArgumentException damaged) {
            throw new IOException("damaged Office package", damaged);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Unpacks every entry to its end (so compression errors and bombs show); whether it has [Content_Types].xml. */
    private static boolean unpacksWithContentTypes(Path file) throws IOException {
        long unpacked = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            boolean any = false;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                any = true;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new IOException("unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                        }
                    }
                }
            }
            if (!any) {
                throw new IOException("no entries");
            }
            return zip.getEntry("[Content_Types].xml") != null;
        }
    }

    private static String mainPartContentType(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            return null;
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        return part == null ? null : part.getContentType();
    }
}
