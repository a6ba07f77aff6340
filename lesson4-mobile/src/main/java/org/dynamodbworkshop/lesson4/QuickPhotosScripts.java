package org.dynamodbworkshop.lesson4;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.dynamodbworkshop.common.Polling;
import org.dynamodbworkshop.common.scripts.DataSet;
import org.dynamodbworkshop.common.scripts.LessonScripts;
import org.dynamodbworkshop.common.scripts.Script;
import org.dynamodbworkshop.common.scripts.ScriptArgumentException;
import org.dynamodbworkshop.common.scripts.ScriptContext;

/**
 * The tutorial's scripts for the quick-photos table, run with your {@link QuickPhotosApp}:
 * {@code ./workshop lesson4-mobile <script> [args]}. Given code: each script calls one of your methods (or the given
 * {@link QuickPhotosTable} to create and delete the table) and prints the result, one item per line. A refused
 * request (a second reaction, a second follow) is printed as the tutorial's scripts do, not as an error. The command
 * line adds {@code load} and {@code reset}.
 */
public final class QuickPhotosScripts implements LessonScripts {

    private static final int DEFAULT_RECENT = 5;

    @Override
    public DataSet dataSet() {
        return new DataSet(QuickPhotosTable.NAME, QuickPhotosData.class, QuickPhotosData.DATA_SET);
    }

