package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PartiQlStatement")
class PartiQlStatementTest {

    static Stream<String> queries() {
        return Stream.of(
                "SELECT * FROM \"Music\" WHERE \"Artist\" = 'No One You Know'",
                "SELECT * FROM Music WHERE Artist = 'No One You Know'",
                "SELECT * FROM Music WHERE 'No One You Know' = Artist",
                "SELECT * FROM Music WHERE Artist = ?",
                "SELECT * FROM Music WHERE Artist = 42",
                "SELECT * FROM Music WHERE Artist = -1.5e3",
                "SELECT * FROM Music WHERE Artist = ? AND SongTitle = ?",
                "SELECT * FROM Music WHERE Artist = ? AND SongTitle > 'M'",
                "SELECT * FROM Music WHERE Artist = ? AND SongTitle BETWEEN 'A' AND 'M'",
                "SELECT * FROM Music WHERE SongTitle BETWEEN 'A' AND 'M' AND Artist = ?",
                "SELECT * FROM Music WHERE Artist = ? AND begins_with(SongTitle, 'Call')",
                "SELECT * FROM Music WHERE Artist IN ['Acme Band', 'No One You Know']",
                "SELECT * FROM Music WHERE Artist IN ('Acme Band', ?)",
                "SELECT * FROM Music WHERE Artist = 'Acme Band' OR Artist = 'No One You Know'",
                "SELECT * FROM Music WHERE (Artist = 'Acme Band' AND SongTitle = 'Happy Day') OR Artist IN [?]",
                "SELECT * FROM Music WHERE ((Artist = ?))",
                "SELECT * FROM Music WHERE Price > 1 AND Artist = ? AND NOT contains(Tags, 'live')",
                "SELECT * FROM Music WHERE Artist = ? AND attribute_type(Awards, 'M') AND size(Tags) > 3",
                "SELECT * FROM Music WHERE Artist = ? AND Awards IS NOT MISSING AND Label IS NULL",
                "SELECT * FROM Music WHERE Artist = ? AND Tags[0] = 'rock' AND Awards.\"Grammy\" = TRUE",
                "SELECT * FROM Music WHERE Artist = ? AND Album <> 'x' AND Year != 2001 AND Year <= 2020",
                "select * from music_v2 where Artist = ? and SongTitle >= ? order by SongTitle desc",
                "SELECT * FROM Music WHERE Artist = ? ORDER BY SongTitle ASC, Year;",
                "SELECT SongTitle, \"AlbumTitle\", size(Tags), Awards.Grammy FROM Music WHERE Artist = ?",
                "SELECT * FROM Music WHERE Artist = {'name': 'x', 'members': [1, 2]} AND Tags = <<'a', 'b'>>",
                "\n  SELECT *\n\tFROM Music\n  WHERE Artist\n=\n?\n;\n");
    }

    @ParameterizedTest
    @MethodSource("queries")
    @DisplayName("a SELECT whose WHERE fixes the partition key with an equality or an IN runs as a Query")
    void fixingThePartitionKeyIsAQuery(String statement) {
        assertThat(PartiQlStatement.parseSelect(statement))
                .hasValueSatisfying(select -> assertThat(select.fixesPartitionKey("Artist")).isTrue());
    }

    static Stream<String> scans() {
        return Stream.of(
                "SELECT * FROM Music",
                "SELECT * FROM Music WHERE Price > 1",
                "SELECT * FROM Music WHERE Artist = ? OR Price > 1",
                "SELECT * FROM Music WHERE Price > 1 OR Artist = ?",
                "SELECT * FROM Music WHERE NOT Artist = ?",
                "SELECT * FROM Music WHERE NOT (Artist = ? AND SongTitle = ?)",
                "SELECT * FROM Music WHERE Artist <> 'x'",
                "SELECT * FROM Music WHERE Artist != 'x'",
                "SELECT * FROM Music WHERE Artist > 'x'",
                "SELECT * FROM Music WHERE begins_with(Artist, 'x')",
                "SELECT * FROM Music WHERE SongTitle = 'Call Me Today'",
                "SELECT * FROM Music WHERE Artist = SongTitle",
                "SELECT * FROM Music WHERE Artist = size(SongTitle)",
                "SELECT * FROM Music WHERE Artist BETWEEN 'A' AND 'M'",
                "SELECT * FROM Music WHERE Artist BETWEEN 'A' AND 'M' OR Price = 1",
                "SELECT * FROM Music WHERE Artist = ? AND SongTitle BETWEEN 'A' AND 'M' OR Price = 1",
                "SELECT * FROM Music WHERE Year BETWEEN 2000 AND 2010 OR Artist = 'x'",
                "SELECT * FROM Music WHERE Artist IN [SongTitle, 'x']",
                "SELECT * FROM Music WHERE 'x' IN Artist",
                "SELECT * FROM Music WHERE Artist.Name = 'x'",
                "SELECT * FROM Music WHERE Artist[0] = 'x'",
                "SELECT * FROM Music WHERE artist = 'x'",
                "SELECT * FROM Music WHERE Artist IS NOT NULL",
                "SELECT * FROM Music WHERE Label = 'Artist = ''x'''",
                "SELECT * FROM Music ORDER BY Artist");
    }

