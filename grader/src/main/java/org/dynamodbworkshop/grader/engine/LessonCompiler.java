package org.dynamodbworkshop.grader.engine;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
import org.dynamodbworkshop.grader.course.Stubs;
import org.dynamodbworkshop.grader.course.UsageException;

/**
 * Compiles a lesson the way the grader runs it: the course's given code and tests once, from the course's own
 * sources, then each submission's student files on their own against the given code.
 */
public final class LessonCompiler {

    /** Compiler messages beyond this are cut: the first errors are the ones that matter. */
    static final int MAX_MESSAGE_LINES = 30;

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

    public LessonCompiler() {
        if (compiler == null) {
            throw new UsageException("The grader needs a JDK, not just a Java runtime: point JAVA_HOME at a JDK 17+");
        }
    }

    /**
     * Compiles the lesson's given code against the course's stubs of the student files, then its tests, into
     * {@code workDir}, and removes the stubs' classes so that only a submission's own student classes ever sit beside
     * the given code.
     *
     * <p>The stubs are the course's (see {@link Stubs#forCompiling}), never a learner's unfinished file: a compile error
     * in a student file is the learner's, reported when their files are compiled. Only when no stub of a student file
     * can be found (a copy of the course outside git whose student file was edited) is the file itself compiled here;
     * if it does not compile, that is reported as {@link StudentFilesDoNotCompile}.
     *
     * @throws UsageException if the course's own code does not compile
     * @throws StudentFilesDoNotCompile if a student file compiled here for want of a stub does not compile, or the
     *     tests do not compile against it
     */
    CompiledLesson compileCourse(Course course, Lesson lesson, Path workDir) {
        List<Path> dependencies = course.classpath(lesson);
        Path given = workDir.resolve("given");
        Path tests = workDir.resolve("tests");
        Set<Path> studentFiles = new HashSet<>();
        lesson.studentFiles().forEach(file -> studentFiles.add(lesson.dir().resolve(file).normalize()));
        List<Path> sources = new ArrayList<>();
        for (Path file : javaFiles(lesson.dir().resolve("src/main/java"))) {
            if (!studentFiles.contains(file.normalize())) {
                sources.add(file);
            }
        }
        List<Path> withoutStub = new ArrayList<>();
        for (String file : lesson.studentFiles()) {
            Optional<Stubs.Stub> stub = Stubs.forCompiling(lesson, file);
            if (stub.isPresent()) {
                sources.add(stub.get().writeUnder(workDir.resolve("stubs")));
            } else if (Files.isRegularFile(lesson.dir().resolve(file))) {
                sources.add(lesson.dir().resolve(file));
                withoutStub.add(lesson.dir().resolve(file).normalize());
            }
        }
        Compilation givenCode = compile(sources, dependencies, given);
        if (!givenCode.succeeded()) {
            List<Path> failing = givenCode.failingFiles(withoutStub);
            if (!failing.isEmpty()) {
                throw new StudentFilesDoNotCompile(lesson, failing, givenCode.describe(failing));
            }
            throw new UsageException("The course's own code of " + lesson.id() + " does not compile: "
                    + givenCode.describe(List.of()));
        }
        copyTree(lesson.dir().resolve("src/main/resources"), given);
        List<Path> testClasspath = new ArrayList<>(dependencies);
        testClasspath.add(0, given);
        Compilation testCode = compile(javaFiles(lesson.dir().resolve("src/test/java")), testClasspath, tests);
        if (!testCode.succeeded()) {
            if (!withoutStub.isEmpty()) {
                throw new StudentFilesDoNotCompile(lesson, withoutStub, "The tests of " + lesson.id()
                        + " do not compile against " + names(withoutStub) + " (was a public method's signature"
                        + " changed?):\n" + testCode.describe(List.of()));
            }
            throw new UsageException("The course's own tests of " + lesson.id() + " do not compile: "
                    + testCode.describe(List.of()));
        }
        copyTree(lesson.dir().resolve("src/test/resources"), tests);
        copyIfPresent(lesson.dir().resolve("lesson.json"), tests);
        copyIfPresent(lesson.dir().resolve("HINTS.md"), tests);
        lesson.studentClassNames().forEach(name -> deleteClassFiles(given, name));
        return new CompiledLesson(lesson, given, tests, dependencies);
    }

    /** Compiles a submission's student files; returns the compiler's messages, or an empty string on success. */
    public String compileStudentFiles(CompiledLesson lesson, List<Path> sources, Path out) {
        return compileAgainstGivenCode(lesson, sources, out).describe(List.of());
    }

