package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The {@code ./workshop} command line. Every command reports bad input as one line and a non-zero exit, never a
 * stack trace.
 */
@Command(name = "workshop", mixinStandardHelpOptions = true, version = "DynamoDB Java Workshop 1.0",
        modelTransformer = Workshop.FullCourseOnly.class,
        description = "Grade, explore and practise the DynamoDB Java Workshop.",
        subcommands = {GradeCommand.class, GradeClassCommand.class, ExportStudentEditionCommand.class,
            ExportGradescopeCommand.class, ProgressCommand.class, WatchCommand.class, HintCommand.class,
            ExplainCommand.class,
            LocalCommand.class, LessonCommand.class})
public final class Workshop implements Runnable {

    /** Exit code for bad input: a missing folder, an unknown lesson, an unreachable endpoint. */
    public static final int USAGE = 2;

    /** The checkout of the course this command line belongs to; the launcher passes it in. */
    static Path courseRoot() {
        return Path.of(System.getProperty("workshop.courseRoot", ".")).toAbsolutePath().normalize();
    }

    /** The checkout this command line belongs to, as its build folders are named: {@code target} unless told. */
    static Course course() {
        return Course.at(courseRoot(), System.getProperty("workshop.buildDirName", "target"));
    }

    public static void main(String[] args) {
        int exitCode = run(args);
        // DynamoDB Local and the SDK may leave non-daemon threads behind.
        System.exit(exitCode);
    }

    /** Runs a command and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with its output and errors going to the given writers, and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Workshop());
        LessonCommand.addLessons(commandLine);
        commandLine.setOut(out).setErr(err);
        commandLine.setParameterExceptionHandler((error, ignoredArgs) -> {
            if (isUnknownCommand(error)) {
                err.println("workshop: there is no command or lesson "
                        + ((UnmatchedArgumentException) error).getUnmatched().get(0)
                        + "; the lessons are: " + String.join(", ", LessonCommand.lessonIds())
                        + " (see ./workshop --help)");
                return USAGE;
            }
            String command = error.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^workshop ?", "");
            err.println("workshop: " + error.getMessage() + " (see ./workshop " + (command.isEmpty() ? "" : command + " ")
                    + "--help)");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((error, line, parseResult) -> {
            if (error instanceof UsageException) {
                err.println("workshop: " + error.getMessage());
                return USAGE;
            }
            err.println("workshop: unexpected error: " + error);
            return 1;
        });
        try {
            return commandLine.execute(args);
        } finally {
            // A command may end its output without a line end, which an auto-flushing writer holds back.
            out.flush();
            err.flush();
        }
    }

    /** A first word that names neither a command nor a lesson, as in {@code ./workshop lesson7 foo}. */
    private static boolean isUnknownCommand(ParameterException error) {
        return error instanceof UnmatchedArgumentException unmatched
                && unmatched.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-");
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Whether this copy of the course is the full course, with its reference solutions and explanations; the student
     * edition is not.
     */
    static boolean isFullCourse() {
        return Files.isDirectory(courseRoot().resolve("solutions"));
    }

    /**
     * Hides from the help what only the full course can do, where this copy is the student edition: the
     * {@code explain} command and the {@code --reference} options. They still answer, saying why they cannot.
     */
    public static final class FullCourseOnly implements IModelTransformer {

        static final String EXPLAIN = "explain";
        static final String REFERENCE = "--reference";

        @Override
        public CommandSpec transform(CommandSpec spec) {
            if (isFullCourse()) {
                return spec;
            }
            CommandLine explain = spec.subcommands().get(EXPLAIN);
            if (explain != null) {
                explain.getCommandSpec().usageMessage().hidden(true);
            }
            OptionSpec reference = spec.findOption(REFERENCE);
            if (reference != null && !reference.hidden()) {
                spec.remove(reference);
                spec.addOption(OptionSpec.builder(reference).hidden(true).build());
            }
            return spec;
        }
    }
}
