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
 * @param number     the case's neutral name, given when it is opened; absent before then and on cases older than numbers
 * @param titles     what its page titles name it by, chosen when it is opened (never changed after)
 */
public record SupportCase(WorkerRef worker, String department, LocalDate leaveStart, LocalDate returnDate,
                          List<PlannedSupport> supports, CasePhase phase, Long rootPageId, CaseNumber number,
                          PageTitles titles) {

    public static final String DUPLICATE_SUPPORT_TYPE = "jobcoach.validation.duplicate-support-type";

    public SupportCase {
        supports = List.copyOf(supports);
        titles = titles == null ? PageTitles.CASE_NUMBER : titles;
    }

    /** A case as entered, before it is opened: no number yet, page titles by the number. */
    public SupportCase(WorkerRef worker, String department, LocalDate leaveStart, LocalDate returnDate,
                       List<PlannedSupport> supports, CasePhase phase, Long rootPageId) {
        this(worker, department, leaveStart, returnDate, supports, phase, rootPageId, null, PageTitles.CASE_NUMBER);
    }

    /** A new case at intake, before any support type has been chosen. */
    public static SupportCase intake(WorkerRef worker, String department, LocalDate leaveStart, LocalDate returnDate) {
        return new SupportCase(worker, department, leaveStart, returnDate, List.of(), CasePhase.INTAKE, null);
    }

    public SupportCase withSupports(List<PlannedSupport> newSupports) {
        return new SupportCase(worker, department, leaveStart, returnDate, newSupports, phase, rootPageId, number, titles);
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
        return new SupportCase(worker, department, leaveStart, returnDate, supports, change.to(), rootPageId, number, titles);
    }

    public SupportCase withRootPage(long pageId) {
        return new SupportCase(worker, department, leaveStart, returnDate, supports, phase, pageId, number, titles);
    }

    /** The case as opened: its number given, its title choice kept. */
    public SupportCase numbered(CaseNumber given) {
        return new SupportCase(worker, department, leaveStart, returnDate, supports, phase, rootPageId, given, titles);
    }

    /**
     * The same case with {@code facts} (worker, department, dates, supports) and {@code root} page; its phase, number
     * and title choice stay as they are: those change only by their own paths.
     */
    public SupportCase withFacts(SupportCase facts, Long root) {
        return new SupportCase(facts.worker, facts.department, facts.leaveStart, facts.returnDate, facts.supports, phase,
                root, number, titles);
    }

    /** Whether the case's page titles carry the worker's name: by choice, or for a case older than numbers. */
    public boolean titledByName() {
        return titles == PageTitles.WORKER_NAME || number == null;
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
