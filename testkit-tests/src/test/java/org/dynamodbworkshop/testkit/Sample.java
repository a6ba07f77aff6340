package org.dynamodbworkshop.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a sample test class: one that a test of the test kit runs with JUnit's {@code EngineTestKit} (see
 * {@link Samples}) to watch what the test kit makes of its outcome. Samples are static nested classes, which Maven
 * does not run on its own; any other run, such as an IDE's run of the whole package, skips them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Samples.OnlyWhenRunAsSample.class)
@interface Sample {
}
