package org.dynamodbworkshop.coursecheck;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.cli.Bootstrap;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;

/**
 * A copy of this course in a folder of its own, to change the way a learner or an instructor changes a checkout:
 * solve exercises in it, break a student file, commit. It keeps the build's classpath files, so the grader and the
 * scripts run on it without building it.
 */
final class CourseCopy {

    private final Path root;

    private CourseCopy(Path root) {
        this.root = root;
    }

    /** The whole course (its files, without version control or build output), in {@code root}. */
    static CourseCopy ofWholeCourse(Path root) {
        Course course = TestCourse.COURSE;
        deleteTree(root);
        copyTree(course.root(), root);
        for (Lesson lesson : course.lessons()) {
            copyClasspath(lesson, root.resolve(lesson.id()));
        }
        return new CourseCopy(root);
    }

    /**
     * A course of one lesson (its folder, its reference solution, a root pom naming it), in {@code root}. Its
     * classpath file sits in the test build's folder and in {@code target}, as the command line reads it.
     */
    static CourseCopy ofLesson(String lessonId, Path root) {
        Course course = TestCourse.COURSE;
        Lesson lesson = course.lesson(lessonId).orElseThrow();
        deleteTree(root);
        write(root.resolve("pom.xml"), "<project><modules><module>" + lessonId + "</module></modules></project>\n");
        copyTree(lesson.dir(), root.resolve(lessonId));
        copyTree(course.solutions().orElseThrow().resolve(lessonId), root.resolve("solutions").resolve(lessonId));
        copyClasspath(lesson, root.resolve(lessonId));
        return new CourseCopy(root);
    }

    Path root() {
        return root;
    }

    Course course() {
        return Course.at(root, TestCourse.COURSE.buildDirName());
    }

    /** The copy's own file of a lesson's student file. */
    Path studentFile(Lesson lesson, String studentFile) {
        return root.resolve(lesson.id()).resolve(studentFile);
    }

    /** Makes the copy a git repository with everything committed, as a course or a learner's checkout is. */
    CourseCopy committed() {
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=Course check", "-c", "user.email=course-check@example.invalid", "-c",
                "commit.gpgsign=false", "commit", "-q", "-m", "The course");
        return this;
    }

    /** Puts the reference solution in place of every student file of the given lessons, as a learner who solved them. */
    CourseCopy solve(List<String> lessonIds) {
        for (String lessonId : lessonIds) {
            Lesson lesson = TestCourse.COURSE.lesson(lessonId).orElseThrow();
            for (String file : lesson.studentFiles()) {
                copy(TestCourse.COURSE.solutions().orElseThrow().resolve(lessonId).resolve(file),
                        studentFile(lesson, file));
            }
        }
        return this;
    }

    /** Runs git in the copy, and fails if it does. */
    void git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(2, TimeUnit.MINUTES) || git.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a command printed, and its exit code. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    /** Runs {@code ./workshop} on this copy, as the launcher does once the course is built ({@code target}). */
    Run workshop(String... args) {
        return workshop(root, "target", args);
    }

    /**
     * Runs {@code ./workshop} on a copy of the course in a JVM of its own, as the launcher does once the course is
     * built, with {@code buildDir} as each module's build folder.
     */
    static Run workshop(Path courseRoot, String buildDir, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dworkshop.courseRoot=" + courseRoot,
                "-Dworkshop.buildDirName=" + buildDir,
                "-Dorg.sqlite.tmpdir=" + TestCourse.workFolder("sqlite-native"),
                "-cp", graderClasses().toString(),
                Bootstrap.class.getName()));
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile(Files.createDirectories(TestCourse.workFolder("runs")), "err-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(courseRoot.toFile()).redirectError(err.toFile());
            // Real AWS is never contacted: DynamoDB is always a local one or none.
            builder.environment().keySet().removeIf(variable -> variable.startsWith("AWS_"));
            builder.environment().putAll(Map.of("AWS_EC2_METADATA_DISABLED", "true", "AWS_ACCESS_KEY_ID",
                    "none", "AWS_SECRET_ACCESS_KEY", "none", "AWS_REGION", "eu-west-3"));
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("./workshop " + String.join(" ", args) + " did not finish");
            }
            String errors = Files.readString(err);
            Files.delete(err);
            return new Run(process.exitValue(), out, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path graderClasses() {
        try {
            return Path.of(Bootstrap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the build's classpath file of the lesson, to the test build's folder and to {@code target}, with the
     * course's own libraries on it (test kit, common code) copied too: the copy's own, as in a real checkout (the
     * watch mode loads them apart from the other libraries because they are the course's).
     */
    private static void copyClasspath(Lesson lesson, Path lessonCopy) {
        Path courseRoot = TestCourse.COURSE.root();
        Path copyRoot = lessonCopy.getParent();
        Path classpath = lesson.dir().resolve(TestCourse.COURSE.buildDirName()).resolve("workshop-classpath.txt");
        List<String> entries = new ArrayList<>();
        for (String entry : read(classpath).strip().split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (path.startsWith(courseRoot)) {
                Path copied = copyRoot.resolve(courseRoot.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    copyTreeWithBuildOutput(path, copied);
                } else if (!Files.exists(copied)) {
                    copy(path, copied);
                }
                entries.add(copied.toString());
            } else {
                entries.add(entry);
            }
        }
        String rewritten = String.join(File.pathSeparator, entries);
        write(lessonCopy.resolve(TestCourse.COURSE.buildDirName()).resolve("workshop-classpath.txt"), rewritten);
        write(lessonCopy.resolve("target").resolve("workshop-classpath.txt"), rewritten);
    }

    private static void copyTreeWithBuildOutput(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, to.resolve(from.relativize(file).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder's files, without version control or build output. */
    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                boolean skipped = false;
                for (Path part : relative) {
                    skipped |= part.toString().equals(".git") || part.toString().equals("target");
                }
                if (!skipped) {
                    copy(file, to.resolve(relative.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try {
            StudentEditionTest.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
