package works.incentives.persistence;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * Reads an entity's collections (its one-to-many relations and element collections) for every
 * entity a query returned at once, with one {@code ... where owner_id in (...)} query per
 * collection, instead of one query per entity and collection. A plan with 2 campaigns of 5
 * activities took 1 + 2 + 10 + 10 queries to show (each activity's countries and metrics); it now
 * takes 5 whatever its size, and claims read together read their documents and metrics in one query
 * each. Named per entity in {@code persistence.xml}
 * ({@code eclipselink.descriptor.customizer.*}), so the domain keeps plain Jakarta Persistence.
 */
public class BatchReading implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            // not for collections of embeddables (an activity type's evidence and metrics): EclipseLink
            // 4.0 cannot batch-read those from the mapping (NullPointerException); queries ask for them
            if (mapping instanceof CollectionMapping collection && !(mapping instanceof AggregateCollectionMapping)) {
                collection.setBatchFetchType(BatchFetchType.IN);
            }
        }
    }
}
