package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.constant;
import static jp.jobcoach.workspace.store.Columns.name;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The members of each case's team. */
@Named
public class TeamStore {
    private final ActiveObjects ao;

    @Inject
    public TeamStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Team team(long caseId) {
        TeamMemberEntity[] rows = ao.find(TeamMemberEntity.class, Query.select().where("CASE_ID = ?", caseId).order("ID"));
        return new Team(Columns.map(rows, row -> new TeamMember(row.getUserKey(),
                constant(CaseRole.class, row.getMemberRole()), constant(CenterCoachSlot.class, row.getCoachSlot()))));
    }

    /** The teams of {@code caseIds}, one statement per {@link Columns#MAX_IN_LIST} cases; a case without members is absent. */
    public java.util.Map<Long, Team> teams(java.util.Collection<Long> caseIds) {
        java.util.Map<Long, java.util.List<TeamMember>> members = new java.util.LinkedHashMap<>();
        for (java.util.List<Long> chunk : Columns.chunks(caseIds)) {
            for (TeamMemberEntity row : ao.find(TeamMemberEntity.class, Query.select().where("CASE_ID IN ("
                    + Columns.placeholders(chunk.size()) + ")", chunk.toArray()).order("CASE_ID, ID"))) {
                members.computeIfAbsent(row.getCaseId(), id -> new java.util.ArrayList<>()).add(new TeamMember(
                        row.getUserKey(), constant(CaseRole.class, row.getMemberRole()),
                        constant(CenterCoachSlot.class, row.getCoachSlot())));
            }
        }
        java.util.Map<Long, Team> teams = new java.util.LinkedHashMap<>();
        members.forEach((caseId, list) -> teams.put(caseId, new Team(list)));
        return teams;
    }

    public void add(long caseId, TeamMember member) {
        ao.create(TeamMemberEntity.class,
                new DBParam("CASE_ID", caseId),
                new DBParam("USER_KEY", member.userKey()),
                new DBParam("MEMBER_ROLE", member.role().name()),
                new DBParam("COACH_SLOT", name(member.slot())));
    }

    /** Removes every role of {@code userKey} on the case. */
    public void remove(long caseId, String userKey) {
        ao.deleteWithSQL(TeamMemberEntity.class, "CASE_ID = ? AND USER_KEY = ?", caseId, userKey);
    }
}
