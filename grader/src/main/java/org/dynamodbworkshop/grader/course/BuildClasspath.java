package org.dynamodbworkshop.grader.course;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The classpath file the build writes into each module's build folder (the root pom's {@code workshop-classpath}):
 * the module's test dependencies, separated as the platform separates paths. The one reader of that file; it needs
 * nothing but the JDK, since the launcher reads the grader's own before any dependency is loaded.
 */
public final class BuildClasspath {

    public static final String FILE_NAME = "workshop-classpath.txt";

    private BuildClasspath() {
    }

    /** The entries of the file in {@code buildFolder}, or empty if the build has not written it. */
    public static List<Path> read(Path buildFolder) {
        Path file = buildFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean exists(Path buildFolder) {
        return Files.isRegularFile(buildFolder.resolve(FILE_NAME));
    }

    /** Entries of a classpath string such as {@code java.class.path}. */
    public static List<Path> parse(String classpath) {
        return Stream.of(classpath.strip().split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(Path::of).toList();
    }
}
