package gazette.crawler.politeness;

import java.time.Instant;

/**
 * What one host of a running crawl is waiting on, at one moment.
 *
 * @param host                the host key
 * @param reason              why its next request is not being made now
 * @param nextAllowedAt       when its next request may start: the slot a request sleeps for, else the earliest the
 *                            politeness delay, Crawl-delay, Retry-After or robots.txt backoff allows; null when now
 * @param inFlight            requests to it on the wire now
 * @param waiting             requests holding a slot and sleeping until their turn
 * @param consecutiveFailures its last requests that failed in a row (no answer, or 5xx)
 */
public record HostState(String host, HostWait reason, Instant nextAllowedAt, int inFlight, int waiting,
        int consecutiveFailures) {}
