package gazette.crawler;

/**
 * A snapshot of a running crawl.
 *
 * @param fetched  pages handed to the sink so far
 * @param queued   URLs waiting for their turn
 * @param failed   URLs that ended in an error ({@link SkipReason#failure()})
 * @param skipped  URLs a rule refused (robots, scope, depth, content type, …)
 * @param requests HTTP requests made, robots.txt and sitemaps included
 */
public record CrawlProgress(int fetched, int queued, int failed, int skipped, int requests) {}
