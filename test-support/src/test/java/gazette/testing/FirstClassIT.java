package gazette.testing;

/** One of two classes that run {@link SharedClusterContract}. */
@WithElasticsearch
class FirstClassIT extends SharedClusterContract {}
