package org.dynamodbworkshop.grader.scripts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dynamodbworkshop.common.BatchLoader;
import org.dynamodbworkshop.common.scripts.DataSet;
import org.dynamodbworkshop.common.scripts.LessonScripts;
import org.dynamodbworkshop.common.scripts.Script;
import org.dynamodbworkshop.common.scripts.ScriptArgumentException;
import org.dynamodbworkshop.common.scripts.ScriptContext;
import org.dynamodbworkshop.grader.cli.Workshop;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.testkit.Usage;
import org.dynamodbworkshop.testkit.UsageMeter;
import org.dynamodbworkshop.testkit.Endpoints;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Runs one script of one lesson: compiles the lesson with the learner's code (or the reference solution), finds its
 * {@link LessonScripts}, parses the script's arguments, chooses the endpoint, asks before deleting anything in AWS,
 * runs the script and turns any failure into one line.
 */
public final class ScriptRunner {

    static final String LOAD = "load";
    static final String RESET = "reset";
    private static final String CREATE_TABLE = "create-table";
    private static final String NO_CAPACITY = "--no-capacity";

    private final Lesson lesson;
    private final boolean reference;
    private final boolean referenceAvailable;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader in;
    private final Map<String, String> environment;
    private final boolean terminal;

    private ScriptRunner(Lesson lesson, boolean reference, boolean referenceAvailable, PrintWriter out,
                         PrintWriter err, BufferedReader in, Map<String, String> environment, boolean terminal) {
        this.lesson = lesson;
        this.reference = reference;
        this.referenceAvailable = referenceAvailable;
        this.out = out;
        this.err = err;
        this.in = in;
        this.environment = environment;
        this.terminal = terminal;
    }

    /**
     * The entry point inside the lesson's own class loader, which holds the lesson's compiled classes (with the
     * learner's code or the reference solution, as {@code reference} says), this command line and the SDK. Only JDK
     * types cross into it.
     */
    static int runInLesson(Path courseRoot, String buildDirName, String lessonId, boolean reference,
                           List<String> args, PrintWriter out, PrintWriter err, BufferedReader in,
                           Map<String, String> environment, boolean terminal) {
        try {
            Course course = Course.at(courseRoot, buildDirName);
            Lesson lesson = course.lesson(lessonId).orElseThrow(() -> new UsageException("there is no lesson "
                    + lessonId));
            return new ScriptRunner(lesson, reference, course.solutions().isPresent(), out, err, in, environment,
                    terminal).run(args);
        } catch (UsageException | ScriptArgumentException e) {
            err.println("workshop: " + e.getMessage());
            return Workshop.USAGE;
        } catch (RuntimeException | LinkageError e) {
            err.println("workshop: unexpected error: " + e);
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs {@code <script> [args] [options]} and returns the exit code. */
    private int run(List<String> args) {
        LoadedScripts scripts = load();
        CommandLine lessonCommand = lessonCommand(scripts);
        ParseResult lessonArgs;
        try {
            lessonArgs = lessonCommand.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UsageException(parseProblem(e, lessonCommand, scripts));
        }
        if (!lessonArgs.hasSubcommand() || lessonArgs.isUsageHelpRequested()) {
            lessonCommand.usage(out);
            return 0;
        }
        ParseResult parsed = lessonArgs.subcommand();
        Script script = scripts.find(parsed.commandSpec().name()).orElseThrow();
        if (parsed.isUsageHelpRequested()) {
            parsed.commandSpec().commandLine().usage(out);
            return 0;
        }
        Target target = Target.choose(parsed.matchedOptionValue("--endpoint", null),
                parsed.hasMatchedOption("--aws"), environment);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < script.params().size(); i++) {
            String value = parsed.matchedPositionalValue(i, null);
            if (value != null) {
                values.put(script.params().get(i).label(), value);
            }
        }
        if (target.isAws() && script.deletes() && !parsed.hasMatchedOption("--yes") && !confirmed(script, scripts)) {
            err.println("Nothing was deleted.");
            return 1;
        }
        Path file = parsed.matchedOptionValue("--file", null);
        ScriptFailure.Situation situation = new ScriptFailure.Situation(lesson.id(), scripts.lessonScripts().tables(),
                script, target, reference, referenceAvailable, lesson.studentClassNames());
        return execute(script, scripts, target, values, file, situation, !parsed.hasMatchedOption(NO_CAPACITY));
    }

    private int execute(Script script, LoadedScripts scripts, Target target, Map<String, String> values, Path file,
                        ScriptFailure.Situation situation, boolean showCapacity) {
        UsageMeter meter = new UsageMeter();
        try (Target.Clients clients = target.open(meter.interceptor())) {
            Context context = new Context(clients.dynamoDb(), clients.enhanced(), out, values);
            switch (script.name()) {
                case LOAD -> load(scripts.lessonScripts().dataSet(), file, context);
                case RESET -> reset(scripts.lessonScripts().tables(), context);
                default -> script.run(context);
            }
            out.flush();
            if (showCapacity) {
                err.println(capacityLine(meter.usage()));
            }
            return 0;
        } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
            out.flush();
            ScriptFailure failure = ScriptFailure.of(e, situation);
            err.println("workshop: " + failure.message());
            return failure.exitCode();
        }
    }

