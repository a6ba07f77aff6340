package org.dynamodbworkshop.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The grading commands refuse a wrong --jobs or --isolation in one line, before they grade anything")
class TestJvmOptionsTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "grade       | --jobs      | 0   | workshop: --jobs must be at least 1, not 0 (see ./workshop grade --help)",
        "grade-class | --isolation | fork | workshop: --isolation is warm-workers or fresh-jvm, not fork"
                + " (see ./workshop grade-class --help)",
        "progress    | --jobs      | -2  | workshop: --jobs must be at least 1, not -2 (see ./workshop progress --help)"})
    void refusesInOneLine(String command, String option, String value, String expected) {
        StringWriter err = new StringWriter();
        int exitCode = Workshop.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                command, option, value);

        assertThat(exitCode).isEqualTo(Workshop.USAGE);
        assertThat(err.toString().lines()).containsExactly(expected);
    }
}
