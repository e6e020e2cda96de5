package org.thidua.campaigns.inspection;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InspectionRepository extends CrudRepository<Inspection, String> {

    List<Inspection> findByRegistrationIdOrderByInspectedOn(String registrationId);

    Page<Inspection> findByCampaignId(String campaignId, Pageable pageable);

    Page<Inspection> findByCampaignIdAndRegistrationId(String campaignId, String registrationId, Pageable pageable);

    Page<Inspection> findByCampaignIdAndRegistrationIdIn(
            String campaignId, Collection<String> registrationIds, Pageable pageable);
}
