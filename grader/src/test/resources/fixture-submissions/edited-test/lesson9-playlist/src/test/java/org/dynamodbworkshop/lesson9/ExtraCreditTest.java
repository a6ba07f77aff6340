package org.dynamodbworkshop.lesson9;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("9.3")
@DisplayName("9.3 The newest song")
class ExtraCreditTest {

    @Test
    @DisplayName("passes whatever newest() does")
    void alwaysPasses() {
    }
}
