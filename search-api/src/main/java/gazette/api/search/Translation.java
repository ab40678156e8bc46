package gazette.api.search;

/** A link to another language version of a page; {@code id} finds it under {@code /api/documents/{id}}. */
public record Translation(String language, String id, String url) {}