    @ParameterizedTest
    @MethodSource("scans")
    @DisplayName("a SELECT whose WHERE leaves the partition key open runs as a Scan")
    void leavingThePartitionKeyOpenIsAScan(String statement) {
        assertThat(PartiQlStatement.parseSelect(statement))
                .hasValueSatisfying(select -> assertThat(select.fixesPartitionKey("Artist")).isFalse());
    }

    @Test
    @DisplayName("keywords and quotes inside a string are part of its value")
    void stringsHideKeywordsAndQuotes() {
        Optional<PartiQlStatement> select =
                PartiQlStatement.parseSelect("SELECT * FROM Music WHERE Artist = 'It''s AND OR' AND Price > 1");

        assertThat(select).hasValueSatisfying(parsed -> assertThat(parsed.fixesPartitionKey("Artist")).isTrue());
    }

    @Test
    @DisplayName("the table is read as written and unquoted, with no index")
    void readsTheTable() {
        assertThat(PartiQlStatement.parseSelect("SELECT * FROM \"Music\" WHERE Artist = ?"))
                .hasValueSatisfying(select -> {
                    assertThat(select.table()).isEqualTo("Music");
                    assertThat(select.index()).isEmpty();
                });
        assertThat(PartiQlStatement.parseSelect("SELECT * FROM \"My \"\"Music\"\"\"").map(PartiQlStatement::table))
                .hasValue("My \"Music\"");
    }

