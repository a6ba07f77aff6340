package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Edited tests, test support and build files never raise a grade")
class EditedTestsTest {

    private static final String LESSON1 = "lesson1-basic-table";
    private static final String TEST_FILE = LESSON1 + "/src/test/java/org/dynamodbworkshop/lesson1/GetSongTest.java";
    private static final String TESTKIT_FILE = "testkit/src/main/java/org/dynamodbworkshop/testkit/RequestBudget.java";

    @Test
    @DisplayName("tests rewritten to pass trivially give the same score as without the rewrite, with a warning")
    void rewrittenTestsDoNotCount() {
        Lesson lesson = TestCourse.COURSE.lesson(LESSON1).orElseThrow();
        String stub = SubmissionFixtures.read(lesson.dir().resolve(lesson.studentFiles().get(0)));
        SubmissionFixtures honest = SubmissionFixtures.solutionsOf("honest-stub", List.of(LESSON1))
                .write(LESSON1 + "/" + lesson.studentFiles().get(0), stub);
        SubmissionFixtures cheating = SubmissionFixtures.solutionsOf("cheating-stub", List.of(LESSON1))
                .write(LESSON1 + "/" + lesson.studentFiles().get(0), stub)
                .write(TEST_FILE, """
                        package org.dynamodbworkshop.lesson1;

                        import org.junit.jupiter.api.Tag;
                        import org.junit.jupiter.api.Test;

                        @Tag("1.3")
                        class GetSongTest {
                            @Test
                            void alwaysPasses() {
                            }
                        }
                        """)
                .write(TESTKIT_FILE, "// emptied by the student\n")
                .write("pom.xml", "<project/>\n");

        GradeReport withoutRewrite = TestCourse.GRADER.grade(honest.submission(), List.of(LESSON1));
        GradeReport withRewrite = TestCourse.GRADER.grade(cheating.submission(), List.of(LESSON1));

        assertThat(withRewrite.score()).isEqualTo(withoutRewrite.score()).isZero();
        assertThat(withRewrite.warnings()).as("warnings of the rewritten submission")
                .anySatisfy(warning -> assertThat(warning).contains(TEST_FILE))
                .anySatisfy(warning -> assertThat(warning).contains(TESTKIT_FILE))
                .anySatisfy(warning -> assertThat(warning).contains("pom.xml"));
        assertThat(withoutRewrite.warnings()).isEmpty();
    }
}