    /** Like the AWS CLI's {@code --return-consumed-capacity TOTAL}: "DynamoDB: 1 request, 0.5 RCU (Query on Music)." */
    static String capacityLine(Usage usage) {
        return usage.lines().isEmpty() ? "DynamoDB: no item requests."
                : "DynamoDB: " + usage.summary() + " (" + usage.requestsText() + ").";
    }

    private void load(DataSet dataSet, Path file, Context context) {
        BatchLoader loader = new BatchLoader(context.dynamoDb(), dataSet.table());
        BatchLoader.Progress progress = ProgressBar.on(err, terminal);
        String source = file == null ? "the lesson's data set (" + dataSet.resource() + ")" : file.toString();
        BatchLoader.Report report;
        try (InputStream input = file == null ? dataSet.open() : open(file)) {
            report = loader.load(input, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (progress instanceof ProgressBar bar) {
                bar.finish();
            }
        }
        if (report.failure().isPresent()) {
            String reason = report.failure().get().getMessage().lines().findFirst().orElse("")
                    .replaceAll("(?:[a-z0-9_]+\\.)+[A-Za-z0-9_]+(?:Exception|Error): ", "");
            throw new UsageException((file == null ? dataSet.resource() : file.toString()) + ", " + reason + ". "
                    + items(report.written()) + " before it "
                    + (report.written() == 1 ? "was" : "were") + " written into " + dataSet.table()
                    + ", nothing after it");
        }
        out.println("Loaded " + items(report.written()) + " into " + dataSet.table() + " from " + source + ".");
        if (report.replaced() > 0) {
            out.println(report.replaced() + " of them had the key of an earlier line and replaced its item: this"
                    + " load leaves " + items(report.distinctItems()) + " in " + dataSet.table() + ".");
        }
    }

    private static String items(int count) {
        return count + (count == 1 ? " item" : " items");
    }

    private static InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        return Files.newInputStream(file);
    }

    private void reset(List<String> tables, Context context) {
        DynamoDbClient dynamoDb = context.dynamoDb();
        for (String table : tables) {
            try {
                dynamoDb.deleteTable(request -> request.tableName(table));
                dynamoDb.waiter().waitUntilTableNotExists(request -> request.tableName(table));
                out.println("Deleted table " + table + ".");
            } catch (ResourceNotFoundException e) {
                out.println("No table " + table + " to delete.");
            }
        }
    }

    /** Asks on the terminal; refuses when nobody can answer. */
    private boolean confirmed(Script script, LoadedScripts scripts) {
        String what = script.name().equals(RESET)
                ? "deletes the tables " + String.join(", ", scripts.lessonScripts().tables())
                : script.description().isEmpty() ? "deletes data"
                : Character.toLowerCase(script.description().charAt(0)) + script.description().substring(1);
        err.print(script.name() + " " + what + " in AWS. Type yes to go on: ");
        err.flush();
        String answer;
        try {
            answer = in.readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null) {
            err.println();
            throw new UsageException(script.name() + " deletes data in AWS and there is no one to confirm it: add --yes"
                    + " to go ahead");
        }
        return answer.strip().equalsIgnoreCase("yes");
    }

