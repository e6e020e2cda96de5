package org.thidua.awards;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.thidua.testing.RealInfrastructure;

/**
 * The set-up of this service's API tests: the running service on the real Kafka and MariaDB, and an {@link AwardsApi}
 * open for the whole class (its {@code @BeforeAll} runs before the test class's own). A test class is
 * {@code @MicronautTest(transactional = false)} itself and adds its own units, councils and topic readers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AwardsApiTest implements RealInfrastructure {

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected JdbcOperations jdbc;

    @Inject
    protected TransactionOperations<Connection> transactions;

    protected AwardsApi api;

    @BeforeAll
    protected final void openAwardsApi() {
        api = new AwardsApi(client.toBlocking(), jdbc, transactions);
    }

    @AfterAll
    protected final void closeAwardsApi() {
        api.close();
    }
}
