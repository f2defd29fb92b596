package jp.jobcoach.workbench.host.jobs;

import com.atlassian.scheduler.SchedulerServiceException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.TimeZone;

/**
 * Quartz-style cron expressions as atlassian-scheduler takes them: seconds minutes hours day-of-month month
 * day-of-week [year], with *, ?, lists, ranges, steps and JAN-DEC / SUN-SAT names (day-of-week 1 = Sunday).
 * L, W and # are refused rather than silently misread; the year field must be * when present.
 */
public final class CronSchedule {
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private final BitSet seconds;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;
    private final ZoneId zone;

    private CronSchedule(String[] fields, ZoneId zone) throws SchedulerServiceException {
        seconds = field(fields[0], 0, 59, List.of());
        minutes = field(fields[1], 0, 59, List.of());
        hours = field(fields[2], 0, 23, List.of());
        daysOfMonth = field(fields[3], 1, 31, List.of());
        months = field(fields[4], 1, 12, MONTHS);
        daysOfWeek = field(fields[5], 1, 7, DAYS);
        anyDayOfMonth = isAny(fields[3]);
        anyDayOfWeek = isAny(fields[5]);
        this.zone = zone;
    }

    public static CronSchedule parse(String expression, TimeZone timeZone) throws SchedulerServiceException {
        String[] fields = expression.trim().toUpperCase().split("\\s+");
        if (fields.length < 6 || fields.length > 7 || (fields.length == 7 && !fields[6].equals("*"))) {
            throw new SchedulerServiceException("Unsupported cron expression '" + expression + "': six fields (and an optional * year) expected");
        }
        return new CronSchedule(fields, (timeZone == null ? TimeZone.getDefault() : timeZone).toZoneId());
    }

    /** The first firing time strictly after {@code afterMillis}. */
    public long nextAfter(long afterMillis) {
        ZonedDateTime t = Instant.ofEpochMilli(afterMillis).atZone(zone).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        ZonedDateTime limit = t.plusYears(5);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!seconds.get(t.getSecond())) {
                t = t.plusSeconds(1);
            } else {
                return t.toInstant().toEpochMilli();
            }
        }
        throw new IllegalStateException("cron expression never fires within five years");
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean dom = daysOfMonth.get(t.getDayOfMonth());
        boolean dow = daysOfWeek.get(t.getDayOfWeek().getValue() % 7 + 1);
        if (anyDayOfMonth && anyDayOfWeek) {
            return true;
        }
        if (anyDayOfMonth) {
            return dow;
        }
        return anyDayOfWeek ? dom : dom || dow;
    }

    private static boolean isAny(String field) {
        return field.equals("*") || field.equals("?");
    }

    private static BitSet field(String text, int min, int max, List<String> names) throws SchedulerServiceException {
        BitSet values = new BitSet();
        for (String part : text.split(",")) {
            String[] rangeAndStep = part.split("/", 2);
            int step = rangeAndStep.length == 2 ? number(rangeAndStep[1], names, min) : 1;
            int[] range = range(rangeAndStep[0], min, max, names, rangeAndStep.length == 2);
            if (range[0] < min || range[1] > max || range[0] > range[1] || step < 1) {
                throw new SchedulerServiceException("Cron field '" + text + "' is outside " + min + "-" + max);
            }
            for (int value = range[0]; value <= range[1]; value += step) {
                values.set(value);
            }
        }
        return values;
    }

    private static int[] range(String text, int min, int max, List<String> names, boolean stepped) throws SchedulerServiceException {
        if (isAny(text)) {
            return new int[] {min, max};
        }
        String[] bounds = text.split("-", 2);
        int from = number(bounds[0], names, min);
        int to = bounds.length == 2 ? number(bounds[1], names, min) : stepped ? max : from;
        return new int[] {from, to};
    }

    private static int number(String text, List<String> names, int min) throws SchedulerServiceException {
        int named = names.indexOf(text);
        if (named >= 0) {
            return named + min;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SchedulerServiceException("Unsupported cron token '" + text + "' (L, W and # are not supported by the workbench)");
        }
    }
}
