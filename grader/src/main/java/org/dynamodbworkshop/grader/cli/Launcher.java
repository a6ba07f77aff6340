package org.dynamodbworkshop.grader.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What both launchers ({@code workshop} and {@code workshop.cmd}) start: rebuilds the course's tools when the build
 * files or the shared code changed since the last build, then starts {@link Bootstrap}. The launchers themselves only
 * build once, when there is nothing to start yet; every later check is this one, on every system.
 *
 * <p>Needs nothing but the JDK: it runs before the tools' dependencies are known to be there.
 */
public final class Launcher {

    /** Set by a launcher that has just built the tools, so that they are not built twice on first use. */
    static final String JUST_BUILT = "workshop.justBuilt";
    private static final List<String> SHARED_CODE = List.of("testkit/src", "common/src", "grader/src/main");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        // Not Workshop.courseRoot(): Workshop needs the dependencies, which are not loaded yet.
        Path root = Path.of(System.getProperty("workshop.courseRoot", ".")).toAbsolutePath().normalize();
        Path tools = root.resolve("grader").resolve("target");
        Path stamp = tools.resolve("workshop.stamp");
        if (Boolean.getBoolean(JUST_BUILT)) {
            touch(stamp);
        } else if (isStale(root, stamp)) {
            rebuild(root, tools.resolve("workshop-build.log"));
            touch(stamp);
        }
        Bootstrap.main(args);
    }

    private static boolean isStale(Path root, Path stamp) throws IOException {
        if (!Files.isRegularFile(stamp)) {
            return true;
        }
        FileTime built = Files.getLastModifiedTime(stamp);
        try (Stream<Path> poms = Files.walk(root, 2)) {
            if (poms.anyMatch(file -> file.getFileName().toString().equals("pom.xml") && isNewer(file, built))) {
                return true;
            }
        }
        for (String folder : SHARED_CODE) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    if (files.anyMatch(file -> Files.isRegularFile(file) && isNewer(file, built))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Builds the tools; the lessons compile too, but an unfinished exercise never stops it (see the launchers). */
    private static void rebuild(Path root, Path log) throws IOException, InterruptedException {
        System.err.println("workshop: building the course's tools (the build or the shared code changed)...");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Files.createDirectories(log.getParent());
        Process build;
        try {
            build = new ProcessBuilder(windows ? "mvn.cmd" : "mvn", "-q", "-B", "-Dmaven.compiler.failOnError=false",
                    "generate-test-sources")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            exit("Maven (mvn) is not on the PATH: install Maven 3.8 or newer");
            return;
        }
        if (build.waitFor() != 0) {
            exit("the build failed; see " + root.relativize(log));
        }
    }

    private static boolean isNewer(Path file, FileTime than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void touch(Path stamp) throws IOException {
        if (Files.exists(stamp)) {
            Files.setLastModifiedTime(stamp, FileTime.fromMillis(System.currentTimeMillis()));
        } else {
            Files.createFile(stamp);
        }
    }

    static void exit(String message) {
        System.err.println("workshop: " + message);
        System.exit(2);
    }
}
