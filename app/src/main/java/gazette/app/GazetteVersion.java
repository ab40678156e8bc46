package gazette.app;

import picocli.CommandLine.IVersionProvider;

/** Reports the build's version from the jar manifest. */
final class GazetteVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Gazette.class.getPackage().getImplementationVersion();
        return new String[] {"gazette " + (version == null ? "development build" : version) + ", Elasticsearch 9.5.3"};
    }
}
