package org.dynamodbworkshop.lesson9;

import java.util.List;

/** The songs the tests put in a playlist: given test code. */
final class PlaylistFixture {

    static final List<Song> SONGS = List.of(
            new Song("No One You Know", "Call Me Today", 2019),
            new Song("Acme Band", "Happy Day", 2021),
            new Song("No One You Know", "My Dog Spot", 2021),
            new Song("Acme Band", "PartiQL Rocks", 2017));

    private PlaylistFixture() {
    }
}
