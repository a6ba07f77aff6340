package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each lesson's {@code solutions/<lesson>/MISTAKES.md} says, for every exercise and every kind of mistake DynamoDB
 * punishes, which variants prove the tests catch it, or why the kind does not apply, or that it is still open.
 */
@DisplayName("Each lesson's mistakes matrix names variants that exist, for every exercise and kind")
class MistakesMatrixTest {

    static final List<String> KINDS = List.of("Pages", "Waiting", "Stored data", "Conditions", "Boundaries",
            "Retries", "Conflicts", "Reads");

    private static final Pattern VARIANT = Pattern.compile("`([^`]+)`");

    static Stream<Lesson> lessons() {
        return TestCourse.COURSE.lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("one row per exercise of the manifest, in order, with a cell per kind of mistake")
    void oneRowPerExercise(Lesson lesson) throws IOException {
        List<List<String>> rows = rows(lesson);

        assertThat(rows.get(0)).as("the header of %s", file(lesson))
                .isEqualTo(Stream.concat(Stream.of("Exercise"), KINDS.stream()).toList());
        assertThat(rows.subList(1, rows.size())).as("the rows of %s", file(lesson))
                .extracting(row -> row.get(0))
                .containsExactlyElementsOf(lesson.manifest().exercises().stream().map(e -> e.id()).toList());
        for (List<String> row : rows) {
            assertThat(row).as("the cells of row %s in %s", row.get(0), file(lesson)).hasSize(KINDS.size() + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("a covered cell names variants of its own exercise; any other says why not (n/a:) or what is open")
    void coveredCellsNameTheirVariants(Lesson lesson) throws IOException {
        Map<String, Variant> variants = Variant.of(TestCourse.COURSE, lesson).stream()
                .collect(Collectors.toMap(Variant::name, Function.identity()));
        List<List<String>> rows = rows(lesson);
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int kind = 0; kind < KINDS.size(); kind++) {
                String cell = row.get(kind + 1);
                String where = row.get(0) + " / " + KINDS.get(kind) + " in " + file(lesson);
                if (cell.startsWith("n/a:") || cell.startsWith("open:")) {
                    assertThat(cell.substring(cell.indexOf(':') + 1).strip()).as("the reason in " + where)
                            .isNotEmpty();
                    continue;
                }
                Matcher named = VARIANT.matcher(cell);
                assertThat(named.find()).as("%s: variant names in backticks, or n/a: or open:, not \"%s\"", where,
                        cell).isTrue();
                named.reset();
                while (named.find()) {
                    Variant variant = variants.get(named.group(1));
                    assertThat(variant).as("the variant %s named in %s", named.group(1), where).isNotNull();
                    assertThat(variant.exerciseId()).as("the exercise of %s, named in %s", variant.name(), where)
                            .isEqualTo(row.get(0));
                }
            }
        }
    }

    private static Path file(Lesson lesson) {
        return TestCourse.COURSE.solutions().orElseThrow().resolve(lesson.id()).resolve("MISTAKES.md");
    }

    /** The cells of the file's one table, header first, without the separator line. */
    private static List<List<String>> rows(Lesson lesson) throws IOException {
        return Files.readAllLines(file(lesson)).stream()
                .filter(line -> line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| ---"))
                .map(line -> Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                        .map(String::strip).toList())
                .toList();
    }
}
