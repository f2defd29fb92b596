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

    public static JsonElement tree(Object value) {
        return GSON.toJsonTree(value);
    }

    /** @throws BadRequestBody when the text is not a JSON object */
    public static JsonObject object(String body) {
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

    /** A member of a request object as {@code type}; absent members are null. @throws BadRequestBody when malformed */
    public static <T> T member(JsonObject body, String name, Class<T> type) {
        try {
            return GSON.fromJson(body.get(name), type);
        } catch (RuntimeException e) {
            throw new BadRequestBody(e);
        }
    }

    /** A member the endpoint cannot do without. @throws BadRequestBody when absent or malformed */
    public static <T> T required(JsonObject body, String name, Class<T> type) {
        T value = member(body, name, type);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** An int member, 0 when absent. @throws BadRequestBody when malformed */
    public static int intMember(JsonObject body, String name) {
        Integer value = member(body, name, Integer.class);
        return value == null ? 0 : value;
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
