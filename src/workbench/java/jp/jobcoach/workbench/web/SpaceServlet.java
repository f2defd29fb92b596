package jp.jobcoach.workbench.web;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** "/" goes to the first space; /spaces/KEY is the space home with its page tree, opened at the home page. */
final class SpaceServlet extends HttpServlet {
    private final Site site;

    SpaceServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.startsWith("/spaces/")) {
            List<Space> spaces = site.pages().spaces();
            if (spaces.isEmpty()) {
                Layout.message(response, site, 200, "No spaces / スペースがありません", "Start with a new data folder to get the demo space.");
                return;
            }
            response.sendRedirect("/spaces/" + Html.url(spaces.get(0).getKey()));
            return;
        }
        String key = path.substring("/spaces/".length());
        Space space = site.pages().space(key).orElse(null);
        if (space == null) {
            Layout.message(response, site, 404, "Not found / 見つかりません", "No space " + key);
            return;
        }
        Optional<Long> homePage = site.pages().homePageId(key);
        // opened at the home page, as Confluence's space overview is the home page
        String tree = PageTree.html(site, AuthenticatedUserThreadLocal.get(), key, homePage.orElse(-1L));
        String fromTemplate = site.blueprints().blueprints().isEmpty() ? "" : homePage
                .map(home -> "<div class=\"wb-actions\"><a class=\"aui-button wb-from-template\" href=\"/pages/" + home
                        + "/template\">Create from template / テンプレートから作成</a></div>").orElse("");
        Layout.write(response, site, space.getName(), "", "<h1>" + Html.escape(space.getName()) + "</h1>" + fromTemplate + tree);
    }
}
