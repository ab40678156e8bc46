package gazette.api.admin;

import gazette.core.site.InvalidSiteException;
import gazette.core.site.SiteConfig;
import gazette.core.site.SiteExistsException;
import gazette.core.site.SiteRegistry;
import gazette.core.site.SiteStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Sites in memory; {@link #reload} puts back the sites it was made with, or fails when {@link #brokenFile} is set. */
final class FakeSiteRegistry implements SiteRegistry {
    private final Map<String, SiteConfig> sites = new TreeMap<>();
    private final List<SiteConfig> file;
    volatile boolean brokenFile;

    FakeSiteRegistry(List<SiteConfig> file) {
        this.file = List.copyOf(file);
        file.forEach(s -> sites.put(s.name(), s));
    }

    @Override
    public synchronized List<SiteStatus> sites() {
        return sites.values().stream().map(FakeSiteRegistry::status).toList();
    }

    @Override
    public synchronized Optional<SiteStatus> site(String name) {
        return Optional.ofNullable(sites.get(name)).map(FakeSiteRegistry::status);
    }

    @Override
    public synchronized SiteStatus add(SiteConfig site) {
        if (sites.putIfAbsent(site.name(), site) != null) {
            throw new SiteExistsException(site.name());
        }
        return status(site);
    }

    @Override
    public synchronized Optional<SiteStatus> update(SiteConfig site) {
        return Optional.ofNullable(sites.computeIfPresent(site.name(), (k, old) -> site)).map(FakeSiteRegistry::status);
    }

    @Override
    public synchronized List<SiteStatus> reload() {
        if (brokenFile) {
            throw new InvalidSiteException("ministry", "schedule", "is wrong: 'often' is not a schedule");
        }
        sites.clear();
        file.forEach(s -> sites.put(s.name(), s));
        return sites();
    }

    private static SiteStatus status(SiteConfig site) {
        return new SiteStatus(site.name(), site.schedule().text(), SiteStatus.NEVER, null, null, null, null, site);
    }
}
