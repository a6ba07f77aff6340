package org.dynamodbworkshop.grader.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dynamodbworkshop.grader.FixtureCourse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

@DisplayName("The Gradescope autograder of a course")
class GradescopeExportTest {

    private static Path bundle;

    /** Exports the autograder, then builds its course's tools and lesson as its setup.sh would. */
    @BeforeAll
    static void export() {
        bundle = FixtureCourse.workFolder("gradescope").resolve("source");

        StudentEdition.exportGradescope(FixtureCourse.course(), bundle);

        FixtureCourse.buildTools(bundle.resolve("course"));
        FixtureCourse.build(bundle.resolve("course"));
    }

    @Test
    @DisplayName("holds setup.sh and run_autograder, executable, and the student edition of the course in course/")
    void holdsScriptsAndCourse() {
        assertThat(StudentEditionExportTest.relativeFiles(bundle))
                .filteredOn(file -> !file.startsWith("course/")).containsExactly("run_autograder", "setup.sh");
        assertThat(bundle.resolve("setup.sh")).isExecutable();
        assertThat(bundle.resolve("run_autograder")).isExecutable();
        assertThat(bundle.resolve("course/workshop")).isExecutable();
        assertThat(bundle.resolve("course/pom.xml")).exists();
        assertThat(bundle.resolve("course/" + FixtureCourse.LESSON + "/lesson.json")).exists();
        assertThat(bundle.resolve("course/solutions")).doesNotExist();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    @DisplayName("run_autograder grades a bare uploaded student file into results/results.json, every test passed")
    void runAutograderGradesAnUpload() throws Exception {
        Path autograder = autograder("upload");
        Path solution = FixtureCourse.course().solutions().orElseThrow().resolve(FixtureCourse.LESSON)
                .resolve(FixtureCourse.STUDENT_FILE);
        FixtureCourse.copy(solution, autograder.resolve("submission").resolve(solution.getFileName()));

        JsonNode results = runAutograder(autograder);

        List<String> statuses = new ArrayList<>();
        results.get("tests").forEach(test -> statuses.add(test.get("status").asText()));
        assertThat(statuses).as("Gradescope statuses of the tests; see %s", autograder.resolve("run.log"))
                .hasSize(6).containsOnly("passed");
        assertThat(results.get("score").asDouble()).isEqualTo(20);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    @DisplayName("when grading fails (here: no submission folder), results/results.json still scores 0 and says why")
    void runAutograderReportsAFailure() throws Exception {
        Path autograder = autograder("no-submission");

        JsonNode results = runAutograder(autograder);

        assertThat(results.get("score").asInt()).isZero();
        assertThat(results.get("output").asText()).contains("could not grade this submission");
        assertThat(results.get("tests")).isEmpty();
    }

    /** A folder laid out as Gradescope's /autograder: the exported bundle as source/, and the results beside it. */
    private static Path autograder(String name) throws IOException {
        Path autograder = FixtureCourse.workFolder("gradescope-" + name);
        Files.createSymbolicLink(autograder.resolve("source"), bundle);
        return autograder;
    }

    private static JsonNode runAutograder(Path autograder) throws IOException, InterruptedException {
        Path log = autograder.resolve("run.log");
        ProcessBuilder run = new ProcessBuilder("bash", autograder.resolve("source/run_autograder").toString())
                .directory(autograder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        run.environment().put("AUTOGRADER_ROOT", autograder.toString());
        run.environment().put("JAVA_HOME", System.getProperty("java.home"));

        Process process = run.start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("run_autograder finished within 2 minutes; see %s", log).isTrue();
        assertThat(autograder.resolve("results/results.json")).as("results.json; see %s", log).exists();
        return new ObjectMapper().readTree(autograder.resolve("results/results.json").toFile());
    }
}
