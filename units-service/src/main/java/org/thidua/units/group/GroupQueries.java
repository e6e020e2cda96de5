package org.thidua.units.group;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.messaging.Sql;
import org.thidua.units.paging.PageResponse;

/** Lists of groups and of a group's members, one query each with their counts. */
@Singleton
public class GroupQueries {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    GroupQueries(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Groups, newest year first, then blocks before clusters, then by code; year and kind filter when given. */
    public PageResponse<GroupResponse> list(Integer year, GroupCreated.Kind kind, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (year != null) {
            where.append(" AND g.year = ?");
            parameters.add(year);
        }
        if (kind != null) {
            where.append(" AND g.kind = ?");
            parameters.add(kind.name());
        }
        return transactions.executeRead(status -> {
            long total = count("SELECT COUNT(*) FROM unit_group g" + where, parameters);
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(size);
            paged.add(PageResponse.offset(page, size));
            List<GroupResponse> items = jdbc.prepareStatement("""
                    SELECT g.id, g.kind, g.year, g.code, g.name, g.head_unit_id, g.deputy_unit_id, g.version,
                           g.created_at, g.updated_at,
                           (SELECT COUNT(*) FROM group_membership m WHERE m.group_id = g.id) AS member_count
                    FROM unit_group g""" + where + " ORDER BY g.year DESC, g.kind, g.code LIMIT ? OFFSET ?",
                    statement -> {
                        Sql.bind(statement, paged);
                        List<GroupResponse> rows = new ArrayList<>();
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                rows.add(new GroupResponse(rs.getString(1), rs.getString(2), rs.getInt(3),
                                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                        rs.getLong(11), rs.getLong(8), rs.getTimestamp(9).toInstant(),
                                        rs.getTimestamp(10).toInstant()));
                            }
                        }
                        return rows;
                    });
            return new PageResponse<>(items, page, size, total);
        });
    }

    public long memberCount(String groupId) {
        return transactions.executeRead(status ->
                count("SELECT COUNT(*) FROM group_membership WHERE group_id = ?", List.of(groupId)));
    }

    /** A group's member units by code, each with its role in the group. */
    public PageResponse<GroupMemberResponse> members(Group group, int page, int size) {
        return transactions.executeRead(status -> {
            long total = count("SELECT COUNT(*) FROM group_membership WHERE group_id = ?", List.of(group.id()));
            List<GroupMemberResponse> items = jdbc.prepareStatement("""
                    SELECT u.id, u.code, u.name, u.short_name, u.active, m.added_at
                    FROM group_membership m JOIN unit u ON u.id = m.unit_id
                    WHERE m.group_id = ? ORDER BY u.code LIMIT ? OFFSET ?""", statement -> {
                Sql.bind(statement, List.of(group.id(), size, PageResponse.offset(page, size)));
                List<GroupMemberResponse> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String unitId = rs.getString(1);
                        rows.add(new GroupMemberResponse(unitId, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBoolean(5), group.roleOf(unitId), rs.getTimestamp(6).toInstant()));
                    }
                }
                return rows;
            });
            return new PageResponse<>(items, page, size, total);
        });
    }

    private long count(String sql, List<Object> parameters) {
        return Sql.count(jdbc, sql, parameters.toArray());
    }
}