    @Override
    public List<Script> scripts() {
        return List.of(
                Script.named("create-table")
                        .does("Creates the quick-photos table (given code) and waits until it is ACTIVE")
                        .run(context -> {
                            QuickPhotosTable.create(context.dynamoDb(), QuickPhotosTable.NAME);
                            context.out().println("Table " + QuickPhotosTable.NAME + " is ACTIVE.");
                        }),
                Script.named("create-user").exercise("4.1")
                        .does("Creates a user profile, unless the username is taken")
                        .param("USERNAME", "the username")
                        .param("NAME", "the user's name")
                        .param("EMAIL", "the user's email address")
                        .optionalParam("STATUS", "a status line")
                        .run(context -> refusable(context, () -> {
                            User user = User.newProfile(context.arg("USERNAME"), context.arg("NAME"),
                                    context.arg("EMAIL"), null, null, context.optionalArg("STATUS").orElse(null),
                                    List.of());
                            app(context).createUser(user);
                            context.out().println("Created: " + user);
                        })),
                Script.named("get-user").exercise("4.2")
                        .does("Gets a user's profile")
                        .param("USERNAME", "the username")
                        .run(context -> app(context).getUser(context.arg("USERNAME")).ifPresentOrElse(
                                context.out()::println,
                                () -> context.out().println("No user " + context.arg("USERNAME") + "."))),
                Script.named("update-profile").exercise("4.3")
                        .does("Sets a user's status and interests")
                        .param("USERNAME", "the username")
                        .param("STATUS", "the new status line")
                        .optionalParam("INTERESTS", "comma-separated, such as \"hiking,photography\"")
                        .run(context -> refusable(context, () -> {
                            List<String> interests = context.optionalArg("INTERESTS")
                                    .map(value -> Arrays.stream(value.split(",")).map(String::strip)
                                            .filter(interest -> !interest.isEmpty()).toList())
                                    .orElse(List.of());
                            app(context).updateProfile(context.arg("USERNAME"), context.arg("STATUS"), interests);
                            context.out().println("Updated the profile of " + context.arg("USERNAME") + ".");
                        })),
                Script.named("upload-photo").exercise("4.4")
                        .does("Stores a new photo of the user, uploaded now")
                        .param("USERNAME", "the photo's owner")
                        .param("LOCATION", "where the photo is stored, such as a URL")
                        .run(context -> refusable(context, () -> context.out().println("Uploaded: "
                                + app(context).uploadPhoto(context.arg("USERNAME"), context.arg("LOCATION"))))),
                Script.named("fetch-user-and-photos").exercise("4.5")
                        .does("Fetches a user and all their photos in one Query")
                        .param("USERNAME", "the username")
                        .run(context -> app(context).fetchUserAndPhotos(context.arg("USERNAME")).ifPresentOrElse(
                                found -> {
                                    context.out().println(found.user());
                                    found.photos().forEach(photo -> context.out().println("  " + photo));
                                    context.out().println(count(found.photos().size(), "photo"));
                                },
                                () -> context.out().println("No user " + context.arg("USERNAME") + "."))),
                Script.named("recent-photos").exercise("4.6")
                        .does("Lists a user's most recent photos, newest first")
                        .param("USERNAME", "the username")
                        .optionalParam("LIMIT", "how many at most (default " + DEFAULT_RECENT + ")")
                        .run(context -> {
                            int limit = context.optionalIntArg("LIMIT").orElse(DEFAULT_RECENT);
                            if (limit < 1) {
                                throw new ScriptArgumentException("LIMIT must be 1 or more, not " + limit);
                            }
                            List<Photo> photos = app(context).recentPhotos(context.arg("USERNAME"), limit);
                            photos.forEach(context.out()::println);
                            context.out().println(count(photos.size(), "photo"));
                        }),
                Script.named("add-inverted-index").exercise("4.7")
                        .does("Adds the InvertedIndex to the live table and waits until it is ACTIVE")
                        .run(context -> {
                            app(context).addInvertedIndex(Polling.STANDARD);
                            context.out().println("Index " + QuickPhotosTable.INVERTED_INDEX + " is ACTIVE.");
                        }),
                Script.named("fetch-photo-and-reactions").exercise("4.8")
                        .does("Fetches a photo and its reactions in one Query on the InvertedIndex")
                        .param("OWNER", "the photo's owner")
                        .param("TIMESTAMP", "the photo's timestamp, such as 2019-10-11T00:06:55")
                        .readsIndexAddedBy("add-inverted-index")
                        .run(context -> app(context).fetchPhotoAndReactions(context.arg("OWNER"),
                                context.arg("TIMESTAMP")).ifPresentOrElse(
                                    found -> {
                                        context.out().println(found.photo());
                                        found.reactions().forEach(reaction -> context.out().println("  " + reaction));
                                        context.out().println(count(found.reactions().size(), "reaction"));
                                    },
                                    () -> context.out().println("No photo of " + context.arg("OWNER") + " at "
                                            + context.arg("TIMESTAMP") + "."))),
                Script.named("find-following").exercise("4.9")
                        .does("Lists whom a user follows, through the InvertedIndex")
                        .param("USERNAME", "the follower")
                        .readsIndexAddedBy("add-inverted-index")
                        .run(context -> friendships(context, app(context).findFollowing(context.arg("USERNAME")))),
                Script.named("find-and-enrich-following").exercise("4.10")
                        .does("Lists the profiles of the users someone follows: one Query and one BatchGetItem")
                        .param("USERNAME", "the follower")
                        .readsIndexAddedBy("add-inverted-index")
                        .run(context -> {
                            List<User> users = app(context).findAndEnrichFollowing(context.arg("USERNAME"));
                            users.forEach(context.out()::println);
                            context.out().println(count(users.size(), "user"));
                        }),
                Script.named("find-followers").exercise("4.11")
                        .does("Lists a user's followers")
                        .param("USERNAME", "the followed user")
                        .run(context -> friendships(context, app(context).findFollowers(context.arg("USERNAME")))),
                Script.named("add-reaction").exercise("4.12")
                        .does("Records a reaction to a photo and counts it, in one transaction")
                        .param("USERNAME", "who reacts")
                        .param("TYPE", "+1, smiley, sunglasses or heart")
                        .param("OWNER", "the photo's owner")
                        .param("TIMESTAMP", "the photo's timestamp")
                        .run(context -> refusable(context, () -> context.out().println("Added: " + app(context)
                                .addReaction(context.arg("USERNAME"), reactionType(context.arg("TYPE")),
                                        context.arg("OWNER"), context.arg("TIMESTAMP"))))),
                Script.named("follow-user").exercise("4.13")
                        .does("Makes one user follow another and counts it on both, in one transaction")
                        .param("FOLLOWER", "who follows")
                        .param("FOLLOWED", "who is followed")
                        .run(context -> refusable(context, () -> context.out().println("Added: " + app(context)
                                .followUser(context.arg("FOLLOWER"), context.arg("FOLLOWED"))))),
                Script.named("delete-table")
                        .does("Deletes the quick-photos table (given code) and waits until it is gone")
                        .deletesData()
                        .run(context -> {
                            QuickPhotosTable.delete(context.dynamoDb(), QuickPhotosTable.NAME);
                            context.out().println("Table " + QuickPhotosTable.NAME + " is deleted.");
                        }));
    }

    private static QuickPhotosApp app(ScriptContext context) {
        return new QuickPhotosApp(context.dynamoDb(), context.enhancedClient(), QuickPhotosTable.NAME,
                QuickPhotosTable.INVERTED_INDEX, Clock.systemUTC());
    }

    private static void friendships(ScriptContext context, List<Friendship> friendships) {
        friendships.forEach(context.out()::println);
        context.out().println(count(friendships.size(), "friendship"));
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "." : "s.");
    }

    /**
     * Runs a step whose refusal (such as a second reaction of the same type, or following oneself) is an answer to
     * print.
     */
    private static void refusable(ScriptContext context, Runnable step) {
        try {
            step.run();
        } catch (ScriptArgumentException e) {
            throw e; // A wrong argument on the command line, not a refusal: the script's usage line tells.
        } catch (QuickPhotosException | IllegalArgumentException e) {
            context.out().println("Refused: " + e.getMessage());
        }
    }

    private static ReactionType reactionType(String value) {
        try {
            return ReactionType.fromValue(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ScriptArgumentException("TYPE must be +1, smiley, sunglasses or heart, not \"" + value + "\"");
        }
    }
}
