package org.dynamodbworkshop.lesson9;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("9.2")
@DisplayName("9.2 Titles of an artist")
class TitlesByTest {

    @Test
    @DisplayName("lists the titles of the artist's songs in playlist order")
    void listsTitlesInOrder() {
        assertThat(new Playlist(PlaylistFixture.SONGS).titlesBy("Acme Band")).as("titlesBy(\"Acme Band\")")
                .containsExactly("Happy Day", "PartiQL Rocks");
    }

    @Test
    @DisplayName("gives an empty list for an artist without songs")
    void emptyForUnknownArtist() {
        assertThat(new Playlist(PlaylistFixture.SONGS).titlesBy("Nobody")).as("titlesBy(\"Nobody\")").isEmpty();
    }
}
