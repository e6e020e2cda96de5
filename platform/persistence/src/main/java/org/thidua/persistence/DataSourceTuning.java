package org.thidua.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Properties;

/**
 * How every service's connection pool talks to MySQL (ADR 7): fewer round trips per transaction, without changing
 * what any statement does. Connector/J keeps the session state (auto-commit, read-only, isolation) on the client
 * instead of asking the server before each transaction, caches parsed statements, result set metadata and the
 * server's configuration, and sends batches as multi-row statements (its reference manual's performance properties;
 * HikariCP's MySQL page). A read-only transaction stays a hint to the driver instead of two {@code SET SESSION
 * TRANSACTION READ ONLY / READ WRITE} statements around it: nothing here relies on the server refusing its writes.
 * A data source URL or property that names one of these properties wins. Pooled connections always come with
 * auto-commit off (ADR 7), so a transaction costs no {@code SET autocommit} statements.
 */
@Singleton
class DataSourceTuning implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> CONNECTOR_J = Map.of(
            "useLocalSessionState", "true",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048",
            "cacheServerConfiguration", "true",
            "cacheResultSetMetadata", "true",
            "maintainTimeStats", "false",
            "rewriteBatchedStatements", "true",
            "readOnlyPropagatesToServer", "false");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null && url.startsWith("jdbc:mysql:")) {
            // every change runs in a transaction, which would otherwise switch auto-commit off and on again around
            // itself (two statements each); a read outside one is rolled back when its connection returns to the pool
            configuration.setAutoCommit(false);
            textValues(configuration.getDataSourceProperties());
            CONNECTOR_J.forEach((name, value) -> {
                if (!configuration.getDataSourceProperties().containsKey(name) && !url.contains(name + "=")) {
                    configuration.addDataSourceProperty(name, value);
                }
            });
        }
        return configuration;
    }

    /**
     * Makes every driver property a string. A YAML {@code rewriteBatchedStatements: true} under
     * {@code data-source-properties} arrives as a Boolean, which {@code Properties.getProperty} (how Connector/J reads
     * its properties) does not see: the setting was silently ignored (ADR 11 saw it; notifications-service's batches
     * ran one statement per row).
     */
    static void textValues(Properties properties) {
        for (Map.Entry<Object, Object> property : properties.entrySet()) {
            if (!(property.getValue() instanceof String)) {
                property.setValue(String.valueOf(property.getValue()));
            }
        }
    }
}