    /** The lesson's scripts, found in this class loader, which holds the lesson's classes and no other lesson's. */
    private LoadedScripts load() {
        List<LessonScripts> found = ServiceLoader.load(LessonScripts.class, ScriptRunner.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        if (found.isEmpty()) {
            throw new UsageException(lesson.id() + " has no command-line scripts yet");
        }
        return new LoadedScripts(found.get(0), withBuiltIns(found.get(0).scripts()));
    }

    /** The lesson's scripts with {@code load} after {@code create-table} (or first) and {@code reset} last. */
    private static List<Script> withBuiltIns(List<Script> scripts) {
        List<Script> all = new ArrayList<>(scripts);
        all.removeIf(script -> script.name().equals(LOAD) || script.name().equals(RESET));
        int createTable = all.stream().map(Script::name).toList().indexOf(CREATE_TABLE);
        all.add(createTable + 1, Script.named(LOAD)
                .does("Loads the lesson's data set, or a file in the same format (one JSON object per line)")
                .run(context -> { }));
        all.add(Script.named(RESET).does("Deletes the lesson's tables, to start again from nothing").deletesData()
                .run(context -> { }));
        return all;
    }

    private CommandSpec spec(Script script, LoadedScripts scripts) {
        CommandSpec spec = CommandSpec.create().name(script.name());
        List<String> description = new ArrayList<>();
        description.add(script.description()
                + script.exercise().map(exercise -> " (exercise " + exercise + ")").orElse(""));
        if (script.name().equals(LOAD)) {
            description.add("Without --file it loads " + scripts.lessonScripts().dataSet().resource() + " into "
                    + scripts.lessonScripts().dataSet().table() + ".");
        }
        if (script.name().equals(RESET)) {
            description.add("Tables: " + String.join(", ", scripts.lessonScripts().tables()) + ".");
        }
        spec.usageMessage().description(description.toArray(String[]::new));
        for (int i = 0; i < script.params().size(); i++) {
            Script.Param param = script.params().get(i);
            spec.addPositional(PositionalParamSpec.builder()
                    .index(String.valueOf(i))
                    .paramLabel(param.label())
                    .description(param.description())
                    .arity(param.optional() ? "0..1" : "1")
                    .required(!param.optional())
                    .type(String.class)
                    .build());
        }
        if (script.name().equals(LOAD)) {
            spec.addOption(OptionSpec.builder("--file").paramLabel("FILE").type(Path.class)
                    .description("A file of items, one JSON object per line, instead of the lesson's data set.")
                    .build());
        }
        spec.addOption(OptionSpec.builder("--endpoint").paramLabel("URL").type(String.class)
                .description("DynamoDB at this URL (default: AWS_ENDPOINT_URL_DYNAMODB, else AWS_ENDPOINT_URL,"
                        + " else " + Endpoints.DEFAULT_LOCAL + ").")
                .build());
        spec.addOption(OptionSpec.builder("--aws").arity("0")
                .description("Real AWS, with your default credentials and region.").build());
        spec.addOption(OptionSpec.builder("--reference").arity("0").hidden(!referenceAvailable)
                .description("Run the course's reference solution instead of your code.").build());
        spec.addOption(OptionSpec.builder(NO_CAPACITY).arity("0")
                .description("Do not print the line of requests made and capacity consumed.").build());
        spec.addOption(OptionSpec.builder("--yes").arity("0")
                .description("Do not ask before deleting anything in AWS.").build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        return spec;
    }

    private String synopsis(Script script) {
        StringBuilder synopsis = new StringBuilder("./workshop ").append(lesson.id()).append(' ').append(script.name());
        for (Script.Param param : script.params()) {
            synopsis.append(' ').append(param.optional() ? "[" + param.label() + "]" : param.label());
        }
        if (script.name().equals(LOAD)) {
            synopsis.append(" [--file FILE]");
        }
        return synopsis.toString();
    }

    /**
     * The lesson as a picocli command with each script a subcommand. Its help lists the scripts in the tutorial's
     * order with their arguments and exercises, which picocli's plain command list cannot show.
     */
    private CommandLine lessonCommand(LoadedScripts scripts) {
        CommandSpec spec = CommandSpec.create().name("./workshop " + lesson.id());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        spec.usageMessage()
                .customSynopsis("./workshop " + lesson.id() + " <script> [args] [options]")
                .description("Runs the access patterns of " + lesson.id() + " (" + lesson.manifest().title()
                        + ") with your code, and prints what they return.")
                .commandListHeading("%nScripts, in the tutorial's order:%n")
                .footer(footer());
        CommandLine command = new CommandLine(spec);
        scripts.all().forEach(script -> command.addSubcommand(script.name(), new CommandLine(spec(script, scripts))));
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                help -> scriptTable(scripts));
        return command;
    }

    /** The options every script takes ({@code --reference} only where the course has its solutions). */
    private String[] footer() {
        List<String> lines = new ArrayList<>(List.of("", "Options of every script:",
                "  --endpoint URL  DynamoDB at this URL (default: AWS_ENDPOINT_URL_DYNAMODB,",
                "                  else AWS_ENDPOINT_URL, else " + Endpoints.DEFAULT_LOCAL + ")",
                "  --aws           real AWS, with your default credentials and region",
                "                  (costs money; see the lesson's README)"));
        if (referenceAvailable) {
            lines.add("  --reference     run the course's reference solution instead of your code");
        }
        lines.addAll(List.of("  --yes           do not ask before deleting anything in AWS", "",
                "Start DynamoDB Local first, in another terminal: ./workshop local",
                "Details of one script: ./workshop " + lesson.id() + " <script> --help"));
        return lines.toArray(String[]::new);
    }

    private String scriptTable(LoadedScripts scripts) {
        List<String> synopses = scripts.all().stream().map(script -> synopsis(script)
                .substring(("./workshop " + lesson.id() + " ").length())).toList();
        int width = synopses.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < scripts.all().size(); i++) {
            Script script = scripts.all().get(i);
            table.append(String.format("  %-" + width + "s  %-5s %s%n", synopses.get(i),
                    script.exercise().orElse(""), script.description()));
        }
        return table.toString();
    }

