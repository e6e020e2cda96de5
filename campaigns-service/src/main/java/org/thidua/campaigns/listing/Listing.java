package org.thidua.campaigns.listing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.thidua.persistence.Sql;
import org.thidua.persistence.Where;
import org.thidua.web.PageResponse;

/**
 * The filtered lists the portal pages through (ADR 23): one table's rows as its entities, matching the filters a
 * request gave (absent ones left out of the query), one page in a fixed order, and the number of matches. The caller's
 * read scope is one of the filters (ADR 65), so paging and the total count only what the caller may read. The filters
 * are a {@link Where} (ADR 97).
 */
@Singleton
@Transactional
public class Listing {

    private final JdbcOperations jdbc;

    Listing(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of {@code table}'s rows matching {@code where}, ordered by {@code orderBy}, and the total. */
    public <E> PageResponse<E> page(Class<E> entity, String table, Where where, String orderBy, int page, int size) {
        long total = Sql.count(
                jdbc,
                "SELECT COUNT(*) FROM " + Sql.tableName(table) + where.sql(),
                where.parameters().toArray());
        return new PageResponse<>(
                total == 0 ? List.of() : list(entity, table, where, orderBy, page, size), page, size, total);
    }

    /** One page of {@code table}'s rows matching {@code where}, ordered by {@code orderBy}. */
    public <E> List<E> list(Class<E> entity, String table, Where where, String orderBy, int page, int size) {
        List<Object> parameters = where.parameters(size, (long) page * size);
        return jdbc.prepareStatement(
                "SELECT * FROM " + Sql.tableName(table) + where.sql() + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                statement -> {
                    Sql.bind(statement, parameters);
                    List<E> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows.add(jdbc.readEntity(rs, entity));
                        }
                    }
                    return rows;
                });
    }
}
