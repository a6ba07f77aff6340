package org.dynamodbworkshop.coursecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Submission;

/** Submissions built for the grader's tests: the reference solutions, then changed the way a student might. */
final class SubmissionFixtures {

    private final Path root;

    private SubmissionFixtures(Path root) {
        this.root = root;
    }

    /** A folder laid out like a checkout, holding the reference solution's student files of the given lessons. */
    static SubmissionFixtures solutionsOf(String name, List<String> lessonIds) {
        Path root = TestCourse.workFolder("submissions").resolve(name);
        for (String lessonId : lessonIds) {
            Lesson lesson = TestCourse.COURSE.lesson(lessonId).orElseThrow();
            for (String file : lesson.studentFiles()) {
                copy(TestCourse.COURSE.solutions().orElseThrow().resolve(lessonId).resolve(file),
                        root.resolve(lessonId).resolve(file));
            }
        }
        return new SubmissionFixtures(root);
    }

    /** Replaces one method of a student class with other code, as a variant does. */
    SubmissionFixtures withMethod(String lessonId, String className, String methodName, String method) {
        Lesson lesson = TestCourse.COURSE.lesson(lessonId).orElseThrow();
        String file = lesson.studentFiles().stream()
                .filter(path -> path.endsWith("/" + className + ".java"))
                .findFirst().orElseThrow();
        Path source = root.resolve(lessonId).resolve(file);
        Variant variant = new Variant(source, "", className, methodName, method);
        return write(lessonId + "/" + file, variant.applyTo(read(source)));
    }

    /** Writes a file of the submission, e.g. a test a student rewrote. */
    SubmissionFixtures write(String relativePath, String content) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path path() {
        return root;
    }

    Submission submission() {
        return Submission.folder(root);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
