package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dates of a plan's phases (集中 / 移行 / フォローアップ). A plan may leave a phase out (no follow-up
 * planned yet); the phases it has run in order without overlapping.
 */
public record PlanTimeline(Map<PlanPhase, DateRange> phases) {

    public static final String PHASE_OVERLAP = "jobcoach.validation.plan.phase-overlap";

    public PlanTimeline {
        phases = Map.copyOf(phases);
    }

    public static PlanTimeline empty() {
        return new PlanTimeline(Map.of());
    }

    public PlanTimeline with(PlanPhase phase, LocalDate start, LocalDate end) {
        Map<PlanPhase, DateRange> changed = new EnumMap<>(PlanPhase.class);
        changed.putAll(phases);
        changed.put(phase, new DateRange(start, end));
        return new PlanTimeline(changed);
    }

    public Optional<DateRange> dates(PlanPhase phase) {
        return Optional.ofNullable(phases.get(phase));
    }

    /** The planned phases, in the order they run. */
    public List<PlanPhase> planned() {
        return Arrays.stream(PlanPhase.values()).filter(phases::containsKey).toList();
    }

    /**
     * Field names: {@code phases[INTENSIVE].start}, {@code phases[INTENSIVE].end}, ... Checked as part of the
     * record that holds this one, which names the full field path.
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
        return check.errors();
    }

    private static String field(PlanPhase phase) {
        return "phases[" + phase + "].";
    }
}
