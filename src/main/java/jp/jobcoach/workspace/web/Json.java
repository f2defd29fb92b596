package jp.jobcoach.workspace.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.ValidationException;

/**
 * JSON text in and out with the embedded Gson (docs/decisions.md #5). Days are ISO text, instants ISO
 * timestamps. Gson's default HTML-safe escaping stays on: {@code <} goes out as {@code \u003c}, which every
 * JSON reader turns back into the same character.
 */
public final class Json {
    /** Text the database cannot keep as typed (it would store "?" for each half of a broken pair). */
    public static final String UNPAIRED_SURROGATE = "jobcoach.validation.text.unpaired-surrogate";
    private static final TypeAdapter<Integer> WHOLE_NUMBER = wholeNumber().nullSafe();
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(LocalDate.class, isoText(LocalDate::parse).nullSafe())
            .registerTypeAdapter(Instant.class, isoText(Instant::parse).nullSafe())
            .registerTypeAdapter(int.class, WHOLE_NUMBER)
            .registerTypeAdapter(Integer.class, WHOLE_NUMBER)
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

    /**
     * @throws BadRequestBody      when the text is not a JSON object
     * @throws ValidationException when a text in it holds an unpaired surrogate (e.g. {@code "\ud800"}), which would
     *                             be stored silently changed: refused instead, so nothing is altered
     */
    private static JsonObject object(String body) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(body == null ? "" : body);
        } catch (JsonParseException | IllegalStateException e) {
            throw new BadRequestBody(e);
        }
        if (!parsed.isJsonObject()) {
            throw new BadRequestBody(null);
        }
        List<FieldError> broken = new ArrayList<>();
        findBrokenText(parsed, "", broken);
        ValidationException.throwIfAny(broken);
        return parsed.getAsJsonObject();
    }

    /** Field paths as the forms name them: inside the record's wrapper ({@code visit.observations} → {@code observations}). */
    private static void findBrokenText(JsonElement element, String path, List<FieldError> broken) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                String field = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (hasUnpairedSurrogate(member.getKey())) {
                    broken.add(new FieldError(withinRecord(path.isEmpty() ? "body" : path), UNPAIRED_SURROGATE));
                }
                findBrokenText(member.getValue(), field, broken);
            }
        } else if (element.isJsonArray()) {
            for (int i = 0; i < element.getAsJsonArray().size(); i++) {
                findBrokenText(element.getAsJsonArray().get(i), path + "[" + i + "]", broken);
            }
        } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()
                && hasUnpairedSurrogate(element.getAsString())) {
            broken.add(new FieldError(withinRecord(path), UNPAIRED_SURROGATE));
        }
    }

    private static String withinRecord(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A required part of the body is absent. */
    public static BadRequestBody missing(String member) {
        return new BadRequestBody(new IllegalArgumentException("missing " + member));
    }

    /**
     * Versions, counts and ids are whole numbers: {@code 1.5} is refused rather than read as 1 (Gson's own reading of
     * a parsed tree truncates).
     */
    private static TypeAdapter<Integer> wholeNumber() {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, Integer value) throws IOException {
                out.value(value);
            }

            @Override
            public Integer read(JsonReader in) throws IOException {
                String text = in.nextString();
                try {
                    return new BigDecimal(text).intValueExact();
                } catch (NumberFormatException | ArithmeticException notWhole) {
                    throw new JsonSyntaxException("not a whole number: " + text, notWhole);
                }
            }
        };
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
