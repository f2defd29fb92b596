/*
 * Job Coach Workspace: sends the macros' forms to the REST API as JSON. Plain ES2017, no framework, so it runs
 * the same in Confluence (with AUI) and in the workbench (without). Every text it shows comes from data-msg-*
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
        parts.slice(0, -1).forEach(function (part) {
            if (typeof target[part] !== 'object' || target[part] === null) {
                target[part] = {};
            }
            target = target[part];
        });
        target[parts[parts.length - 1]] = value;
    }

    /** A blank input is left out of the body: the server reads it as "not given". */
    function valueOf(control) {
        var type = control.getAttribute('data-type');
        if (type === 'int') {
            return parseInt(control.value, 10);
        }
        if (type === 'list') {
            return control.value.split(',').map(function (item) { return item.trim(); })
                .filter(function (item) { return item.length > 0; });
        }
        return control.value === '' ? undefined : control.value;
    }

    function collect(form) {
        var body = {};
        form.querySelectorAll('input[name], textarea[name], select[name]').forEach(function (control) {
            var value = valueOf(control);
            if (value !== undefined) {
                setPath(body, control.name, value);
            }
        });
        (form.getAttribute('data-keep') || '').split(',').filter(Boolean).forEach(function (path) {
            if (getPath(body, path) === undefined) {
                setPath(body, path, {});
            }
        });
        return body;
    }

    function message(frame, name) {
        return frame.getAttribute('data-msg-' + name) || '';
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
            controlOf(field).setAttribute('aria-invalid', 'true');
            first = first || controlOf(field);
        });
        showStatus(form, [message(frame, 'invalid')].concat(unplaced).join('\n'), 'error');
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

    /**
     * Someone saved first. The user's unsaved text stays in the inputs; beside each field we show what is stored
     * now, and take the stored version so that saving again deliberately replaces it.
     */
    function showConflict(form, frame, current) {
        var rootPath = form.getAttribute('data-conflict-root');
        if (rootPath) {
            var stored = getPath(current, rootPath);
            fields(form).forEach(function (field) {
                var name = controlOf(field).name;
                var server = field.querySelector('.jobcoach-server-value');
                server.textContent = message(frame, 'server-value') + ' '
                    + display(getPath(stored, name.substring(name.indexOf('.') + 1)));
                server.hidden = false;
            });
            var version = getPath(current, form.getAttribute('data-conflict-version'));
            var versionInput = form.querySelector('input[name="version"]');
            if (versionInput && version !== undefined) {
                versionInput.value = version;
            }
        }
        showStatus(form, message(frame, 'conflict'), 'warning');
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
        clearMarks(form);
        showStatus(form, message(frame, 'saving'), 'info');
        button.disabled = true;
        var body = collect(form);
        // a form's own script may reshape the body in place (jobcoach-interviews.js: numbered groups to arrays)
        form.dispatchEvent(new CustomEvent('jobcoach:body', {detail: body}));
        try {
            var response = await fetch(frame.getAttribute('data-jobcoach-rest') + form.getAttribute('data-path'), {
                method: form.getAttribute('data-method'),
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
                body: JSON.stringify(body)
            });
            if (response.ok) {
                showStatus(form, message(frame, 'saved'), 'success');
                window.location.reload();
                return;
            }
            var body = await answer(response);
            if (response.status === 400) {
                showErrors(form, frame, body.errors || []);
            } else if (response.status === 409) {
                showConflict(form, frame, body.current);
            } else if (response.status === 403 || response.status === 404) {
                showStatus(form, message(frame, 'forbidden'), 'error');
            } else {
                showStatus(form, message(frame, 'failed'), 'error');
            }
        } catch (network) {
            showStatus(form, message(frame, 'failed'), 'error');
        } finally {
            button.disabled = false;
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form instanceof HTMLFormElement && form.hasAttribute('data-jobcoach-form')) {
            event.preventDefault();
            submit(form);
        }
    });
})();
