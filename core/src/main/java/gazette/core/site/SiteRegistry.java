package gazette.core.site;

import java.util.List;
import java.util.Optional;

/**
 * The sites Gazette knows, read from the sites file and changed by ops; changes are written back where the sites
 * came from. Names are unique.
 */
public interface SiteRegistry {

    /** Every site with its crawl state, by name. */
    List<SiteStatus> sites();

    /** One site, or empty when none has that name. */
    Optional<SiteStatus> site(String name);

    /**
     * Adds a site.
     *
     * @throws SiteExistsException when a site has that name
     */
    SiteStatus add(SiteConfig site);

    /** Replaces the site of that name; empty when there is none. */
    Optional<SiteStatus> update(SiteConfig site);

    /**
     * Reads the sites file again; a file that does not validate changes nothing.
     *
     * @throws IllegalArgumentException naming the file, the site and the field at fault
     */
    List<SiteStatus> reload();

    /** Knows no site and takes none. */
    SiteRegistry NONE = new SiteRegistry() {
        @Override
        public List<SiteStatus> sites() {
            return List.of();
        }

        @Override
        public Optional<SiteStatus> site(String name) {
            return Optional.empty();
        }

        @Override
        public SiteStatus add(SiteConfig site) {
            throw new UnsupportedOperationException("sites are not configured on this server");
        }

        @Override
        public Optional<SiteStatus> update(SiteConfig site) {
            return Optional.empty();
        }

        @Override
        public List<SiteStatus> reload() {
            return List.of();
        }
    };
}
