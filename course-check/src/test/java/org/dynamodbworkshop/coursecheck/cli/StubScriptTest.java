package org.dynamodbworkshop.coursecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The scripts on the untouched stub, as a learner runs them")
class StubScriptTest {

    /** Real AWS is never contacted: these variables only make sure of it. */
    private static final Map<String, String> NO_AWS = Map.of("AWS_EC2_METADATA_DISABLED", "true",
            "AWS_ACCESS_KEY_ID", "none", "AWS_SECRET_ACCESS_KEY", "none", "AWS_REGION", "eu-west-3");

    @Test
    @DisplayName("./workshop lesson1-basic-table get-song on the stub says exercise 1.3 is not implemented yet, exit 2")
    void stubSaysNotImplemented() throws Exception {
        Process process = WorkshopCli.start(NO_AWS, WorkshopCli.LESSON1, "get-song", "No One You Know", "My Dog Spot");
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(out + err).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).isEqualTo("workshop: exercise 1.3 is not implemented yet: see lesson1-basic-table/HINTS.md,"
                + " section 1.3; or add --reference to see what the finished version prints\n");
    }

    @Test
    @DisplayName("against real AWS, delete-table without --yes and with no one to answer refuses before any request")
    void deletingInAwsNeedsConfirmation() throws Exception {
        Process process = WorkshopCli.start(NO_AWS, WorkshopCli.LESSON1, "delete-table", "--aws", "--reference");
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(err).isEqualTo(2);
        assertThat(err).isEqualTo("delete-table deletes the Music table and waits until it is gone in AWS. Type yes"
                + " to go on: \nworkshop: delete-table deletes data in AWS and there is no one to confirm it: add --yes"
                + " to go ahead\n");
    }

    @Test
    @DisplayName("the in-JVM run on the stub gives the same line")
    void stubInThisJvm() throws IOException {
        WorkshopCli.Result result = WorkshopCli.run(WorkshopCli.LESSON1, "count", "--endpoint", "http://localhost:1");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("workshop: exercise 1.9 is not implemented yet");
    }
}
