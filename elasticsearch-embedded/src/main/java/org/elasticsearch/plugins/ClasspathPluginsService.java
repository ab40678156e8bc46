package org.elasticsearch.plugins;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

/**
 * Loads plugins from classes on the application class path instead of plugin folders on disk.
 *
 * <p>Lives in Elasticsearch's package because {@code LoadedPlugin} and {@code loadPlugin} are package-private; this
 * split package only works on the class path, not the module path.
 */
public class ClasspathPluginsService extends PluginsService {
    private final List<LoadedPlugin> loaded;

    public ClasspathPluginsService(Settings settings, Environment env, Collection<Class<? extends Plugin>> classes) {
        super(settings, env.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        loaded = classes.stream().map(c -> load(c, settings, env)).toList();
    }

    private static LoadedPlugin load(Class<? extends Plugin> type, Settings settings, Environment env) {
        Plugin plugin = loadPlugin(type, settings, env.configDir());
        return new LoadedPlugin(descriptor(type), plugin, type.getClassLoader());
    }

    private static PluginDescriptor descriptor(Class<? extends Plugin> type) {
        return new PluginDescriptor(type.getName(), "class path plugin", "NA", Build.current().version(),
                Integer.toString(Runtime.version().feature()), type.getName(), null, List.of(),
                false, false, false, false, PluginDescriptor.DeploymentTarget.ALL);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return loaded;
    }

    @Override
    public PluginsAndModules info() {
        var infos = loaded.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList();
        return new PluginsAndModules(infos, List.of());
    }
}
