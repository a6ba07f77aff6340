package org.dynamodbworkshop.grader.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sections of a lesson's Markdown files that are numbered like the exercises: HINTS.md, and the explanations. */
public final class Hints {

    private Hints() {
    }

    /** The lesson that has this exercise, or a usage error naming the exercises that exist. */
    public static Lesson lessonOf(Course course, String exerciseId) {
        return course.lessons().stream()
                .filter(lesson -> lesson.manifest().exercise(exerciseId).isPresent())
                .findFirst()
                .orElseThrow(() -> new UsageException("No exercise " + exerciseId + "; exercises are numbered like 1.4"
                        + " (lesson 1, exercise 4): see each lesson's README"));
    }

    /** The section {@code ## <exerciseId> ...} of a Markdown file, heading included, up to the next heading. */
    public static Optional<String> section(Path markdown, String exerciseId) {
        if (!Files.isRegularFile(markdown)) {
            return Optional.empty();
        }
        List<String> section = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(markdown)) {
                if (line.startsWith("## ")) {
                    if (!section.isEmpty()) {
                        break;
                    }
                    if (line.startsWith("## " + exerciseId + " ")) {
                        section.add(line);
                    }
                } else if (!section.isEmpty()) {
                    section.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return section.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", section).strip());
    }
}
