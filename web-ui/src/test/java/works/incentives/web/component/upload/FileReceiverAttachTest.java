package works.incentives.web.component.upload;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The browser-side name shortening is installed on every attach: a re-attached upload is a new element in the browser. */
class FileReceiverAttachTest {

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theNameShorteningIsInstalledAgainWhenTheUploadIsAttachedAgain() {
        Upload upload = new Upload();
        FileReceiver.attach(upload, new FileReceiver(1000, Path.of("target"), f -> { }, (n, m) -> { }));
        assertEquals(1000, upload.getMaxFileSize());
        UI ui = UI.getCurrent();
        ui.add(upload);
        assertEquals(1, installs(ui));
        ui.remove(upload);
        ui.add(upload);
        assertEquals(1, installs(ui), "installed again on the new element");
    }

    private static long installs(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> pending = ui.getInternals().dumpPendingJavaScriptInvocations();
        return pending.stream().filter(p -> p.getInvocation().getExpression().contains("upload-before")).count();
    }
}
