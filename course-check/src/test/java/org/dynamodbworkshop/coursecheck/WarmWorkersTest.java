package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.engine.Isolation;
import org.dynamodbworkshop.grader.engine.Limits;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The warm workers that grade by default give the grades of a fresh JVM a run, on the course's own lessons. */
@Tag(TestCourse.SUITE_QUALITY)
@DisplayName("Warm test JVMs grade exactly as a fresh JVM for each run does")
class WarmWorkersTest {

    private static final String LESSON1 = "lesson1-basic-table";
    /** Variants graded both ways: shared out between the lessons, each lesson's spread over its list. */
    private static final int VARIANTS = 4;
    private static final Grader FRESH = new Grader(TestCourse.COURSE, Limits.DEFAULTS, Isolation.FRESH_JVM, 2,
            TestCourse.workFolder("fresh-jvm"));

    /** What to grade both ways: each one's key for {@link TestCourse#gradeOnce}, how to make it, its lessons. */
    static Stream<Arguments> submissions() {
        List<Arguments> submissions = new ArrayList<>(List.of(
                Arguments.of(TestCourse.REFERENCE, (Supplier<Submission>) () -> Submission.reference(TestCourse.COURSE),
                        List.of()),
                Arguments.of(TestCourse.STUBS, (Supplier<Submission>) () -> Submission.folder(TestCourse.COURSE.root()),
                        List.of())));
        List<Lesson> lessons = TestCourse.COURSE.lessons();
        for (int position = 0; position < lessons.size(); position++) {
            Lesson lesson = lessons.get(position);
            List<Variant> variants = Variant.of(TestCourse.COURSE, lesson);
            // The first lessons, the quickest to grade, take what does not share out evenly.
            int count = VARIANTS / lessons.size() + (position < VARIANTS % lessons.size() ? 1 : 0);
            for (int i = 0; i < count; i++) {
                Variant variant = variants.get(i * variants.size() / count);
                submissions.add(Arguments.of(VariantsTest.key(lesson, variant),
                        (Supplier<Submission>) () -> VariantsTest.submissionWith(lesson, variant), List.of(lesson.id())));
            }
        }
        return submissions.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submissions")
    @DisplayName("the same status, outcome of every test and score")
    void gradesAsAFreshJvm(String name, Supplier<Submission> submission, List<String> lessonIds) {
        // The warm grade is the one the other proofs check too: graded once, by whichever test asks first.
        GradeReport warm = TestCourse.gradeOnce(name, submission, lessonIds);
        GradeReport fresh = FRESH.grade(submission.get(), lessonIds);

        assertThat(outcomes(warm)).as("the grade of %s by warm workers", name).isEqualTo(outcomes(fresh));
        assertThat(warm.score()).isEqualTo(fresh.score());
    }

    @Test
    @DisplayName("a table the code created under a name of its own is deleted before the worker's next run")
    void deletesTheTablesARunLeaves() {
        SubmissionFixtures leavesATable = SubmissionFixtures.solutionsOf("leaves-a-table", List.of(LESSON1))
                .withMethod(LESSON1, "MusicCatalog", "createTable", CREATES_A_TABLE_OF_ITS_OWN);

        try (Grader grader = new Grader(TestCourse.COURSE, Limits.DEFAULTS, Isolation.WARM_WORKERS, 1,
                TestCourse.workFolder("left-table"))) {
            grader.grade(leavesATable.submission(), List.of(LESSON1));
            LessonResult reference = grader.grade(Submission.reference(TestCourse.COURSE), List.of(LESSON1))
                    .lessons().get(0);

            assertThat(reference.score()).as("the reference's score after it").isEqualTo(reference.maxScore());
            assertThat(grader.workerLog()).as("what the one worker did")
                    .anyMatch(line -> line.startsWith("worker 1 restored ") && line.contains("table LeftBehind"))
                    .noneMatch(line -> line.contains("stopped"));
        }
    }

    /** The reference's createTable, then one more table under a fixed name, as a student's leftover experiment. */
    private static final String CREATES_A_TABLE_OF_ITS_OWN = """
            public void createTable(Polling polling) {
                for (String name : List.of(tableName, "LeftBehind")) {
                    dynamoDb.createTable(request -> request
                            .tableName(name)
                            .keySchema(key(Song.ARTIST, KeyType.HASH), key(Song.SONG_TITLE, KeyType.RANGE))
                            .attributeDefinitions(stringAttribute(Song.ARTIST), stringAttribute(Song.SONG_TITLE))
                            .billingMode(BillingMode.PAY_PER_REQUEST));
                    try (DynamoDbWaiter waiter = waiter(polling)) {
                        waiter.waitUntilTableExists(request -> request.tableName(name));
                    }
                }
            }
            """;

    /** Each lesson's status, and each test's outcome by "lesson exercise test name". */
    private static Map<String, String> outcomes(GradeReport report) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (LessonResult lesson : report.lessons()) {
            outcomes.put(lesson.id(), lesson.status().name());
            lesson.exercises().forEach(exercise -> exercise.tests().forEach(test -> outcomes.put(
                    lesson.id() + " " + exercise.id() + " " + test.name(), test.outcome().name())));
        }
        return outcomes;
    }

}
