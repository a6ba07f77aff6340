package org.dynamodbworkshop.grader.watch;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.engine.LessonGrader;
import org.dynamodbworkshop.grader.engine.TestEvents;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.protocol.EventCodec;
import org.dynamodbworkshop.testkit.LessonManifest;
import org.dynamodbworkshop.testkit.ReferenceUsage;

/**
 * One in-process run's results, read from its event lines as they arrive. Hands on each exercise's result as soon
 * as its last test finishes, so that the watch mode shows it before the whole lesson has run.
 */
final class RunProgress {

    private final LessonManifest manifest;
    private final ReferenceUsage reference;
    private final Consumer<ExerciseResult> onExerciseFinished;
    private final TestEvents events = new TestEvents();
    private final Set<String> finishedExercises = new HashSet<>();

    RunProgress(Lesson lesson, Consumer<ExerciseResult> onExerciseFinished) {
        this.manifest = lesson.manifest();
        this.reference = lesson.referenceUsage();
        this.onExerciseFinished = onExerciseFinished;
    }

    /** Reads the run's next event line. */
    void readLine(String line) {
        events.apply(EventCodec.decode(line));
        for (ExerciseResult exercise : result().exercises()) {
            if (!finishedExercises.contains(exercise.id()) && allTestsFinished(exercise.id())) {
                finishedExercises.add(exercise.id());
                onExerciseFinished.accept(exercise);
            }
        }
    }

    /** The lesson's result from the events read so far. */
    LessonResult result() {
        return events.malformed()
                .map(bad -> LessonGrader.result(manifest, reference, LessonStatus.CRASHED,
                        LessonGrader.unreadable(bad), events.tests()))
                .orElseGet(() -> LessonGrader.result(manifest, reference, LessonStatus.GRADED, "", events.tests()));
    }

    private boolean allTestsFinished(String exerciseId) {
        List<TestEvents.TestRecord> tests = events.tests().stream().filter(test -> test.belongsTo(exerciseId)).toList();
        return !tests.isEmpty() && tests.stream().allMatch(test -> test.outcome() != null);
    }
}
