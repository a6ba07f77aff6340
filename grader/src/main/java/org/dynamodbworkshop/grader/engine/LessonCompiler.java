package org.dynamodbworkshop.grader.engine;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.UsageException;

/**
 * Compiles a lesson the way the grader runs it: the course's given code and tests once, from the course's own
 * sources, then each submission's student files on their own against the given code.
 */
public final class LessonCompiler {

    /** Compiler messages beyond this are cut: the first errors are the ones that matter. */
    private static final int MAX_MESSAGE_LINES = 30;

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

    public LessonCompiler() {
        if (compiler == null) {
            throw new UsageException("The grader needs a JDK, not just a Java runtime: point JAVA_HOME at a JDK 17+");
        }
    }

    /**
     * Compiles the lesson's given code (with its stubs), then its tests, into {@code workDir}, and removes the
     * stubs' classes so that only a submission's own student classes ever sit beside the given code.
     */
    CompiledLesson compileCourse(Course course, Lesson lesson, Path workDir) {
        List<Path> dependencies = course.classpath(lesson);
        Path given = workDir.resolve("given");
        Path tests = workDir.resolve("tests");
        compileOrFail(lesson, javaFiles(lesson.dir().resolve("src/main/java")), dependencies, given);
        copyTree(lesson.dir().resolve("src/main/resources"), given);
        List<Path> testClasspath = new ArrayList<>(dependencies);
        testClasspath.add(0, given);
        compileOrFail(lesson, javaFiles(lesson.dir().resolve("src/test/java")), testClasspath, tests);
        copyTree(lesson.dir().resolve("src/test/resources"), tests);
        copyIfPresent(lesson.dir().resolve("lesson.json"), tests);
        copyIfPresent(lesson.dir().resolve("HINTS.md"), tests);
        lesson.studentClassNames().forEach(name -> deleteClassFiles(given, name));
        return new CompiledLesson(lesson, given, tests, dependencies);
    }

    /** Compiles a submission's student files; returns the compiler's messages, or an empty string on success. */
    public String compileStudentFiles(CompiledLesson lesson, List<Path> sources, Path out) {
        List<Path> classpath = new ArrayList<>(lesson.dependencies());
        classpath.add(0, lesson.givenClasses());
        return compile(sources, classpath, out);
    }

    private void compileOrFail(Lesson lesson, List<Path> sources, List<Path> classpath, Path out) {
        String errors = compile(sources, classpath, out);
        if (!errors.isEmpty()) {
            throw new UsageException("The course's own code of " + lesson.id() + " does not compile: " + errors);
        }
    }

    private String compile(List<Path> sources, List<Path> classpath, Path out) {
        createDirectories(out);
        if (sources.isEmpty()) {
            return "";
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-parameters",
                    "-nowarn", "-d", out.toString(), "-cp",
                    classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            StringWriter output = new StringWriter();
            boolean compiled = compiler.getTask(output, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            return compiled ? "" : describe(diagnostics.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> lines = diagnostics.stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> (diagnostic.getSource() == null ? ""
                        : Path.of(diagnostic.getSource().toUri()).getFileName() + ":" + diagnostic.getLineNumber() + ": ")
                        + diagnostic.getMessage(Locale.ROOT))
                .flatMap(String::lines)
                .toList();
        if (lines.size() <= MAX_MESSAGE_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, MAX_MESSAGE_LINES))
                + "\n... (" + (lines.size() - MAX_MESSAGE_LINES) + " more lines)";
    }

    public static List<Path> javaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteClassFiles(Path classes, String className) {
        Path folder = classes.resolve(className.replace('.', '/')).getParent();
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals(simpleName + ".class") || name.startsWith(simpleName + "$")) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyIfPresent(Path file, Path folder) {
        if (Files.isRegularFile(file)) {
            try {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A lesson compiled from the course's sources, ready for any submission.
     *
     * @param lesson the lesson
     * @param givenClasses the given code's classes and resources, without the stubs' classes
     * @param testClasses the tests' classes and resources, with lesson.json and HINTS.md
     * @param dependencies the lesson's test classpath from the build
     */
    public record CompiledLesson(Lesson lesson, Path givenClasses, Path testClasses, List<Path> dependencies) {
    }
}
