package org.dynamodbworkshop.grader.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.testkit.LessonManifest.Exercise;
import org.dynamodbworkshop.testkit.LessonManifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A watch run's progress hands on each exercise when its last test finishes")
class RunProgressTest {

    private static final Lesson LESSON = new Lesson(Path.of("lesson9-sample"), new LessonManifest("lesson9-sample",
            "Sample", List.of(), List.of(new Exercise("9.1", "First", 10), new Exercise("9.2", "Second", 10))));

    @Test
    @DisplayName("an exercise is handed on at its last test's end, with its score, and never twice")
    void handsOnEachExerciseAtItsLastTest() {
        List<String> finished = new ArrayList<>();
        RunProgress progress = new RunProgress(LESSON,
                exercise -> finished.add(exercise.id() + " " + exercise.score()));

        List.of(discovered("a", "9.1"), discovered("b", "9.1"), discovered("c", "9.2")).forEach(progress::readLine);
        progress.readLine(finished("a", "9.1", "passed"));
        List<String> afterFirstTest = List.copyOf(finished);
        progress.readLine(finished("b", "9.1", "failed"));
        List<String> afterSecondTest = List.copyOf(finished);
        progress.readLine(finished("c", "9.2", "passed"));
        progress.readLine("{\"event\":\"end\"}");

        assertThat(afterFirstTest).as("9.1 has a test left").isEmpty();
        assertThat(afterSecondTest).containsExactly("9.1 5.0");
        assertThat(finished).containsExactly("9.1 5.0", "9.2 10.0");
        assertThat(progress.result().exercises()).extracting(ExerciseResult::score).containsExactly(5.0, 10.0);
    }

    private static String discovered(String id, String exerciseId) {
        return "{\"event\":\"discovered\"," + test(id, exerciseId) + "}";
    }

    private static String finished(String id, String exerciseId, String outcome) {
        return "{\"event\":\"finished\"," + test(id, exerciseId) + ",\"outcome\":\"" + outcome + "\",\"message\":\"\"}";
    }

    private static String test(String id, String exerciseId) {
        return "\"id\":\"" + id + "\",\"class\":\"C\",\"name\":\"" + id + "\",\"tags\":[\"" + exerciseId + "\"]";
    }
}
