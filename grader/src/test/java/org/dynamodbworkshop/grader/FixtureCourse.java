package org.dynamodbworkshop.grader;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.cli.Workshop;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Isolation;
import org.dynamodbworkshop.grader.engine.LessonGrader;
import org.dynamodbworkshop.grader.engine.Limits;

/**
 * The grader's fixture course ({@code src/test/resources/fixture-course}): one lesson, {@value #LESSON}, whose tests
 * use plain JUnit Jupiter and AssertJ and run in a second, and its submissions ({@code fixture-submissions/<case>}).
 *
 * <p>Each test run copies the course once into this module's build folder and does what a build of the course would:
 * writes the lesson's {@code workshop-classpath.txt}, here from the jars of this JVM that the lesson's tests need. The
 * copy also gets the real course's launcher ({@code workshop}) and the grader's platform scripts, so that its exports
 * hold what the real course's do.
 */
public final class FixtureCourse {

    public static final String LESSON = "lesson9-playlist";
    public static final String STUDENT_FILE = "src/main/java/org/dynamodbworkshop/lesson9/Playlist.java";
    public static final String BUILD_DIR_NAME = "target";

    /** The libraries the fixture lesson's tests run with, by one class of each. */
    private static final List<String> TEST_LIBRARIES = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.engine.JupiterTestEngine",
            "org.junit.platform.engine.TestEngine",
            "org.junit.platform.commons.JUnitException",
            "org.opentest4j.AssertionFailedError",
            "org.apiguardian.api.API",
            "org.assertj.core.api.Assertions",
            "net.bytebuddy.ByteBuddy");

    private static final Path TEST_CLASSES = LessonGrader.codeSource(FixtureCourse.class);
    private static final Path WORK = TEST_CLASSES.resolveSibling("fixture");
    private static Course course;
    private static Grader grader;

    private FixtureCourse() {
    }

    /** The copy of the fixture course for this test run, built. */
    public static synchronized Course course() {
        if (course == null) {
            deleteTree(WORK);
            Path root = WORK.resolve("course");
            copyTree(TEST_CLASSES.resolve("fixture-course"), root);
            Path realRoot = realCourseRoot();
            copy(realRoot.resolve("workshop"), root.resolve("workshop"));
            copyTree(realRoot.resolve("grader/platforms"), root.resolve("grader/platforms"));
            build(root);
            course = Course.at(root, BUILD_DIR_NAME);
        }
        return course;
    }

    /** One grader with the default limits for the tests that need no other, so the lesson is compiled once. */
    public static synchronized Grader grader() {
        if (grader == null) {
            grader = new Grader(course(), Limits.DEFAULTS, workFolder("grader"));
        }
        return grader;
    }

    /** A grader of its own, with other limits. */
    public static Grader grader(Limits limits, String name) {
        return new Grader(course(), limits, workFolder(name));
    }

    /** A grader of its own, with other limits and one test JVM of the given kind. */
    public static Grader grader(Limits limits, Isolation isolation, String name) {
        return new Grader(course(), limits, isolation, 1, workFolder(name));
    }

    /** A submission of {@code src/test/resources/fixture-submissions}, such as {@code hanging}. */
    public static Path submission(String name) {
        Path folder = TEST_CLASSES.resolve("fixture-submissions").resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No fixture submission " + name);
        }
        return folder;
    }

    /** A new folder laid out like a checkout that holds the reference solution's student file. */
    public static Path solved(String name) {
        Path folder = workFolder(name);
        copy(course().solutions().orElseThrow().resolve(LESSON).resolve(STUDENT_FILE),
                folder.resolve(LESSON).resolve(STUDENT_FILE));
        return folder;
    }

    /** A new folder holding a student's untouched checkout: the course without its solutions and build output. */
    public static Path checkout(String name) {
        Path folder = workFolder(name);
        Path root = course().root();
        for (Path file : files(root)) {
            Path relative = root.relativize(file);
            boolean buildOutput = false;
            for (Path part : relative) {
                buildOutput |= part.toString().equals(BUILD_DIR_NAME);
            }
            if (!relative.startsWith("solutions") && !buildOutput) {
                copy(file, folder.resolve(relative.toString()));
            }
        }
        return folder;
    }

    /** An empty folder of this test run's work folder, made anew. */
    public static Path workFolder(String name) {
        course();
        Path folder = WORK.resolve(name);
        deleteTree(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This test run's work folder, which holds the course's copy and every other folder made here. */
    public static Path work() {
        course();
        return WORK;
    }

    /**
     * Does what building a copy of the fixture course does for the grader: writes its lesson's test classpath, as the
     * real course's build writes {@code <module>/target/workshop-classpath.txt}.
     */
    public static void build(Path courseRoot) {
        String classpath = TEST_LIBRARIES.stream()
                .map(FixtureCourse::load)
                .map(LessonGrader::codeSource)
                .map(Path::toString)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
        write(courseRoot.resolve(LESSON).resolve(BUILD_DIR_NAME).resolve("workshop-classpath.txt"), classpath);
    }

    /**
     * Does what the launcher's first build does for the course's tools: puts this grader's classes and the grader's
     * classpath file where {@code ./workshop} runs them from, and marks the build as newer than every file, so the
     * launcher runs the grader without building anything.
     */
    public static void buildTools(Path courseRoot) {
        Path classes = LessonGrader.codeSource(Workshop.class);
        Path tools = courseRoot.resolve("grader").resolve("target");
        copyTree(classes, tools.resolve("classes"));
        copy(classes.resolveSibling("workshop-classpath.txt"), tools.resolve("workshop-classpath.txt"));
        Path stamp = tools.resolve("workshop.stamp");
        write(stamp, "");
        try {
            Files.setLastModifiedTime(stamp, FileTime.from(Instant.now().plus(Duration.ofHours(1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout of the course this module belongs to, as the build tells its tests. */
    public static Path realCourseRoot() {
        return Path.of(System.getProperty("workshop.courseRoot", "..")).toAbsolutePath().normalize();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file, keeping its attributes (a script stays executable). */
    public static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        for (Path file : files(from)) {
            copy(file, to.resolve(from.relativize(file).toString()));
        }
    }

    /** The regular files under a folder, in name order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, FixtureCourse.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is not on the grader's test classpath", e);
        }
    }
}
