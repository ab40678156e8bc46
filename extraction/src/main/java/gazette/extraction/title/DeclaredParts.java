package gazette.extraction.title;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the declared titles, normalised, as evidence about headings: where no part names the site, the
 * first and last parts may be its name ("Gaby's - Colours of the Soul"); where one does, the other parts are the
 * title and its subtitle ("Vom Boden aus gedacht - Ann Cotten verwebt … : literaturkritik.de").
 */
record DeclaredParts(List<String> edges, List<String> besideSiteName) {

    static DeclaredParts of(List<String> declared, Site site) {
        List<String> edges = new ArrayList<>();
        List<String> beside = new ArrayList<>();
        for (String d : declared) {
            List<String> parts = SiteName.parts(d);
            if (parts.size() < 2) {
                continue;
            }
            if (parts.stream().noneMatch(site::names)) {
                edges.add(SiteName.normal(parts.getFirst()));
                edges.add(SiteName.normal(parts.getLast()));
            } else {
                parts.stream().filter(p -> !site.names(p)).map(SiteName::normal).forEach(beside::add);
            }
        }
        return new DeclaredParts(List.copyOf(edges), List.copyOf(beside));
    }
}
