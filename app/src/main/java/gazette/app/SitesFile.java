package gazette.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import gazette.core.site.InvalidSiteException;
import gazette.core.site.SiteConfig;
import gazette.core.site.SiteConfigReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sites file ({@code sites:} a list of sites, see {@code config/sites.example.yaml}) and the sites read from it.
 * Changes made through the admin API are written back to it; without a file they live in memory. Thread-safe.
 */
final class SitesFile {
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    private static final String HEADER = "# Gazette sites, written back by the admin API (comments are not kept).\n"
            + "# Every key and its default: config/sites.example.yaml\n";
    private final Path path;
    private Map<String, SiteConfig> sites;
    private FileTime readAt;

    private SitesFile(Path path, List<SiteConfig> sites, FileTime readAt) {
        this.path = path;
        this.sites = byName(sites);
        this.readAt = readAt;
    }

    /**
     * Reads and validates {@code path}.
     *
     * @throws IllegalArgumentException naming the file, the site and the field at fault
     */
    static SitesFile load(Path path) {
        return new SitesFile(path, read(path), modified(path));
    }

    /** Sites held in memory only. */
    static SitesFile inMemory(List<SiteConfig> sites) {
        return new SitesFile(null, sites, null);
    }

    synchronized List<SiteConfig> all() {
        return List.copyOf(sites.values());
    }

    synchronized Optional<SiteConfig> get(String name) {
        return Optional.ofNullable(sites.get(name));
    }

    /** The site whose hosts include {@code host}, if any. */
    synchronized Optional<SiteConfig> byHost(String host) {
        return sites.values().stream().filter(s -> s.hosts().contains(host)).findFirst();
    }

    /** Adds or replaces a site and writes the file; false when {@code mustBeNew} and the name is taken. */
    synchronized boolean put(SiteConfig site, boolean mustBeNew) {
        if (mustBeNew && sites.containsKey(site.name())) {
            return false;
        }
        Map<String, SiteConfig> next = new LinkedHashMap<>(sites);
        next.put(site.name(), site);
        write(List.copyOf(next.values()));
        sites = next;
        return true;
    }

    /** Reads the file again; a file that does not validate changes nothing and throws. */
    synchronized List<SiteConfig> reload() {
        if (path != null) {
            readAt = modified(path); // a broken file is reported once, not again until it changes
            sites = byName(read(path));
        }
        return all();
    }

    /** Whether the file changed since it was last read or written. */
    synchronized boolean changed() {
        return path != null && !modified(path).equals(readAt);
    }

    Path path() {
        return path;
    }

    private void write(List<SiteConfig> all) {
        if (path == null) {
            return;
        }
        try {
            ObjectNode root = YAML.createObjectNode();
            root.set("sites", YAML.valueToTree(all));
            Path temp = Files.createTempFile(path.toAbsolutePath().getParent(), ".sites", ".yaml");
            Files.writeString(temp, HEADER + YAML.writeValueAsString(root), StandardCharsets.UTF_8);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            readAt = modified(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sites file " + path, e);
        }
    }

    private static List<SiteConfig> read(Path path) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(path, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(path + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": cannot be read: " + e.getMessage());
        }
        return sites(path, root);
    }

    private static List<SiteConfig> sites(Path path, JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isObject() || root.size() > 1 || (root.size() == 1 && !root.has("sites"))) {
            throw new IllegalArgumentException(path + ": must hold one key, 'sites', with a list of sites");
        }
        List<SiteConfig> sites = new ArrayList<>();
        for (JsonNode node : root.path("sites")) {
            try {
                sites.add(SiteConfigReader.read(node));
            } catch (InvalidSiteException e) {
                throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
            }
        }
        byName(sites).size(); // refuses duplicates
        return sites;
    }

    private static Map<String, SiteConfig> byName(List<SiteConfig> sites) {
        Map<String, SiteConfig> named = new LinkedHashMap<>();
        sites.stream().sorted(Comparator.comparing(SiteConfig::name)).forEach(site -> {
            if (named.put(site.name(), site) != null) {
                throw new InvalidSiteException(site.name(), "name", "is used by two sites");
            }
        });
        return named;
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
