package org.dynamodbworkshop.grader.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.engine.LessonGrader;
import org.dynamodbworkshop.grader.runner.ForkedRunner;

/**
 * The class loaders of the watch mode's runs. The libraries (SDK, JUnit, AssertJ) and the test runner load once, so
 * that a run after a save finds them loaded and compiled. Each run loads afresh, in a child loader, the student's
 * classes and whatever must see them:
 * <ul>
 *   <li>the lesson's given code and tests, which share packages with the student's classes and reach their
 *       package-private members, so they need the same loader;</li>
 *   <li>the Enhanced Client, which builds an entity's schema through a lookup of its own classes, so it must be
 *       loaded where the given entities are;</li>
 *   <li>the course's own libraries (test kit, common code), which link to the Enhanced Client.</li>
 * </ul>
 */
final class WatchClassLoaders implements AutoCloseable {

    private static final String ENHANCED_CLIENT_JAR = "dynamodb-enhanced-";

    private final URLClassLoader libraries;
    private final List<Path> perRunPath;

    WatchClassLoaders(CompiledLesson lesson, Path courseRoot) {
        Predicate<Path> loadedPerRun = loadedPerRun(courseRoot);
        List<Path> libraryPath = new ArrayList<>(lesson.dependencies().stream().filter(loadedPerRun.negate()).toList());
        libraryPath.add(LessonGrader.codeSource(ForkedRunner.class));
        this.libraries = new URLClassLoader(urls(libraryPath), ClassLoader.getPlatformClassLoader());
        this.perRunPath = Stream.concat(Stream.of(lesson.givenClasses(), lesson.testClasses()),
                lesson.dependencies().stream().filter(loadedPerRun)).toList();
    }

    /** A fresh loader for one run, over the student's classes. */
    URLClassLoader forRun(Path studentClasses) {
        return new URLClassLoader(urls(Stream.concat(Stream.of(studentClasses), perRunPath.stream()).toList()),
                libraries);
    }

    @Override
    public void close() {
        try {
            libraries.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Predicate<Path> loadedPerRun(Path courseRoot) {
        Path root = realPath(courseRoot);
        return entry -> entry.getFileName().toString().startsWith(ENHANCED_CLIENT_JAR)
                || Files.exists(entry) && realPath(entry).startsWith(root);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
