/*
 * Job Coach Workspace: the interview form's body and the timeline's filters and paging. Loaded beside
 * jobcoach.js, which sends the forms; this file only reshapes the interview body before it is sent (through the
 * 'jobcoach:body' event) and fetches further timeline pages. Every text it shows is either from the server's
 * JSON (set as text, never as markup) or from labels the macro rendered from the bundles.
 */
(function () {
    'use strict';

    /** {"0": {...}, "1": {...}} as made from numbered input names, as an array in that order. */
    function toArray(group) {
        if (!group) {
            return [];
        }
        return Object.keys(group).sort(function (a, b) { return a - b; }).map(function (key) { return group[key]; });
    }

    function filled(action) {
        return Boolean(action.what || action.dueDate || (action.owner && action.owner.userKey));
    }

    /**
     * The interview as the REST API reads it: arrays of participants and actions, unfilled rows left out, ratings
     * as numbers. New actions get a placeholder id that the server replaces with its own.
     */
    function shapeInterview(interview) {
        interview.participants = toArray(interview.participants).filter(function (p) { return p.role; });
        interview.carriedActions = toArray(interview.carriedActions).map(function (action) {
            action.history = [];
            return action;
        });
        interview.newActions = toArray(interview.newActions).filter(filled).map(function (action, index) {
            action.id = action.id || 'new-' + index;
            action.status = action.status || 'OPEN';
            action.history = [];
            return action;
        });
        var ratings = interview.ratings && interview.ratings.ratings;
        Object.keys(ratings || {}).forEach(function (item) {
            ratings[item] = parseInt(ratings[item], 10);
        });
    }

    // capture phase: jobcoach.js dispatches the event on the form without bubbling
    document.addEventListener('jobcoach:body', function (event) {
        if (event.detail && event.detail.interview) {
            shapeInterview(event.detail.interview);
        }
    }, true);

    /* ---- timeline ---- */

    /** Mirrors Html.href: only http(s), mailto and relative links; anything else goes nowhere. */
    function safeHref(url) {
        var lower = (url || '').trim().toLowerCase();
        var colon = lower.indexOf(':');
        var slash = lower.indexOf('/');
        var scheme = colon >= 0 && (slash < 0 || colon < slash);
        return !lower || (scheme && !/^(https?|mailto):/.test(lower)) ? '#' : url.trim();
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function isolated(text) {
        return element('bdi', null, text || '');
    }

    function labelOf(box, value) {
        var input = box.querySelector('.jobcoach-timeline-filter input[value="' + value + '"]');
        var label = input && box.querySelector('label[for="' + input.id + '"]');
        return label ? label.textContent : (value || '');
    }

    /** Visits, interviews and plan changes come with a code; the macro rendered their translated titles. */
    function titleOf(box, entry) {
        var key = entry.kind === 'PLAN_CHANGE' ? 'PLAN_CHANGE' : entry.kind + ':' + entry.title;
        var item = Array.prototype.filter.call(box.querySelectorAll('.jobcoach-timeline-titles li'), function (li) {
            return li.getAttribute('data-key') === key;
        })[0];
        return item ? item.textContent.replace('{0}', entry.title) : (entry.title || '');
    }

    /** Day-dated records stand at midnight UTC of their day, so they show as that day; comments show their time. */
    function when(entry) {
        if (entry.kind !== 'COMMENT') {
            return entry.at.substring(0, 10);
        }
        var at = new Date(entry.at);
        function two(n) { return (n < 10 ? '0' : '') + n; }
        return at.getFullYear() + '-' + two(at.getMonth() + 1) + '-' + two(at.getDate()) + ' '
            + two(at.getHours()) + ':' + two(at.getMinutes());
    }

    /** The same markup as an entry of templates/jobcoach/timeline.vm on the server. */
    function entryNode(box, entry) {
        var item = element('li', 'jobcoach-timeline-entry');
        item.setAttribute('data-kind', entry.kind);
        var head = element('p', 'jobcoach-timeline-head');
        head.appendChild(element('span', 'jobcoach-timeline-when', when(entry)));
        head.appendChild(document.createTextNode(' '));
        head.appendChild(element('span', 'aui-lozenge jobcoach-lozenge jobcoach-lozenge-default', labelOf(box, entry.kind)));
        head.appendChild(document.createTextNode(' '));
        var link = element('a');
        link.href = safeHref(entry.link);
        link.appendChild(isolated(titleOf(box, entry)));
        head.appendChild(link);
        if (entry.authorKey) {
            var by = element('span', 'jobcoach-timeline-author');
            by.appendChild(document.createTextNode(' — '));
            by.appendChild(isolated(entry.authorName || entry.authorKey));
            if (entry.authorRole) {
                by.appendChild(document.createTextNode(' (' + labelOf(box, entry.authorRole) + ')'));
            }
            head.appendChild(by);
        }
        item.appendChild(head);
        if (entry.excerpt) {
            var excerpt = element('p', 'jobcoach-timeline-excerpt');
            excerpt.appendChild(isolated(entry.excerpt));
            item.appendChild(excerpt);
        }
        if (entry.removable) {
            var remove = element('button', 'aui-button aui-button-link jobcoach-timeline-remove', box.getAttribute('data-msg-remove'));
            remove.type = 'button';
            remove.setAttribute('data-comment', String(entry.sourceId));
            item.appendChild(remove);
        }
        return item;
    }

    /** Takes the viewer's own comment off the timeline after asking; 404 means it is gone already. */
    async function removeComment(box, button) {
        if (!window.confirm(box.getAttribute('data-msg-remove-confirm'))) {
            return;
        }
        var frame = box.closest('[data-jobcoach-rest]');
        var status = box.querySelector('.jobcoach-timeline-status');
        status.textContent = '';
        button.disabled = true;
        try {
            var comment = '/comments/' + encodeURIComponent(button.getAttribute('data-comment'));
            var response = await fetch(timelineUrl(box, comment), {method: 'DELETE', credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}});
            if (!response.ok && response.status !== 404) {
                throw new Error(String(response.status));
            }
            var list = box.querySelector('.jobcoach-timeline-list');
            button.closest('.jobcoach-timeline-entry').remove();
            box.querySelector('.jobcoach-timeline-empty').hidden = list.children.length > 0;
        } catch (failed) {
            status.textContent = frame.getAttribute('data-msg-failed') || '';
            button.disabled = false;
        }
    }

    function query(box, cursor) {
        var parts = ['size=' + encodeURIComponent(box.getAttribute('data-page-size'))];
        box.querySelectorAll('.jobcoach-timeline-filter input:checked').forEach(function (input) {
            parts.push(encodeURIComponent(input.name) + '=' + encodeURIComponent(input.value));
        });
        if (cursor) {
            parts.push('cursor=' + encodeURIComponent(cursor));
        }
        return parts.join('&');
    }

    /** The case's timeline in the REST API, followed by {@code rest}. */
    function timelineUrl(box, rest) {
        return box.closest('[data-jobcoach-rest]').getAttribute('data-jobcoach-rest') + box.getAttribute('data-path') + rest;
    }

    async function load(box, cursor) {
        var frame = box.closest('[data-jobcoach-rest]');
        var status = box.querySelector('.jobcoach-timeline-status');
        var more = box.querySelector('.jobcoach-timeline-more');
        status.textContent = '';
        try {
            var response = await fetch(timelineUrl(box, '?' + query(box, cursor)),
                {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            var page = await response.json();
            var list = box.querySelector('.jobcoach-timeline-list');
            if (!cursor) {
                list.textContent = '';
            }
            page.entries.forEach(function (entry) { list.appendChild(entryNode(box, entry)); });
            box.querySelector('.jobcoach-timeline-empty').hidden = list.children.length > 0;
            more.hidden = !page.next;
            more.setAttribute('data-cursor', page.next || '');
        } catch (failed) {
            status.textContent = frame.getAttribute('data-msg-failed') || '';
        }
    }

    document.addEventListener('submit', function (event) {
        var box = event.target.closest && event.target.closest('.jobcoach-timeline-box');
        if (box && event.target.classList.contains('jobcoach-timeline-filter')) {
            event.preventDefault();
            load(box, null);
        }
    });

    document.addEventListener('click', function (event) {
        var more = event.target.closest && event.target.closest('.jobcoach-timeline-more');
        if (more) {
            load(more.closest('.jobcoach-timeline-box'), more.getAttribute('data-cursor'));
        }
        var remove = event.target.closest && event.target.closest('.jobcoach-timeline-remove');
        if (remove) {
            removeComment(remove.closest('.jobcoach-timeline-box'), remove);
        }
    });
})();
