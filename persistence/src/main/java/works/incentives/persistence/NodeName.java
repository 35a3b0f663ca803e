package works.incentives.persistence;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * This node's name in the cluster tables: {@code incentives.node.name} (INCENTIVES_NODE_NAME) when
 * set, else the host name and the process id. For the record only; nothing depends on it being unique.
 */
public final class NodeName {

    private static final String NAME = resolve();

    private NodeName() {
    }

    public static String current() {
        return NAME;
    }

    private static String resolve() {
        Optional<String> configured = works.incentives.persistence.db.ConfiguredDataSource.lookup("incentives.node.name");
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException unknown) {
            host = "node";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
