package org.dynamodbworkshop.grader.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.runner.TestRunner;
import org.dynamodbworkshop.testkit.DynamoDbTarget;
import org.dynamodbworkshop.testkit.LocalDynamoDbServer;

/**
 * Runs a lesson's tests inside this JVM, for the watch mode. DynamoDB Local starts once and stays up across runs, and
 * so do the libraries (see {@link WatchClassLoaders}), so that a run after a save takes seconds. Unlike the grader's
 * test JVMs it does not contain crashes: it runs a learner's own code on their own machine.
 */
final class InProcessRunner implements AutoCloseable {

    private final CompiledLesson lesson;
    private final long testTimeoutSeconds;
    private final LocalDynamoDbServer dynamoDb;
    private final WatchClassLoaders classLoaders;

    InProcessRunner(CompiledLesson lesson, Duration testTimeout) {
        this.lesson = lesson;
        this.testTimeoutSeconds = testTimeout.toSeconds();
        this.dynamoDb = LocalDynamoDbServer.startInMemory();
        // Each run's test kit reads it, so every run uses this server.
        System.setProperty(DynamoDbTarget.LOCAL_ENDPOINT_PROPERTY, dynamoDb.endpoint().toString());
        this.classLoaders = new WatchClassLoaders(lesson);
    }

    /**
     * Runs every test of the lesson against the student's compiled classes, handing on each exercise's result as soon
     * as its tests have finished.
     */
    LessonResult run(Path studentClasses, Consumer<ExerciseResult> onExerciseFinished) {
        RunProgress progress = new RunProgress(lesson.lesson(), onExerciseFinished);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader classes = classLoaders.forRun(studentClasses)) {
            // JUnit and the test kit find the tests and lesson.json through it.
            thread.setContextClassLoader(classes);
            classes.loadClass(TestRunner.class.getName())
                    .getMethod("run", Path.class, Set.class, long.class, Set.class, PrintWriter.class)
                    .invoke(null, lesson.testClasses(), Set.of(), testTimeoutSeconds,
                            Set.copyOf(lesson.lesson().studentClassNames()),
                            new PrintWriter(new LineWriter(progress::readLine), true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The tests could not run: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The test runner is not on the lesson's classpath", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return progress.result();
    }

    @Override
    public void close() {
        System.clearProperty(DynamoDbTarget.LOCAL_ENDPOINT_PROPERTY);
        try {
            classLoaders.close();
        } finally {
            dynamoDb.close();
        }
    }

    /** Hands on each line written to it as soon as the line ends. */
    private static final class LineWriter extends Writer {

        private final StringBuilder line = new StringBuilder();
        private final Consumer<String> onLine;

        LineWriter(Consumer<String> onLine) {
            this.onLine = onLine;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    onLine.accept(line.toString());
                    line.setLength(0);
                } else if (chars[i] != '\r') {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
            // Each line went on when it ended.
        }

        @Override
        public void close() {
            // Nothing is held open.
        }
    }
}
