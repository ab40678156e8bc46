package gazette.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the class against the official Elasticsearch image with Gazette's analysis plugins (see
 * {@link DockerElasticsearch}); without a Docker engine every test is reported as skipped, with the reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith({DockerAvailable.class, ElasticsearchExtension.class})
public @interface WithDockerElasticsearch {}
