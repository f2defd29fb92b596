package jp.jobcoach.workspace.domain.calendar;

import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.Labelled;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;

/** Which coach of the case's pair made a visit, judged by the pair as the team holds it now. */
public enum VisitBy implements Labelled {
    PRIMARY,
    SECONDARY,
    /** Both coaches of the pair together. */
    BOTH,
    /** Someone who is not (or no longer) one of the pair, e.g. a coach who has since been replaced. */
    OTHER;

    /** Of the visit made by {@code coachKeys}, on a case with {@code team}. */
    public static VisitBy of(List<String> coachKeys, Team team) {
        Optional<String> primary = team.centerCoach(CenterCoachSlot.PRIMARY).map(TeamMember::userKey);
        Optional<String> secondary = team.centerCoach(CenterCoachSlot.SECONDARY).map(TeamMember::userKey);
        boolean byPrimary = primary.filter(coachKeys::contains).isPresent();
        boolean bySecondary = secondary.filter(coachKeys::contains).isPresent();
        if (byPrimary && bySecondary) {
            return BOTH;
        }
        if (byPrimary) {
            return PRIMARY;
        }
        return bySecondary ? SECONDARY : OTHER;
    }

    /** Whether one coach of the pair went alone. */
    public boolean isSolo() {
        return this == PRIMARY || this == SECONDARY;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.calendar.by.", this);
    }
}
