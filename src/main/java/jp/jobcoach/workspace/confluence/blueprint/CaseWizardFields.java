package jp.jobcoach.workspace.confluence.blueprint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.WorkerRef;

/**
 * The case blueprint's wizard fields as the blueprint context carries them (text), and the intake case they
 * describe. The names double as template variables and as the case's field names in errors.
 */
public record CaseWizardFields(String workerName, String department, String leaveStart, String returnDate) {
    public static final String WORKER_NAME = "workerName";
    public static final String DEPARTMENT = "department";
    public static final String LEAVE_START = "leaveStart";
    public static final String RETURN_DATE = "returnDate";
    public static final String NOT_A_DATE = "jobcoach.validation.not-a-date";

    /** Reads the fields; an absent field is null, a given one is stripped of surrounding blanks. */
    public static CaseWizardFields read(Function<String, Object> context) {
        return new CaseWizardFields(text(context, WORKER_NAME), text(context, DEPARTMENT), text(context, LEAVE_START),
                text(context, RETURN_DATE));
    }

    /** No wizard ran: Confluence without a wizard page sends none of the fields (docs/decisions.md #9). */
    public boolean noneGiven() {
        return workerName == null && department == null && leaveStart == null && returnDate == null;
    }

    /**
     * The case these fields open, checked by the same rules as every case (required worker, lengths, return not
     * before leave start).
     *
     * @throws ValidationException with every problem, dates that are not dates included
     */
    public SupportCase intake() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate leave = day(LEAVE_START, leaveStart, errors);
        LocalDate back = day(RETURN_DATE, returnDate, errors);
        SupportCase value = SupportCase.intake(WorkerRef.named(blankToNull(workerName)), blankToNull(department), leave, back);
        errors.addAll(value.validate());
        ValidationException.throwIfAny(errors);
        return value;
    }

    private static LocalDate day(String field, String text, List<FieldError> errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            errors.add(new FieldError(field, NOT_A_DATE, text));
            return null;
        }
    }

    private static String text(Function<String, Object> context, String name) {
        Object value = context.apply(name);
        return value == null ? null : value.toString().strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
