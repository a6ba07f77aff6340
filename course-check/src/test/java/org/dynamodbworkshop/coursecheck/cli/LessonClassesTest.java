package org.dynamodbworkshop.coursecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.scripts.LessonClasses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The scripts compile the learner's code from the checkout, never the build's classes")
class LessonClassesTest {

    private static final String STUDENT_FILE = "src/main/java/org/dynamodbworkshop/lesson1/MusicCatalog.java";

    @TempDir
    Path root;

    @Test
    @DisplayName("a student file that does not compile is reported with the compiler's message; --reference still runs")
    void compileErrorIsReported() throws IOException {
        Course course = copyOfLesson1();
        Lesson lesson = course.lesson(WorkshopCli.LESSON1).orElseThrow();
        Path studentFile = lesson.dir().resolve(STUDENT_FILE);
        Files.writeString(studentFile, Files.readString(studentFile)
                .replace("public int countSongs() {", "public int countSongs() { return nope;"));

        UsageException failure = catchThrowableOfType(UsageException.class,
                () -> LessonClasses.compile(course, lesson, false));

        assertThat(failure.getMessage()).startsWith("your MusicCatalog.java does not compile")
                .contains("add --reference").contains("MusicCatalog.java:").contains("nope");
        LessonClasses reference = LessonClasses.compile(course, lesson, true);
        assertThat(reference.folder().resolve("org/dynamodbworkshop/lesson1/MusicCatalog.class")).exists();
        assertThat(reference.folder().resolve("org/dynamodbworkshop/lesson1/songs.jsonl")).exists();
        assertThat(LessonClasses.compile(course, lesson, true).folder()).as("unchanged sources, same classes")
                .isEqualTo(reference.folder());
    }

    /** A course of lesson 1 only, with its build's classpath file, and its reference solution. */
    private Course copyOfLesson1() throws IOException {
        Path courseRoot = WorkshopCli.courseRoot();
        String buildDir = WorkshopCli.buildDirName();
        Files.writeString(root.resolve("pom.xml"), """
                <project><modules><module>lesson1-basic-table</module></modules></project>
                """);
        Path lesson = courseRoot.resolve(WorkshopCli.LESSON1);
        copyTree(lesson.resolve("src/main"), root.resolve(WorkshopCli.LESSON1).resolve("src/main"));
        Files.copy(lesson.resolve("lesson.json"), root.resolve(WorkshopCli.LESSON1).resolve("lesson.json"));
        Path classpath = root.resolve(WorkshopCli.LESSON1).resolve(buildDir).resolve("workshop-classpath.txt");
        Files.createDirectories(classpath.getParent());
        Files.copy(lesson.resolve(buildDir).resolve("workshop-classpath.txt"), classpath);
        copyTree(courseRoot.resolve("solutions").resolve(WorkshopCli.LESSON1),
                root.resolve("solutions").resolve(WorkshopCli.LESSON1));
        return Course.at(root, buildDir);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
