package org.dynamodbworkshop.grader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dynamodbworkshop.grader.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.fork.ForkedRunner;
import org.dynamodbworkshop.grader.report.LessonResult;
import org.dynamodbworkshop.grader.report.LessonStatus;
import org.dynamodbworkshop.testkit.DynamoDbTarget;
import org.dynamodbworkshop.testkit.LocalDynamoDbServer;

/**
 * Runs a lesson's tests inside this JVM, for the watch mode. DynamoDB Local starts once and stays up across runs;
 * each run loads the lesson, its tests and their libraries in a fresh class loader (the Enhanced Client must see
 * the entities from its own loader). Unlike the grader's forks it does not contain crashes: it runs a learner's
 * own code on their own machine.
 */
final class InProcessRunner implements AutoCloseable {

    private final CompiledLesson lesson;
    private final long testTimeoutSeconds;
    private final LocalDynamoDbServer dynamoDb;

    InProcessRunner(CompiledLesson lesson, Duration testTimeout) {
        this.lesson = lesson;
        this.testTimeoutSeconds = testTimeout.toSeconds();
        this.dynamoDb = LocalDynamoDbServer.startInMemory();
        System.setProperty(DynamoDbTarget.LOCAL_ENDPOINT_PROPERTY, dynamoDb.endpoint().toString());
    }

    /** Runs every test of the lesson against the student's compiled classes. */
    LessonResult run(Path studentClasses) {
        List<Path> classpath = new ArrayList<>(List.of(studentClasses, lesson.givenClasses(), lesson.testClasses()));
        classpath.addAll(lesson.dependencies());
        classpath.add(LessonGrader.codeSource(ForkedRunner.class));
        StringWriter events = new StringWriter();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader classes = new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(classes);
            classes.loadClass(ForkedRunner.class.getName())
                    .getMethod("run", Path.class, Set.class, long.class, Set.class, PrintWriter.class)
                    .invoke(null, lesson.testClasses(), Set.of(), testTimeoutSeconds,
                            Set.copyOf(lesson.lesson().studentClassNames()), new PrintWriter(events, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The tests could not run: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The test runner is not on the lesson's classpath", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        ForkEvents results = new ForkEvents();
        results.read(events.toString().lines().toList());
        return LessonGrader.result(lesson.lesson().manifest(), LessonStatus.GRADED, "", results.tests());
    }

    @Override
    public void close() {
        System.clearProperty(DynamoDbTarget.LOCAL_ENDPOINT_PROPERTY);
        dynamoDb.close();
    }

    private static URL[] urls(List<Path> paths) {
        try {
            List<URL> urls = new ArrayList<>();
            for (Path path : paths) {
                urls.add(path.toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
