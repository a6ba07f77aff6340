package org.dynamodbworkshop.grader.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Stubs;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.engine.LessonCompiler.Compilation;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.engine.LessonCompiler;

/**
 * A lesson's code, compiled so that the command line can run it: the lesson's given code together with either the
 * learner's student files from the checkout or the course's reference solution. The lesson's Maven-built classes are
 * never used for this, since they may be stale or missing.
 *
 * <p>Compiled classes are kept under the lesson's build folder, one folder per distinct set of sources, so repeated
 * runs of unchanged code start at once and runs in parallel never share a half-written folder.
 */
public final class LessonClasses {

    private static final String CACHE_FOLDER = "workshop-scripts";
    private static final String STUBS_FOLDER = "workshop-stubs";
    /** Older classes than this are of sources that changed since, and no longer in use. */
    private static final java.time.Duration STALE_AFTER = java.time.Duration.ofHours(1);

    private final Lesson lesson;
    private final Path classes;
    private final List<Path> dependencies;

    private LessonClasses(Lesson lesson, Path classes, List<Path> dependencies) {
        this.lesson = lesson;
        this.classes = classes;
        this.dependencies = dependencies;
    }

    /** Which version of the student files to compile with the lesson's given code. */
    public enum Version {
        /** The learner's student files, from the checkout. */
        LEARNER,
        /** The course's reference solution. */
        REFERENCE,
        /** The course's stubs (see {@link Stubs#forCompiling}): enough to list the scripts. */
        STUB
    }

    /**
     * Compiles the lesson (or reuses the classes of an earlier run with the same sources).
     *
     * @param reference whether to use the course's reference solution instead of the learner's student files
     * @throws UsageException if there is no reference solution, or the code does not compile (with the compiler's
     *     messages, which name the file and line)
     */
    public static LessonClasses compile(Course course, Lesson lesson, boolean reference) {
        return compile(course, lesson, reference ? Version.REFERENCE : Version.LEARNER);
    }

