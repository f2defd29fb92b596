package jp.jobcoach.workbench.host;

import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.db.WorkbenchSchema;

/** Spaces, pages (storage-format bodies with a version) and comments in the WB_* tables; also Confluence's PageManager. */
public final class PageStore implements PageManager {
    private static final String PAGE_COLUMNS = "ID, SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION, CREATOR, CREATED, MODIFIED";
    private static final String CHAIN_COLUMNS = Arrays.stream(PAGE_COLUMNS.split(", ")).map(column -> "P." + column)
            .collect(Collectors.joining(", "));
    /** Levels read above a page at most: a bound against a parent cycle in broken data. */
    private static final int MAX_DEPTH = 64;
    private final Database database;

    public PageStore(Database database) {
        this.database = database;
    }

    public void createSpace(String key, String name) {
        database.update("INSERT INTO WB_SPACE (SPACE_KEY, NAME) VALUES (?, ?)", key, name);
    }

    public Optional<Space> space(String key) {
        return database.queryOne("SELECT SPACE_KEY, NAME, HOME_PAGE_ID FROM WB_SPACE WHERE SPACE_KEY = ?", PageStore::space, key);
    }

    public List<Space> spaces() {
        return database.query("SELECT SPACE_KEY, NAME, HOME_PAGE_ID FROM WB_SPACE ORDER BY SPACE_KEY", PageStore::space);
    }

    public Optional<Long> homePageId(String spaceKey) {
        return database.queryOne("SELECT HOME_PAGE_ID FROM WB_SPACE WHERE SPACE_KEY = ? AND HOME_PAGE_ID IS NOT NULL",
                row -> row.getLong(1), spaceKey);
    }

    /** Creates a page; the first page of a space becomes its home page. */
    public long createPage(String spaceKey, Long parentId, String title, String body, String creator) {
        long id = WorkbenchSchema.nextId(database, "page");
        long now = System.currentTimeMillis();
        database.update("INSERT INTO WB_PAGE (" + PAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
                id, spaceKey, parentId, title, body, creator, now, now);
        database.update("UPDATE WB_SPACE SET HOME_PAGE_ID = ? WHERE SPACE_KEY = ? AND HOME_PAGE_ID IS NULL", id, spaceKey);
        return id;
    }

    /** Saves a new body only if nobody saved since {@code expectedVersion}; false means a conflict. */
    public boolean updateBody(long pageId, int expectedVersion, String title, String body) {
        return database.update("UPDATE WB_PAGE SET TITLE = ?, BODY = ?, VERSION = VERSION + 1, MODIFIED = ? WHERE ID = ? AND VERSION = ?",
                title, body, System.currentTimeMillis(), pageId, expectedVersion) == 1;
    }

    public Optional<StoredPage> stored(long id) {
        return database.queryOne("SELECT " + PAGE_COLUMNS + " FROM WB_PAGE WHERE ID = ?", PageStore::storedPage, id);
    }

    public List<StoredPage> pagesOf(String spaceKey) {
        return database.query("SELECT " + PAGE_COLUMNS + " FROM WB_PAGE WHERE SPACE_KEY = ? ORDER BY ID", PageStore::storedPage, spaceKey);
    }

    public Optional<Page> pageByTitle(String spaceKey, String title) {
        return pagesTitled(spaceKey, title).stream().findFirst();
    }

    /** The space's pages with exactly this title, oldest first (the workbench's other forms do not keep titles unique). */
    public List<Page> pagesTitled(String spaceKey, String title) {
        return database.query("SELECT ID FROM WB_PAGE WHERE SPACE_KEY = ? AND TITLE = ? ORDER BY ID", row -> row.getLong(1), spaceKey, title)
                .stream().map(this::getPage).toList();
    }

    /** Whether the space has a page of this title in any letter case, which Confluence counts as the same title. */
    public boolean titleTaken(String spaceKey, String title) {
        return database.queryOne("SELECT 1 FROM WB_PAGE WHERE SPACE_KEY = ? AND LOWER(TITLE) = LOWER(?)", row -> true, spaceKey, title)
                .isPresent();
    }

