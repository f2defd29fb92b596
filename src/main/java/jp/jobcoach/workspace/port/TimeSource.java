package jp.jobcoach.workspace.port;

import java.time.Instant;
import java.time.LocalDate;

/** The clock, so that tests decide what "today" is (a review date that has passed shows as due). */
public interface TimeSource {
    Instant now();

    LocalDate today();
}
