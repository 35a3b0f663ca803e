package works.incentives.web.claim;

import works.incentives.web.KaribuTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.web.claim.ClaimFixtures.DIGITAL_ADS;
import static works.incentives.web.claim.ClaimFixtures.claim;

/** What a partner reads when a file is refused on its way in: the file named, never a reversed sentence. */
class EvidenceUploadRefusalTest extends KaribuTest {

    private static final String RLO = "\u202E";

    @BeforeAll
    static void uploadsUnderTarget() {
        System.setProperty("incentives.data.dir", Path.of("target", "test-data").toAbsolutePath().toString());
    }

    private EvidenceStep step(long limit) {
        EvidenceStep step = shown(new EvidenceStep());
        step.show(claim(works.incentives.domain.claim.ClaimStatus.DRAFT, List.of(), null, null), DIGITAL_ADS, limit,
                List.of(), java.util.Map.of());
        return step;
    }

    @Test
    void aFileThreeTimesTheLimitIsRefusedOnItsRequirementAndNothingReachesTheView() throws IOException {
        EvidenceStep step = step(1000);
        List<EvidenceStep.UploadEvent> stored = new ArrayList<>();
        step.addUploadListener(stored::add);
        RequirementRow row = step.rows.get("AD_SCREENSHOT");
        row.receiver.handleUploadRequest(new UploadEvent(null, null, VaadinSession.getCurrent(), "banner.png", -1,
                "image/png", row.upload.getElement(), null, part(3000)));
        assertEquals(List.of(), stored, "nothing handed on to be stored");
        assertEquals("The file \"banner.png\" is larger than 1,000 bytes.", text(row.messages));
    }

    @Test
    void aBidiOverrideInARefusedNameIsNeverEchoed() {
        EvidenceStep step = step(1000);
        RequirementRow row = step.rows.get("AD_SCREENSHOT");
        ComponentUtil.fireEvent(row.upload, new FileRejectedEvent(row.upload, "File is too big", "invoice" + RLO + "fdp.exe"));
        String message = text(row.messages);
        assertFalse(message.contains(RLO), message);
        assertEquals("The file “invoicefdp.exe” was not uploaded: File is too big", message);

        row.tooLarge("report" + RLO + "\u2066gpj.exe\u0007", 1000);
        assertEquals("The file \"reportgpj.exe\" is larger than 1,000 bytes.", text(row.messages));
    }

    @Test
    void theRefusalIsInTraditionalChineseToo() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        EvidenceStep step = step(1000);
        RequirementRow row = step.rows.get("AD_SCREENSHOT");
        row.tooLarge("banner.png", 1000);
        assertTrue(text(row.messages).contains("檔案「banner.png」"), text(row.messages));
        row.tooLarge(null, 1000);
        assertTrue(text(row.messages).startsWith("檔案未被接受"), text(row.messages));
    }

    private static Part part(long size) {
        InputStream body = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        return (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, args) -> "getInputStream".equals(method.getName()) ? body : null);
    }
}
