package org.elasticsearch.node;

import java.util.Collection;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins are classes on the class path.
 *
 * <p>Lives in Elasticsearch's package because {@code NodeConstruction} and {@code NodeServiceProvider} are
 * package-private, and {@code Node}'s public constructor only takes plugin folders.
 */
public class EmbeddedNode extends Node {
    public EmbeddedNode(Environment env, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(env, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment environment, PluginsLoader ignored) {
                return new ClasspathPluginsService(environment.settings(), environment, plugins);
            }
        }, true));
    }
}
