package jp.jobcoach.workbench.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.user.User;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.PageStore;

/**
 * The part of Confluence's REST API {@code /rest/api/content} that the plugin's browser script uses to make a
 * case's pages: GET finds the pages of a space with a title (those the user may view), POST creates a page
 * with a storage-format body as the signed-in user; {@code GET /{id}} reads a page with its version and body and
 * {@code PUT /{id}} writes its next version (the start form's new title for the home page). Answers and errors have Confluence's JSON shape; ids are
 * strings as in Confluence. Titles are unique per space regardless of letter case, as Confluence keeps them.
 */
final class ContentApiServlet extends HttpServlet {
    static final String PATH = "/rest/api/content";
    private static final int MAX_TITLE_LENGTH = 255;
    private static final int PAGE_LIMIT = 25;
    /** One process makes one page at a time, so two requests cannot both find a title free. */
    private static final Object CREATING = new Object();
    private final Site site;

    ContentApiServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            try {
                write(response, 200, withVersionAndBody(visiblePage(request)));
            } catch (Refused refused) {
                error(response, refused);
            }
            return;
        }
        String spaceKey = request.getParameter("spaceKey");
        String title = request.getParameter("title");
        if (isBlank(spaceKey) || isBlank(title)) {
            error(response, new Refused(400, "The workbench answers GET /rest/api/content only with spaceKey and title"));
            return;
        }
        String type = request.getParameter("type");
        List<Page> found = type == null || type.equals("page") ? visiblePagesTitled(spaceKey, title) : List.of();
        JsonArray results = new JsonArray();
        found.forEach(page -> results.add(content(page)));
        JsonObject answer = new JsonObject();
        answer.add("results", results);
        answer.addProperty("start", 0);
        answer.addProperty("limit", PAGE_LIMIT);
        answer.addProperty("size", found.size());
        write(response, 200, answer);
    }

    private List<Page> visiblePagesTitled(String spaceKey, String title) {
        User user = AuthenticatedUserThreadLocal.get();
        return site.pages().pagesTitled(spaceKey, title).stream().filter(page -> site.permissions().mayView(user, page)).toList();
    }

    /**
     * {@code PUT /rest/api/content/{id}}: a new title and body for the page, as its next version. Like Confluence it
     * wants the version number it makes (the current one plus one; else 409) and a title no other page of the space
     * has (else 400); the user must be allowed to edit the page.
     */
    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Page page = visiblePage(request);
            PageUpdate update = PageUpdate.from(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            if (!site.permissions().hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, page)) {
                throw new Refused(403, "Not permitted to edit page " + page.getId());
            }
            int current = site.pages().stored(page.getId()).orElseThrow().version();
            synchronized (CREATING) {
                if (!update.title().equalsIgnoreCase(page.getTitle()) && site.pages().titleTaken(page.getSpaceKey(), update.title())) {
                    throw new Refused(400, "A page with this title already exists: A page already exists with the title "
                            + update.title() + " in the space with key " + page.getSpaceKey());
                }
                if (update.version() != current + 1 || !site.pages().updateBody(page.getId(), current, update.title(), update.storage())) {
                    throw new Refused(409, "Version must be incremented on update. Current version is: " + current);
                }
            }
            write(response, 200, withVersionAndBody(site.pages().getPage(page.getId())));
        } catch (Refused refused) {
            error(response, refused);
        }
    }

    /** The page of {@code /rest/api/content/{id}}, if the user may view it; Confluence answers 404 otherwise. */
    private Page visiblePage(HttpServletRequest request) {
        String id = request.getPathInfo().substring(1);
        Page page = id.matches("\\d{1,18}")
                ? site.permissions().pageIfVisible(AuthenticatedUserThreadLocal.get(), Long.parseLong(id)) : null;
        if (page == null) {
            throw new Refused(404, "No content found with id: " + id);
        }
        return page;
    }

    /** The page as {@code ?expand=body.storage,version} gives it. */
    private JsonObject withVersionAndBody(Page page) {
        PageStore.StoredPage stored = site.pages().stored(page.getId()).orElseThrow();
        JsonObject content = content(page);
        JsonObject version = new JsonObject();
        version.addProperty("number", stored.version());
        content.add("version", version);
        JsonObject storage = new JsonObject();
        storage.addProperty("value", stored.body());
        storage.addProperty("representation", "storage");
        JsonObject body = new JsonObject();
        body.add("storage", storage);
        content.add("body", body);
        return content;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = String.valueOf(request.getContentType());
        if (!type.startsWith("application/json")) {
            error(response, new Refused(415, "Unsupported media type " + type + "; send application/json"));
            return;
        }
        try {
            Page created = create(NewPage.from(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
            JsonObject answer = content(created);
            answer.add("ancestors", ancestors(created));
            write(response, 200, answer);
        } catch (Refused refused) {
            error(response, refused);
        }
    }

    private Page create(NewPage wanted) {
        User user = AuthenticatedUserThreadLocal.get();
        Space space = site.pages().space(wanted.spaceKey())
                .orElseThrow(() -> new Refused(404, "No space with key : " + wanted.spaceKey()));
        Page parent = wanted.parentId() == null ? null : parentFor(user, wanted);
        if (!site.permissions().hasPermission(user, Permission.EDIT, parent == null ? space : parent)) {
            throw new Refused(403, "Not permitted to add a page " + (parent == null ? "at the top of space " + space.getKey()
                    : "under page " + parent.getId()));
        }
        synchronized (CREATING) {
            if (site.pages().titleTaken(space.getKey(), wanted.title())) {
                throw new Refused(400, "A page with this title already exists: A page already exists with the title "
                        + wanted.title() + " in the space with key " + space.getKey());
            }
            long id = site.pages().createPage(space.getKey(), parent == null ? null : parent.getId(), wanted.title(),
                    wanted.storage(), user.getName());
            return site.pages().getPage(id);
        }
    }

    /** The parent page, if the user may view it and it is in the space the page goes to. */
    private Page parentFor(User user, NewPage wanted) {
        Page parent = site.permissions().pageIfVisible(user, wanted.parentId());
        if (parent == null) {
            throw new Refused(404, "No content found with id: " + wanted.parentId());
        }
        if (!parent.getSpaceKey().equals(wanted.spaceKey())) {
            throw new Refused(400, "The parent page " + parent.getId() + " is not in space " + wanted.spaceKey());
        }
        return parent;
    }

    private static JsonObject content(Page page) {
        JsonObject space = new JsonObject();
        space.addProperty("key", page.getSpaceKey());
        JsonObject links = new JsonObject();
        links.addProperty("webui", "/pages/viewpage.action?pageId=" + page.getId());
        JsonObject content = new JsonObject();
        content.addProperty("id", String.valueOf(page.getId()));
        content.addProperty("type", "page");
        content.addProperty("status", "current");
        content.addProperty("title", page.getTitle());
        content.add("space", space);
        content.add("_links", links);
        return content;
    }

    /** From the top of the tree down to the parent, as Confluence lists them. */
    private static JsonArray ancestors(Page page) {
        Deque<JsonObject> chain = new ArrayDeque<>();
        for (Page level = page.getParent(); level != null; level = level.getParent()) {
            JsonObject ancestor = new JsonObject();
            ancestor.addProperty("id", String.valueOf(level.getId()));
            chain.addFirst(ancestor);
        }
        JsonArray ancestors = new JsonArray();
        chain.forEach(ancestors::add);
        return ancestors;
    }

    private static void error(HttpServletResponse response, Refused refused) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("statusCode", refused.status);
        body.addProperty("message", refused.getMessage());
        write(response, refused.status, body);
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body.toString());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A request Confluence would refuse, with the status and message it answers. */
    private static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** The members of an update request the workbench uses: the new title, body and version number. */
    private record PageUpdate(String title, String storage, int version) {
        static PageUpdate from(String text) {
            JsonObject json = NewPage.objectOrNull(NewPage.parse(text), "the body");
            if (json == null) {
                throw new Refused(400, "The body must be a JSON object");
            }
            JsonObject version = NewPage.objectOrNull(json.get("version"), "version");
            String number = version == null ? null : NewPage.text(version, "number");
            if (number == null || !number.matches("\\d{1,9}")) {
                throw new Refused(400, "An update needs the version it makes: version.number");
            }
            return new PageUpdate(NewPage.title(json), NewPage.storage(json), Integer.parseInt(number));
        }
    }

    /** The members of a create request the workbench uses, checked as Confluence checks them. */
    private record NewPage(String title, String spaceKey, Long parentId, String storage) {
        /** Strict like Confluence's own JSON reader: no unquoted names, comments or trailing text. */
        private static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();

        static NewPage from(String text) {
            JsonObject json = objectOrNull(parse(text), "the body");
            if (json == null) {
                throw badRequest("The body must be a JSON object");
            }
            String type = text(json, "type");
            if (!"page".equals(type)) {
                throw badRequest("Unsupported content type: " + type + " (the workbench creates pages only)");
            }
            return new NewPage(title(json), spaceKey(json), parentId(json), storage(json));
        }

        private static JsonElement parse(String text) {
            try {
                return STRICT.fromJson(text, JsonElement.class);
            } catch (JsonParseException e) {
                throw badRequest("Malformed JSON: " + e.getMessage());
            }
        }

        private static String title(JsonObject json) {
            String title = text(json, "title");
            if (isBlank(title)) {
                throw badRequest("A page needs a title");
            }
            if (title.length() > MAX_TITLE_LENGTH) {
                throw badRequest("Title cannot be longer than " + MAX_TITLE_LENGTH + " characters");
            }
            return title;
        }

        private static String spaceKey(JsonObject json) {
            JsonObject space = objectOrNull(json.get("space"), "space");
            String key = space == null ? null : text(space, "key");
            if (isBlank(key)) {
                throw badRequest("A page needs a space key: space.key");
            }
            return key;
        }

        /** The first ancestor's id, a number or a string of digits; null for a page at the top of the space. */
        private static Long parentId(JsonObject json) {
            JsonElement ancestors = json.get("ancestors");
            if (ancestors == null || ancestors.isJsonNull()) {
                return null;
            }
            if (!ancestors.isJsonArray()) {
                throw badRequest("ancestors must be an array");
            }
            if (ancestors.getAsJsonArray().isEmpty()) {
                return null;
            }
            JsonObject first = objectOrNull(ancestors.getAsJsonArray().get(0), "ancestors[0]");
            String id = first == null ? null : text(first, "id");
            if (id == null || !id.matches("\\d{1,18}")) {
                throw badRequest("ancestors[0].id is not a content id: " + id);
            }
            return Long.parseLong(id);
        }

        private static String storage(JsonObject json) {
            JsonObject body = objectOrNull(json.get("body"), "body");
            JsonObject storage = body == null ? null : objectOrNull(body.get("storage"), "body.storage");
            if (storage == null) {
                throw badRequest("A page needs a body: body.storage");
            }
            if (!"storage".equals(text(storage, "representation"))) {
                throw badRequest("Unsupported representation: " + text(storage, "representation") + " (only storage)");
            }
            String value = text(storage, "value");
            if (value == null) {
                throw badRequest("A page needs a body: body.storage.value");
            }
            return value;
        }

        private static JsonObject objectOrNull(JsonElement element, String name) {
            if (element == null || element.isJsonNull()) {
                return null;
            }
            if (!element.isJsonObject()) {
                throw badRequest(name + " must be a JSON object");
            }
            return element.getAsJsonObject();
        }

        /** A string or number member as text; null when absent. */
        private static String text(JsonObject json, String name) {
            JsonElement member = json.get(name);
            if (member == null || member.isJsonNull()) {
                return null;
            }
            if (!member.isJsonPrimitive() || member.getAsJsonPrimitive().isBoolean()) {
                throw badRequest(name + " must be a string");
            }
            return member.getAsString();
        }

        private static Refused badRequest(String message) {
            return new Refused(400, message);
        }
    }
}
