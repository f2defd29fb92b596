/**
 * The JSON bodies of the REST API, one record per shape (docs/rest-api.md names each). Gson writes and reads
 * these records by their component names, so the wire format changes only when a record here changes, never
 * when a domain record is renamed; {@code RestShapesTest} pins every shape. Responses are built by
 * {@code from(...)}, request parts become domain values by {@code toDomain()}.
 */
package jp.jobcoach.workspace.web.rest.representation;