    /** A script that does not exist, or a script's arguments that do not fit it, with the usage to follow. */
    private String parseProblem(ParameterException error, CommandLine lessonCommand, LoadedScripts scripts) {
        if (error.getCommandLine() == lessonCommand && error instanceof UnmatchedArgumentException unmatched) {
            return lesson.id() + " has no script " + unmatched.getUnmatched().get(0) + "; its scripts are: "
                    + String.join(", ", scripts.all().stream().map(Script::name).toList()) + " (./workshop "
                    + lesson.id() + " --help describes them)";
        }
        return error.getMessage() + scripts.find(error.getCommandLine().getCommandSpec().name())
                .map(script -> " (usage: " + synopsis(script) + ")")
                .orElse(" (./workshop " + lesson.id() + " --help describes the scripts)");
    }

    /** A lesson's scripts, with the command line's own. */
    private record LoadedScripts(LessonScripts lessonScripts, List<Script> all) {

        Optional<Script> find(String name) {
            return all.stream().filter(script -> script.name().equals(name)).findFirst();
        }
    }

    /** What a script runs with. */
    private record Context(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhancedClient, PrintWriter out,
                           Map<String, String> values) implements ScriptContext {

        @Override
        public Optional<String> optionalArg(String label) {
            return Optional.ofNullable(values.get(label));
        }

        @Override
        public String arg(String label) {
            return optionalArg(label).orElseThrow(() -> new ScriptArgumentException("missing " + label));
        }
    }
}
