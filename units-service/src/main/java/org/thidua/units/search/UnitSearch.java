package org.thidua.units.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.thidua.contracts.units.UnitKind;
import org.thidua.persistence.Sql;
import org.thidua.persistence.Where;
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
        Where where = where(criteria);
        return transactions.executeRead(status -> {
            long total = Sql.count(
                    jdbc,
                    "SELECT COUNT(*) FROM unit u" + where.sql(),
                    where.parameters().toArray());
            List<Object> paged = where.parameters(size, PageResponse.offset(page, size));
            List<UnitResponse> items = jdbc.prepareStatement(
                    "SELECT " + COLUMNS + ", " + REACHABLE + " AS reachable FROM unit u" + where.sql()
                            + " ORDER BY u.code LIMIT ? OFFSET ?",
                    statement -> {
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

    private static Where where(UnitCriteria criteria) {
        return Where.of()
                .andIfPresent(criteria.code(), "u.code LIKE ? ESCAPE '!'", VietnameseText::startsWithPattern)
                .andIfPresent(
                        criteria.name(),
                        "(" + FOLD.formatted("u.name") + " LIKE ? ESCAPE '!' OR " + FOLD.formatted("u.short_name")
                                + " LIKE ? ESCAPE '!')",
                        VietnameseText::containsPattern)
                .andIfPresent(criteria.kind(), "u.kind = ?", UnitKind::name)
                .andIfPresent(criteria.province(), "u.province = ?", VietnameseText::nfc)
                .andIfPresent(criteria.parentId(), "u.parent_id = ?")
                .andIfPresent(
                        criteria.groupId(),
                        "EXISTS (SELECT 1 FROM group_membership m WHERE m.unit_id = u.id AND m.group_id = ?)")
                .andIfPresent(
                        criteria.year(),
                        "EXISTS (SELECT 1 FROM group_membership m WHERE m.unit_id = u.id AND m.year = ?)")
                .andIfPresent(criteria.active(), "u.active = ?")
                .andIf(Boolean.TRUE.equals(criteria.reachable()), REACHABLE)
                .andIf(Boolean.FALSE.equals(criteria.reachable()), "NOT " + REACHABLE);
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        Timestamp deactivatedAt = rs.getTimestamp("deactivated_at");
        return new Unit(
                rs.getString("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("short_name"),
                kind == null ? null : UnitKind.valueOf(kind),
                rs.getString("parent_id"),
                rs.getString("province"),
                rs.getString("language"),
                rs.getBoolean("active"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                deactivatedAt == null ? null : deactivatedAt.toInstant(),
                rs.getString("deactivation_reason"));
    }
}
