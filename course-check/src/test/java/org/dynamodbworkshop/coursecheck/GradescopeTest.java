package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.publish.StudentEdition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Gradescope autograder")
class GradescopeTest {

    private static final Path ROOT = TestCourse.workFolder("gradescope");

    @Test
    @DisplayName("the exported autograder holds setup.sh, run_autograder and the course without its solutions")
    void exportHoldsScriptsAndCourse() throws Exception {
        Path bundle = ROOT.resolve("bundle");
        StudentEditionTest.deleteTree(bundle);

        StudentEdition.exportGradescope(TestCourse.COURSE, bundle);

        assertThat(bundle.resolve("setup.sh")).isExecutable();
        assertThat(bundle.resolve("run_autograder")).isExecutable();
        assertThat(bundle.resolve("course/workshop")).isExecutable();
        assertThat(bundle.resolve("course/pom.xml")).exists();
        assertThat(bundle.resolve("course/solutions")).doesNotExist();
    }

    @Test
    @DisplayName("run_autograder grades a bare uploaded file into results/results.json, in a folder laid out as Gradescope does")
    void runAutograderGradesUpload() throws Exception {
        Path autograder = ROOT.resolve("autograder");
        StudentEditionTest.deleteTree(autograder);
        Files.createDirectories(autograder.resolve("source"));
        Files.createDirectories(autograder.resolve("submission"));
        Files.createSymbolicLink(autograder.resolve("source/course"), TestCourse.COURSE.root());
        Lesson lesson1 = TestCourse.COURSE.lesson("lesson1-basic-table").orElseThrow();
        Path solution = TestCourse.COURSE.solutions().orElseThrow().resolve(lesson1.id())
                .resolve(lesson1.studentFiles().get(0));
        Files.copy(solution, autograder.resolve("submission").resolve(solution.getFileName()));

        ProcessBuilder runAutograder = new ProcessBuilder("bash",
                TestCourse.COURSE.root().resolve("grader/platforms/gradescope/run_autograder").toString())
                .redirectErrorStream(true)
                .redirectOutput(autograder.resolve("run.log").toFile())
                .directory(autograder.toFile());
        runAutograder.environment().put("AUTOGRADER_ROOT", autograder.toString());

        Process run = runAutograder.start();

        assertThat(run.waitFor(10, TimeUnit.MINUTES)).as("run_autograder finished within 10 minutes").isTrue();

        JsonNode results = new ObjectMapper().readTree(autograder.resolve("results/results.json").toFile());
        List<String> lesson1Tests = new ArrayList<>();
        results.get("tests").forEach(test -> {
            if (test.get("name").asText().startsWith("Exercise 1.")) {
                lesson1Tests.add(test.get("status").asText());
            }
        });
        assertThat(lesson1Tests).as("Gradescope statuses of lesson 1's tests").isNotEmpty().containsOnly("passed");
        assertThat(results.get("score").asDouble()).isEqualTo(90);
    }
}
