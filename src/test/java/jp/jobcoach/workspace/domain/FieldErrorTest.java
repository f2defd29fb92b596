package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import org.junit.Test;

public class FieldErrorTest {

    @Test
    public void messageArgumentsStartWithTheTranslatedFieldLabel() {
        FieldError error = new FieldError("phase", PhaseChange.NOT_ADJACENT, CasePhase.INTAKE, CasePhase.SUPPORT);
        Object[] args = error.messageArgs(DomainBundles.JAPANESE::getProperty);
        assertArrayEquals(new Object[] {"段階", "相談受付", "支援中"}, args);
        String message = MessageFormat.format(DomainBundles.JAPANESE.getProperty(error.messageKey()), args);
        assertEquals("「段階」：相談受付から支援中へは移れません。段階は一つずつ進め（戻す場合も一つずつ）、終了したケースは戻せません。",
                message);
    }

    @Test
    public void userDataArgumentsAreLeftForTheViewToEscape() {
        FieldError error = new FieldError("kind", Check.UNKNOWN_VALUE, "<b>");
        assertEquals("<b>", error.messageArgs(DomainBundles.ENGLISH::getProperty)[1]);
    }

    @Test
    public void comparesByContent() {
        assertEquals(new FieldError("count", Check.OUT_OF_RANGE, 1, 7), new FieldError("count", Check.OUT_OF_RANGE, 1, 7));
        assertEquals(new FieldError("count", Check.OUT_OF_RANGE, 1, 7).hashCode(),
                new FieldError("count", Check.OUT_OF_RANGE, 1, 7).hashCode());
    }

    @Test
    public void argumentsCannotBeChangedFromOutside() {
        Serializable[] args = {1};
        FieldError error = new FieldError("count", Check.OUT_OF_RANGE, args);
        args[0] = 2;
        assertEquals(1, error.args()[0]);
        assertNotSame(error.args(), error.args());
    }

    @Test
    public void nestsUnderAPrefixWithTheSiblingFieldsItNames() {
        assertEquals(new FieldError("supports[1].period.end", Check.MUST_BE_AFTER, new FieldLabel("supports[1].period.start")),
                new FieldError("period.end", Check.MUST_BE_AFTER, new FieldLabel("period.start")).under("supports[1]."));
    }

    @Test
    public void isSerializableForClusterCaches() throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(new FieldError("date", Check.NOT_BEFORE, new FieldLabel("leaveStart"), LocalDate.now()));
        }
    }
}
