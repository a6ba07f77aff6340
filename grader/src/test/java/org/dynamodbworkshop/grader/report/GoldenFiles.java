package org.dynamodbworkshop.grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.dynamodbworkshop.grader.FixtureCourse;

/**
 * Golden copies of reports: what the reports of a graded fixture submission say, reviewed and committed under
 * {@code src/test/resources/golden/<case>/}. Reports are compared with them once normalised: JSON is parsed and
 * printed in one canonical layout (so only content counts, not spacing), and what changes from run to run is
 * replaced by a placeholder: times and durations ({@link #VOLATILE_KEY}, {@link #TIMESTAMP}) and the absolute paths
 * of this run's folders.
 *
 * <p>When a report changes on purpose, regenerate the golden copies, review their diff, and commit them:
 * {@code mvn -o test -pl grader -am -Dtest=GoldenReportsTest -Dgolden.update=true}. Never edit them by hand. A report
 * that gains a value that changes from run to run needs its rule here.
 */
final class GoldenFiles {

    static final String UPDATE_PROPERTY = "golden.update";
    static final String HOW_TO_UPDATE = "if the change is intended, regenerate the golden copies with"
            + " mvn -o test -pl grader -am -Dtest=GoldenReportsTest -D" + UPDATE_PROPERTY + "=true,"
            + " then review their diff and commit them";

    /** JSON keys whose values change from run to run: times and durations. */
    private static final Pattern VOLATILE_KEY = Pattern.compile("(?i).*(elapsed|duration|time|millis).*|.*[a-z]At");
    /** An ISO-8601 instant or local date-time, anywhere in a text. */
    /** How long grading took, as the reports people read say it: "in 42 s", "in 2 min 5 s". */
    private static final Pattern GRADING_TIME = Pattern.compile("in (\\d+ min )?\\d+ s\\b");
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)?");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private final Path goldenRoot;
    private final Path actualRoot;
    private final boolean update;
    private final List<Map.Entry<String, String>> paths;

    /**
     * @param goldenRoot the folder of the golden copies, one subfolder per case
     * @param actualRoot where the normalised reports of this run are written, to compare or inspect
     * @param update whether to write the golden copies instead of comparing with them
     * @param placeholders absolute paths of this run and the placeholder that replaces each
     */
    GoldenFiles(Path goldenRoot, Path actualRoot, boolean update, Map<Path, String> placeholders) {
        this.goldenRoot = goldenRoot;
        this.actualRoot = actualRoot;
        this.update = update;
        this.paths = placeholders.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey().toAbsolutePath().normalize().toString(), entry.getValue()))
                .sorted(Comparator.comparing((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed())
                .toList();
    }

    /** The golden copies of the fixture course's reports, in this module's sources. */
    static GoldenFiles ofFixtureCourse() {
        return new GoldenFiles(FixtureCourse.realCourseRoot().resolve("grader/src/test/resources/golden"),
                FixtureCourse.work().resolve("golden-actual"), Boolean.getBoolean(UPDATE_PROPERTY),
                Map.of(FixtureCourse.course().root(), "<course>", FixtureCourse.work(), "<work>"));
    }

    /**
     * Compares the named report files of {@code reportFolder}, normalised, with {@code golden/<goldenCase>/}, and
     * fails with a line diff for each one that differs; in update mode, writes them there instead.
     */
    void assertMatches(String goldenCase, Path reportFolder, List<String> fileNames) {
        SoftAssertions softly = new SoftAssertions();
        for (String fileName : fileNames) {
            Path actual = actualRoot.resolve(goldenCase).resolve(fileName);
            FixtureCourse.write(actual, normalise(fileName, FixtureCourse.read(reportFolder.resolve(fileName))));
            Path golden = goldenRoot.resolve(goldenCase).resolve(fileName);
            if (update) {
                FixtureCourse.copy(actual, golden);
            } else if (!Files.isRegularFile(golden)) {
                softly.fail("No golden copy %s of %s: create it with -D%s=true, then review and commit it", golden,
                        actual, UPDATE_PROPERTY);
            } else {
                softly.assertThat(actual)
                        .as("%s of case %s differs from its golden copy %s (the normalised report is %s);%n%s",
                                fileName, goldenCase, golden, actual, HOW_TO_UPDATE)
                        .usingCharset(StandardCharsets.UTF_8)
                        .hasSameTextualContentAs(golden, StandardCharsets.UTF_8);
            }
        }
        softly.assertAll();
    }

    /** A report's content without what changes from run to run. */
    String normalise(String fileName, String content) {
        return fileName.endsWith(".json") ? json(content) : text(content);
    }

    private String json(String content) {
        try {
            JsonNode root = JSON.readTree(content);
            normalise(root);
            return JSON.writer(LAYOUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new AssertionError("The report is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void normalise(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (VOLATILE_KEY.matcher(field.getKey()).matches() && field.getValue().isValueNode()) {
                    field.setValue(TextNode.valueOf(placeholder(field.getValue())));
                } else if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(text(field.getValue().asText())));
                } else {
                    normalise(field.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(text(array.get(i).asText())));
                } else {
                    normalise(array.get(i));
                }
            }
        }
    }

    private static String placeholder(JsonNode value) {
        if (value.isNumber()) {
            return "<number>";
        }
        return TIMESTAMP.matcher(value.asText()).matches() ? "<timestamp>" : "<text>";
    }

    private String text(String content) {
        String text = content;
        for (Map.Entry<String, String> path : paths) {
            text = text.replace(path.getKey(), path.getValue());
        }
        text = TIMESTAMP.matcher(text).replaceAll(Matcher.quoteReplacement("<timestamp>"));
        return GRADING_TIME.matcher(text).replaceAll("in <duration>");
    }
}
