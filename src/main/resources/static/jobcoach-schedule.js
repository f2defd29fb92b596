/*
 * Job Coach Workspace: the case calendar (jobcoach-schedule). Month navigation asks the server for the month rendered
 * as the macro renders it (GET .../calendar/html?month=: templates/jobcoach/schedule-month.vm) and inserts it as it
 * comes; the month grid is a WAI-ARIA grid (one day in the tab order; arrow keys, Home/End and Page Up/Down move;
 * Enter opens the day's items in the panel below, Escape goes back); the list view is the same month as a list. The
 * subscription panel makes, renews and revokes the viewer's feeds through the REST API; the address comes back once
 * and is shown in the field rendered for it. This file builds no markup of the server's: the day panel holds copies
 * of the day's own rendered items.
 */
(function () {
    'use strict';

    var HEADERS = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};

    function rest(element) {
        return element.closest('[data-jobcoach-rest]').getAttribute('data-jobcoach-rest');
    }

    function cells(box) {
        return Array.prototype.slice.call(box.querySelectorAll('.jobcoach-schedule-current td[role="gridcell"]'));
    }

    function focusCell(box, cell) {
        cells(box).forEach(function (other) {
            other.setAttribute('tabindex', other === cell ? '0' : '-1');
        });
        cell.focus();
    }

    function addDays(iso, days) {
        var parts = iso.split('-').map(Number);
        var date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] + days));
        return date.toISOString().slice(0, 10);
    }

    /** Loads {@code month} (YYYY-MM) and focuses {@code focusDate} in it if given. */
    async function showMonth(box, month, focusDate) {
        var status = box.querySelector('.jobcoach-schedule-status');
        status.textContent = '';
        try {
            var response = await fetch(rest(box) + box.getAttribute('data-path') + '/html?month=' + encodeURIComponent(month),
                {credentials: 'same-origin', headers: {'Accept': 'text/html', 'X-Atlassian-Token': 'no-check'}});
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            var template = document.createElement('template');
            template.innerHTML = await response.text();
            var rendered = template.content.querySelector('.jobcoach-schedule-month');
            if (!rendered) {
                throw new Error('no month');
            }
            var current = box.querySelector('.jobcoach-schedule-current');
            current.replaceChildren(rendered);
            closeDay(box, false);
            var target = focusDate && current.querySelector('td[data-date="' + focusDate + '"]');
            if (target) {
                focusCell(box, target);
            }
        } catch (failed) {
            status.textContent = box.getAttribute('data-msg-loading-failed') || '';
        }
    }

    function monthOf(box) {
        return box.querySelector('.jobcoach-schedule-month');
    }

    function move(box, cell, days) {
        var date = addDays(cell.getAttribute('data-date'), days);
        var target = box.querySelector('.jobcoach-schedule-current td[data-date="' + date + '"]');
        if (target) {
            focusCell(box, target);
        } else {
            showMonth(box, date.slice(0, 7), date);
        }
    }

    /** The day's items, copied from its cell into the panel, which takes the focus (its first link, if any). */
    function openDay(box, cell) {
        var panel = box.querySelector('.jobcoach-schedule-day-panel');
        var list = panel.querySelector('.jobcoach-schedule-day-items');
        var items = cell.querySelectorAll('.jobcoach-calendar-item');
        panel.querySelector('h5').textContent = cell.getAttribute('aria-label');
        list.replaceChildren();
        items.forEach(function (item) {
            list.appendChild(item.cloneNode(true));
        });
        panel.querySelector('.jobcoach-schedule-day-empty').hidden = items.length > 0;
        panel.setAttribute('data-date', cell.getAttribute('data-date'));
        panel.hidden = false;
        var link = list.querySelector('a');
        (link || panel).focus();
    }

    function closeDay(box, refocus) {
        var panel = box.querySelector('.jobcoach-schedule-day-panel');
        if (panel.hidden) {
            return;
        }
        panel.hidden = true;
        var cell = refocus && box.querySelector('.jobcoach-schedule-current td[data-date="' + panel.getAttribute('data-date') + '"]');
        if (cell) {
            focusCell(box, cell);
        }
    }

    function onGridKey(box, event) {
        var cell = event.target.closest && event.target.closest('td[role="gridcell"]');
        if (!cell || event.target !== cell) {
            return;
        }
        var weekday = cells(box).indexOf(cell) % 7;
        var moves = {ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: -weekday, End: 6 - weekday};
        if (moves[event.key] !== undefined) {
            event.preventDefault();
            move(box, cell, moves[event.key]);
        } else if (event.key === 'PageUp' || event.key === 'PageDown') {
            event.preventDefault();
            var month = monthOf(box);
            var date = cell.getAttribute('data-date');
            var target = (event.key === 'PageUp' ? month.getAttribute('data-previous') : month.getAttribute('data-next'));
            showMonth(box, target, target + '-' + ('0' + Math.min(Number(date.slice(8, 10)), 28)).slice(-2));
        } else if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            openDay(box, cell);
        }
    }

    function showView(box, view) {
        box.setAttribute('data-view', view);
        box.querySelector('.jobcoach-schedule-show-month').setAttribute('aria-pressed', String(view === 'month'));
        box.querySelector('.jobcoach-schedule-show-list').setAttribute('aria-pressed', String(view === 'list'));
        closeDay(box, false);
    }

    function setUpCalendar(box) {
        box.querySelector('.jobcoach-schedule-previous').addEventListener('click', function () {
            showMonth(box, monthOf(box).getAttribute('data-previous'));
        });
        box.querySelector('.jobcoach-schedule-next').addEventListener('click', function () {
            showMonth(box, monthOf(box).getAttribute('data-next'));
        });
        box.querySelector('.jobcoach-schedule-today').addEventListener('click', function () {
            showMonth(box, box.getAttribute('data-this-month'));
        });
        box.querySelector('.jobcoach-schedule-show-month').addEventListener('click', function () {
            showView(box, 'month');
        });
        box.querySelector('.jobcoach-schedule-show-list').addEventListener('click', function () {
            showView(box, 'list');
        });
        box.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && event.target.closest('.jobcoach-schedule-day-panel')) {
                closeDay(box, true);
                return;
            }
            onGridKey(box, event);
        });
        box.addEventListener('click', function (event) {
            var cell = event.target.closest('td[role="gridcell"]');
            if (cell && !event.target.closest('a')) {
                focusCell(box, cell);
            }
        });
    }

    // ---- subscriptions ------------------------------------------------------------------------------------------

    async function send(section, method, path, body) {
        var headers = Object.assign({}, HEADERS);
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        var response = await fetch(rest(section) + section.getAttribute('data-feeds-path') + path, {method: method,
            credentials: 'same-origin', headers: headers, body: body === undefined ? undefined : JSON.stringify(body)});
        var text = await response.text();
        return {ok: response.ok, status: response.status, json: text ? JSON.parse(text) : null};
    }

    function showAddress(section, issued) {
        var box = section.querySelector('.jobcoach-schedule-feed-issued');
        var field = box.querySelector('.jobcoach-feed-url');
        field.value = window.location.origin + issued.path;
        box.hidden = false;
        field.focus();
        field.select();
    }

    function message(section, answer) {
        var target = section.querySelector('.jobcoach-form-message');
        var errors = answer.json && answer.json.errors;
        target.textContent = errors && errors.length ? errors.map(function (error) { return error.message; }).join(' ')
            : (answer.json && answer.json.message) || String(answer.status);
    }

    /** Reloads the page's list of feeds as the server renders it: the page itself, so no markup is built here. */
    async function refreshList(section) {
        var response = await fetch(window.location.href, {credentials: 'same-origin'});
        if (!response.ok) {
            return;
        }
        var template = document.createElement('template');
        template.innerHTML = await response.text();
        var fresh = template.content.querySelector('.jobcoach-schedule-feed-list');
        var empty = template.content.querySelector('.jobcoach-schedule-no-feeds');
        if (fresh) {
            section.querySelector('.jobcoach-schedule-feed-list').replaceWith(fresh);
        }
        var none = section.querySelector('.jobcoach-schedule-no-feeds');
        if (none) {
            none.hidden = !empty;
        }
    }

    function setUpFeeds(section) {
        var form = section.querySelector('.jobcoach-schedule-feed-form');
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            var scope = form.querySelector('[name="scope"]').value;
            var names = form.querySelector('[name="names"]:checked');
            var body = {names: names ? names.value : 'INITIALS', label: form.querySelector('[name="label"]').value};
            if (scope === 'case') {
                body.caseId = Number(section.getAttribute('data-case-id'));
            }
            section.querySelector('.jobcoach-form-message').textContent = '';
            var answer = await send(section, 'POST', '', body);
            if (!answer.ok) {
                message(section, answer);
                return;
            }
            form.reset();
            showAddress(section, answer.json);
            await refreshList(section);
        });
        section.addEventListener('click', async function (event) {
            var button = event.target.closest('.jobcoach-feed-regenerate, .jobcoach-feed-revoke');
            if (!button) {
                return;
            }
            var row = button.closest('[data-feed-id]');
            var id = row.getAttribute('data-feed-id');
            var version = Number(row.getAttribute('data-version'));
            var revoke = button.classList.contains('jobcoach-feed-revoke');
            if (!window.confirm(section.getAttribute(revoke ? 'data-msg-revoke-confirm' : 'data-msg-regenerate-confirm'))) {
                return;
            }
            var answer = revoke ? await send(section, 'DELETE', '/' + encodeURIComponent(id) + '?version=' + version)
                : await send(section, 'POST', '/' + encodeURIComponent(id) + '/token', {version: version});
            if (!answer.ok) {
                message(section, answer);
            } else if (!revoke) {
                showAddress(section, answer.json);
            } else {
                section.querySelector('.jobcoach-schedule-feed-issued').hidden = true;
            }
            await refreshList(section);
        });
    }

    function start() {
        document.querySelectorAll('.jobcoach-schedule-box').forEach(setUpCalendar);
        document.querySelectorAll('.jobcoach-schedule-feeds').forEach(setUpFeeds);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
