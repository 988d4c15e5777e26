package org.precursor.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on a real PostgreSQL server instead of H2, in a database of its own context. Test classes with
 * the same configuration otherwise share that context, and so the database, as their H2 twins do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = PostgresTestDatabase.FreshDatabase.class)
public @interface OnPostgres {

}
