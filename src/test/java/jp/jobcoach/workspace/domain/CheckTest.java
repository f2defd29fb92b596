package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class CheckTest {

    /** Payloads that must survive validation untouched: markup, attribute breakers, bidi override, emoji, rare kanji. */
    static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script>", "\" onmouseover=\"alert(1)", "javascript:alert(1)",
            "abc\u202Edef", "体調😀良好", "𠮷野家の𠮷", "x".repeat(Check.LONG_TEXT_MAX));

    @Test
    public void blankIsMissing() {
        assertHasError(new Check().required("title", "  \n").errors(), "title", Check.REQUIRED);
        assertHasError(new Check().required("date", null).errors(), "date", Check.REQUIRED);
    }

    @Test
    public void hostileTextPassesAndIsLeftAsTyped() {
        for (String text : HOSTILE) {
            String typed = new String(text);
            assertEquals(List.of(), new Check().longText("observations", text).required("observations", text).errors());
            assertEquals(typed, text);
        }
    }

    @Test
    public void lengthCountsCharactersAsUsersSeeThem() {
        String rareKanji = "𠮷".repeat(Check.NAME_MAX);
        assertEquals(2 * Check.NAME_MAX, rareKanji.length());
        assertEquals(List.of(), new Check().name("title", rareKanji).errors());
    }

    @Test
    public void tooLongTextNamesTheLimitAndTheLength() {
        String tooLong = "あ".repeat(Check.LONG_TEXT_MAX + 1);
        FieldError error = assertHasError(new Check().longText("observations", tooLong).errors(),
                "observations", Check.TOO_LONG);
        assertArrayEquals(new Object[] {Check.LONG_TEXT_MAX, Check.LONG_TEXT_MAX + 1}, error.args());
    }

    @Test
    public void nameIsRequiredAndBounded() {
        assertHasError(new Check().name("title", "a".repeat(256)).errors(), "title", Check.TOO_LONG);
        assertHasError(new Check().name("title", "").errors(), "title", Check.REQUIRED);
    }

    @Test
    public void returnMayBeOnButNotBeforeTheStartOfLeave() {
        LocalDate leave = LocalDate.of(2025, 1, 10);
        assertEquals(List.of(), new Check().notBefore("returnDate", leave, "leaveStart", leave).errors());
        FieldError error = assertHasError(
                new Check().notBefore("returnDate", leave.minusDays(1), "leaveStart", leave).errors(),
                "returnDate", Check.NOT_BEFORE);
        assertArrayEquals(new Object[] {new FieldLabel("leaveStart")}, error.args());
    }

    @Test
    public void anEndMustBeAfterItsStart() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        assertEquals(List.of(), new Check().after("phases.end", day.plusDays(1), "phases.start", day).errors());
        assertHasError(new Check().after("phases.end", day, "phases.start", day).errors(),
                "phases.end", Check.MUST_BE_AFTER);
    }

    @Test
    public void dateOrderIsNotCheckedWhileADateIsMissing() {
        assertEquals(List.of(), new Check().after("end", null, "start", LocalDate.now()).errors());
    }

    @Test
    public void enumsParseByNameIgnoringCase() {
        Check check = new Check();
        assertEquals(Optional.of(VisitKind.WORK_OBSERVATION), check.parse("kind", " work_observation ", VisitKind.class));
        assertEquals(Optional.empty(), check.parse("kind", "", VisitKind.class));
        assertEquals(List.of(), check.errors());
    }

    @Test
    public void anUnknownEnumValueIsAnErrorQuotingTheInput() {
        Check check = new Check();
        assertEquals(Optional.empty(), check.parse("kind", "<img src=x>", VisitKind.class));
        FieldError error = assertHasError(check.errors(), "kind", Check.UNKNOWN_VALUE);
        assertArrayEquals(new Object[] {"<img src=x>"}, error.args());
    }

    @Test
    public void numbersOutOfRange() {
        String count = "supports[0].frequency.count";
        assertHasError(new Check().inRange(count, 0, 1, 7).errors(), count, Check.OUT_OF_RANGE);
        assertEquals(List.of(), new Check().inRange(count, 7, 1, 7).errors());
    }

    @Test
    public void nestedErrorsArePrefixedAndAbsentValuesSkipped() {
        DateRange backwards = new DateRange(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1));
        List<FieldError> errors = new Check()
                .nested("period.", backwards, DateRange::validate)
                .nested("other.", null, DateRange::validate)
                .each("ranges", List.of(backwards, backwards), DateRange::validate)
                .errors();
        assertEquals(List.of("period.end", "ranges[0].end", "ranges[1].end"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(errors.stream().allMatch(error -> error.messageKey().equals(Check.MUST_BE_AFTER)));
    }
}
