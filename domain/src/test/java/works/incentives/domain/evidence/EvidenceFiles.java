package works.incentives.domain.evidence;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of every allowed kind, made in the test, so no binary fixtures are kept. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 64×48 picture with some detail, in an ImageIO format ("png", "jpeg", "gif", "tiff"). */
    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1a73e8));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillOval(8, 8, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG whose header claims the given size: a decompression bomb's calling card. */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] docx() {
        return ooxml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
    }

    static byte[] xlsx() {
        return ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
    }

    static byte[] pptx() {
        return ooxml("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
    }

    /** A minimal Office Open XML package: content types, the package relationship and the main part. */
    static byte[] ooxml(String mainPart, String mainContentType, String mainXml) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainContentType + "\"/></Types>");
        entries.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"" + mainPart + "\"/></Relationships>");
        entries.put(mainPart, mainXml);
        return zip(entries);
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A minimal OLE2 compound file (MS-CFB version 3): header, one FAT sector, one directory sector
     * with the root and the given (empty) streams as its children: "WordDocument" makes a .doc.
     */
    static byte[] compoundFile(String... streams) {
        int sector = 512;
        ByteBuffer b = ByteBuffer.allocate(512 + 2 * sector).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        b.putShort(24, (short) 0x3E).putShort(26, (short) 3).putShort(28, (short) 0xFFFE);
        b.putShort(30, (short) 9).putShort(32, (short) 6);
        b.putInt(44, 1);            // FAT sectors
        b.putInt(48, 1);            // first directory sector
        b.putInt(56, 4096);         // mini stream cutoff
        b.putInt(60, 0xFFFFFFFE).putInt(64, 0);
        b.putInt(68, 0xFFFFFFFE).putInt(72, 0);
        for (int i = 0; i < 109; i++) {
            b.putInt(76 + 4 * i, i == 0 ? 0 : 0xFFFFFFFF);
        }
        int fat = 512;
        for (int i = 0; i < sector / 4; i++) {
            b.putInt(fat + 4 * i, i == 0 ? 0xFFFFFFFD : i == 1 ? 0xFFFFFFFE : 0xFFFFFFFF);
        }
        int dir = 512 + sector;
        String[] names = new String[streams.length + 1];
        names[0] = "Root Entry";
        System.arraycopy(streams, 0, names, 1, streams.length);
        for (int i = 0; i < sector / 128; i++) {
            int at = dir + 128 * i;
            b.putInt(at + 68, 0xFFFFFFFF).putInt(at + 72, 0xFFFFFFFF).putInt(at + 76, 0xFFFFFFFF);
            if (i >= names.length) {
                continue;
            }
            byte[] name = names[i].getBytes(StandardCharsets.UTF_16LE);
            b.put(at, name);
            b.putShort(at + 64, (short) (name.length + 2));
            b.put(at + 66, (byte) (i == 0 ? 5 : 2));
            b.put(at + 67, (byte) 1);
            b.putInt(at + 116, 0xFFFFFFFE);
            if (i == 0) {
                b.putInt(at + 76, names.length > 1 ? 1 : 0xFFFFFFFF);
            } else if (i + 1 < names.length) {
                b.putInt(at + 72, i + 1); // right sibling: a degenerate but valid tree
            }
        }
        return b.array();
    }

    static byte[] truncated(byte[] content, int keep) {
        return Arrays.copyOf(content, keep);
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
