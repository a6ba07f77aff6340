package org.dynamodbworkshop.lesson3;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dynamodbworkshop.common.scripts.DataSet;
import org.dynamodbworkshop.common.scripts.LessonScripts;
import org.dynamodbworkshop.common.scripts.Script;
import org.dynamodbworkshop.common.scripts.ScriptArgumentException;
import org.dynamodbworkshop.common.scripts.ScriptContext;

/**
 * The tutorial's scripts for the battle-royale table, run with your {@link BattleRoyale}:
 * {@code ./workshop lesson3-gaming <script> [args]}. Given code: each script calls one of your methods (or the given
 * {@link BattleRoyaleTable} for the table and its indexes) and prints the result, one item per line. A broken rule
 * of the game (a full game, a second join) is printed as the tutorial's scripts do, not as an error. The command
 * line adds {@code load} and {@code reset}.
 */
public final class BattleRoyaleScripts implements LessonScripts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    @Override
    public DataSet dataSet() {
        return new DataSet(BattleRoyaleTable.NAME, BattleRoyaleData.class, BattleRoyaleData.DATA_SET);
    }

    @Override
    public List<Script> scripts() {
        return List.of(
                Script.named("create-table")
                        .does("Creates the battle-royale table (given code) and waits until it is ACTIVE")
                        .run(context -> {
                            table(context).create();
                            context.out().println("Table " + BattleRoyaleTable.NAME + " is ACTIVE.");
                        }),
                Script.named("create-user").exercise("3.1")
                        .does("Creates a user, never overwriting one with the same username")
                        .param("USERNAME", "the username")
                        .param("NAME", "the user's name")
                        .param("EMAIL", "the user's email address")
                        .optionalParam("BIRTHDATE", "such as 1990-05-17")
                        .optionalParam("ADDRESS", "the postal address")
                        .run(context -> rule(context, () -> {
                            User user = new User(context.arg("USERNAME"), context.arg("NAME"), context.arg("EMAIL"),
                                    context.optionalArg("BIRTHDATE").orElse(null),
                                    context.optionalArg("ADDRESS").orElse(null));
                            game(context).createUser(user);
                            context.out().println("Created: " + user);
                        })),
                Script.named("get-user").exercise("3.2")
                        .does("Gets a user's profile")
                        .param("USERNAME", "the username")
                        .run(context -> game(context).getUser(context.arg("USERNAME")).ifPresentOrElse(
                                context.out()::println,
                                () -> context.out().println("No user " + context.arg("USERNAME") + "."))),
                Script.named("update-profile").exercise("3.3")
                        .does("Sets the profile fields of an existing user")
                        .param("USERNAME", "the username")
                        .param("NAME", "the new name")
                        .param("EMAIL", "the new email address")
                        .param("BIRTHDATE", "the new birthdate")
                        .param("ADDRESS", "the new address")
                        .run(context -> rule(context, () -> {
                            game(context).updateUserProfile(context.arg("USERNAME"), new Profile(context.arg("NAME"),
                                    context.arg("EMAIL"), context.arg("BIRTHDATE"), context.arg("ADDRESS")));
                            context.out().println("Updated the profile of " + context.arg("USERNAME") + ".");
                        })),
                Script.named("create-game").exercise("3.4")
                        .does("Creates an open game, created now")
                        .param("GAME_ID", "the game's id")
                        .param("MAP", "the map, such as \"Green Grasslands\"")
                        .param("CREATOR", "the creator's username")
                        .run(context -> rule(context, () -> {
                            Game game = Game.open(context.arg("GAME_ID"), context.arg("MAP"), context.arg("CREATOR"),
                                    now());
                            game(context).createGame(game);
                            context.out().println("Created: " + game);
                        })),
                Script.named("fetch-game-and-players").exercise("3.5")
                        .does("Fetches a game and its players in one Query")
                        .param("GAME_ID", "the game's id")
                        .run(context -> game(context).fetchGameAndPlayers(context.arg("GAME_ID")).ifPresentOrElse(
                                found -> {
                                    context.out().println(found.game());
                                    found.players().forEach(player -> context.out().println("  " + player));
                                    context.out().println(found.players().size() + " players.");
                                },
                                () -> context.out().println("No game " + context.arg("GAME_ID") + "."))),
                Script.named("add-open-games-index")
                        .does("Adds the sparse OpenGamesIndex to the live table (given code) and waits until it is ACTIVE")
                        .run(context -> {
                            table(context).addOpenGamesIndex();
                            context.out().println("Index " + BattleRoyaleTable.OPEN_GAMES_INDEX + " is ACTIVE.");
                        }),
                Script.named("find-open-games-by-map").exercise("3.6")
                        .does("Lists the open games on a map, oldest first, through OpenGamesIndex")
                        .param("MAP", "the map, such as \"Green Grasslands\"")
                        .readsIndexAddedBy("add-open-games-index")
                        .run(context -> games(context, game(context).findOpenGamesByMap(context.arg("MAP")))),
                Script.named("find-open-games").exercise("3.7")
                        .does("Lists every open game, with one Scan of OpenGamesIndex")
                        .readsIndexAddedBy("add-open-games-index")
                        .run(context -> games(context, game(context).findOpenGames())),
                Script.named("join-game").exercise("3.8")
                        .does("Puts a user into an open game that has room, in one transaction")
                        .param("GAME_ID", "the game's id")
                        .param("USERNAME", "the user who joins")
                        .run(context -> rule(context, () -> {
                            game(context).joinGame(context.arg("GAME_ID"), context.arg("USERNAME"));
                            context.out().println(context.arg("USERNAME") + " joined game " + context.arg("GAME_ID")
                                    + ".");
                        })),
                Script.named("start-game").exercise("3.9")
                        .does("Starts a full game on its creator's request, now")
                        .param("GAME_ID", "the game's id")
                        .param("USERNAME", "the creator")
                        .run(context -> rule(context, () -> {
                            String startTime = now();
                            game(context).startGame(context.arg("GAME_ID"), context.arg("USERNAME"), startTime);
                            context.out().println("Game " + context.arg("GAME_ID") + " started at " + startTime + ".");
                        })),
                Script.named("add-inverted-index")
                        .does("Adds the InvertedIndex to the live table (given code) and waits until it is ACTIVE")
                        .run(context -> {
                            table(context).addInvertedIndex();
                            context.out().println("Index " + BattleRoyaleTable.INVERTED_INDEX + " is ACTIVE.");
                        }),
                Script.named("find-games-for-user").exercise("3.10")
                        .does("Lists the games a user is or was in, through the InvertedIndex")
                        .param("USERNAME", "the username")
                        .readsIndexAddedBy("add-inverted-index")
                        .run(context -> {
                            List<UserGameMapping> mappings = game(context).findGamesForUser(context.arg("USERNAME"));
                            mappings.forEach(context.out()::println);
                            context.out().println(mappings.size() + (mappings.size() == 1 ? " game." : " games."));
                        }),
                Script.named("record-place").exercise("3.11")
                        .does("Records a player's place when a game ends")
                        .param("GAME_ID", "the game's id")
                        .param("USERNAME", "the player")
                        .param("PLACE", "gold, silver or bronze")
                        .run(context -> rule(context, () -> {
                            Place place = place(context.arg("PLACE"));
                            game(context).recordPlace(context.arg("GAME_ID"), context.arg("USERNAME"), place);
                            context.out().println(context.arg("USERNAME") + " won " + place.value() + " in game "
                                    + context.arg("GAME_ID") + ".");
                        })),
                Script.named("delete-table")
                        .does("Deletes the battle-royale table (given code) and waits until it is gone")
                        .deletesData()
                        .run(context -> {
                            table(context).delete();
                            context.out().println("Table " + BattleRoyaleTable.NAME + " is deleted.");
                        }));
    }

    private static BattleRoyale game(ScriptContext context) {
        return new BattleRoyale(context.dynamoDb(), context.enhancedClient(), BattleRoyaleTable.NAME,
                BattleRoyaleTable.OPEN_GAMES_INDEX, BattleRoyaleTable.INVERTED_INDEX);
    }

    private static BattleRoyaleTable table(ScriptContext context) {
        return new BattleRoyaleTable(context.dynamoDb(), BattleRoyaleTable.NAME);
    }

    private static void games(ScriptContext context, List<Game> games) {
        games.forEach(context.out()::println);
        context.out().println(games.size() + (games.size() == 1 ? " open game." : " open games."));
    }

    /** Runs a step whose broken rule of the game is an answer to print, such as "the game is full". */
    private static void rule(ScriptContext context, Runnable step) {
        try {
            step.run();
        } catch (BattleRoyaleException e) {
            context.out().println("Refused: " + e.getMessage());
        }
    }

    private static Place place(String value) {
        for (Place place : Place.values()) {
            if (place.value().equalsIgnoreCase(value.strip())) {
                return place;
            }
        }
        throw new ScriptArgumentException("PLACE must be gold, silver or bronze, not \"" + value + "\"");
    }

    private static String now() {
        return LocalDateTime.now(ZoneOffset.UTC).format(TIME);
    }
}
