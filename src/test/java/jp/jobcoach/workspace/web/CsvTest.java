package jp.jobcoach.workspace.web;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class CsvTest {
    @Test
    public void formulaLikeCellsGetAnApostropheFirst() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-2", Csv.cell("-2"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("a=b", Csv.cell("a=b"));
    }

    @Test
    public void quotesCommasAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"line\nbreak\"", Csv.cell("line\nbreak"));
        assertEquals("", Csv.cell(null));
        assertEquals(Csv.BOM + "x,'=1\r\n", new Csv().row(List.of("x", "=1")).toString());
    }
}
