package jp.jobcoach.workspace.web.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.jobcoach.workspace.web.Csv;

/**
 * A CSV file as a download: UTF-8 with a BOM (so Excel in Japan reads it), the header in the user's language, and
 * the rows streamed as the service reads them, so a long history is never built in memory. The caller has already
 * asked the service to start the export (guard and audit) before building this, so a refusal stays a 403 or 404.
 */
final class CsvDownload {
    /** Writes the file's rows, each through {@code row}. */
    @FunctionalInterface
    interface Rows {
        void write(Consumer<List<String>> row);
    }

    private CsvDownload() {
    }

    static Response of(String fileName, List<String> header, Rows rows) {
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(Csv.BOM + Csv.line(header));
            rows.write(cells -> write(writer, Csv.line(cells)));
            writer.flush();
        };
        return Response.ok(csv, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the export's reader went away", e);
        }
    }
}
