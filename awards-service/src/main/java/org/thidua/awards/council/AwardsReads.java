package org.thidua.awards.council;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.thidua.awards.nomination.Nomination;
import org.thidua.awards.nomination.NominationState;
import org.thidua.persistence.Sql;
import org.thidua.security.Caller;
import org.thidua.security.Callers;
import org.thidua.security.UnitScope;

/**
 * Who reads what in awards-service (ADR 65): a nomination is read by its unit's officer, reviewers of its unit's
 * groups, the members of the council it is put before, and, once disclosed, by everyone; who objected only by the
 * office and that council; a council, its sessions and their counts only by the office and its members; an
 * evaluation's results only for the units the caller reads. Its queries join the request's transaction, or run in
 * a read-only one of their own.
 */
@Singleton
@Transactional(readOnly = true)
public class AwardsReads {

    /** The states in which a nomination is public: disclosed for objections, then decided. */
    static final List<NominationState> PUBLISHED = List.of(NominationState.DISCLOSED, NominationState.DECIDED);

    private final Callers callers;
    private final CouncilMemberRepository members;
    private final CouncilSessionRepository sessions;
    private final JdbcOperations jdbc;

    AwardsReads(
            Callers callers, CouncilMemberRepository members, CouncilSessionRepository sessions, JdbcOperations jdbc) {
        this.callers = callers;
        this.members = members;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /** 403 unless the caller is ADMIN or a member of the council. */
    public void requireCouncil(String councilId) {
        callers.requireReadingCouncilMatters(councilMembers(councilId));
    }

    /** 403 unless the caller reads the nomination. */
    public void requireNomination(Nomination nomination) {
        callers.requireReadingNomination(
                nomination.unitId(),
                groupsOf(nomination.unitId()),
                deciders(nomination),
                PUBLISHED.contains(nomination.state()));
    }

    /** 403 unless the caller reads who objected to the nomination: ADMIN or the council deciding it. */
    public void requireObjections(Nomination nomination) {
        callers.requireReadingCouncilMatters(deciders(nomination));
    }

    /**
     * The condition (an SQL fragment over table {@code nomination}, with its parameters) a list of nominations keeps
     * to; {@code null} for the office, which reads them all.
     */
    public Filter nominationFilter() {
        Caller caller = callers.current();
        UnitScope scope = callers.unitDataScope();
        if (scope.everyUnit()) {
            return null;
        }
        StringBuilder sql = new StringBuilder("(state IN (" + Sql.marks(PUBLISHED.size()) + ")");
        List<Object> parameters =
                new ArrayList<>(PUBLISHED.stream().map(Enum::name).toList());
        Set<String> units = readableUnits(scope);
        if (!units.isEmpty()) {
            sql.append(" OR unit_id IN (").append(Sql.marks(units.size())).append(")");
            parameters.addAll(units);
        }
        if (callers.readsAsCouncilMember()) {
            sql.append(" OR session_id IN (SELECT s.id FROM council_session s JOIN council_member m "
                    + "ON m.council_id = s.council_id WHERE m.member_id = ?)");
            parameters.add(caller.memberId());
        }
        return new Filter(sql.append(")").toString(), parameters);
    }

    /**
     * The condition (an SQL fragment over table {@code council}) a list of councils keeps to: {@code null} for the
     * office, which reads them all; the councils a council member sits on; none for anyone else (ADR 65).
     */
    public Filter councilFilter() {
        if (callers.unitDataScope().everyUnit()) {
            return null;
        }
        if (callers.readsAsCouncilMember()) {
            return new Filter(
                    "id IN (SELECT council_id FROM council_member WHERE member_id = ?)",
                    List.of(callers.current().memberId()));
        }
        return new Filter("1 = 0", List.of());
    }

    /** Whether the caller reads the data of a unit: every unit for the office, else its unit and its groups'. */
    public Predicate<String> readableUnit() {
        UnitScope scope = callers.unitDataScope();
        if (scope.everyUnit()) {
            return unitId -> true;
        }
        return readableUnits(scope)::contains;
    }

    /** The units whose own data the caller reads, an officer's and its groups' (not for the office). */
    public Set<String> readableUnits(UnitScope scope) {
        Set<String> units = new HashSet<>(scope.unitIds());
        if (!scope.groupIds().isEmpty()) {
            units.addAll(strings(
                    "SELECT unit_id FROM directory_group_member WHERE group_id IN ("
                            + Sql.marks(scope.groupIds().size()) + ")",
                    List.copyOf(scope.groupIds())));
        }
        return units;
    }

    /** An SQL condition and its parameters. */
    public record Filter(String sql, List<Object> parameters) {}

    private List<String> deciders(Nomination nomination) {
        if (nomination.sessionId() == null) {
            return List.of();
        }
        return sessions.findById(nomination.sessionId())
                .map(s -> councilMembers(s.councilId()))
                .orElse(List.of());
    }

    private List<String> councilMembers(String councilId) {
        return members.findByCouncilIdOrderById(councilId).stream()
                .map(CouncilMember::memberId)
                .toList();
    }

    private List<String> groupsOf(String unitId) {
        return strings("SELECT group_id FROM directory_group_member WHERE unit_id = ?", List.of(unitId));
    }

    private List<String> strings(String sql, List<?> parameters) {
        return jdbc.prepareStatement(sql, s -> {
            Sql.bind(s, parameters);
            List<String> found = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }
}
