package org.thidua.campaigns.registration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RegistrationRepository extends CrudRepository<Registration, String> {

    boolean existsByCampaignIdAndUnitId(String campaignId, String unitId);

    Optional<Registration> findByIdForUpdate(String id);

    Optional<Registration> findByIdAndCampaignId(String id, String campaignId);

    Page<Registration> findByCampaignId(String campaignId, Pageable pageable);

    Page<Registration> findByCampaignIdAndState(String campaignId, RegistrationState state, Pageable pageable);

    List<Registration> findByCampaignIdAndState(String campaignId, RegistrationState state);

    List<Registration> findByCampaignId(String campaignId);

    Page<Registration> findByCampaignIdAndUnitIdIn(String campaignId, Collection<String> unitIds, Pageable pageable);

    Page<Registration> findByCampaignIdAndStateAndUnitIdIn(
            String campaignId, RegistrationState state, Collection<String> unitIds, Pageable pageable);

    List<Registration> findByCampaignIdAndUnitIdIn(String campaignId, Collection<String> unitIds);
}
