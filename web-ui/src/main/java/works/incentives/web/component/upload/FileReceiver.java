package works.incentives.web.component.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way files are received (evidence, CSV imports, invoices): the size limit is enforced on
 * the server while the bytes stream in, to a temporary file in {@link UploadDirectory}, never the
 * heap. Counting stops one byte past the limit: the file is refused with {@link TooLarge} (the
 * multipart parser skips the rest of the request without keeping it), the temporary file deleted.
 * A request whose declared length is already far beyond the limit is answered 413 before a byte
 * is read. An accepted file is handed to {@link Accepted} under the UI lock and deleted afterwards.
 *
 * <p>{@link #attach} also shortens very long names in the browser before sending (the multipart
 * parser refuses part headers over 512 bytes, which made a 2,000-character name a "server error")
 * and drops control and bidirectional-override characters from them.
 */
public class FileReceiver implements UploadHandler {

    /** Room for the multipart envelope (boundaries, part headers) around one file. */
    static final long ENVELOPE_BYTES = 64 * 1024;
    /** Longest file name (UTF-8 bytes) the browser sends; the part header stays under 512 bytes. */
    static final int NAME_BYTES = 300;

    /** A file within the limit, on disk until {@link Accepted#accept} returns. */
    public record ReceivedFile(String fileName, long size, Path path) {
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        /** The content (at most the limit, so the heap holds no more than an accepted file). */
        public byte[] readAllBytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    public interface Accepted extends Serializable {
        void accept(ReceivedFile file);
    }

    /** Refused for size; {@code fileName} is null when the request was refused before its name was read. */
    @FunctionalInterface
    public interface TooLarge extends Serializable {
        void refuse(String fileName, long maxBytes);
    }

    private final long maxBytes;
    private final Accepted accepted;
    private final TooLarge tooLarge;
    private transient Path directory;

    public FileReceiver(long maxBytes, Accepted accepted, TooLarge tooLarge) {
        this(maxBytes, null, accepted, tooLarge);
    }

    FileReceiver(long maxBytes, Path directory, Accepted accepted, TooLarge tooLarge) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be more than zero");
        }
        this.maxBytes = maxBytes;
        this.directory = directory;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    /** Lets {@code upload} send its files to {@code receiver}, with the same limit checked in the browser first. */
    public static void attach(Upload upload, FileReceiver receiver) {
        upload.setUploadHandler(receiver);
        upload.setMaxFileSize((int) Math.min(receiver.maxBytes, Integer.MAX_VALUE));
        // a re-attached component gets a new element in the browser: add the listener on every attach
        upload.addAttachListener(e -> upload.getElement().executeJs(SAFE_NAMES_JS, NAME_BYTES));
        if (upload.isAttached()) {
            upload.getElement().executeJs(SAFE_NAMES_JS, NAME_BYTES);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void handleRequest(VaadinRequest request, VaadinResponse response, VaadinSession session, Element owner)
            throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes + ENVELOPE_BYTES) {
            response.setStatus(413);
            owner.getComponent().flatMap(c -> c.getUI()).ifPresent(ui -> ui.access(() -> tooLarge.refuse(null, maxBytes)));
            return;
        }
        UploadHandler.super.handleRequest(request, response, session, owner);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getUI();
        // event.getFileSize() is the whole request's length on the streaming path: only the count decides
        Path temp = Files.createTempFile(directory(), UploadDirectory.PREFIX, ".part");
        try {
            long size;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                size = copyAtMost(in, out, maxBytes + 1);
            }
            if (size > maxBytes) {
                Files.deleteIfExists(temp);
                inUi(ui, () -> tooLarge.refuse(name, maxBytes));
                return;
            }
            ReceivedFile file = new ReceivedFile(name, size, temp);
            inUi(ui, () -> accepted.accept(file));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies until the input ends or {@code atMost} bytes were written; the number written. */
    static long copyAtMost(InputStream in, OutputStream out, long atMost) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long written = 0;
        while (written < atMost) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, atMost - written));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            written += read;
        }
        return written;
    }

    /** Runs under the UI lock now (so the temporary file still exists); a failure goes to the session's error handler. */
    private static void inUi(UI ui, Runnable work) {
        ui.accessSynchronously(() -> {
            try {
                work.run();
            } catch (RuntimeException failure) {
                VaadinSession session = ui.getSession();
                if (session != null && session.getErrorHandler() != null) {
                    session.getErrorHandler().error(new ErrorEvent(failure));
                } else {
                    throw failure;
                }
            }
        });
    }

    private Path directory() {
        if (directory == null) {
            directory = UploadDirectory.get();
        }
        return directory;
    }

    /**
     * Before each file is sent: drop control and bidirectional-formatting characters and quotes (which
     * the browser would escape to three bytes each) from its name and shorten it to $0 UTF-8 bytes, keeping the extension.
     */
    private static final String SAFE_NAMES_JS = """
            const limit = $0;
            if (this.__safeNames) {
              return;
            }
            this.__safeNames = true;
            this.addEventListener('upload-before', e => {
              const file = e.detail.file;
              const bytes = s => new TextEncoder().encode(s).length;
              let name = file.name.replace(/[\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069"]/g, '');
              if (bytes(name) > limit) {
                const dot = name.lastIndexOf('.');
                const ext = dot > 0 && name.length - dot <= 11 ? name.substring(dot) : '';
                const base = Array.from(name.substring(0, name.length - ext.length));
                let keep = Math.min(base.length, limit);
                while (keep > 0 && bytes(base.slice(0, keep).join('') + '\\u2026' + ext) > limit) {
                  keep--;
                }
                name = base.slice(0, keep).join('') + '\\u2026' + ext;
              }
              if (name !== file.name) {
                Object.defineProperty(file, 'name', {value: name});
              }
            });
            """;
}
