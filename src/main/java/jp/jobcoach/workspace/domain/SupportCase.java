package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The facts of one worker's case (支援ケース), as entered on its form. Team, plan, accommodations and visits
 * are separate records because different roles see and change them.
 *
 * @param leaveStart absent when support starts at hiring rather than after a leave
 * @param returnDate absent when support starts at hiring
 * @param supports   the support types in use, at most one entry per type
 * @param rootPageId the Confluence page at the root of the case's page tree; absent until the tree is made
 */
public record SupportCase(WorkerRef worker, String department, LocalDate leaveStart, LocalDate returnDate,
                          List<PlannedSupport> supports, CasePhase phase, Long rootPageId) {

    public static final String DUPLICATE_SUPPORT_TYPE = "jobcoach.validation.duplicate-support-type";

    public SupportCase {
        supports = List.copyOf(supports);
    }

    /** A new case at intake, before any support type has been chosen. */
    public static SupportCase intake(WorkerRef worker, String department, LocalDate leaveStart, LocalDate returnDate) {
        return new SupportCase(worker, department, leaveStart, returnDate, List.of(), CasePhase.INTAKE, null);
    }

    public SupportCase withSupports(List<PlannedSupport> newSupports) {
        return new SupportCase(worker, department, leaveStart, returnDate, newSupports, phase, rootPageId);
    }

    /**
     * The case after {@code change}; see {@link PhaseChange#move} for the rules.
     *
     * @throws IllegalArgumentException when the change starts from another phase than the case is in
     */
    public SupportCase after(PhaseChange change) {
        if (change.from() != phase) {
            throw new IllegalArgumentException("case is " + phase + ", change is from " + change.from());
        }
        return new SupportCase(worker, department, leaveStart, returnDate, supports, change.to(), rootPageId);
    }

    public SupportCase withRootPage(long pageId) {
        return new SupportCase(worker, department, leaveStart, returnDate, supports, phase, pageId);
    }

    public List<FieldError> validate() {
        Check check = new Check()
                .failIf(worker == null || worker.isEmpty(), "worker", Check.REQUIRED)
                .nested("worker.", worker, WorkerRef::validate)
                .maxLength("department", department, Check.NAME_MAX)
                .notBefore("returnDate", returnDate, "leaveStart", leaveStart)
                .required("phase", phase)
                .each("supports", supports, PlannedSupport::validate);
        Set<SupportType> seen = EnumSet.noneOf(SupportType.class);
        for (int index = 0; index < supports.size(); index++) {
            SupportType type = supports.get(index).type();
            check.failIf(type != null && !seen.add(type), "supports[" + index + "].type", DUPLICATE_SUPPORT_TYPE, type);
        }
        return check.errors();
    }
}
