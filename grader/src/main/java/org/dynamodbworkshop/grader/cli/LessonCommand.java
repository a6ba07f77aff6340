package org.dynamodbworkshop.grader.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.scripts.LessonClasses;
import org.dynamodbworkshop.grader.scripts.ScriptRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ./workshop <lesson> <script> [args]}: runs one of a lesson's scripts. Every lesson the build lists answers
 * to its own name (as an alias of this command), so the command line names no lesson; each lesson's scripts are
 * found in the lesson's own code (see {@code LessonScripts}) and parsed by {@link ScriptRunner}.
 */
@Command(name = "lesson", modelTransformer = LessonCommand.LessonNames.class,
        description = {"Runs a lesson's scripts (its access patterns) with your code: ./workshop <lesson> --help"
            + " lists them.",
            "Usage: ./workshop <lesson> <script> [args] [--endpoint URL | --aws] [--reference] [--yes]"})
final class LessonCommand implements Callable<Integer> {

    /**
     * The lessons' class loaders by their classes folder, kept for the JVM's life: a folder's classes never change,
     * and a second script in the same JVM (as in the tests) starts without loading the SDK again.
     */
    private static final Map<Path, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    @Spec
    private CommandSpec spec;

    @Unmatched
    private List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<String> args = new ArrayList<>(arguments);
            String typed = typedName(args);
            if (typed.equals(spec.name())) {
                if (args.isEmpty() || args.get(0).startsWith("-")) {
                    spec.commandLine().usage(out);
                    out.println("The lessons: " + String.join(", ", spec.aliases()));
                    return 0;
                }
                typed = args.remove(0);
            }
            Course course = Course.at(Workshop.courseRoot(), buildDirName());
            String lessonId = typed;
            Lesson lesson = course.lesson(lessonId).orElseThrow(() -> new UsageException("there is no lesson "
                    + lessonId + "; the lessons are: " + String.join(", ", course.lessons().stream()
                    .map(Lesson::id).toList())));
            return runIsolated(course, lesson, args, out, err);
        } catch (UsageException e) {
            err.println("workshop: " + e.getMessage());
            return Workshop.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Compiles the lesson with the learner's code (or the reference solution, with {@code --reference}) and runs the
     * script in a class loader of the lesson's own; see {@link LessonClasses#isolatedClassLoader(List)}.
     */
    private static int runIsolated(Course course, Lesson lesson, List<String> args, PrintWriter out, PrintWriter err) {
        boolean listing = args.isEmpty() || List.of("-h", "--help", "help").contains(args.get(0));
        boolean reference = args.contains("--reference");
        LessonClasses classes;
        try {
            classes = LessonClasses.compile(course, lesson, reference);
        } catch (UsageException e) {
            if (!listing || reference) {
                throw e;
            }
            // The learner's code does not compile; the list of scripts is the same with the course's stub.
            try {
                classes = LessonClasses.compile(course, lesson, LessonClasses.Version.STUB);
            } catch (UsageException noStub) {
                throw e;
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            LessonClasses compiled = classes;
            ClassLoader loader = LOADERS.computeIfAbsent(compiled.folder(),
                    folder -> compiled.isolatedClassLoader(ownClasspath()));
            thread.setContextClassLoader(loader);
            Method run = loader.loadClass(ScriptRunner.class.getName()).getDeclaredMethod("runInLesson", Path.class,
                    String.class, String.class, boolean.class, List.class, PrintWriter.class, PrintWriter.class,
                    BufferedReader.class, Map.class, boolean.class);
            run.setAccessible(true);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
            return (Integer) run.invoke(null, course.root(), course.buildDirName(), lesson.id(), reference,
                    List.copyOf(args), out, err, in, System.getenv(), System.console() != null);
        } catch (InvocationTargetException e) {
            err.println("workshop: unexpected error: " + e.getCause());
            return 1;
        } catch (ReflectiveOperationException e) {
            err.println("workshop: the command line cannot load " + lesson.id() + ": " + e);
            return 1;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The classpath of this command line: its classes and the dependencies the build listed beside them (as the
     * launcher reads them), else the JVM's classpath.
     */
    static List<Path> ownClasspath() {
        try {
            Path classes = Path.of(LessonCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path listed = classes.resolveSibling("workshop-classpath.txt");
            List<Path> entries = new ArrayList<>(List.of(classes));
            // Beside the classes folder, or beside the grader's jar in a build that packaged it.
            String classpath = Files.isRegularFile(listed)
                    ? Files.readString(listed).strip() : System.getProperty("java.class.path", "");
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry));
                }
            }
            return entries;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("The command line cannot find its own classes", e);
        }
    }

    /** The name this command was called by: a lesson's id, or {@code lesson}. */
    private String typedName(List<String> args) {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int index = original.size() - args.size() - 1;
        return index >= 0 && index < original.size() ? original.get(index) : spec.name();
    }

    /** Each module's build folder: {@code target}, or as the build that runs the tests says. */
    static String buildDirName() {
        return System.getProperty("workshop.buildDirName", "target");
    }

    /** Makes every lesson's id a name of this command, and hands every word after it to the lesson's scripts. */
    public static final class LessonNames implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.parser().unmatchedArgumentsAllowed(true);
            spec.parser().stopAtUnmatched(true);
            try {
                Course course = Course.at(Workshop.courseRoot(), buildDirName());
                spec.aliases(course.lessons().stream().map(Lesson::id).toArray(String[]::new));
                if (course.solutions().isEmpty()) {
                    String[] description = spec.usageMessage().description();
                    for (int i = 0; i < description.length; i++) {
                        description[i] = description[i].replace(" [--reference]", "");
                    }
                    spec.usageMessage().description(description);
                }
            } catch (RuntimeException e) {
                // Not a checkout of the course: the other commands still work, and say so themselves.
            }
            return spec;
        }
    }
}