    /**
     * The page with its ancestors linked through getParent() (children are not loaded), each with its space: one
     * statement however deep the page (Confluence serves pages from its caches; a statement per level and another
     * per space, as this read before, made a page's cost a matter of its depth).
     */
    @Override
    public Page getPage(long id) {
        List<Page> selfFirst = database.query("WITH RECURSIVE CHAIN (ID, PARENT_ID, DEPTH) AS ("
                        + " SELECT ID, PARENT_ID, 0 FROM WB_PAGE WHERE ID = ?"
                        + " UNION ALL SELECT P.ID, P.PARENT_ID, C.DEPTH + 1 FROM WB_PAGE P JOIN CHAIN C ON P.ID = C.PARENT_ID"
                        + " WHERE C.DEPTH < " + MAX_DEPTH + ")"
                        + " SELECT " + CHAIN_COLUMNS + ", S.NAME FROM WB_PAGE P JOIN CHAIN C ON P.ID = C.ID"
                        + " LEFT JOIN WB_SPACE S ON S.SPACE_KEY = P.SPACE_KEY ORDER BY C.DEPTH",
                row -> {
                    StoredPage stored = storedPage(row);
                    Space space = new Space(stored.spaceKey());
                    if (row.getString(10) != null) {
                        space.setName(row.getString(10));
                    }
                    return toPage(stored, space);
                }, id);
        for (int level = 1; level < selfFirst.size(); level++) {
            selfFirst.get(level - 1).setParent(selfFirst.get(level));
        }
        return selfFirst.isEmpty() ? null : selfFirst.get(0);
    }

    private static Page toPage(StoredPage stored, Space space) {
        Page page = new Page();
        page.setId(stored.id());
        page.setTitle(stored.title());
        page.setBodyAsString(stored.body());
        page.setSpace(space);
        page.setCreator(stored.creator() == null ? null : DemoUsers.byName(stored.creator()).orElse(null));
        page.setCreationDate(new Date(stored.created()));
        page.setLastModificationDate(new Date(stored.modified()));
        return page;
    }

    public Comment addComment(Page page, WorkbenchUser author, String body) {
        return addComment(page, author, body, Instant.now());
    }

    /** A comment made at {@code at}: the demo's comments belong to the weeks of support they speak of. */
    public Comment addComment(Page page, WorkbenchUser author, String body, Instant at) {
        long id = WorkbenchSchema.nextId(database, "comment");
        long created = at.toEpochMilli();
        database.update("INSERT INTO WB_COMMENT (ID, PAGE_ID, AUTHOR, BODY, CREATED) VALUES (?, ?, ?, ?, ?)",
                id, page.getId(), author.username(), body, created);
        return comment(page, id, author.username(), body, created);
    }

    public List<Comment> comments(Page page) {
        return database.query("SELECT ID, AUTHOR, BODY, CREATED FROM WB_COMMENT WHERE PAGE_ID = ? ORDER BY ID",
                row -> comment(page, row.getLong(1), row.getString(2), row.getString(3), row.getLong(4)), page.getId());
    }

    private static Comment comment(Page page, long id, String author, String body, long created) {
        Comment comment = new Comment();
        comment.setId(id);
        comment.setContainer(page);
        comment.setBodyAsString(body);
        comment.setCreator(DemoUsers.byName(author).orElse(null));
        comment.setCreationDate(new Date(created));
        comment.setLastModificationDate(new Date(created));
        return comment;
    }

    private static Space space(ResultSet row) throws SQLException {
        Space space = new Space(row.getString(1));
        space.setName(row.getString(2));
        return space;
    }

    private static StoredPage storedPage(ResultSet row) throws SQLException {
        Long parent = row.getObject(3) == null ? null : row.getLong(3);
        return new StoredPage(row.getLong(1), row.getString(2), parent, row.getString(4),
                row.getString(5), row.getInt(6), row.getString(7), row.getLong(8), row.getLong(9));
    }

    /** A page row as stored, with its version for the edit conflict check. */
    public record StoredPage(long id, String spaceKey, Long parentId, String title, String body, int version,
                             String creator, long created, long modified) {
    }
}
