package org.dynamodbworkshop.grader.cli;

import java.io.BufferedReader;
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
import org.dynamodbworkshop.grader.course.BuildClasspath;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.scripts.LessonClasses;
import org.dynamodbworkshop.grader.scripts.ScriptRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

/**
 * {@code ./workshop <lesson> <script> [args]}: runs one of a lesson's scripts. Every lesson the build lists is a
 * subcommand of its own (see {@link #addLessons}), so the command line names no lesson; each lesson's scripts are
 * declared in the lesson's own code (see {@code LessonScripts}), which only its compiled classes can tell, so
 * {@link ScriptRunner} parses them there. {@code ./workshop lesson <lesson> ...} does the same.
 */
@Command(name = "lesson",
        description = {"Runs a lesson's scripts with your code: the same as naming the lesson.",
            "Usage: ./workshop <lesson> <script> [args] [options]"})
final class LessonCommand implements Callable<Integer> {

    /**
     * The lessons' class loaders by their classes folder, kept for the JVM's life: a folder's classes never change,
     * and a second script in the same JVM (as in the tests) starts without loading the SDK again.
     */
    private static final Map<Path, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    /** The lesson this command runs, or {@code null} for {@code ./workshop lesson}, which takes it as a word. */
    private final String lessonId;

    @Spec
    private CommandSpec spec;

    @Unmatched
    private List<String> arguments = new ArrayList<>();

    LessonCommand() {
        this(null);
    }

    private LessonCommand(String lessonId) {
        this.lessonId = lessonId;
    }

    /** Adds each lesson of the course as a subcommand named after it; outside a checkout, none. */
    static void addLessons(CommandLine workshop) {
        passWordsToScripts(workshop.getSubcommands().get("lesson"));
        Course course;
        try {
            course = Workshop.course();
        } catch (RuntimeException e) {
            return; // Not a checkout of the course: the other commands still work, and say so themselves.
        }
        for (Lesson lesson : course.lessons()) {
            CommandLine command = new CommandLine(new LessonCommand(lesson.id()));
            command.getCommandSpec().usageMessage().description(
                    "Runs this lesson's scripts with your code; --help lists them.");
            passWordsToScripts(command);
            workshop.addSubcommand(lesson.id(), command);
        }
    }

    /** Every word after the lesson, options too, goes to its script, which parses them itself. */
    private static void passWordsToScripts(CommandLine command) {
        command.getCommandSpec().parser().unmatchedArgumentsAllowed(true).stopAtUnmatched(true);
    }

    /** The lessons' ids, for messages that list them. */
    static List<String> lessonIds() {
        try {
            return Workshop.course().lessons().stream().map(Lesson::id).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<String> args = new ArrayList<>(arguments);
            String typed = lessonId;
            if (typed == null) {
                if (args.isEmpty() || args.get(0).startsWith("-")) {
                    spec.commandLine().usage(out);
                    out.println("The lessons: " + String.join(", ", lessonIds()));
                    return 0;
                }
                typed = args.remove(0);
            }
            Course course = Workshop.course();
            String id = typed;
            Lesson lesson = course.lesson(id).orElseThrow(() -> new UsageException("there is no lesson "
                    + id + "; the lessons are: " + String.join(", ", course.lessons().stream()
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
            List<Path> entries = new ArrayList<>(List.of(classes));
            // Beside the classes folder, or beside the grader's jar in a build that packaged it.
            entries.addAll(BuildClasspath.exists(classes.getParent())
                    ? BuildClasspath.read(classes.getParent())
                    : BuildClasspath.parse(System.getProperty("java.class.path", "")));
            return entries;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The command line cannot find its own classes", e);
        }
    }
}
