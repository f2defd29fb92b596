package jp.jobcoach.workspace.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * JSON text in and out with the embedded Gson (docs/decisions.md #5). Days are ISO text, instants ISO
 * timestamps. Gson's default HTML-safe escaping stays on: {@code <} goes out as {@code \u003c}, which every
 * JSON reader turns back into the same character.
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(LocalDate.class, isoText(LocalDate::parse).nullSafe())
            .registerTypeAdapter(Instant.class, isoText(Instant::parse).nullSafe())
            .create();

    private Json() {
    }

    public static String write(Object value) {
        return GSON.toJson(value);
    }

    /**
     * The whole request body as its request type (a record of {@code web.rest.representation}); absent members
     * are null, absent numbers 0.
     *
     * @throws BadRequestBody when the text is not a JSON object of that shape
     */
    public static <R> R request(String body, Class<R> type) {
        JsonObject object = object(body);
        try {
            return GSON.fromJson(object, type);
        } catch (RuntimeException e) {
            throw new BadRequestBody(e);
        }
    }

    /**
     * The domain value of a part of the request the endpoint cannot do without. The domain's constructors refuse
     * what no form sends (a list left out, an action without its id); that is the body's fault, not the server's.
     *
     * @throws BadRequestBody when {@code part} is absent or the domain refuses it
     */
    public static <R, T> T required(String name, R part, Function<R, T> toDomain) {
        if (part == null) {
            throw missing(name);
        }
        try {
            return toDomain.apply(part);
        } catch (RuntimeException e) {
            throw new BadRequestBody(e);
        }
    }

    /** @throws BadRequestBody when the text is not a JSON object */
    private static JsonObject object(String body) {
        try {
            JsonElement parsed = JsonParser.parseString(body == null ? "" : body);
            if (!parsed.isJsonObject()) {
                throw new BadRequestBody(null);
            }
            return parsed.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new BadRequestBody(e);
        }
    }

    /** A required part of the body is absent. */
    public static BadRequestBody missing(String member) {
        return new BadRequestBody(new IllegalArgumentException("missing " + member));
    }

    private static <T> TypeAdapter<T> isoText(Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value.toString());
            }

            @Override
            public T read(JsonReader in) throws IOException {
                return parse.apply(in.nextString());
            }
        };
    }

    /** The request body is not the JSON the endpoint reads. */
    public static final class BadRequestBody extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequestBody(Throwable cause) {
            super("malformed request body", cause);
        }
    }
}
