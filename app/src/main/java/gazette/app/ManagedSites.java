package gazette.app;

import gazette.core.CrawlReport;
import gazette.core.Json;
import gazette.core.site.SiteConfig;
import gazette.core.site.SiteExistsException;
import gazette.core.site.SiteRegistry;
import gazette.core.site.SiteStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configured sites for the admin API and the {@code sites} command: each with its schedule, its last crawl (from
 * the sites-state index), its running crawl and when the scheduler starts the next.
 */
final class ManagedSites implements SiteRegistry {
    private final SitesFile file;
    private final SiteStates states;
    private final Function<String, Optional<CrawlReport>> running;
    private final Instant since;

    /**
     * @param running the running crawl of a site, if any
     * @param since   when the scheduler started (a site never crawled is due from then)
     */
    ManagedSites(SitesFile file, SiteStates states, Function<String, Optional<CrawlReport>> running, Instant since) {
        this.file = file;
        this.states = states;
        this.running = running;
        this.since = since;
    }

    @Override
    public List<SiteStatus> sites() {
        return file.all().stream().map(this::status).toList();
    }

    @Override
    public Optional<SiteStatus> site(String name) {
        return file.get(name).map(this::status);
    }

    @Override
    public SiteStatus add(SiteConfig site) {
        if (!file.put(site, true)) {
            throw new SiteExistsException(site.name());
        }
        return status(site);
    }

    @Override
    public Optional<SiteStatus> update(SiteConfig site) {
        if (file.get(site.name()).isEmpty()) {
            return Optional.empty();
        }
        file.put(site, false);
        return Optional.of(status(site));
    }

    @Override
    public List<SiteStatus> reload() {
        file.reload();
        return sites();
    }

    /** When the site's next scheduled crawl is due, or null for never. */
    Instant next(SiteConfig site) {
        return site.schedule().next(states.get(site.name()).lastStarted(), since);
    }

    private SiteStatus status(SiteConfig site) {
        SiteState last = states.get(site.name());
        Optional<CrawlReport> now = running.apply(site.name());
        String state = now.map(r -> text(r.status())).orElse(last.lastState() == null ? SiteStatus.NEVER
                : last.lastState());
        String crawlId = now.map(CrawlReport::id).orElse(last.crawlId());
        return new SiteStatus(site.name(), site.schedule().text(), state, crawlId, last.lastStarted(),
                last.lastEnded(), next(site), site);
    }

    private static String text(Enum<?> state) {
        return Json.mapper().convertValue(state, String.class);
    }
}
