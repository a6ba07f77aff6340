package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A variant replaces exactly its method in the solution's source")
class VariantTest {

    private static final String SOLUTION = """
            package org.example;

            /** Braces in comments: { and } */
            public class Catalog {

                public String describe(String artist) {
                    String open = "{";
                    String text = \"""
                            } not the end {
                            \""";
                    return open + text + artist + '}';
                }

                public int count() {
                    return 1;
                }
            }
            """;

    @Test
    @DisplayName("braces inside strings, text blocks, characters and comments do not end the method early")
    void replacesTheWholeMethodWhateverItsBodyHolds() {
        Variant variant = new Variant(Path.of("1.1-wrong.java"), "1.1", "Catalog", "describe",
                "public String describe(String artist) {\n    return \"}\" + artist;\n}");

        String spliced = variant.applyTo(SOLUTION);

        assertThat(spliced).contains("return \"}\" + artist;").doesNotContain("not the end")
                .contains("public int count() {", "return 1;", "/** Braces in comments: { and } */");
    }

    @Test
    @DisplayName("a variant naming a method the solution lacks is refused with the file's name")
    void refusesAMissingMethod() {
        Variant variant = new Variant(Path.of("1.2-missing.java"), "1.2", "Catalog", "songs",
                "public int songs() { return 0; }");

        assertThatThrownBy(() -> variant.applyTo(SOLUTION)).hasMessageContaining("1.2-missing.java")
                .hasMessageContaining("Catalog#songs");
    }
}
