package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The claims review queue (SUBMITTED, UNDER_REVIEW, DISPUTED) in its order, read from an index on
 * PostgreSQL. PostgreSQL reads an index in key order only under one value of its leading column, so
 * for {@code status IN (...) ORDER BY claim_deadline, id} it sorted all ~67,000 queued claims of the
 * 1,000,000-claim benchmark (0.3–0.5 s, docs/benchmark.md). A partial index holds only the queued
 * claims, already in the queue's order. H2 has no partial indexes and reads the queue from
 * {@code claim_queue_deadline_ix} and {@code claim_review_queue_ix} (V20, V2) fast enough, so this
 * migration creates nothing there: one version for every database, one statement per engine.
 */
public class V31__claim_queue_partial_indexes extends BaseJavaMigration {

    static final String QUEUED = "status IN ('SUBMITTED', 'UNDER_REVIEW', 'DISPUTED')";

    @Override
    public void migrate(Context context) throws SQLException {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE INDEX claim_queue_open_deadline_ix ON claim (claim_deadline, id) WHERE " + QUEUED);
            statement.execute("CREATE INDEX claim_queue_open_submitted_ix ON claim (submitted_at, id) WHERE " + QUEUED);
        }
    }
}
