package org.dynamodbworkshop.testkit;

import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Rewrites failures so that each one ends by naming the exercise and its hint. */
final class LearnerMessages {

    private LearnerMessages() {
    }

    static Throwable pointToHint(Throwable failure, LessonManifest.Exercise exercise) {
        String hint = "\n→ " + exercise.hintReference();
        if (failure instanceof AssertionError) {
            AssertionError decorated = new AssertionError(Text.fit(failure.getMessage()) + hint, failure.getCause());
            decorated.setStackTrace(failure.getStackTrace());
            return decorated;
        }
        String what = failure instanceof DynamoDbException
                ? "DynamoDB rejected a request of your code: " + failure.getMessage()
                : "your code threw " + failure;
        return new UnexpectedException(Text.fit("Exercise " + exercise.id() + ": " + what) + hint, failure);
    }

    /** An unexpected exception from the code under test, with the learner's hint; graded as an error. */
    static final class UnexpectedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnexpectedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
