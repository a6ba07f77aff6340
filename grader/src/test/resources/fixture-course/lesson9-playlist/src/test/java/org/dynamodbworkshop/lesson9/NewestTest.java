package org.dynamodbworkshop.lesson9;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("9.3")
@DisplayName("9.3 The newest song")
class NewestTest {

    @Test
    @DisplayName("finds the song of the latest year")
    void findsLatestYear() {
        Playlist playlist = new Playlist(List.of(PlaylistFixture.SONGS.get(0), PlaylistFixture.SONGS.get(1),
                PlaylistFixture.SONGS.get(3)));

        assertThat(playlist.newest()).as("newest()").contains(PlaylistFixture.SONGS.get(1));
    }

    @Test
    @DisplayName("keeps the first added of two songs of the same year")
    void keepsFirstAddedAmongEquals() {
        assertThat(new Playlist(PlaylistFixture.SONGS).newest()).as("newest() when two songs are of 2021")
                .contains(PlaylistFixture.SONGS.get(1));
    }

    @Test
    @DisplayName("is empty for an empty playlist")
    void emptyForEmptyPlaylist() {
        assertThat(new Playlist(List.of()).newest()).as("newest() of an empty playlist").isEmpty();
    }
}
