package org.thidua.units;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.thidua.testing.RealInfrastructure;

/**
 * What the API tests of units-service share: the HTTP client, {@link Api} and the {@link Events} read from the
 * topics, on the real broker and a fresh database. A subclass adds {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UnitsApiTest implements RealInfrastructure {

    @Inject
    @Client("/")
    protected HttpClient http;

    protected Api api;
    protected final Events events = new Events();

    @BeforeAll
    void setUpApi() {
        api = new Api(http);
    }

    @AfterAll
    void closeEvents() {
        events.close();
    }
}
