package org.dynamodbworkshop.grader.course;

import java.nio.file.Path;
import java.util.List;
import org.dynamodbworkshop.testkit.LessonManifest;

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
}