    /** Compiles sources against a lesson's given code (and its dependencies). */
    public Compilation compileAgainstGivenCode(CompiledLesson lesson, List<Path> sources, Path out) {
        List<Path> classpath = new ArrayList<>(lesson.dependencies());
        classpath.add(0, lesson.givenClasses());
        return compile(sources, classpath, out);
    }

    private Compilation compile(List<Path> sources, List<Path> classpath, Path out) {
        createDirectories(out);
        if (sources.isEmpty()) {
            return new Compilation(List.of());
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-parameters",
                    "-nowarn", "-d", out.toString(), "-cp",
                    classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            StringWriter output = new StringWriter();
            boolean compiled = compiler.getTask(output, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<CompileError> errors = diagnostics.getDiagnostics().stream()
                    .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                    .map(CompileError::of)
                    .toList();
            if (!compiled && errors.isEmpty()) {
                errors = List.of(new CompileError(null, 0, output.toString().strip()));
            }
            return new Compilation(errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(file -> file.getFileName().toString()).toList());
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

        private static final String ENHANCED_CLIENT_JAR = "dynamodb-enhanced-";

        /** The dependencies a JVM that runs the lesson many times keeps loaded: the libraries (SDK, JUnit, AssertJ). */
        public List<Path> libraries() {
            return dependencies.stream().filter(dependency -> !loadedPerRun(dependency)).toList();
        }

        /**
         * The dependencies loaded afresh with each run's classes, as they must see them: the course's own libraries
         * (test kit, common code), which link to the Enhanced Client; and the Enhanced Client, which builds an
         * entity's schema through a lookup of its own classes, so it must be loaded where the given entities are.
         */
        public List<Path> courseLibraries() {
            return dependencies.stream().filter(this::loadedPerRun).toList();
        }

        /** The classes of one run: the student's, the given code and the tests, which share packages. */
        public List<Path> lessonClasspath(Path studentClasses) {
            return List.of(studentClasses, givenClasses, testClasses);
        }

        private boolean loadedPerRun(Path dependency) {
            return dependency.getFileName().toString().startsWith(ENHANCED_CLIENT_JAR)
                    || Files.exists(dependency) && realPath(dependency).startsWith(realPath(lesson.dir().getParent()));
        }

        private static Path realPath(Path path) {
            try {
                return path.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * One error of the compiler.
     *
     * @param file the source file, if the error has one
     * @param line its line, from 1 (0 if unknown)
     * @param message the compiler's message
     */
    public record CompileError(Path file, long line, String message) {

        static CompileError of(Diagnostic<? extends JavaFileObject> diagnostic) {
            Path file = diagnostic.getSource() == null ? null : Path.of(diagnostic.getSource().toUri()).normalize();
            return new CompileError(file, Math.max(0, diagnostic.getLineNumber()), diagnostic.getMessage(Locale.ROOT));
        }

        /** As a person reads it: {@code MusicCatalog.java:73: ';' expected}. */
        @Override
        public String toString() {
            return (file == null ? "" : file.getFileName() + ":" + line + ": ") + message;
        }
    }

    /**
     * What the compiler said.
     *
     * @param errors its errors, in its order; none if it compiled
     */
    public record Compilation(List<CompileError> errors) {

        public boolean succeeded() {
            return errors.isEmpty();
        }

        /** Those of {@code files} that have errors. */
        public List<Path> failingFiles(List<Path> files) {
            return files.stream()
                    .filter(file -> errors.stream().anyMatch(error -> file.normalize().equals(error.file())))
                    .toList();
        }

        /**
         * The messages, the errors of {@code first} first (the others may follow from them), cut after
         * {@value LessonCompiler#MAX_MESSAGE_LINES} lines: the first errors are the ones that matter. Empty if it
         * compiled.
         */
        public String describe(List<Path> first) {
            List<CompileError> ordered = new ArrayList<>(errors.stream()
                    .filter(error -> first.contains(error.file())).toList());
            errors.stream().filter(error -> !first.contains(error.file())).forEach(ordered::add);
            List<String> lines = ordered.stream().map(CompileError::toString).flatMap(String::lines).toList();
            if (lines.size() <= MAX_MESSAGE_LINES) {
                return String.join("\n", lines);
            }
            return String.join("\n", lines.subList(0, MAX_MESSAGE_LINES))
                    + "\n... (" + (lines.size() - MAX_MESSAGE_LINES) + " more lines)";
        }
    }
}
