package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.Retention;

/**
 * {@code GET/PUT /retention}: closed cases are deleted {@code years} after they were closed; {@code defaultYears}
 * applies until an administrator sets a period. A PUT sends {@code {"years": n}} only.
 */
public record RetentionRepresentation(Integer years, Integer defaultYears) {
    public static RetentionRepresentation from(Retention retention) {
        return new RetentionRepresentation(retention.years(), Retention.DEFAULT_YEARS);
    }
}
