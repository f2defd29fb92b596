package jp.jobcoach.workspace.confluence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.TimeSource;

/** The server's clock; "today" is the server's day, as in the rest of Confluence. */
@Named
public class SystemTimeSource implements TimeSource {
    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public ZoneId zone() {
        return clock.getZone();
    }
}
