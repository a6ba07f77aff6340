package org.dynamodbworkshop.grader.course;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.dynamodbworkshop.testkit.LessonManifest;
import org.dynamodbworkshop.testkit.ReferenceUsage;

/**
 * One lesson of the course.
 *
 * @param dir the lesson's folder, whose name is the lesson's id
 * @param manifest its {@code lesson.json}
 */
public record Lesson(Path dir, LessonManifest manifest) {

    public String id() {
        return dir.getFileName().toString();
    }

    /** The student's files, relative to the lesson folder. */
    public List<String> studentFiles() {
        return manifest.studentFiles();
    }

    /** The student's classes by binary name, e.g. {@code org.dynamodbworkshop.lesson1.MusicCatalog}. */
    public List<String> studentClassNames() {
        return studentFiles().stream()
                .map(file -> file.replaceFirst("^src/main/java/", "").replaceFirst("\\.java$", "").replace('/', '.'))
                .toList();
    }

    /** What the reference solution read and wrote in each measured test: its {@code reference-usage.json}. */
    public ReferenceUsage referenceUsage() {
        Path file = dir.resolve(ReferenceUsage.FILE_NAME);
        try (InputStream input = Files.newInputStream(file)) {
            return ReferenceUsage.parse(input);
        } catch (NoSuchFileException noFiguresYet) {
            return ReferenceUsage.NONE;
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }
}