    /**
     * Compiles the lesson with a version of its student files (or reuses the classes of an earlier run with the same
     * sources).
     *
     * @throws UsageException if that version is missing, or the code does not compile (with the compiler's messages,
     *     which name the file and line)
     */
    public static LessonClasses compile(Course course, Lesson lesson, Version version) {
        List<Path> dependencies = course.classpath(lesson);
        Path sourceRoot = lesson.dir().resolve("src/main/java");
        Set<Path> studentFiles = new HashSet<>();
        lesson.studentFiles().forEach(file -> studentFiles.add(lesson.dir().resolve(file).normalize()));
        List<Path> sources = new ArrayList<>();
        for (Path file : LessonCompiler.javaFiles(sourceRoot)) {
            if (!studentFiles.contains(file.normalize())) {
                sources.add(file);
            }
        }
        Path cache = lesson.dir().resolve(course.buildDirName()).resolve(CACHE_FOLDER);
        List<Path> chosen = switch (version) {
            case REFERENCE -> referenceFiles(course, lesson);
            case LEARNER -> studentFiles(lesson);
            case STUB -> stubFiles(lesson, lesson.dir().resolve(course.buildDirName()).resolve(STUBS_FOLDER));
        };
        sources.addAll(chosen);
        Path resources = lesson.dir().resolve("src/main/resources");

        String fingerprint = fingerprint(sources, resources, dependencies);
        Path classes = cache.resolve(version.name().toLowerCase(Locale.ROOT) + "-" + fingerprint);
        if (!Files.isDirectory(classes)) {
            build(course, lesson, sources, chosen, resources, dependencies, cache, classes, version);
            removeStale(cache, classes);
        }
        return new LessonClasses(lesson, classes, dependencies);
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The folder of the compiled classes: one per distinct set of sources. */
    public Path folder() {
        return classes;
    }

    /**
     * A class loader of its own for the lesson: its compiled classes, then {@code tools} (the classpath of the code
     * that runs it), then the lesson's dependencies, under the platform class loader. Everything the lesson's code
     * meets, the SDK included, is loaded once by this loader, so the SDK can map the lesson's own classes (the
     * Enhanced Client's bean schemas need that); only JDK types pass between it and its caller.
     */
    public URLClassLoader isolatedClassLoader(List<Path> tools) {
        java.util.LinkedHashSet<Path> entries = new java.util.LinkedHashSet<>();
        entries.add(classes);
        entries.addAll(tools);
        entries.addAll(dependencies);
        return new URLClassLoader("lesson " + lesson.id(), entries.stream().map(LessonClasses::url).toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
    }

    private static void build(Course course, Lesson lesson, List<Path> sources, List<Path> chosen, Path resources,
                              List<Path> dependencies, Path cache, Path classes, Version version) {
        try {
            Files.createDirectories(cache);
            Path work = Files.createTempDirectory(cache, "compiling-");
            Path empty = Files.createDirectories(work.resolve("no-classes"));
            Path out = work.resolve("classes");
            // The grader's compiler, used as a plain javac: the sources against the lesson's dependencies.
            LessonCompiler compiler = new LessonCompiler();
            Compilation compilation = compiler.compileAgainstGivenCode(
                    new CompiledLesson(lesson, empty, empty, dependencies), sources, out);
            if (!compilation.succeeded()) {
                deleteTree(work);
                throw new UsageException(compileFailure(course, lesson, chosen, version, compilation));
            }
            LessonCompiler.copyTree(resources, out);
            try {
                Files.move(out, classes, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // Another run compiled the same sources first: its classes are as good.
            } catch (IOException e) {
                if (!Files.isDirectory(classes)) {
                    throw e;
                }
            }
            deleteTree(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the classes of earlier versions of the sources, once no run can still be using them. */
    private static void removeStale(Path cache, Path current) {
        java.time.Instant old = java.time.Instant.now().minus(STALE_AFTER);
        try (Stream<Path> folders = Files.list(cache)) {
            for (Path folder : folders.toList()) {
                if (!folder.equals(current) && Files.getLastModifiedTime(folder).toInstant().isBefore(old)) {
                    deleteTree(folder);
                }
            }
        } catch (IOException e) {
            // Leftover classes in the build folder are harmless.
        }
    }

    /**
     * Whose code does not compile: the learner's files when the errors are in them (named with file and line), else
     * the given code, which a learner's file breaks only by changing a signature the given code calls.
     */
    private static String compileFailure(Course course, Lesson lesson, List<Path> chosen, Version version,
                                         Compilation compilation) {
        List<Path> failing = compilation.failingFiles(chosen);
        String indented = "  " + compilation.describe(failing).replace("\n", "\n  ");
        String files = String.join(", ", (failing.isEmpty() ? chosen : failing).stream()
                .map(file -> file.getFileName().toString()).toList());
        String orReference = course.solutions().isPresent() ? ", or add --reference to run the course's solution"
                + " instead" : "";
        return switch (version) {
            case REFERENCE -> "the reference solution of " + lesson.id() + " does not compile:\n" + indented;
            case STUB -> "the course's code of " + lesson.id() + " does not compile with its stub of " + files + ":\n"
                    + indented;
            case LEARNER -> failing.isEmpty()
                    ? "the lesson's given code does not compile with your " + files + ", so no script of " + lesson.id()
                    + " can run it (did you change the signature of a public method? Fix it" + orReference + "):\n"
                    + indented
                    : "your " + files + " does not compile, so no script of " + lesson.id() + " can run it (fix it"
                    + orReference + "):\n" + indented;
        };
    }

    /** The course's stubs of the student files, written under {@code folder} (rewritten only when they change). */
    private static List<Path> stubFiles(Lesson lesson, Path folder) {
        List<Path> files = new ArrayList<>();
        for (String file : lesson.studentFiles()) {
            Stubs.Stub stub = Stubs.forCompiling(lesson, file).orElseThrow(() -> new UsageException(
                    "the course has no stub of " + lesson.id() + "/" + file + " (neither the file nor git's history"
                    + " holds one)"));
            Path target = folder.resolve(file);
            try {
                if (!Files.isRegularFile(target) || !Files.readString(target).equals(stub.source())) {
                    stub.writeUnder(folder);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(target);
        }
        return files;
    }

    private static List<Path> studentFiles(Lesson lesson) {
        List<Path> files = new ArrayList<>();
        for (String file : lesson.studentFiles()) {
            Path path = lesson.dir().resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new UsageException(lesson.id() + "/" + file + " is missing: restore it from the course");
            }
            files.add(path);
        }
        return files;
    }

    private static List<Path> referenceFiles(Course course, Lesson lesson) {
        Path solutions = course.solutions().orElseThrow(() -> new UsageException(
                "this copy of the course has no reference solutions (no solutions/ folder), so --reference cannot run"));
        List<Path> files = new ArrayList<>();
        for (String file : lesson.studentFiles()) {
            Path path = solutions.resolve(lesson.id()).resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new UsageException("the course has no reference solution for " + lesson.id() + "/" + file);
            }
            files.add(path);
        }
        return files;
    }

    /** A digest of every input's path, size and modification time: equal inputs give the same classes folder. */
    private static String fingerprint(List<Path> sources, Path resources, List<Path> dependencies) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> inputs = new ArrayList<>(sources);
            if (Files.isDirectory(resources)) {
                try (Stream<Path> files = Files.walk(resources)) {
                    files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
                }
            }
            for (Path input : inputs) {
                digest.update((input.toAbsolutePath() + "|" + Files.size(input) + "|"
                        + Files.getLastModifiedTime(input).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Path dependency : dependencies) {
                digest.update((dependency + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A leftover folder in the build folder is harmless.
        }
    }
}
