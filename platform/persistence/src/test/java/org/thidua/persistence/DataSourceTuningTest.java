package org.thidua.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Plain JUnit: what the pool tuning does to driver properties. */
class DataSourceTuningTest {

    @Test
    void driverPropertiesFromYamlBecomeTheTextConnectorJReads() {
        Properties properties = new Properties();
        properties.put("rewriteBatchedStatements", Boolean.TRUE); // what `rewriteBatchedStatements: true` binds to
        properties.put("prepStmtCacheSize", 250);
        properties.put("connectionTimeZone", "UTC");

        DataSourceTuning.textValues(properties);

        assertThat(properties.getProperty("rewriteBatchedStatements")).isEqualTo("true");
        assertThat(properties.getProperty("prepStmtCacheSize")).isEqualTo("250");
        assertThat(properties.getProperty("connectionTimeZone")).isEqualTo("UTC");
    }
}
