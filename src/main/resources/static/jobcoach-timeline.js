/*
 * Job Coach Workspace: the timeline's filter, its "more" button and taking one's own comment off it. Loaded beside
 * jobcoach.js. Further entries come from the server rendered as the macro renders its first page
 * (GET .../timeline/html: templates/jobcoach/timeline-entry.vm), and this file inserts them as they come: it
 * builds no entry itself. The texts it shows are the macro's (data- attributes rendered from the bundles).
 */
(function () {
    'use strict';

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

    /** The list of entries the server rendered (templates/jobcoach/timeline-entries.vm); nothing in it runs. */
    function renderedList(html) {
        var template = document.createElement('template');
        template.innerHTML = html;
        var list = template.content.querySelector('.jobcoach-timeline-list');
        if (!list) {
            throw new Error('no list of entries');
        }
        return list;
    }

    /** The entries after {@code cursor} (none: the first page of the filter), appended as the server rendered them. */
    async function load(box, cursor) {
        var frame = box.closest('[data-jobcoach-rest]');
        var status = box.querySelector('.jobcoach-timeline-status');
        var more = box.querySelector('.jobcoach-timeline-more');
        status.textContent = '';
        try {
            var response = await fetch(timelineUrl(box, '/html?' + query(box, cursor)),
                {credentials: 'same-origin', headers: {'Accept': 'text/html'}});
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            var rendered = renderedList(await response.text());
            var list = box.querySelector('.jobcoach-timeline-list');
            if (!cursor) {
                list.textContent = '';
            }
            while (rendered.firstElementChild) {
                list.appendChild(rendered.firstElementChild);
            }
            box.querySelector('.jobcoach-timeline-empty').hidden = list.children.length > 0;
            var next = rendered.getAttribute('data-next') || '';
            more.hidden = !next;
            more.setAttribute('data-cursor', next);
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
