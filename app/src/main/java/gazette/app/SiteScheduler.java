package gazette.app;

import gazette.core.CrawlConflictException;
import gazette.core.CrawlRequest;
import gazette.core.site.SiteConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts each site's crawl when its schedule says so: on every tick, a site whose next crawl is due and that has no
 * crawl running is started through the crawl service (which refuses a second crawl of a site or its hosts). The last
 * start is kept in the sites-state index, so a restart neither repeats nor forgets a run. Also re-reads the sites
 * file when it changed on disk.
 */
final class SiteScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SiteScheduler.class);
    private final SitesFile file;
    private final ManagedSites sites;
    private final CrawlService crawls;
    private final Clock clock;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("site-scheduler").daemon().factory());

    SiteScheduler(SitesFile file, ManagedSites sites, CrawlService crawls, Clock clock) {
        this.file = file;
        this.sites = sites;
        this.crawls = crawls;
        this.clock = clock;
    }

    /** Ticks every {@code every} until closed. */
    SiteScheduler start(Duration every) {
        ticker.scheduleWithFixedDelay(this::safeTick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("scheduler started sites={} tick_ms={} file={}", file.all().size(), every.toMillis(), file.path());
        return this;
    }

    /** One pass over the sites; returns the ids of the crawls it started. */
    List<String> tick() {
        reloadIfChanged();
        List<String> started = new ArrayList<>();
        Instant now = clock.instant();
        for (SiteConfig site : file.all()) {
            Instant due = sites.next(site);
            if (due != null && !due.isAfter(now) && crawls.active(site.name()).isEmpty()) {
                start(site, due).ifPresent(started::add);
            }
        }
        return started;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private Optional<String> start(SiteConfig site, Instant due) {
        try {
            String id = crawls.start(CrawlRequest.ofSite(site.name())).id();
            LOG.info("scheduled crawl started site={} id={} schedule={} due={}", site.name(), id,
                    site.schedule().text(), due);
            return Optional.of(id);
        } catch (CrawlConflictException e) {
            LOG.info("scheduled crawl postponed site={} reason=\"{}\"", site.name(), e.getMessage());
            return Optional.empty();
        }
    }

    private void reloadIfChanged() {
        if (file.changed()) {
            try {
                file.reload();
                LOG.info("sites file reloaded file={} sites={}", file.path(), file.all().size());
            } catch (IllegalArgumentException e) {
                LOG.error("sites file not reloaded, keeping the sites it had: {}", e.getMessage());
            }
        }
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            // a tick that fails (Elasticsearch away) must not end the schedule: the next one tries again
            LOG.error("scheduler tick failed", e);
        }
    }
}
