package org.dynamodbworkshop.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dynamodbworkshop.grader.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./workshop} command line. Every command reports bad input as one line and a non-zero exit, never a
 * stack trace.
 */
@Command(name = "workshop", mixinStandardHelpOptions = true, version = "DynamoDB Java Workshop 1.0",
        description = "Grade, explore and practise the DynamoDB Java Workshop.",
        subcommands = {GradeCommand.class, GradeClassCommand.class, ExportStudentEditionCommand.class,
            ExportGradescopeCommand.class,
            LocalCommand.class, LessonCommand.class})
public final class Workshop implements Runnable {

    /** Exit code for bad input: a missing folder, an unknown lesson, an unreachable endpoint. */
    public static final int USAGE = 2;

    /** The checkout of the course this command line belongs to; the launcher passes it in. */
    static Path courseRoot() {
        return Path.of(System.getProperty("workshop.courseRoot", ".")).toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        int exitCode = run(args);
        // DynamoDB Local and the SDK may leave non-daemon threads behind.
        System.exit(exitCode);
    }

    /** Runs a command and returns its exit code. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Workshop());
        commandLine.setParameterExceptionHandler((error, ignoredArgs) -> {
            PrintWriter err = error.getCommandLine().getErr();
            err.println("workshop: " + error.getMessage());
            err.println("Try: ./workshop " + error.getCommandLine().getCommandSpec().qualifiedName(" ")
                    .replaceFirst("^workshop ?", "") + " --help");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((error, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (error instanceof UsageException) {
                err.println("workshop: " + error.getMessage());
                return USAGE;
            }
            err.println("workshop: unexpected error: " + error);
            return 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
