package org.precursor.support;

import java.util.Collections;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Keeps every test context independent of the shell that runs the build. Spring Boot lets environment variables
 * outrank {@code src/test/resources/config/application.properties}, so an exported {@code PRECURSOR_ADMIN_PASSWORD},
 * {@code SPRING_PROFILES_ACTIVE=postgres}, {@code SPRING_DATASOURCE_URL}, {@code PRECURSOR_SEED_ENABLED} or
 * {@code LOGGING_LEVEL_ROOT} would otherwise change what the tests see. This hides the operating-system environment
 * from Spring's configuration (before Spring Boot reads profiles, config files or logging settings) and pins the
 * first admin to {@link TestAdmin}.
 * <p>
 * Only Spring's view is affected: the switches that tests read themselves with {@link System#getenv}, such as
 * {@code PRECURSOR_REQUIRE_BROWSER}, {@code PRECURSOR_REQUIRE_SEEDS}, {@code PRECURSOR_SEEDS_DIR} and
 * {@code CHROMIUM_BINARY}, work as before. A test can still set its own values with
 * {@code @SpringBootTest(properties = ...)} or {@code @DynamicPropertySource}, which outrank these.
 * Registered for the test classpath only, in {@code src/test/resources/META-INF/spring.factories}.
 */
public class HermeticEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "hermeticTestProperties";

	private static final Map<String, Object> PINNED = Map.of("precursor.admin.username", TestAdmin.USERNAME,
			"precursor.admin.password", TestAdmin.PASSWORD);

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		MutablePropertySources sources = environment.getPropertySources();
		String environmentVariables = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		if (sources.contains(environmentVariables)) {
			sources.replace(environmentVariables,
					new SystemEnvironmentPropertySource(environmentVariables, Collections.emptyMap()));
		}
		MapPropertySource pinned = new MapPropertySource(PROPERTY_SOURCE_NAME, PINNED);
		if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, pinned);
		}
		else {
			sources.addFirst(pinned);
		}
	}

	/** Before Spring Boot's own post-processors, which read profiles, config locations and JSON from it. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
