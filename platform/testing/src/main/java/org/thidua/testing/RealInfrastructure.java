package org.thidua.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * The one entry point of service tests: a {@code @MicronautTest} class that implements this runs against the real
 * broker and a fresh database of {@link TestInfrastructure}, checking tokens signed by {@link TestTokens}. Such a
 * class needs {@code @TestInstance(TestInstance.Lifecycle.PER_CLASS)}.
 */
public interface RealInfrastructure extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().serviceProperties(getClass().getSimpleName()));
        properties.putAll(TestTokens.serviceProperties());
        // a shared 2-core CI machine can take more than the default 10 s for a service's first request
        properties.put("micronaut.http.client.read-timeout", "60s");
        // a free port, never the service's own (8081-8084): the tests run beside `./thidua up` and each other
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
