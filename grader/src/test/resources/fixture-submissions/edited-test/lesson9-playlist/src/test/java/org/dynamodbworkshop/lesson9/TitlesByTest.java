package org.dynamodbworkshop.lesson9;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("9.2")
@DisplayName("9.2 Titles of an artist")
class TitlesByTest {

    @Test
    @DisplayName("lists the titles of the artist's songs in playlist order")
    void listsTitlesInOrder() {
    }

    @Test
    @DisplayName("gives an empty list for an artist without songs")
    void emptyForUnknownArtist() {
    }
}
