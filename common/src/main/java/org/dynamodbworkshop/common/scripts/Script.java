package org.dynamodbworkshop.common.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One command-line script of a lesson, such as {@code get-song ARTIST TITLE}: a name, the exercise whose method it
 * calls, its positional parameters, and what it does.
 *
 * <pre>{@code
 * Script.named("get-song")
 *         .exercise("1.3")
 *         .does("Gets one song by its key")
 *         .param("ARTIST", "the artist")
 *         .param("TITLE", "the song's title")
 *         .run(context -> ...);
 * }</pre>
 */
public final class Script {

    /** What a script does when it runs. */
    @FunctionalInterface
    public interface Action {
        void run(ScriptContext context) throws Exception;
    }

    /**
     * A positional parameter.
     *
     * @param label how usage and {@link ScriptContext#arg(String)} name it, such as {@code ARTIST}
     * @param description what it is
     * @param optional whether it may be left out (optional parameters come last)
     */
    public record Param(String label, String description, boolean optional) {
    }

    private final String name;
    private final String exercise;
    private final String description;
    private final List<Param> params;
    private final boolean deletes;
    private final String indexScript;
    private final Action action;

    private Script(Builder builder, Action action) {
        this.name = builder.name;
        this.exercise = builder.exercise;
        this.description = builder.description;
        this.params = List.copyOf(builder.params);
        this.deletes = builder.deletes;
        this.indexScript = builder.indexScript;
        this.action = Objects.requireNonNull(action, "action");
    }

    /** Starts a script with this name, as typed on the command line: lower case words joined by hyphens. */
    public static Builder named(String name) {
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Script names are lower-case words joined by hyphens: " + name);
        }
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The exercise whose method the script calls, such as {@code 1.3}, if any. */
    public Optional<String> exercise() {
        return Optional.ofNullable(exercise);
    }

    public String description() {
        return description;
    }

    public List<Param> params() {
        return params;
    }

    /** Whether the script deletes data: against real AWS, the command line asks before running it. */
    public boolean deletes() {
        return deletes;
    }

    /** The script that creates the index this script reads, named when the index does not exist yet. */
    public Optional<String> indexScript() {
        return Optional.ofNullable(indexScript);
    }

    public void run(ScriptContext context) throws Exception {
        action.run(context);
    }

    /** Describes a script; {@link #run(Action)} completes it. */
    public static final class Builder {
        private final String name;
        private String exercise;
        private String description = "";
        private final List<Param> params = new ArrayList<>();
        private boolean deletes;
        private String indexScript;

        private Builder(String name) {
            this.name = name;
        }

        /** The exercise whose method the script calls. */
        public Builder exercise(String id) {
            this.exercise = id;
            return this;
        }

        /** One sentence: what the script does. */
        public Builder does(String description) {
            this.description = description;
            return this;
        }

        /** A required positional parameter. */
        public Builder param(String label, String description) {
            if (params.stream().anyMatch(Param::optional)) {
                throw new IllegalStateException("Required parameters come before optional ones: " + label);
            }
            params.add(new Param(label, description, false));
            return this;
        }

        /** An optional positional parameter, after the required ones. */
        public Builder optionalParam(String label, String description) {
            params.add(new Param(label, description, true));
            return this;
        }

        /** Marks a script that deletes items or tables. */
        public Builder deletesData() {
            this.deletes = true;
            return this;
        }

        /** Names the script that adds the index this script queries. */
        public Builder readsIndexAddedBy(String scriptName) {
            this.indexScript = scriptName;
            return this;
        }

        public Script run(Action action) {
            return new Script(this, action);
        }
    }
}
