package gazette.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.BoundaryScanner;
import co.elastic.clients.elasticsearch.core.search.FieldSuggester;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;
import gazette.core.PageDocument;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the Elasticsearch requests of a search: the one every page needs (hits, snippets, facets, collapse counts,
 * a suggestion) and, for pages reached by cursor, the further batches and group leaders {@link CursorPages} asks for.
 */
final class SearchRequests {
    static final String VALUES = "values";
    static final String SUGGESTION = "words";
    static final int FRAGMENT_SIZE = 180;
    static final int FRAGMENTS = 3;

    private SearchRequests() {}

    /** The request for every language's fields, near-duplicates collapsed when the page allows it. */
    static SearchRequest build(String index, SearchParams p) {
        return build(index, p, QueryLanguages.ALL, Duplicates.collapsible(p));
    }

    /**
     * @param languages whose fields the query runs over
     * @param collapse  show one hit per {@link PageDocument#DUPLICATE_GROUP}; see {@link Duplicates}
     */
    static SearchRequest build(String index, SearchParams p, QueryLanguages languages, boolean collapse) {
        Filters filters = Filters.of(p);
        SearchRequest.Builder b = hits(index, p, languages).postFilter(filters.all());
        for (Facet facet : Facet.values()) {
            b.aggregations(facet.key(), facetAggregation(facet, filters));
        }
        if (p.cursor() != null) {
            b.searchAfter(p.cursor().after());
        }
        b.aggregations(Duplicates.COUNTS, Duplicates.counts(filters));
        if (collapse) {
            b.collapse(Duplicates.collapse());
        }
        suggestText(p.query()).ifPresent(text -> b.suggest(s -> s.text(text).suggesters(SUGGESTION, termSuggester())));
        return b.build();
    }

    /** The next batch of uncollapsed hits after {@code after}, for {@link CursorPages}: no facets, no counting. */
    static SearchRequest after(String index, SearchParams p, QueryLanguages languages, List<FieldValue> after) {
        return hits(index, p, languages).postFilter(Filters.of(p).all()).searchAfter(after)
                .trackTotalHits(t -> t.enabled(false)).build();
    }

    /**
     * The first-ranked page of each of the groups under the same query, filters and order, with the group's other
     * members: the hit a collapsed page shows for that group.
     */
    static SearchRequest leaders(String index, SearchParams p, QueryLanguages languages, List<String> groups) {
        Sort sort = p.effectiveSort();
        Query inGroups = Query.of(q -> q.bool(b -> b.filter(Filters.of(p).all(), Duplicates.inGroups(groups))));
        return SearchRequest.of(r -> r.index(index)
                .query(TextQuery.build(p.query(), languages, sort == Sort.RELEVANCE)).sort(sort.options())
                .postFilter(inGroups).collapse(Duplicates.collapse()).size(groups.size())
                .trackTotalHits(t -> t.enabled(false)).source(s -> s.fetch(false)));
    }

    /** The query, order, page and highlighting: what decides which hits come back and how they look. */
    private static SearchRequest.Builder hits(String index, SearchParams p, QueryLanguages languages) {
        Sort sort = p.effectiveSort();
        return new SearchRequest.Builder().index(index)
                .query(TextQuery.build(p.query(), languages, sort == Sort.RELEVANCE))
                .sort(sort.options()).from(p.offset()).size(p.size())
                .trackTotalHits(t -> t.enabled(true)).trackScores(!p.query().hasNoRequiredTerms())
                .source(s -> s.filter(f -> f.includes(StoredPage.HIT_FIELDS)))
                .highlight(highlight(languages)).explain(p.explain());
    }

    private static Aggregation facetAggregation(Facet facet, Filters filters) {
        Aggregation values = switch (facet) {
            case LANGUAGE -> Aggregation.of(a -> a.terms(t -> t.field(PageDocument.LANGUAGE).size(30)));
            case SITE -> Aggregation.of(a -> a.terms(t -> t.field(PageDocument.SITE).size(50)));
            case YEAR -> Aggregation.of(a -> a.dateHistogram(d -> d.field(PageDocument.PUBLISHED)
                    .calendarInterval(CalendarInterval.Year).format("yyyy").minDocCount(1)));
        };
        return Aggregation.of(a -> a.filter(filters.except(facet)).aggregations(VALUES, values));
    }

    /**
     * Sentence-bounded fragments with matches in {@code <mark>}; the HTML encoder escapes the page text so the
     * marks are the only markup. The neutral body also yields its opening when nothing in it matched. Only the
     * searched fields are highlighted: the others cannot hold a match.
     */
    private static Highlight highlight(QueryLanguages languages) {
        List<NamedValue<HighlightField>> fields = Stream.concat(SearchFields.bodies(languages).stream(),
                SearchFields.titles(languages).stream()).map(SearchRequests::field).toList();
        return Highlight.of(h -> h.type(HighlighterType.Unified).encoder(HighlighterEncoder.Html)
                .preTags(Snippets.OPEN).postTags(Snippets.CLOSE)
                .boundaryScanner(BoundaryScanner.Sentence).fragmentSize(FRAGMENT_SIZE)
                .numberOfFragments(FRAGMENTS).fields(fields));
    }

    private static NamedValue<HighlightField> field(String name) {
        HighlightField field = name.equals(PageDocument.BODY)
                ? HighlightField.of(f -> f.noMatchSize(FRAGMENT_SIZE))
                : HighlightField.of(f -> f);
        return NamedValue.of(name, field);
    }

    /** Suggestions are for single words; phrases and title-only terms are kept as typed. */
    static Optional<String> suggestText(ParsedQuery query) {
        List<String> words = suggestableWords(query);
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    static List<String> suggestableWords(ParsedQuery query) {
        return query.positiveTerms().stream().filter(t -> !t.phrase() && !t.titleOnly())
                .map(ParsedQuery.Term::text).toList();
    }

    /** Only words missing from the index get a suggestion, so correctly spelt queries never get one. */
    private static FieldSuggester termSuggester() {
        return FieldSuggester.of(f -> f.term(t -> t.field(PageDocument.BODY).suggestMode(SuggestMode.Missing).size(1)));
    }
}
