package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dates of a plan's phases (集中 / 移行 / フォローアップ) and how often the center's coaches plan to visit in
 * each, which fades from one phase to the next on purpose. A plan may leave a phase out (no follow-up planned yet);
 * the phases it has run in order without overlapping, and a visit frequency belongs to a phase with dates.
 * Revisions written before visits were planned per phase have none ({@code visits} empty).
 */
public record PlanTimeline(Map<PlanPhase, DateRange> phases, Map<PlanPhase, VisitFrequency> visits) {

    public static final String PHASE_OVERLAP = "jobcoach.validation.plan.phase-overlap";
    /** {0} the field, {1} the phase: visits planned for a phase the plan gives no dates. */
    public static final String VISITS_WITHOUT_DATES = "jobcoach.validation.plan.visits-without-dates";

    public PlanTimeline {
        phases = Map.copyOf(phases);
        visits = visits == null ? Map.of() : Map.copyOf(visits);
    }

    /** Phase dates without planned visits. */
    public PlanTimeline(Map<PlanPhase, DateRange> phases) {
        this(phases, Map.of());
    }

    /** The timeline with {@code frequency} planned for {@code phase}. */
    public PlanTimeline withVisits(PlanPhase phase, VisitFrequency frequency) {
        Map<PlanPhase, VisitFrequency> changed = new EnumMap<>(PlanPhase.class);
        changed.putAll(visits);
        changed.put(phase, frequency);
        return new PlanTimeline(phases, changed);
    }

    public Optional<VisitFrequency> visits(PlanPhase phase) {
        return Optional.ofNullable(visits.get(phase));
    }

    public static PlanTimeline empty() {
        return new PlanTimeline(Map.of());
    }

    public PlanTimeline with(PlanPhase phase, LocalDate start, LocalDate end) {
        Map<PlanPhase, DateRange> changed = new EnumMap<>(PlanPhase.class);
        changed.putAll(phases);
        changed.put(phase, new DateRange(start, end));
        return new PlanTimeline(changed, visits);
    }

    public Optional<DateRange> dates(PlanPhase phase) {
        return Optional.ofNullable(phases.get(phase));
    }

    /** The planned phases, in the order they run. */
    public List<PlanPhase> planned() {
        return Arrays.stream(PlanPhase.values()).filter(phases::containsKey).toList();
    }

    /**
     * Field names: {@code phases[INTENSIVE].start}, {@code phases[INTENSIVE].end}, ..., {@code visits[INTENSIVE].count}
     * and {@code visits[INTENSIVE].per}. Checked as part of the record that holds this one, which names the full path.
     */
    List<FieldError> validate() {
        Check check = new Check();
        List<PlanPhase> order = planned();
        order.forEach(phase -> check.nested(field(phase), phases.get(phase), DateRange::validate));
        for (int next = 1; next < order.size(); next++) {
            DateRange before = phases.get(order.get(next - 1));
            DateRange after = phases.get(order.get(next));
            boolean overlaps = before.end() != null && after.start() != null && !after.start().isAfter(before.end());
            check.failIf(overlaps, field(order.get(next)) + "start", PHASE_OVERLAP, order.get(next - 1));
        }
        for (PlanPhase phase : PlanPhase.values()) {
            VisitFrequency frequency = visits.get(phase);
            if (frequency != null) {
                String prefix = "visits[" + phase + "].";
                check.nested(prefix, frequency, VisitFrequency::validate)
                        .failIf(!phases.containsKey(phase), prefix + "count", VISITS_WITHOUT_DATES, phase);
            }
        }
        return check.errors();
    }

    private static String field(PlanPhase phase) {
        return "phases[" + phase + "].";
    }
}
