package org.thidua.units.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.thidua.contracts.units.UnitKind;
import org.thidua.messaging.Sql;
import org.thidua.units.paging.PageResponse;
import org.thidua.units.text.VietnameseText;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.UnitResponse;

/**
 * Unit search, by code and name (accent-insensitive), kind, province, parent, group, year, activity and reachability,
 * one page at a time, ordered by code. Name matching: the columns are {@code utf8mb4_unicode_ci}, which ignores case
 * and Vietnamese tones and vowel marks; Đ/đ is folded to D/d on both sides ({@link VietnameseText}).
 */
@Singleton
public class UnitSearch {

    private static final String COLUMNS = "u.id, u.code, u.name, u.short_name, u.kind, u.parent_id, u.province, "
            + "u.language, u.active, u.version, u.created_at, u.updated_at, u.deactivated_at, u.deactivation_reason";
    private static final String REACHABLE = "EXISTS (SELECT 1 FROM contact c WHERE c.unit_id = u.id)";
    private static final String FOLD = "REPLACE(REPLACE(%s, 'Đ', 'D'), 'đ', 'd')";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    UnitSearch(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public PageResponse<UnitResponse> search(UnitCriteria criteria, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        return transactions.executeRead(status -> {
            long total = Sql.count(jdbc, "SELECT COUNT(*) FROM unit u" + where, parameters.toArray());
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(size);
            paged.add(PageResponse.offset(page, size));
            List<UnitResponse> items = jdbc.prepareStatement("SELECT " + COLUMNS + ", " + REACHABLE
                    + " AS reachable FROM unit u" + where + " ORDER BY u.code LIMIT ? OFFSET ?", statement -> {
                Sql.bind(statement, paged);
                List<UnitResponse> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(UnitResponse.of(unit(rs), rs.getBoolean("reachable")));
                    }
                }
                return rows;
            });
            return new PageResponse<>(items, page, size, total);
        });
    }

    private static String where(UnitCriteria criteria, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (criteria.code() != null) {
            where.append(" AND u.code LIKE ? ESCAPE '!'");
            parameters.add(VietnameseText.startsWithPattern(criteria.code()));
        }
        if (criteria.name() != null) {
            where.append(" AND (").append(FOLD.formatted("u.name")).append(" LIKE ? ESCAPE '!' OR ")
                    .append(FOLD.formatted("u.short_name")).append(" LIKE ? ESCAPE '!')");
            String pattern = VietnameseText.containsPattern(criteria.name());
            parameters.add(pattern);
            parameters.add(pattern);
        }
        if (criteria.kind() != null) {
            where.append(" AND u.kind = ?");
            parameters.add(criteria.kind().name());
        }
        if (criteria.province() != null) {
            where.append(" AND u.province = ?");
            parameters.add(VietnameseText.nfc(criteria.province()));
        }
        if (criteria.parentId() != null) {
            where.append(" AND u.parent_id = ?");
            parameters.add(criteria.parentId());
        }
        if (criteria.groupId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM group_membership m WHERE m.unit_id = u.id AND m.group_id = ?)");
            parameters.add(criteria.groupId());
        }
        if (criteria.year() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM group_membership m WHERE m.unit_id = u.id AND m.year = ?)");
            parameters.add(criteria.year());
        }
        if (criteria.active() != null) {
            where.append(" AND u.active = ?");
            parameters.add(criteria.active());
        }
        if (criteria.reachable() != null) {
            where.append(criteria.reachable() ? " AND " : " AND NOT ").append(REACHABLE);
        }
        return where.toString();
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        Timestamp deactivatedAt = rs.getTimestamp("deactivated_at");
        return new Unit(rs.getString("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                kind == null ? null : UnitKind.valueOf(kind), rs.getString("parent_id"), rs.getString("province"),
                rs.getString("language"), rs.getBoolean("active"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                deactivatedAt == null ? null : deactivatedAt.toInstant(), rs.getString("deactivation_reason"));
    }
}
