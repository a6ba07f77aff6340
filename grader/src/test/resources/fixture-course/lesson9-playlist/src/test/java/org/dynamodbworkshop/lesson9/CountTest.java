package org.dynamodbworkshop.lesson9;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("9.1")
@DisplayName("9.1 Count the songs")
class CountTest {

    @Test
    @DisplayName("counts every song of the playlist")
    void countsEverySong() {
        assertThat(new Playlist(PlaylistFixture.SONGS).count()).as("count() of a playlist of 4 songs").isEqualTo(4);
    }
}
