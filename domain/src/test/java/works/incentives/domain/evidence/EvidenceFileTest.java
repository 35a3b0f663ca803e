package works.incentives.domain.evidence;

import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceFileTest {

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    private static Rule refused(String name, byte[] content) {
        return assertThrows(DomainRuleViolation.class, () -> EvidenceFile.inspect(name, content, 1_000)).rule();
    }

    @Test
    void typeIsDecidedByContentAndHashed() {
        EvidenceFile file = EvidenceFile.inspect("invoice.pdf", PDF, 1_000);
        assertEquals("application/pdf", file.contentType());
        assertEquals(64, file.sha256().length());
        assertEquals("image/png", EvidenceFile.inspect("ad.PNG", PNG, 1_000).contentType());
        assertEquals("text/csv", EvidenceFile.inspect("leads.csv", "name,email\na,b".getBytes(), 1_000).contentType());
        assertEquals("message/rfc822", EvidenceFile.inspect("mail.eml",
                "From: a@b.c\nSubject: x\n\nhi".getBytes(), 1_000).contentType());
    }

    @Test
    void emptyOversizedUnknownAndMislabelledFilesAreRefused() {
        assertEquals(Rule.EVIDENCE_EMPTY, refused("a.pdf", new byte[0]));
        assertEquals(Rule.EVIDENCE_TOO_LARGE, refused("a.pdf", new byte[1_001]));
        assertEquals(Rule.EVIDENCE_TYPE_NOT_ALLOWED, refused("a.exe", new byte[]{'M', 'Z', 0, 0}));
        assertEquals(Rule.EVIDENCE_TYPE_NOT_ALLOWED, refused("notes.txt", PDF));
        assertEquals(Rule.EVIDENCE_MISLABELLED, refused("photo.png", PDF));
    }
}
