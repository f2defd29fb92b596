package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.TeamRemoval;
import jp.jobcoach.workspace.web.html.Html;

/**
 * The team of a case: members by name with role and 正/副 slot, and for roles that may edit TEAM a remove
 * button per member the viewer may remove ({@link TeamRemoval#offered}: never themselves, the worker or the last
 * counselor or center coach; the center's staff only for a counselor), which asks first, and a form to add one. Members are added
 * and removed, never edited (see TeamService). Builds the model of {@code templates/jobcoach/team.vm}, which the
 * case panel's template includes.
 */
public final class TeamView {
    private TeamView() {
    }

    /**
     * @param viewerKey   the person looking, who gets no remove button on their own rows
     * @param viewerRoles their roles on the case, which decide whom they may remove
     * @param controls    whether to show the buttons and form: interactive output and a role that edits TEAM
     */
    static Map<String, Object> model(ViewText text, long caseId, Team team, String viewerKey, Set<CaseRole> viewerRoles,
                                     boolean controls) {
        List<TeamMember> members = team.members();
        List<String> headers = new ArrayList<>(List.of(text.message("jobcoach.field.members.userKey"), text.message("jobcoach.field.members.role")));
        if (controls) {
            headers.add(text.message("jobcoach.web.actions"));
        }
        List<Map<String, Object>> rows = members.stream().map(member -> row(text, caseId, member,
                controls && TeamRemoval.offered(team, viewerKey, viewerRoles, member.userKey()))).toList();
        return Map.of("headers", headers, "members", rows, "controls", controls,
                "addForm", controls ? addForm(text, caseId, members.size()) : Map.of());
    }

    private static Map<String, Object> row(ViewText text, long caseId, TeamMember member, boolean removable) {
        return Map.of("name", text.person(member.userKey()), "role", roleText(text, member), "removable", removable,
                "removeForm", removable ? removeForm(text, caseId, member) : Map.of());
    }

    private static String roleText(ViewText text, TeamMember member) {
        return text.label(member.role()) + (member.slot() == null ? "" : " (" + text.label(member.slot()) + ")");
    }

    /** Removes every role of the person, as the service does; the browser asks first. */
    private static Map<String, Object> removeForm(ViewText text, long caseId, TeamMember member) {
        String name = text.person(member.userKey());
        return new Form("jobcoach-team-remove-" + caseId + "-" + member.userKey() + "-" + member.role(), "DELETE",
                "/cases/" + caseId + "/team/" + Html.urlComponent(member.userKey()))
                .confirm(text.message("jobcoach.web.team.remove-confirm", ViewText.isolated(name))).secondary()
                .render(null, text.message("jobcoach.web.team.remove", ViewText.isolated(name)));
    }

    /**
     * The new member is named by user name, picked from suggestions or typed in full. Errors name the new member by
     * its place at the end of the team ({@code members[n].role}).
     */
    private static Map<String, Object> addForm(ViewText text, long caseId, int teamSize) {
        String field = "members[" + teamSize + "].";
        List<Form.Option> slots = new ArrayList<>(List.of(new Form.Option("", text.message("jobcoach.web.team.no-slot"))));
        Arrays.stream(CenterCoachSlot.values()).forEach(slot -> slots.add(new Form.Option(slot.name(), text.label(slot))));
        return new Form("jobcoach-team-add-" + caseId, "POST", "/cases/" + caseId + "/team")
                .person("member.username", field + "userKey", text.message("jobcoach.web.team.user-key"), "")
                .select("member.role", field + "role", text.field("members.role"), Arrays.stream(CaseRole.values())
                        .map(role -> new Form.Option(role.name(), text.label(role))).toList(), "")
                .select("member.slot", field + "slot", text.field("members.slot"), slots, "")
                .render(text.message("jobcoach.web.team.add"), text.message("jobcoach.web.team.add"));
    }
}
