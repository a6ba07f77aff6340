package org.dynamodbworkshop.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dynamodbworkshop.grader.FixtureCourse;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What one submission leaves in a warm worker never reaches the next: the worker puts it back, or stops. The probe
 * submission is correct only in a JVM free of what the others leave, so it scores full marks after them only if
 * nothing reached it.
 */
@DisplayName("A warm worker puts back what a run changed in its JVM, or stops, before it serves the next run")
class WorkerIsolationTest {

    private static final String PROBE = "state-probe";

    @Test
    @DisplayName("system properties, default locale and time zone, standard streams: put back, and the worker serves on")
    void restoresWhatCanBeRestored() {
        try (Grader grader = FixtureCourse.grader(Limits.DEFAULTS, Isolation.WARM_WORKERS, "isolation-restored")) {
            grade(grader, "leaves-state-behind");

            assertThat(outcomes(grade(grader, PROBE))).isEqualTo(gradedAlone());
            assertThat(grader.workerLog()).as("what the one worker did").containsExactly("worker 1 restored"
                    + " system property playlist.leftover, default locale, default time zone, standard streams");
        }
    }

    @Test
    @DisplayName("a thread left running: the worker stops, and the next run gets a new one")
    void stopsWhereAThreadIsLeftRunning() {
        try (Grader grader = FixtureCourse.grader(Limits.DEFAULTS, Isolation.WARM_WORKERS, "isolation-thread")) {
            grade(grader, "leaves-a-thread");

            assertThat(outcomes(grade(grader, PROBE))).isEqualTo(gradedAlone());
            assertThat(grader.workerLog()).as("what the workers did")
                    .containsExactly("worker 1 stopped: the run left thread \"playlist-leftover\" running");
        }
    }

    @Test
    @DisplayName("a worker stops after its number of runs, and the next run gets a new one")
    void stopsAfterItsRuns() {
        Limits limits = Limits.DEFAULTS;
        WorkerPool twoRunsEach = new WorkerPool(1, limits.maxHeap(1), 2, FixtureCourse.workFolder("two-runs/workers"));
        try (Grader grader = new Grader(FixtureCourse.course(), limits, twoRunsEach,
                FixtureCourse.workFolder("two-runs/work"))) {
            Map<String, Outcome> alone = gradedAlone();
            for (int run = 1; run <= 3; run++) {
                assertThat(outcomes(grade(grader, PROBE))).as("run %d", run).isEqualTo(alone);
            }

            assertThat(grader.workerLog()).containsExactly("worker 1 stopped: it has served its 2 runs");
        }
    }

    private static Map<String, Outcome> gradedAlone() {
        try (Grader grader = FixtureCourse.grader(Limits.DEFAULTS, Isolation.FRESH_JVM, "isolation-alone")) {
            Map<String, Outcome> alone = outcomes(grade(grader, PROBE));
            assertThat(alone.values()).as("the probe's outcomes in a JVM of its own").containsOnly(Outcome.PASSED);
            return alone;
        }
    }

    private static LessonResult grade(Grader grader, String submission) {
        return grader.grade(Submission.folder(FixtureCourse.submission(submission)), List.of()).lessons().get(0);
    }

    private static Map<String, Outcome> outcomes(LessonResult lesson) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        lesson.exercises().forEach(exercise -> exercise.tests()
                .forEach(test -> outcomes.put(exercise.id() + " " + test.name(), test.outcome())));
        return outcomes;
    }
}
