package org.dynamodbworkshop.grader.scripts;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dynamodbworkshop.common.scripts.Script;
import org.dynamodbworkshop.common.scripts.ScriptArgumentException;
import org.dynamodbworkshop.grader.course.UsageException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Turns whatever stopped a script into one line that says what to do next, and an exit code: 2 when the learner
 * has something to do first (start DynamoDB Local, create the table, implement the exercise, fix the arguments),
 * 1 when the code or DynamoDB failed. Never a stack trace.
 *
 * @param message the line, without the {@code workshop: } prefix
 * @param exitCode the exit code
 */
record ScriptFailure(String message, int exitCode) {

    private static final Pattern NOT_IMPLEMENTED = Pattern.compile("Exercise (\\S+) is not implemented yet");

    /** What the failure is about: the lesson, the script and where it ran. */
    record Situation(String lessonId, List<String> tables, Script script, Target target, boolean reference,
                     boolean referenceAvailable, List<String> studentClasses) {
    }

    static ScriptFailure of(Throwable failure, Situation situation) {
        String run = "./workshop " + situation.lessonId() + " ";
        Optional<UnsupportedOperationException> stub = find(failure, UnsupportedOperationException.class)
                .filter(e -> e.getMessage() != null && NOT_IMPLEMENTED.matcher(e.getMessage()).find());
        if (stub.isPresent()) {
            Matcher matcher = NOT_IMPLEMENTED.matcher(stub.get().getMessage());
            matcher.find();
            String exercise = matcher.group(1);
            return new ScriptFailure("exercise " + exercise + " is not implemented yet: see " + situation.lessonId()
                    + "/HINTS.md, section " + exercise + (situation.referenceAvailable()
                    ? "; or add --reference to see what the finished version prints" : ""), 2);
        }
        if (failure instanceof UsageException || failure instanceof ScriptArgumentException) {
            return new ScriptFailure(failure.getMessage(), 2);
        }
        if (isUnreachable(failure)) {
            return situation.target().isAws()
                    ? new ScriptFailure("DynamoDB in AWS cannot be reached: check your network connection", 2)
                    : new ScriptFailure("nothing answers at " + situation.target().describe() + ": start DynamoDB Local"
                    + " with ./workshop local (in another terminal), or choose an endpoint with --endpoint URL", 2);
        }
        Optional<ResourceNotFoundException> missing = find(failure, ResourceNotFoundException.class);
        if (missing.isPresent()) {
            String table = situation.tables().size() == 1 ? "table " + situation.tables().get(0)
                    : "a table of " + situation.lessonId();
            return new ScriptFailure(table + " does not exist at " + situation.target().describe() + ": run " + run
                    + "create-table first", 2);
        }
        Optional<AwsServiceException> service = find(failure, AwsServiceException.class);
        if (service.isPresent() && service.get().getMessage() != null
                && service.get().getMessage().contains("specified index")) {
            String next = situation.script().indexScript().map(script -> "run " + run + script + " first")
                    .orElse("add the index first");
            return new ScriptFailure("the index this script queries does not exist yet: " + next, 2);
        }
        if (find(failure, ResourceInUseException.class).isPresent()) {
            return new ScriptFailure("DynamoDB says the table is in use or exists already (" + serviceMessage(
                    service.get()) + "): to start again from nothing, run " + run + "reset", 2);
        }
        if (service.isPresent()) {
            return new ScriptFailure("DynamoDB refused a request: " + serviceMessage(service.get()), 1);
        }
        Optional<SdkClientException> client = find(failure, SdkClientException.class);
        if (client.isPresent() && situation.target().isAws()) {
            String message = String.valueOf(client.get().getMessage());
            if (message.contains("credentials")) {
                return new ScriptFailure("no AWS credentials found: configure them (aws configure, or the"
                        + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables), or leave out --aws to use"
                        + " DynamoDB Local", 2);
            }
            if (message.contains("region")) {
                return new ScriptFailure("no AWS region set: set AWS_REGION, or a region in your AWS profile", 2);
            }
        }
        if (client.isPresent()) {
            return new ScriptFailure("the request failed: " + firstLine(client.get().getMessage()), 1);
        }
        String code = situation.reference() ? "the reference solution" : "your code";
        return new ScriptFailure(code + " threw " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()))
                + where(failure, situation), 1);
    }

    /** The first line of the stack inside the lesson's student classes, if the failure passed through them. */
    private static String where(Throwable failure, Situation situation) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String className = frame.getClassName().replaceFirst("\\$.*$", "");
            if (situation.studentClasses().contains(className) && frame.getFileName() != null) {
                return " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return "";
    }

    private static String serviceMessage(AwsServiceException e) {
        if (e.awsErrorDetails() == null) {
            return firstLine(e.getMessage());
        }
        return e.awsErrorDetails().errorMessage() + " (" + e.awsErrorDetails().errorCode() + ")";
    }

    private static boolean isUnreachable(Throwable failure) {
        return find(failure, ConnectException.class).isPresent()
                || find(failure, UnknownHostException.class).isPresent()
                || find(failure, NoRouteToHostException.class).isPresent()
                || find(failure, SocketTimeoutException.class)
                        .filter(timeout -> String.valueOf(timeout.getMessage()).contains("connect")).isPresent();
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (type.isInstance(suppressed)) {
                    return Optional.of(type.cast(suppressed));
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
