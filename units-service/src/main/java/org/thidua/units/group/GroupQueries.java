package org.thidua.units.group;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.persistence.Sql;
import org.thidua.persistence.Where;
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
        Where where =
                Where.of().andIfPresent(year, "g.year = ?").andIfPresent(kind, "g.kind = ?", GroupCreated.Kind::name);
        return transactions.executeRead(status -> {
            long total = count("SELECT COUNT(*) FROM unit_group g" + where.sql(), where.parameters());
            List<Object> paged = where.parameters(size, PageResponse.offset(page, size));
            List<GroupResponse> items = jdbc.prepareStatement(
                    """
                    SELECT g.id, g.kind, g.year, g.code, g.name, g.head_unit_id, g.deputy_unit_id, g.version,
                           g.created_at, g.updated_at,
                           (SELECT COUNT(*) FROM group_membership m WHERE m.group_id = g.id) AS member_count
                    FROM unit_group g""" + where.sql() + " ORDER BY g.year DESC, g.kind, g.code LIMIT ? OFFSET ?", statement -> {
                        Sql.bind(statement, paged);
                        List<GroupResponse> rows = new ArrayList<>();
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                rows.add(new GroupResponse(
                                        rs.getString("id"),
                                        rs.getString("kind"),
                                        rs.getInt("year"),
                                        rs.getString("code"),
                                        rs.getString("name"),
                                        rs.getString("head_unit_id"),
                                        rs.getString("deputy_unit_id"),
                                        rs.getLong("member_count"),
                                        rs.getLong("version"),
                                        rs.getTimestamp("created_at").toInstant(),
                                        rs.getTimestamp("updated_at").toInstant()));
                            }
                        }
                        return rows;
                    });
            return new PageResponse<>(items, page, size, total);
        });
    }

    public long memberCount(String groupId) {
        return transactions.executeRead(
                status -> count("SELECT COUNT(*) FROM group_membership WHERE group_id = ?", List.of(groupId)));
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
                        String unitId = rs.getString("id");
                        rows.add(new GroupMemberResponse(
                                unitId,
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("short_name"),
                                rs.getBoolean("active"),
                                group.roleOf(unitId),
                                rs.getTimestamp("added_at").toInstant()));
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
