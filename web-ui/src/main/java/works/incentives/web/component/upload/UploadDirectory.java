package works.incentives.web.component.upload;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where uploads stream to while they arrive: {@code <incentives.data.dir>/tmp/uploads} (the data
 * directory of the README's configuration table), never the heap. Each file lives only while its
 * request is handled; files a crash left behind are removed when the directory is first used.
 */
public final class UploadDirectory {

    static final String DATA_DIR = "incentives.data.dir";
    static final String PREFIX = "upload-";
    private static final Duration LEFT_BEHIND = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(UploadDirectory.class.getName());
    private static volatile Path resolved;

    private UploadDirectory() {
    }

    /** The directory, created (and cleared of old leftovers) on first use. */
    public static Path get() {
        Path current = resolved;
        if (current == null) {
            synchronized (UploadDirectory.class) {
                current = resolved;
                if (current == null) {
                    current = prepare(dataDirectory().resolve("tmp").resolve("uploads"));
                    resolved = current;
                }
            }
        }
        return current;
    }

    static Path prepare(Path directory) {
        try {
            Files.createDirectories(directory);
            Instant old = Instant.now().minus(LEFT_BEHIND);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*")) {
                for (Path file : files) {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(old)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the upload directory " + directory, e);
        }
    }

    private static Path dataDirectory() {
        Optional<String> configured;
        try {
            configured = ConfigProvider.getConfig(UploadDirectory.class.getClassLoader()).getOptionalValue(DATA_DIR, String.class);
        } catch (RuntimeException | LinkageError noConfig) {
            // outside a MicroProfile runtime (unit tests): the same order by hand
            configured = Optional.ofNullable(System.getProperty(DATA_DIR))
                    .or(() -> Optional.ofNullable(System.getenv("INCENTIVES_DATA_DIR")));
        }
        Path dir = configured.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".incentives-workbench"));
        LOG.fine(() -> "Uploads stream to " + dir.resolve("tmp/uploads"));
        return dir;
    }
}
