package org.thidua.testing;

import java.util.Map;

import io.micronaut.test.support.TestPropertyProvider;

/**
 * The one entry point of service tests: a {@code @MicronautTest} class that implements this runs against the real
 * broker and a fresh database of {@link TestInfrastructure}. Such a class needs
 * {@code @TestInstance(TestInstance.Lifecycle.PER_CLASS)}.
 */
public interface RealInfrastructure extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestInfrastructure.get().serviceProperties(getClass().getSimpleName());
    }
}
