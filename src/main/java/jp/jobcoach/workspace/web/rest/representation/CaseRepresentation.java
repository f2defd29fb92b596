package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.PageTitles;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.VisitFrequency;

/**
 * A case's value, as stored and as sent. {@code phase} and {@code number} ({@code "2026-0007"}, null on cases older
 * than numbers) are the server's: ignored in requests. {@code titles} (CASE_NUMBER, the default, or WORKER_NAME) is
 * what the case's page titles name it by, read when the case is opened and kept after.
 */
public record CaseRepresentation(PersonRepresentation worker, String department, LocalDate leaveStart,
                                 LocalDate returnDate, List<Support> supports, CasePhase phase, Long rootPageId,
                                 String number, PageTitles titles) {

    public static CaseRepresentation from(SupportCase value) {
        return new CaseRepresentation(Mapping.nullable(value.worker(), PersonRepresentation::from), value.department(),
                value.leaveStart(), value.returnDate(), Mapping.list(value.supports(), Support::from), value.phase(),
                value.rootPageId(), Mapping.nullable(value.number(), CaseNumber::text), value.titles());
    }

    public SupportCase toDomain() {
        return new SupportCase(Mapping.nullable(worker, PersonRepresentation::toWorker), department, leaveStart,
                returnDate, Mapping.list(supports, Support::toDomain), phase, rootPageId, null, titles);
    }

    /** {@code {"type", "period": {start, end}, "frequency": {count, per}}}. */
    public record Support(SupportType type, DateRangeRepresentation period, Frequency frequency) {

        static Support from(PlannedSupport support) {
            return new Support(support.type(), Mapping.nullable(support.period(), DateRangeRepresentation::from),
                    Mapping.nullable(support.frequency(), Frequency::from));
        }

        PlannedSupport toDomain() {
            return new PlannedSupport(type, Mapping.nullable(period, DateRangeRepresentation::toDomain),
                    Mapping.nullable(frequency, Frequency::toDomain));
        }
    }

    /** {@code {"count": 2, "per": "WEEK"}}. */
    public record Frequency(int count, VisitFrequency.Unit per) {

        static Frequency from(VisitFrequency frequency) {
            return new Frequency(frequency.count(), frequency.per());
        }

        VisitFrequency toDomain() {
            return new VisitFrequency(count, per);
        }
    }
}
