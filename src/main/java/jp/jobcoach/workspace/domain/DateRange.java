package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Calendar days from {@code start} to {@code end}, both included. Either may be missing while a form is
 * being filled.
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Both dates present and the end after the start. Field names are {@code start} and {@code end}. Checked as
     * part of the record that holds this one, which names the full field path.
     */
    List<FieldError> validate() {
        return new Check()
                .required("start", start)
                .required("end", end)
                .after("end", end, "start", start)
                .errors();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The days both ranges share, if any. */
    public Optional<DateRange> overlap(DateRange other) {
        LocalDate from = start.isAfter(other.start) ? start : other.start;
        LocalDate to = end.isBefore(other.end) ? end : other.end;
        return from.isAfter(to) ? Optional.empty() : Optional.of(new DateRange(from, to));
    }
}
