package jp.jobcoach.workspace.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock and the zone days and times are shown in, so that tests decide what "today" is (a review date that has
 * passed shows as due). The plugin reads neither the system clock nor the system zone anywhere else.
 */
public interface TimeSource {
    Instant now();

    LocalDate today();

    /** The zone in which "today" is counted and times are shown. */
    ZoneId zone();
}
