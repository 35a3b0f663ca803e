package works.incentives.domain.cluster;

/**
 * Named locks that every node on the database respects. A lock is held by a transaction: taking it
 * waits while another node's transaction holds it, and the commit or rollback releases it, so a node
 * that dies releases its lock with its connection.
 */
public interface ClusterLocks {

    /** Start-up data (demo data, the first program admin): checked and created by one node at a time. */
    String STARTUP_DATA = "startup-data";

    /**
     * Waits until no other transaction holds the lock {@code name}, then holds it until the current
     * transaction ends. Needs a transaction; the name must be one of the locks the migrations create.
     */
    void holdUntilCommit(String name);
}
