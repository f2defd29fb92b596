package jp.jobcoach.workspace.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * How long a closed case is kept before it is deleted, in whole years after the day it was closed. The default, five
 * years, is what Japanese law asks of the records closest to these: health-check and stress-check records
 * (労働安全衛生規則 §51, §52-13) and employment records (労働基準法 §109) are kept five years; the privacy law
 * itself sets no period but asks that data no longer needed be deleted (個人情報保護法 §22), so the plugin keeps a
 * case no longer than those records.
 */
public record Retention(int years) {
    public static final int DEFAULT_YEARS = 5;
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 30;
    public static final Retention DEFAULT = new Retention(DEFAULT_YEARS);

    /** The problems of {@code years} as an administrator typed it: required, from 1 to 30. */
    public static List<FieldError> check(Integer years) {
        Check check = new Check().required("years", years);
        if (years != null) {
            check.inRange("years", years, MIN_YEARS, MAX_YEARS);
        }
        return check.errors();
    }

    /** Cases closed before this moment have been kept long enough, counted in calendar years in {@code zone}. */
    public Instant closedBefore(Instant now, ZoneId zone) {
        return now.atZone(zone).minusYears(years).toInstant();
    }

    /** The reason on the tombstone of a case deleted by this rule (the job's, not a person's words). */
    public String reason() {
        return "retention:" + years;
    }
}
