package org.dynamodbworkshop.grader.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.engine.LessonGrader;
import org.dynamodbworkshop.grader.runner.ClassPaths;
import org.dynamodbworkshop.grader.runner.TestRunner;

/**
 * The class loaders of the watch mode's runs. The libraries (SDK, JUnit, AssertJ) and the test runner load once, so
 * that a run after a save finds them loaded and compiled. Each run loads afresh, in a child loader, the student's
 * classes and whatever must see them: the lesson's given code and tests, which share packages with the student's
 * classes, and the course's own libraries (see {@link CompiledLesson#courseLibraries()}).
 */
final class WatchClassLoaders implements AutoCloseable {

    private final URLClassLoader libraries;
    private final CompiledLesson lesson;

    WatchClassLoaders(CompiledLesson lesson) {
        this.lesson = lesson;
        List<Path> libraryPath = new ArrayList<>(lesson.libraries());
        libraryPath.add(LessonGrader.codeSource(TestRunner.class));
        this.libraries = new URLClassLoader(ClassPaths.urls(libraryPath), ClassLoader.getPlatformClassLoader());
    }

    /** A fresh loader for one run, over the student's classes. */
    URLClassLoader forRun(Path studentClasses) {
        return new URLClassLoader(ClassPaths.urls(Stream.concat(lesson.lessonClasspath(studentClasses).stream(),
                lesson.courseLibraries().stream()).toList()), libraries);
    }

    @Override
    public void close() {
        try {
            libraries.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
