package jp.jobcoach.workbench.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.ContentPermissionSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.jobcoach.workbench.host.PagePermissions.Kind;

/**
 * Confluence's page-restriction store over the workbench's restriction table ({@link PagePermissions}), user
 * restrictions only: the workbench has no groups to restrict to, so a group entry is refused rather than dropped.
 * Like Confluence it checks no permissions: the caller checks SET_PERMISSIONS first.
 */
public final class WorkbenchContentPermissions implements ContentPermissionManager {
    private static final Map<String, Kind> KINDS = Map.of(ContentPermission.VIEW_PERMISSION, Kind.VIEW,
            ContentPermission.EDIT_PERMISSION, Kind.EDIT);

    private final PagePermissions permissions;

    public WorkbenchContentPermissions(PagePermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public void setContentPermissions(Map<String, Collection<ContentPermission>> permissionsByType, ContentEntityObject content) {
        permissionsByType.forEach((type, entries) -> {
            if (entries.stream().anyMatch(ContentPermission::isGroupPermission)) {
                throw new IllegalArgumentException("the workbench restricts pages to users only");
            }
            permissions.restrict(content.getId(), kind(type),
                    entries.stream().map(entry -> entry.getUserSubject().getName()).collect(Collectors.toSet()));
        });
    }

    @Override
    public List<ContentPermissionSet> getContentPermissionSets(ContentEntityObject content, String type) {
        Set<String> usernames = permissions.restrictions(content.getId(), kind(type));
        if (usernames.isEmpty()) {
            return List.of();
        }
        ContentPermissionSet set = new ContentPermissionSet(type, content);
        usernames.stream().sorted().map(DemoUsers::byName).flatMap(Optional::stream)
                .forEach(user -> set.addContentPermission(ContentPermission.createUserPermission(type, user)));
        return List.of(set);
    }

    private static Kind kind(String type) {
        Kind kind = KINDS.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("no restriction type " + type);
        }
        return kind;
    }
}
