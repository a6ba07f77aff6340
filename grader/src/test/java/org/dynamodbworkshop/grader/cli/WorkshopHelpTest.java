package org.dynamodbworkshop.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("./workshop --help reads whole at 80 columns")
class WorkshopHelpTest {

    @Test
    @DisplayName("every line fits 80 columns, no description stops mid-phrase and no command name is split")
    void helpFitsEightyColumns() {
        StringWriter out = new StringWriter();
        int exitCode = Workshop.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString().lines())
                .contains("Commands:")
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80))
                .allSatisfy(line -> assertThat(line).as("a description cut after its first line")
                        .matches(text -> !text.endsWith(":") || text.equals("Commands:")))
                .allSatisfy(line -> assertThat(line.strip()).as("a command split across lines")
                        .doesNotEndWith("./workshop").doesNotStartWith("<lesson>"));
    }
}
