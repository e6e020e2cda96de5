package org.thidua.campaigns.covenant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CovenantRepository extends CrudRepository<Covenant, String> {

    boolean existsByCampaignIdAndGroupId(String campaignId, String groupId);

    Optional<Covenant> findByIdForUpdate(String id);

    List<Covenant> findByCampaignIdOrderByOpenedAt(String campaignId);
}
