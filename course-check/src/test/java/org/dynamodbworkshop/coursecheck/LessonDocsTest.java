package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.testkit.LessonManifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Each lesson's README and HINTS agree with its manifest")
class LessonDocsTest {

    private static final Pattern README_ROW = Pattern.compile("(?m)^\\|\\s*(\\d+\\.\\d+)\\s*\\|.*\\|\\s*(\\d+)\\s*\\|\\s*$");
    private static final Pattern HINT_SECTION = Pattern.compile("(?m)^## (\\d+\\.\\d+) ");
    private static final Pattern PIT_TARGET = Pattern.compile("<pit.targetClasses>([^<]+)</pit.targetClasses>");
    private static final Pattern HINT_REFERENCE = Pattern.compile("HINTS\\.md, section (\\d+\\.\\d+)");

    static Stream<Lesson> lessons() {
        return TestCourse.COURSE.lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("the README's exercise table shows each exercise with the manifest's points")
    void readmePointsEqualManifest(Lesson lesson) throws IOException {
        String readme = Files.readString(lesson.dir().resolve("README.md"));
        Map<String, Integer> rows = new LinkedHashMap<>();
        Matcher row = README_ROW.matcher(readme);
        while (row.find()) {
            rows.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        Map<String, Integer> manifest = new LinkedHashMap<>();
        lesson.manifest().exercises().forEach(exercise -> manifest.put(exercise.id(), exercise.points()));

        assertThat(rows).as("exercise -> points in %s/README.md", lesson.id()).containsExactlyEntriesOf(manifest);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("the README's exercise table shows the reference's requests and capacity from reference-usage.json")
    void readmeShowsTheReferenceFigures(Lesson lesson) throws IOException {
        String readme = Files.readString(lesson.dir().resolve("README.md"));
        Map<String, String> expected = new LinkedHashMap<>();
        lesson.manifest().exercises().forEach(exercise -> expected.put(exercise.id(),
                ReferenceColumn.cell(lesson.referenceUsage(), exercise.id())));

        assertThat(ReferenceColumn.cells(readme)).as("exercise -> the reference's figures in %s/README.md (fill them"
                + " with -Dreference.update=true, see CONTRIBUTING.md)", lesson.id()).containsExactlyEntriesOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("mutation testing targets exactly the student classes that lesson.json names")
    void mutationTargetsStudentClasses(Lesson lesson) throws IOException {
        Matcher target = PIT_TARGET.matcher(Files.readString(lesson.dir().resolve("pom.xml")));

        assertThat(target.find()).as("%s/pom.xml sets pit.targetClasses", lesson.id()).isTrue();
        assertThat(List.of(target.group(1).split(","))).as("pit.targetClasses of %s", lesson.id())
                .containsExactlyInAnyOrderElementsOf(lesson.studentClassNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("HINTS.md has a section for every exercise and for every section the stubs name")
    void everyReferencedHintSectionExists(Lesson lesson) throws IOException {
        TreeSet<String> sections = new TreeSet<>();
        HINT_SECTION.matcher(Files.readString(lesson.dir().resolve("HINTS.md"))).results()
                .forEach(match -> sections.add(match.group(1)));
        TreeSet<String> referenced = new TreeSet<>();
        lesson.manifest().exercises().stream().map(LessonManifest.Exercise::id).forEach(referenced::add);
        for (String file : lesson.studentFiles()) {
            HINT_REFERENCE.matcher(Files.readString(lesson.dir().resolve(file))).results()
                    .forEach(match -> referenced.add(match.group(1)));
        }

        assertThat(sections).as("sections of %s/HINTS.md", lesson.id()).containsAll(referenced);
    }
}
