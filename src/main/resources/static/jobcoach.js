/*
 * Job Coach Workspace: sends the macros' forms to the REST API as JSON and suggests people for the team form.
 * Plain ES2017, no framework, so it runs the same in Confluence (with AUI) and in the workbench (without). Every text it shows comes from data-msg-*
 * attributes that the macro rendered from the plugin's bundles; messages from the server are shown as text,
 * never as markup.
 */
(function () {
    'use strict';

    /** Dotted path segments; "-1" means the last element of an array (the current plan revision). */
    function segments(path) {
        return path ? path.split('.') : [];
    }

    function getPath(object, path) {
        return segments(path).reduce(function (value, segment) {
            if (value === null || value === undefined) {
                return undefined;
            }
            if (Array.isArray(value) && segment === '-1') {
                return value[value.length - 1];
            }
            return value[segment];
        }, object);
    }

    function setPath(object, path, value) {
        var parts = segments(path);
        var target = object;
        parts.slice(0, -1).forEach(function (part, index) {
            if (typeof target[part] !== 'object' || target[part] === null) {
                target[part] = /^[0-9]+$/.test(parts[index + 1]) ? [] : {};
            }
            target = target[part];
        });
        target[parts[parts.length - 1]] = value;
    }

    /** A blank input is left out of the body: the server reads it as "not given". */
    function valueOf(control) {
        var type = control.getAttribute('data-type');
        if (type === 'int') {
            // a blank number is "not given", so the server names the field rather than failing on NaN
            return control.value.trim() === '' ? undefined : parseInt(control.value, 10);
        }
        if (type === 'list') {
            return control.value.split(',').map(function (item) { return item.trim(); })
                .filter(function (item) { return item.length > 0; });
        }
        return control.value === '' ? undefined : control.value;
    }

    /**
     * Items (data-jobcoach-item) are elements of an array; those not sent (unchecked, or left blank) get no index,
     * the others are numbered in order, and the "#" in their names and error fields becomes that number, so that
     * the server's error on "supports[1].period.end" lands beside the right input.
     */
    function numberItems(form) {
        var counters = {};
        form.querySelectorAll('[data-jobcoach-item]').forEach(function (item) {
            var controls = Array.prototype.slice.call(item.querySelectorAll('input[name], textarea[name], select[name]'));
            var include = item.querySelector('input[data-include]');
            var sent = include ? include.checked : controls.some(function (control) {
                return control.type !== 'hidden' && control.value.trim() !== '';
            });
            var array = item.getAttribute('data-jobcoach-item');
            var index = sent ? (counters[array] = (counters[array] || 0) + 1) - 1 : -1;
            item.setAttribute('data-index', String(index));
            controls.forEach(function (control) {
                control.setAttribute('data-name', control.getAttribute('data-name') || control.name);
                control.name = control.getAttribute('data-name').replace('#', String(index));
            });
            item.querySelectorAll('[data-field]').forEach(function (field) {
                field.setAttribute('data-field-template', field.getAttribute('data-field-template') || field.getAttribute('data-field'));
                field.setAttribute('data-field', field.getAttribute('data-field-template').replace('#', String(index)));
            });
        });
    }

    function skipped(control) {
        var item = control.closest('[data-jobcoach-item]');
        return item !== null && item.getAttribute('data-index') === '-1';
    }

    function collect(form) {
        var body = {};
        numberItems(form);
        form.querySelectorAll('input[name], textarea[name], select[name]').forEach(function (control) {
            // a disabled input is not part of the record, as in a form the browser sends
            if (skipped(control) || control.disabled) {
                return;
            }
            if (control.getAttribute('data-type') === 'each') {
                // checkboxes of one name make one array, empty when none is checked
                var list = getPath(body, control.name) || [];
                setPath(body, control.name, control.checked ? list.concat([control.value]) : list);
                return;
            }
            var value = valueOf(control);
            if (value !== undefined) {
                setPath(body, control.name, value);
            }
        });
        // "name[]" keeps an empty array (no steps yet), a plain name an empty object
        (form.getAttribute('data-keep') || '').split(',').filter(Boolean).forEach(function (kept) {
            var array = kept.slice(-2) === '[]';
            var path = array ? kept.slice(0, -2) : kept;
            if (getPath(body, path) === undefined) {
                setPath(body, path, array ? [] : {});
            }
        });
        return body;
    }

    /** The form's own text for this message if it has one (e.g. a conflict on delete), else the frame's. */
    function message(frame, name, form) {
        var own = form && form.getAttribute('data-msg-' + name);
        return own || frame.getAttribute('data-msg-' + name) || '';
    }

    function showStatus(form, text, kind) {
        var box = form.querySelector('.jobcoach-form-message');
        box.className = 'jobcoach-form-message' + (kind ? ' aui-message aui-message-' + kind + ' jobcoach-message' : '');
        box.textContent = '';
        text.split('\n').filter(Boolean).forEach(function (line) {
            var paragraph = document.createElement('p');
            paragraph.textContent = line;
            box.appendChild(paragraph);
        });
    }

    function fields(form) {
        return Array.prototype.slice.call(form.querySelectorAll('.jobcoach-field'));
    }

    function controlOf(field) {
        return field.querySelector('input, textarea, select');
    }

    function clearMarks(form) {
        fields(form).forEach(function (field) {
            field.querySelector('.jobcoach-field-error').textContent = '';
            var server = field.querySelector('.jobcoach-server-value');
            server.textContent = '';
            server.hidden = true;
            controlOf(field).removeAttribute('aria-invalid');
        });
        form.querySelectorAll('.jobcoach-existing-record').forEach(function (button) {
            button.removeAttribute('data-open');
        });
    }

    /** Each translated error next to its field; errors on no field of this form go to the form's message. */
    function showErrors(form, frame, errors) {
        var unplaced = [];
        var first = null;
        errors.forEach(function (error) {
            var field = fields(form).filter(function (candidate) {
                return candidate.getAttribute('data-field') === error.field;
            })[0];
            if (!field) {
                unplaced.push(error.message);
                return;
            }
            var slot = field.querySelector('.jobcoach-field-error');
            slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + error.message;
            // the record the error is about (the draft already on that date): its button, rendered hidden, opens it here
            var existing = error.recordId !== undefined && error.recordId !== null && form.querySelector('.jobcoach-existing-record');
            if (existing) {
                existing.setAttribute('data-open', existing.getAttribute('data-open-base') + '/' + error.recordId);
            }
            controlOf(field).setAttribute('aria-invalid', 'true');
            first = first || controlOf(field);
        });
        // a form without inputs (a phase button) has nothing to mark: the server's own words say what is wrong
        var lead = first ? [message(frame, 'invalid', form)] : [];
        showStatus(form, lead.concat(unplaced).join('\n'), 'error');
        if (first) {
            first.focus();
        }
    }

    function display(value) {
        if (value === null || value === undefined || value === '') {
            return '—';
        }
        return Array.isArray(value) ? value.join(', ') : String(value);
    }

    /** A stored value as the form would hold it: blank for none, lists as typed ("a, b"). */
    function comparable(value) {
        if (value === null || value === undefined) {
            return '';
        }
        return (Array.isArray(value) ? value.join(', ') : String(value)).trim();
    }

    function choices(field) {
        return Array.prototype.slice.call(field.querySelectorAll('input[data-type="each"]'));
    }

    /** What the field holds now, as {@link comparable} writes a stored value. */
    function formValue(field) {
        var boxes = choices(field);
        if (boxes.length > 0) {
            return boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; }).join(', ');
        }
        return controlOf(field).value.trim();
    }

    /**
     * A stored value in the words the form shows for it: a choice by its label (a person by name, a status in the
     * user's language), never the value sent; a person no longer among the choices by the name stored beside them.
     */
    function storedLabel(field, stored, path) {
        var value = getPath(stored, path);
        var boxes = choices(field);
        if (boxes.length > 0) {
            return display((value || []).map(function (item) {
                var box = boxes.filter(function (candidate) { return candidate.value === String(item); })[0];
                var label = box && field.querySelector('label[for="' + box.id + '"]');
                return label ? label.textContent : String(item);
            }));
        }
        var control = controlOf(field);
        if (control.tagName === 'SELECT') {
            var option = Array.prototype.slice.call(control.options).filter(function (candidate) {
                return candidate.value === comparable(value);
            })[0];
            if (option) {
                return option.textContent;
            }
            if (/userKey$/.test(path)) {
                return display(getPath(stored, path.replace(/userKey$/, 'displayName')));
            }
        }
        return display(value);
    }

    /**
     * Someone saved first. The user's unsaved text stays in the inputs; beside each field whose stored value differs
     * from it we show what is stored now, in the form's own words, and take the stored version so that saving again
     * deliberately replaces it. A form's own script may first line the stored arrays up with its rows
     * (jobcoach-interviews.js: participants and actions by person and id).
     */
    function showConflict(form, frame, current) {
        var rootPath = form.getAttribute('data-conflict-root');
        if (rootPath) {
            var stored = getPath(current, rootPath);
            form.dispatchEvent(new CustomEvent('jobcoach:stored', {detail: stored}));
            fields(form).forEach(function (field) {
                var name = controlOf(field).name;
                var path = name.substring(name.indexOf('.') + 1);
                if (comparable(getPath(stored, path)) === formValue(field)) {
                    return;
                }
                var server = field.querySelector('.jobcoach-server-value');
                server.textContent = message(frame, 'server-value') + ' ' + storedLabel(field, stored, path);
                server.hidden = false;
            });
            var version = getPath(current, form.getAttribute('data-conflict-version'));
            var versionInput = form.querySelector('input[name="version"]');
            if (versionInput && version !== undefined) {
                versionInput.value = version;
            }
        }
        showStatus(form, message(frame, 'conflict', form), 'warning');
    }

    async function answer(response) {
        try {
            return await response.json();
        } catch (notJson) {
            return {};
        }
    }

    async function submit(form) {
        var frame = form.closest('[data-jobcoach-rest]');
        var button = form.querySelector('button[type="submit"]');
        var question = form.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            return;
        }
        clearMarks(form);
        var announced = frame.querySelector('[data-jobcoach-announce]');
        if (announced) {
            clearAnnouncement(announced);
        }
        showStatus(form, message(frame, 'saving', form), 'info');
        button.disabled = true;
        var method = form.getAttribute('data-method');
        var body = collect(form);
        // a form's own script may reshape the body in place (jobcoach-interviews.js: numbered groups to arrays)
        form.dispatchEvent(new CustomEvent('jobcoach:body', {detail: body}));
        try {
            // a DELETE names its record and version in the path and carries no body
            var response = await send(frame.getAttribute('data-jobcoach-rest') + form.getAttribute('data-path'), method,
                method === 'DELETE' ? undefined : body);
            if (response.ok) {
                if (form.hasAttribute('data-jobcoach-record') && await showSaved(form, frame, await answer(response))) {
                    return;
                }
                if (form.hasAttribute('data-jobcoach-refresh') && await refreshMacro(form, frame, await answer(response))) {
                    return;
                }
                // a record form's own confirmation names the record shown in place; a reload shows it anyway
                var own = !form.hasAttribute('data-jobcoach-record') && !form.hasAttribute('data-jobcoach-refresh');
                showStatus(form, message(frame, 'saved', own ? form : null), 'success');
                if (form.getAttribute('data-jobcoach-then') === 'pages' && !(await pagesOfNewCase(form, frame, response))) {
                    return;
                }
                window.location.reload();
                return;
            }
            var body = await answer(response);
            if (response.status === 400) {
                showErrors(form, frame, body.errors || []);
            } else if (response.status === 409) {
                showConflict(form, frame, body.current);
            } else if (response.status === 403 || response.status === 404) {
                showStatus(form, message(frame, 'forbidden', form), 'error');
            } else {
                showStatus(form, message(frame, 'failed'), 'error');
            }
        } catch (network) {
            showStatus(form, message(frame, 'failed'), 'error');
        } finally {
            button.disabled = false;
        }
    }

    /** A JSON request to this site, with the session's cookies; Confluence wants the token header on writes. */
    function send(url, method, body) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    }

    /** Why a request failed, in the server's words: Confluence says {"message"}, the plugin {"errors": [...]}. */
    async function reason(response) {
        var body = await answer(response);
        var errors = (body.errors || []).map(function (error) { return error.message; });
        return body.message || errors.join(' ') || String(response.status);
    }

    /** "{0} of {1}" with the values in order. */
    function fill(template, values) {
        return values.reduce(function (text, value, index) {
            return text.split('{' + index + '}').join(String(value));
        }, template || '');
    }

    /**
     * The id of a page with this title in the space, or null. Titles are unique in a space, so this finds a page
     * that an earlier, interrupted attempt created but did not file; filing it again makes the retry safe.
     */
    async function pageTitled(api, spaceKey, title) {
        var response = await send(api + '?type=page&spaceKey=' + encodeURIComponent(spaceKey)
            + '&title=' + encodeURIComponent(title), 'GET');
        var results = response.ok ? (await answer(response)).results || [] : [];
        return results.length > 0 ? results[0].id : null;
    }

    /**
     * Makes the page of one draft below the case's home page and files it with the case. When a title is taken,
     * by a page of another case or by one the user cannot see, the draft's next title is tried. Throws an Error
     * whose message is the status line to show: what stopped it, or that every title was taken.
     */
    async function placePage(run, draft) {
        var firstRefusal = null;
        for (var i = 0; i < draft.titles.length; i++) {
            var refusal = await placeTitled(run, draft, draft.titles[i]);
            if (refusal === null) {
                return;
            }
            if (!refusal.titleTaken) {
                throw new Error(refusal.text);
            }
            firstRefusal = firstRefusal || refusal.text;
        }
        throw new Error(firstRefusal);
    }

    /**
     * Makes the page with this title, or finds the one an interrupted attempt made (titles are unique in a space),
     * and files it. Answers null, or why not and whether the title is the reason: Confluence refuses a taken
     * title with 400, and the case refuses with 400 to file a page that is not below its home page.
     */
    async function placeTitled(run, draft, title) {
        var box = run.box;
        var id = await pageTitled(run.api, run.missing.spaceKey, title);
        var existed = id !== null;
        if (!existed) {
            var made = await send(run.api, 'POST', {
                type: 'page', title: title, space: {key: run.missing.spaceKey}, ancestors: [{id: run.missing.parentPageId}],
                body: {storage: {value: draft.body, representation: 'storage'}}
            });
            if (!made.ok) {
                return {titleTaken: made.status === 400, text: fill(box.getAttribute('data-msg-failed'), [title, await reason(made)])};
            }
            id = (await made.json()).id;
        }
        var filed = await send(run.cases + '/' + draft.kind, 'PUT', {pageId: Number(id)});
        // 409: someone else filed a page of this kind at the same moment; theirs stands
        if (filed.ok || filed.status === 409) {
            return null;
        }
        var taken = existed && filed.status === 400;
        return {titleTaken: taken, text: fill(box.getAttribute(taken ? 'data-msg-title-taken' : 'data-msg-not-filed'),
            [title, await reason(filed)])};
    }

    /**
     * Creates the case's missing pages one by one, reporting each in the box's status line. Stops at the first
     * failure and says which page and why; pages made before it stay and are filed, so pressing the button again
     * carries on. Answers whether all went through.
     */
    async function createMissingPages(box, rest, renamesHome) {
        var cases = rest + '/cases/' + box.getAttribute('data-jobcoach-pages') + '/pages';
        var response = await send(cases + '/missing', 'GET');
        if (!response.ok) {
            report(box, await reason(response), true);
            return false;
        }
        var missing = await response.json();
        // what every page of this run shares: where to report, Confluence's content API, the case's pages, the parent
        var run = {box: box, api: box.getAttribute('data-content-api'), cases: cases, missing: missing};
        if (renamesHome) {
            await renameHome(run);
        }
        for (var i = 0; i < missing.pages.length; i++) {
            var draft = missing.pages[i];
            report(box, fill(box.getAttribute('data-msg-creating'), [i + 1, missing.pages.length, draft.titles[0]]), false);
            try {
                await placePage(run, draft);
            } catch (failure) {
                report(box, failure.message, true);
                return false;
            }
        }
        report(box, box.getAttribute('data-msg-done'), false);
        return true;
    }

    /**
     * Gives the home page the case's title ("Support case 2026-0007") in place of the blueprint's provisional one,
     * through Confluence's content API: read the page's version and body, write them back with the new title. A
     * refusal (the title is taken) leaves the provisional title, which names nobody either, and is not reported.
     */
    async function renameHome(run) {
        var url = run.api + '/' + run.missing.parentPageId;
        var read = await send(url + '?expand=body.storage,version', 'GET');
        if (!read.ok) {
            return;
        }
        var home = await read.json();
        if (home.title !== run.missing.homeTitle) {
            await send(url, 'PUT', {
                id: home.id, type: 'page', title: run.missing.homeTitle, version: {number: home.version.number + 1},
                body: {storage: {value: home.body.storage.value, representation: 'storage'}}
            });
        }
    }

    /** The page creation's status line, in the error style when it reports a failure. */
    function report(box, text, failed) {
        var status = box.querySelector('.jobcoach-pages-status');
        status.textContent = text;
        status.classList.toggle('jobcoach-field-error', failed);
    }

    /** After the start form opened the case: create its pages before showing it; the form goes, so it is not sent twice. */
    async function pagesOfNewCase(form, frame, response) {
        var box = frame.querySelector('[data-jobcoach-pages]');
        box.setAttribute('data-jobcoach-pages', String((await answer(response)).id));
        form.hidden = true;
        if (await createMissingPages(box, frame.getAttribute('data-jobcoach-rest'), true)) {
            return true;
        }
        // the case is open, so the form must not come back; the panel's button carries on after a reload
        var status = box.querySelector('.jobcoach-pages-status');
        status.textContent = status.textContent + '\n' + box.getAttribute('data-msg-case-open');
        return false;
    }

    async function createPagesFromButton(button) {
        var box = button.closest('[data-jobcoach-pages]');
        button.disabled = true;
        try {
            // the home page keeps the title it has: someone may have chosen it
            if (await createMissingPages(box, box.closest('[data-jobcoach-rest]').getAttribute('data-jobcoach-rest'), false)) {
                window.location.reload();
            }
        } catch (network) {
            report(box, message(box.closest('[data-jobcoach-rest]'), 'failed'), true);
        } finally {
            button.disabled = false;
        }
    }

    /** The check of the audit log's hash chain, on request: the server's message, rendered, in the status box. */
    async function checkAuditChain(button) {
        var frame = button.closest('[data-jobcoach-rest]');
        var box = frame.querySelector('.jobcoach-audit-chain');
        button.disabled = true;
        try {
            var response = await fetch(frame.getAttribute('data-jobcoach-rest') + button.getAttribute('data-path'),
                {credentials: 'same-origin', headers: {'Accept': 'text/html'}});
            if (response.ok) {
                box.innerHTML = await response.text();
            } else {
                box.textContent = message(frame, response.status === 403 || response.status === 404 ? 'forbidden' : 'failed');
            }
        } catch (network) {
            box.textContent = message(frame, 'failed');
        } finally {
            button.disabled = false;
        }
    }

    /**
     * The audit log's rows as the server renders them (GET …/audit/html) for the filters the form holds: from the
     * newest (a new filter) or after the last row shown ("older"). Rows come as markup from our own server's
     * template, like the timeline's; the script builds none.
     */
    async function loadAuditRows(box, older) {
        var frame = box.closest('[data-jobcoach-rest]');
        var form = frame.querySelector('[data-jobcoach-audit-filter]');
        var status = box.querySelector('.jobcoach-pager-status');
        var parameters = new URLSearchParams();
        if (form) {
            new FormData(form).forEach(function (value, name) {
                if (value) {
                    parameters.append(name, value);
                }
            });
        }
        if (older) {
            parameters.append('cursor', box.getAttribute('data-next'));
        }
        try {
            var response = await fetch(frame.getAttribute('data-jobcoach-rest') + box.getAttribute('data-path') + '?'
                + parameters.toString(), {credentials: 'same-origin', headers: {'Accept': 'text/html'}});
            if (!response.ok) {
                status.textContent = response.status === 400 ? await reason(response)
                    : message(frame, response.status === 403 || response.status === 404 ? 'forbidden' : 'failed');
                return;
            }
            var holder = document.createElement('template');
            holder.innerHTML = await response.text();
            var page = holder.content.querySelector('.jobcoach-audit-rows');
            var body = box.querySelector('table tbody');
            if (!older) {
                body.textContent = '';
            }
            Array.prototype.slice.call(page.querySelector('tbody').children).forEach(function (row) {
                body.appendChild(row);
            });
            var next = page.getAttribute('data-next') || '';
            box.setAttribute('data-next', next);
            box.querySelector('[data-jobcoach-audit-older]').hidden = next === '';
            box.querySelector('.jobcoach-audit-empty').hidden = body.children.length > 0;
            status.textContent = '';
        } catch (network) {
            status.textContent = message(frame, 'failed');
        }
    }

    /*
     * The people picker (macros.vm, #jcPersonPicker): a WAI-ARIA combobox. Typing asks /people after a pause; the
     * arrow keys move through the suggestions, Enter or a click puts the person's user name into the input, Escape
     * closes the list. Enter with no suggestion active submits the form as typed, so a full user name still works.
     */
    var SEARCH_PAUSE_MS = 250;
    /** Per picker: the pending search's timer and the number of the latest search, so an older answer is dropped. */
    var searches = new WeakMap();

    function pickerParts(picker) {
        return {input: picker.querySelector('[role="combobox"]'), list: picker.querySelector('[role="listbox"]'),
            status: picker.querySelector('[role="status"]')};
    }

    function options(picker) {
        return Array.prototype.slice.call(pickerParts(picker).list.querySelectorAll('[role="option"]'));
    }

    function isOpen(picker) {
        return !pickerParts(picker).list.hidden;
    }

    function setOpen(picker, open) {
        var parts = pickerParts(picker);
        parts.list.hidden = !open;
        parts.input.setAttribute('aria-expanded', String(open));
        if (!open) {
            activate(picker, -1);
        }
    }

    /** Marks the option at {@code index} as the active one (-1: none); focus stays in the input. */
    function activate(picker, index) {
        var all = options(picker);
        all.forEach(function (option, at) {
            option.setAttribute('aria-selected', String(at === index));
        });
        var active = all[index];
        pickerParts(picker).input.setAttribute('aria-activedescendant', active ? active.id : '');
        if (active) {
            active.scrollIntoView({block: 'nearest'});
        }
    }

    function activeIndex(picker) {
        var id = pickerParts(picker).input.getAttribute('aria-activedescendant');
        return options(picker).findIndex(function (option) { return option.id === id; });
    }

    function choose(picker, option) {
        var input = pickerParts(picker).input;
        input.value = option.getAttribute('data-username');
        setOpen(picker, false);
        input.focus();
    }

    /** One suggestion, from text nodes only: names are data, never markup. */
    function personOption(listId, person, index) {
        var option = document.createElement('li');
        option.id = listId + '-' + index;
        option.className = 'jobcoach-option';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-username', person.username);
        if (person.avatarUrl) {
            var avatar = document.createElement('img');
            avatar.className = 'jobcoach-avatar';
            avatar.alt = '';
            avatar.src = person.avatarUrl;
            option.appendChild(avatar);
        }
        [['jobcoach-option-name', person.displayName], ['jobcoach-option-username', person.username]].forEach(function (part) {
            var text = document.createElement('bdi');
            text.className = part[0];
            text.textContent = part[1];
            option.appendChild(text);
        });
        return option;
    }

    function showPeople(picker, people) {
        var parts = pickerParts(picker);
        parts.list.textContent = '';
        people.forEach(function (person, index) {
            parts.list.appendChild(personOption(parts.list.id, person, index));
        });
        parts.status.textContent = people.length > 0 ? fill(picker.getAttribute('data-msg-count'), [people.length])
            : picker.getAttribute('data-msg-none');
        // the new options reuse the old ids, so nothing may stay active
        activate(picker, -1);
        setOpen(picker, people.length > 0);
    }

    /** Closes the list and says why, in the picker's words or, for a refused text (400), the server's. */
    function searchFailed(picker, text) {
        pickerParts(picker).list.textContent = '';
        setOpen(picker, false);
        pickerParts(picker).status.textContent = text || picker.getAttribute('data-msg-failed');
    }

    async function searchPeople(picker, term) {
        var state = searches.get(picker);
        var number = state.latest = (state.latest || 0) + 1;
        var rest = picker.closest('[data-jobcoach-rest]').getAttribute('data-jobcoach-rest');
        try {
            var response = await fetch(rest + '/people?q=' + encodeURIComponent(term),
                {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
            var body = response.ok ? await answer(response) : null;
            var refused = response.status === 400 ? await reason(response) : '';
            if (number !== state.latest) {
                return;
            }
            if (body) {
                showPeople(picker, body.people || []);
            } else {
                searchFailed(picker, refused);
            }
        } catch (network) {
            if (number === state.latest) {
                searchFailed(picker, '');
            }
        }
    }

    /** Each change of the text searches again once typing pauses; blank text asks nothing and closes the list. */
    function pickerTyped(picker) {
        var state = searches.get(picker) || {};
        searches.set(picker, state);
        clearTimeout(state.timer);
        var term = pickerParts(picker).input.value.trim();
        if (term === '') {
            state.latest = (state.latest || 0) + 1;
            pickerParts(picker).list.textContent = '';
            pickerParts(picker).status.textContent = '';
            setOpen(picker, false);
            return;
        }
        state.timer = setTimeout(function () { searchPeople(picker, term); }, SEARCH_PAUSE_MS);
    }

    /** Answers whether the key was the picker's, so that it does nothing else (Enter would submit the form). */
    function pickerKey(picker, key) {
        var count = options(picker).length;
        if ((key === 'ArrowDown' || key === 'ArrowUp') && count > 0) {
            var step = key === 'ArrowDown' ? 1 : -1;
            var from = isOpen(picker) ? activeIndex(picker) : -1;
            setOpen(picker, true);
            // from none, down goes to the first and up to the last; past either end it wraps around
            activate(picker, from === -1 ? (step === 1 ? 0 : count - 1) : (from + step + count) % count);
            return true;
        }
        if (key === 'Enter' && isOpen(picker) && activeIndex(picker) !== -1) {
            choose(picker, options(picker)[activeIndex(picker)]);
            return true;
        }
        if (key === 'Escape' && isOpen(picker)) {
            setOpen(picker, false);
            return true;
        }
        return false;
    }

    function pickerAround(event) {
        var target = event.target instanceof Element ? event.target : null;
        return target && target.closest('[data-jobcoach-people]');
    }

    // while an input method composes (kana becoming kanji), the text is not what the user means yet: the keys belong
    // to the input method (Enter confirms the conversion), and the search waits for the composed text, which
    // compositionend brings (Chrome sends no input event after it; where another browser does, the pause merges both)
    ['input', 'compositionend'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var picker = pickerAround(event);
            if (picker && event.target.getAttribute('role') === 'combobox' && !event.isComposing) {
                pickerTyped(picker);
            }
        });
    });

    document.addEventListener('keydown', function (event) {
        var picker = pickerAround(event);
        if (picker && event.target.getAttribute('role') === 'combobox' && !event.isComposing && pickerKey(picker, event.key)) {
            event.preventDefault();
            event.stopPropagation();
        }
    });

    // pressing on a suggestion must not take the focus from the input (that would close the list before the click)
    document.addEventListener('mousedown', function (event) {
        if (pickerAround(event) && event.target.closest('[role="option"]')) {
            event.preventDefault();
        }
    });

    document.addEventListener('focusout', function (event) {
        var picker = pickerAround(event);
        if (picker && !picker.contains(event.relatedTarget)) {
            setOpen(picker, false);
        }
    });

    /**
     * Older interviews and visits (#jcOlder in macros.vm): "more" appends the rows the server rendered
     * (GET <path>/html?cursor=), "open" shows one record as the server rendered it (GET <record>/html): in place of
     * the same record when the page shows it, else below the older rows. A record's editor comes with it, and the
     * editor shown before is dropped, so the page holds one. This builds no markup of its own.
     */
    async function renderedHtml(frame, path) {
        var response = await fetch(frame.getAttribute('data-jobcoach-rest') + path,
            {credentials: 'same-origin', headers: {'Accept': 'text/html'}});
        if (!response.ok) {
            throw new Error(String(response.status));
        }
        var template = document.createElement('template');
        template.innerHTML = await response.text();
        return template.content;
    }

    async function moreOlder(button) {
        var older = button.closest('.jobcoach-older');
        var frame = older.closest('[data-jobcoach-rest]');
        var status = older.querySelector('.jobcoach-older-status');
        status.textContent = '';
        button.disabled = true;
        try {
            var rendered = (await renderedHtml(frame, older.getAttribute('data-path') + '/html?cursor='
                + encodeURIComponent(button.getAttribute('data-cursor')))).querySelector('.jobcoach-older-rows');
            var rows = older.querySelector('tbody');
            rendered.querySelectorAll('tbody > tr').forEach(function (row) { rows.appendChild(row); });
            var next = rendered.getAttribute('data-next') || '';
            button.setAttribute('data-cursor', next);
            button.hidden = !next;
        } catch (failed) {
            status.textContent = message(frame, 'failed');
        }
        button.disabled = false;
    }

    /**
     * Keeps one editor open in the page: a record's editor shown before goes (its record's button loads it again),
     * and the form for a new record folds up.
     */
    function dropEditors(frame) {
        frame.querySelectorAll('[data-record-editor]').forEach(function (editor) {
            var reopen = editor.parentElement.querySelector(':scope > .jobcoach-record-open');
            if (reopen) {
                reopen.hidden = false;
            }
            editor.remove();
        });
        frame.querySelectorAll('[data-new-record] details').forEach(function (details) {
            details.open = false;
        });
    }

    /** Tells the forms' own scripts that the server's HTML is in the page (jobcoach-interviews.js sets its rows up). */
    function inserted(element) {
        element.dispatchEvent(new CustomEvent('jobcoach:inserted', {bubbles: true}));
    }

    /**
     * After a record form's save: the record as the server renders it now replaces the one shown (or, for a new
     * record, the form that made it), with its editor open, and the field the reader saved from (Ctrl+Enter), else
     * the save button, keeps its place on the screen and the focus. The confirmation goes into the new form's status
     * line (aria-live, kept in view at the bottom of the screen by jobcoach.css) once the record is in the page, so
     * that screen readers announce it. Answers false when the record could not be fetched; the caller then reloads.
     */
    async function showSaved(form, frame, saved) {
        var path = form.getAttribute('data-jobcoach-record') || form.getAttribute('data-path') + '/' + saved.id;
        var record;
        try {
            record = (await renderedHtml(frame, path + '/html')).querySelector('article');
        } catch (failed) {
            return false;
        }
        var place = record && (document.getElementById(record.id) || form.closest('[data-new-record]'));
        if (!place) {
            return false;
        }
        var active = form.contains(document.activeElement) && document.activeElement.name ? document.activeElement : null;
        var top = (active || form.querySelector('button[type="submit"]')).getBoundingClientRect().top;
        var selector = 'form[data-method="' + form.getAttribute('data-method') + '"][data-path="' + form.getAttribute('data-path') + '"]';
        dropEditors(frame);
        place.replaceWith(record);
        inserted(record);
        var again = record.querySelector(selector) || record.querySelector('form[data-jobcoach-form]');
        var same = again && active && again.querySelector('[name="' + active.name + '"]');
        var target = same || (again ? again.querySelector('button[type="submit"]') : record.querySelector('h4'));
        target.setAttribute('tabindex', target.getAttribute('tabindex') || '-1');
        window.scrollBy(0, target.getBoundingClientRect().top - top);
        target.focus({preventScroll: true});
        if (same && (same.tagName === 'TEXTAREA' || same.type === 'text')) {
            // the caret where it was: the reader goes on typing where they stopped
            same.setSelectionRange(active.selectionStart, active.selectionEnd);
        }
        // {0}: the record as saved, by its title (the heading's first text; its status follows as a lozenge)
        var text = fill(message(frame, 'saved', form), [record.querySelector('h4').firstChild.textContent.trim()]);
        window.setTimeout(function () {
            if (again) {
                showStatus(again, text, 'success');
            }
        }, 50);
        return true;
    }

    /**
     * After a save in a macro that updates in place (Form.refresh: the plan, the accommodations): the macro's body as
     * the server renders it now (GET data-jobcoach-refresh) replaces the one shown, without a reload. The anchor (the
     * saved record's element, by id) keeps its place on the screen — or, new, comes to where the form was — and takes
     * the focus; the confirmation goes to the macro's status line (aria-live, outside the body, so it was in the page
     * before its text changed), kept in view at the bottom of the screen by jobcoach.css. Answers false when the body
     * could not be fetched; the caller then reloads.
     */
    /** Pixels kept above a record that comes into view after a save, so its heading is not flush with the edge. */
    var NEW_RECORD_MARGIN = 16;

    async function refreshMacro(form, frame, saved) {
        var fresh;
        try {
            fresh = (await renderedHtml(frame, form.getAttribute('data-jobcoach-refresh'))).querySelector('[data-jobcoach-body]');
        } catch (failed) {
            return false;
        }
        var body = frame.querySelector('[data-jobcoach-body]');
        var status = frame.querySelector('[data-jobcoach-announce]');
        if (!fresh || !body || !status) {
            return false;
        }
        var key = getPath(saved, form.getAttribute('data-jobcoach-key') || 'id');
        var anchorId = fill(form.getAttribute('data-jobcoach-anchor') || '', [key === undefined ? '' : key]);
        var before = anchorId ? document.getElementById(anchorId) : null;
        var top = before ? before.getBoundingClientRect().top
            : Math.min(Math.max(form.getBoundingClientRect().top, NEW_RECORD_MARGIN), window.innerHeight / 3);
        var name = form.getAttribute('data-jobcoach-name');
        var text = fill(message(frame, 'saved', form), [name ? comparable(getPath(saved, name)) : '']);
        // an editor open inside the saved record stays open, as the interview's does: the record keeps its size
        var opened = before && before.contains(form) && form.closest('details') && form.closest('details').open;
        // the browser's own scroll anchoring would move the page as well while the body is swapped: this script places it
        var scroller = document.scrollingElement || document.documentElement;
        var anchoring = scroller.style.overflowAnchor;
        scroller.style.overflowAnchor = 'none';
        body.replaceWith(fresh);
        inserted(fresh);
        var anchor = (anchorId && document.getElementById(anchorId)) || fresh;
        var again = opened && anchor.querySelector('form[data-method="' + form.getAttribute('data-method') + '"][data-path="'
            + form.getAttribute('data-path').split('?')[0] + '"]');
        if (again && again.closest('details')) {
            again.closest('details').open = true;
        }
        // the live region stayed in the page, so its new text is announced; shown before the page is placed, as it
        // takes the room the form's own "saving" line took at the end of the page
        var paragraph = document.createElement('p');
        paragraph.textContent = text;
        clearAnnouncement(status);
        status.className = 'jobcoach-announce aui-message aui-message-success jobcoach-message';
        status.appendChild(paragraph);
        window.scrollBy(0, anchor.getBoundingClientRect().top - top);
        window.requestAnimationFrame(function () {
            scroller.style.overflowAnchor = anchoring;
        });
        anchor.setAttribute('tabindex', anchor.getAttribute('tabindex') || '-1');
        anchor.focus({preventScroll: true});
        // it covers the bottom of the screen: gone once read, unless a newer one replaced it meanwhile
        window.setTimeout(function () {
            if (status.firstChild === paragraph) {
                clearAnnouncement(status);
            }
        }, ANNOUNCED_MS);
        return true;
    }

    /** How long a confirmation of a save in place stays on the screen. */
    var ANNOUNCED_MS = 15000;

    function clearAnnouncement(status) {
        status.className = 'jobcoach-announce';
        status.textContent = '';
    }

    async function openRecord(button) {
        var frame = button.closest('[data-jobcoach-rest]');
        var older = frame.querySelector('.jobcoach-older');
        var status = older && older.querySelector('.jobcoach-older-status');
        if (status) {
            status.textContent = '';
        }
        try {
            var record = (await renderedHtml(frame, button.getAttribute('data-open') + '/html')).querySelector('article');
            dropEditors(frame);
            var shown = document.getElementById(record.id);
            if (shown) {
                shown.replaceWith(record);
            } else {
                var slot = older.querySelector('.jobcoach-opened');
                slot.textContent = '';
                slot.appendChild(record);
            }
            inserted(record);
            // keyboard users land on what they opened: its heading takes the focus (not a tab stop)
            var heading = record.querySelector('h4');
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        } catch (failed) {
            if (status) {
                status.textContent = message(frame, 'failed');
            }
        }
    }

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        var older = target && target.closest('[data-jobcoach-audit-older]');
        var more = target && target.closest('.jobcoach-older-more');
        if (more) {
            moreOlder(more);
        }
        var open = target && target.closest('.jobcoach-record-open');
        if (open) {
            openRecord(open);
        }
        if (older) {
            loadAuditRows(older.closest('[data-jobcoach-audit]'), true);
        }
        var check = target && target.closest('[data-jobcoach-audit-check]');
        if (check) {
            checkAuditChain(check);
        }
        var create = target && target.closest('[data-jobcoach-pages] button');
        if (create) {
            createPagesFromButton(create);
        }
        var suggestion = target && target.closest('[data-jobcoach-people] [role="option"]');
        if (suggestion) {
            choose(suggestion.closest('[data-jobcoach-people]'), suggestion);
        }
    });

    /*
     * A record form of many fields (data-jobcoach-record, or of a macro updated in place: data-jobcoach-refresh) is not sent by Enter in a one-line input, which people
     * press to finish a field or confirm a kana conversion; Ctrl or Cmd+Enter sends it from any field, as does its
     * button. Enter in a text area stays a new line. The people picker uses Enter first (it cancels the event).
     */
    document.addEventListener('keydown', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        var form = target && target.closest('form[data-jobcoach-record], form[data-jobcoach-refresh]');
        if (!form || event.key !== 'Enter' || event.isComposing || event.defaultPrevented) {
            return;
        }
        if (event.ctrlKey || event.metaKey) {
            event.preventDefault();
            form.requestSubmit();
        } else if (target.tagName === 'INPUT') {
            event.preventDefault();
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form instanceof HTMLFormElement && form.hasAttribute('data-jobcoach-form')) {
            event.preventDefault();
            submit(form);
        }
        if (form instanceof HTMLFormElement && form.hasAttribute('data-jobcoach-audit-filter')) {
            event.preventDefault();
            loadAuditRows(form.closest('[data-jobcoach-rest]').querySelector('[data-jobcoach-audit]'), false);
        }
    });
})();
