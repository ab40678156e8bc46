package gazette.api;

/**
 * What {@code GET /api/health} reports.
 *
 * @param status        always {@code ok}: an unhealthy service answers with an error instead
 * @param elasticsearch the cluster's colour, {@code green} or {@code yellow}
 * @param documents     how many pages the index holds
 */
public record Health(String status, String elasticsearch, long documents) {}
