package org.dynamodbworkshop.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a lesson's test class: its tests may take a {@link TestDynamoDb} parameter, and their failures name the
 * exercise and its hint. Put the exercise id on the class as a tag too, e.g. {@code @Tag("1.4")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DynamoDbExtension.class)
public @interface LessonTest {
}
