package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class ValidationExceptionTest {

    @Test
    public void carriesEveryError() {
        List<FieldError> errors = List.of(new FieldError("title", Check.REQUIRED), new FieldError("date", Check.REQUIRED));
        assertEquals(errors, new ValidationException(errors).errors());
    }

    @Test
    public void throwIfAnyIsQuietWhenThereIsNothingWrong() {
        ValidationException.throwIfAny(List.of());
    }

    @Test(expected = ValidationException.class)
    public void throwIfAnyThrowsOnErrors() {
        ValidationException.throwIfAny(List.of(new FieldError("title", Check.REQUIRED)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aRefusalWithoutAReasonIsABug() {
        new ValidationException(List.of());
    }
}