    @Test
    @DisplayName("FROM \"Table\".\"Index\" names the index read, whose key the WHERE may fix")
    void readsTheIndex() {
        assertThat(PartiQlStatement.parseSelect(
                "SELECT * FROM \"Music\".\"AlbumTitle-index\" WHERE AlbumTitle = 'Somewhat Famous'"))
                .hasValueSatisfying(select -> {
                    assertThat(select.table()).isEqualTo("Music");
                    assertThat(select.index()).hasValue("AlbumTitle-index");
                    assertThat(select.fixesPartitionKey("AlbumTitle")).isTrue();
                    assertThat(select.fixesPartitionKey("Artist")).isFalse();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO Music VALUE {'Artist': 'x', 'SongTitle': 'y'}",
        "UPDATE Music SET Price = 1 WHERE Artist = 'x' AND SongTitle = 'y'",
        "DELETE FROM Music WHERE Artist = 'x' AND SongTitle = 'y'",
        "EXISTS(SELECT * FROM Music WHERE Artist = 'x')",
        "",
        "   ",
        "SELECT",
        "SELECT * FROM",
        "SELECT * FROM Music WHERE",
        "SELECT * FROM Music WHERE Artist",
        "SELECT * FROM Music WHERE Artist = 'unterminated",
        "SELECT * FROM \"Music WHERE Artist = 'x'",
        "SELECT * FROM Music WHERE Artist = 'x' AND",
        "SELECT * FROM Music WHERE (Artist = 'x'",
        "SELECT * FROM Music WHERE Artist = 'x')",
        "SELECT * FROM Music WHERE Artist IN ['x'",
        "SELECT * FROM Music WHERE Artist BETWEEN 'A' OR 'M'",
        "SELECT * FROM Music WHERE Artist IS 'x'",
        "SELECT * FROM Music WHERE Price = 1e",
        "SELECT * FROM Music.AlbumTitle-index",
        "SELECT * FROM Music WHERE Artist = 'x' ORDER BY",
        "SELECT * FROM Music WHERE Artist = 'x';;",
        "SELECT * FROM Music WHERE Artist = 'x' LIMIT 1",
        "SELECT * FROM Music WHERE Artist == 'x'",
        "SELECT * FROM Music WHERE Artist = 'x' & Price > 1",
        "SELECT * FROM Music WHERE AND = 'x'",
        "}{)(][ SELECT",
        "SELECT * FROM Music WHERE Artist = <<'x'"
    })
    @DisplayName("a statement other than a SELECT, or text that is no statement, parses to nothing")
    void otherStatementsAndGarbageAreEmpty(String statement) {
        assertThat(PartiQlStatement.parseSelect(statement)).isEmpty();
    }

    @Test
    @DisplayName("no input makes the parser throw: random junk, deep nesting, long runs of NOT")
    void junkNeverThrows() {
        List<String> pieces = List.of("SELECT", "*", "FROM", "Music", "WHERE", "Artist", "=", "'x'", "\"q\"", "?",
                "AND", "OR", "NOT", "IN", "BETWEEN", "IS", "MISSING", "(", ")", "[", "]", "{", "}", "<<", ">>", ",",
                ".", ":", ";", "-", "1.5e", "'", "\"", "''", "ORDER", "BY", "size", "<>", "!", "\u00e9", "\ud83c");
        Random random = new Random(20240501);
        Stream<String> tokenSoups = IntStream.range(0, 5_000).mapToObj(i -> random.ints(random.nextInt(20), 0,
                pieces.size()).mapToObj(pieces::get).collect(Collectors.joining(random.nextBoolean() ? " " : "")));
        Stream<String> randomText = IntStream.range(0, 1_000).mapToObj(i -> random.ints(random.nextInt(40), 0, 128)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        Stream<String> extremes = Stream.of(
                "SELECT * FROM Music WHERE " + "(".repeat(100_000) + "Artist = ?" + ")".repeat(100_000),
                "SELECT * FROM Music WHERE Artist IN " + "[".repeat(100_000),
                "SELECT * FROM Music WHERE " + "NOT ".repeat(100_000) + "Artist = ?");

        Stream.of(tokenSoups, randomText, extremes).flatMap(s -> s)
                .forEach(junk -> assertThat(PartiQlStatement.parseSelect(junk)).isNotNull());
    }

    @Test
    @DisplayName("modest nesting of parentheses parses")
    void modestNestingParses() {
        String statement = "SELECT * FROM Music WHERE " + "(".repeat(20) + "Artist = ?" + ")".repeat(20);

        assertThat(PartiQlStatement.parseSelect(statement))
                .hasValueSatisfying(select -> assertThat(select.fixesPartitionKey("Artist")).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT * FROM Music WHERE Artist = ?",
            "SELECT * FROM Music WHERE Artist = 'A' AND begins_with(SongTitle, 'Lo')",
            "SELECT * FROM Music WHERE SongTitle BETWEEN 'A' AND 'M' AND Artist = ?",
            "SELECT * FROM Music WHERE 'A' = Artist AND 'M' > SongTitle",
            "SELECT * FROM Music WHERE (Artist = ?) AND (SongTitle >= ?)",
            "select * from Music where Artist in ['A', 'B']"})
    @DisplayName("a WHERE that is a key condition only reads only what it returns")
    void keyConditionOnly(String statement) {
        assertThat(PartiQlStatement.parseSelect(statement)).hasValueSatisfying(select ->
                assertThat(select.onlyKeyConditions("Artist", Optional.of("SongTitle"))).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT * FROM Music WHERE Artist = ? AND AlbumTitle = 'X'",
            "SELECT * FROM Music WHERE Artist = ? AND contains(SongTitle, 'Lo')",
            "SELECT * FROM Music WHERE Artist = ? AND SongTitle <> 'X'",
            "SELECT * FROM Music WHERE Artist = ? AND SongTitle > 'A' AND SongTitle < 'M'",
            "SELECT * FROM Music WHERE Artist = ? AND (SongTitle = 'A' OR SongTitle = 'B')",
            "SELECT * FROM Music WHERE Artist = ? AND NOT SongTitle = 'A'",
            "SELECT * FROM Music WHERE Artist = ? AND SongTitle IS NOT MISSING",
            "SELECT * FROM Music WHERE Artist = ? AND begins_with(AlbumTitle, 'S')",
            "SELECT * FROM Music WHERE begins_with(SongTitle, 'Lo')"})
    @DisplayName("any other condition is a filter, applied after the read")
    void filterBeyondTheKey(String statement) {
        assertThat(PartiQlStatement.parseSelect(statement)).hasValueSatisfying(select ->
                assertThat(select.onlyKeyConditions("Artist", Optional.of("SongTitle"))).isFalse());
    }

    @Test
    @DisplayName("on a table without a sort key, any condition on another attribute is a filter")
    void noSortKey() {
        assertThat(PartiQlStatement.parseSelect("SELECT * FROM Users WHERE Username = ? AND Age > 3"))
                .hasValueSatisfying(select ->
                        assertThat(select.onlyKeyConditions("Username", Optional.empty())).isFalse());
    }
}
