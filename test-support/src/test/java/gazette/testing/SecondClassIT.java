package gazette.testing;

/** One of two classes that run {@link SharedClusterContract}. */
@WithElasticsearch
class SecondClassIT extends SharedClusterContract {}
