package gazette.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gazette} command: one entry point for the demo, the crawler, the search server and the embedded node. */
@Command(
        name = "gazette",
        mixinStandardHelpOptions = true,
        versionProvider = GazetteVersion.class,
        description = "Crawls government news sites, indexes them in every language, and serves search.",
        subcommands = {DemoCommand.class, CrawlCommand.class, ServeCommand.class, EsCommand.class, ExtractCommand.class,
                StatusCommand.class, ExplainCommand.class, SitesCommand.class, CommandLine.HelpCommand.class})
public final class Gazette {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    static CommandLine commandLine() {
        return new CommandLine(new Gazette())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorHandler());
    }
}
