package org.dynamodbworkshop.grader.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Git;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.course.Stubs.Stub;
import org.dynamodbworkshop.grader.course.Stubs;
import org.dynamodbworkshop.grader.course.Submission;
import org.dynamodbworkshop.grader.course.UsageException;
import org.dynamodbworkshop.grader.engine.Grader;
import org.dynamodbworkshop.grader.model.ExerciseResult;
import org.dynamodbworkshop.grader.model.GradeReport;
import org.dynamodbworkshop.grader.model.LessonResult;
import org.dynamodbworkshop.grader.model.LessonStatus;
import org.dynamodbworkshop.grader.model.Outcome;
import org.dynamodbworkshop.grader.model.TestResult;

/**
 * The student edition: a copy of the course without the reference solutions, the wrong variants, the course's
 * self-check or its CI, whose documents say only what the edition holds. It is what an instructor publishes as the
 * template repository.
 *
 * <p>Its student files are the course's stubs as committed, never the working tree's files, which may hold solved
 * exercises (see {@link Stubs#forEdition}); {@link #check} then grades the written edition to prove it scores 0.
 */
public final class StudentEdition {

    /** Top-level entries that only instructors and maintainers need. */
    private static final Set<Path> INSTRUCTOR_ONLY = Set.of(Path.of("solutions"), Path.of(".ci"),
            Path.of("CONTRIBUTING.md"), Path.of("course-check"), Path.of("grader", "src", "test"),
            Path.of("grade-report"), Path.of(".github"));
    private static final Set<String> NEVER_COPIED = Set.of(".git", "target", ".idea", ".vscode", ".settings");
    private static final Path WORKFLOW_SOURCE = Path.of("grader", "platforms", "github-classroom", "grade.yml");
    private static final Path GRADESCOPE_SCRIPTS = Path.of("grader", "platforms", "gradescope");
    private static final Path WORKFLOW_TARGET = Path.of(".github", "workflows", "grade.yml");

    private StudentEdition() {
    }

    /**
     * What was written.
     *
     * @param folder the edition's folder
     * @param published what was written: the edition's folder, or the bundle that holds it
     * @param stubs its student files, with where each came from
     * @param commit the commit the stubs were taken from, if the course is a git checkout
     */
    public record Written(Path folder, Path published, List<Stub> stubs, Optional<String> commit) {

        /** Where the student files came from, in a few words. */
        public String stubsOrigin() {
            boolean allCommitted = stubs.stream().allMatch(stub -> stub.origin().equals("committed"));
            if (allCommitted && commit.isPresent()) {
                return "the course's stubs as committed (" + commit.get() + ")";
            }
            return "the course's stubs (checked to be stubs: " + String.join(", ", stubs.stream()
                    .filter(stub -> !stub.origin().equals("committed"))
                    .map(stub -> stub.lesson().id() + "/" + stub.studentFile() + " " + stub.origin()).toList()) + ")";
        }
    }

    /**
     * What {@link #check} proved: the edition, graded as a submission with the course's tests, scores 0 with every
     * test not attempted.
     *
     * @param report the edition's grade
     */
    public record Checked(GradeReport report) {

        /** How many tests ran, every one not attempted. */
        public int tests() {
            return report.lessons().stream().flatMap(lesson -> lesson.exercises().stream())
                    .mapToInt(exercise -> exercise.tests().size()).sum();
        }

        /** The points the edition could earn. */
        public int maxScore() {
            return report.maxScore();
        }
    }

    /**
     * Writes the student edition of {@code course} into {@code out}, which must not exist or be empty.
     *
     * @throws UsageException if {@code out} is not new or empty, or a student file has no stub to publish (named)
     */
    public static Written export(Course course, Path out) {
        requireNewFolder(out);
        return write(course, out, out);
    }

    private static Written write(Course course, Path out, Path published) {
        List<Stub> stubs = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            for (String studentFile : lesson.studentFiles()) {
                stubs.add(Stubs.forEdition(lesson, studentFile));
            }
        }
        Path root = course.root();
        Optional<Git> git = Git.at(root);
        try {
            Set<Path> studentFiles = new HashSet<>();
            for (Stub stub : stubs) {
                studentFiles.add(root.relativize(stub.lesson().dir().resolve(stub.studentFile())).normalize());
            }
            for (Path relative : files(root, git)) {
                if (studentFiles.contains(relative)) {
                    continue;
                }
                Path target = out.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Path source = root.resolve(relative.toString());
                if (isDocument(relative)) {
                    Files.writeString(target, EditionDocs.forStudents(relative.toString(), Files.readString(source)));
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            for (Stub stub : stubs) {
                stub.writeUnder(out.resolve(root.relativize(stub.lesson().dir()).toString()));
            }
            Path workflow = root.resolve(WORKFLOW_SOURCE);
            if (Files.isRegularFile(workflow)) {
                Files.createDirectories(out.resolve(WORKFLOW_TARGET).getParent());
                Files.copy(workflow, out.resolve(WORKFLOW_TARGET));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the student edition into " + out + ": " + e.getMessage(), e);
        }
        return new Written(out, published, List.copyOf(stubs), git.flatMap(Git::head));
    }

    /**
     * Grades the written edition as a submission with {@code grader}'s course and proves it scores 0, every test not
     * attempted. Otherwise deletes what was written, so that it is never published by mistake.
     *
     * @throws UsageException in one line, naming the first test that does not fail for the stub's reason
     */
    public static Checked check(Grader grader, Written edition) {
        GradeReport report = grader.grade(Submission.folder(edition.folder()), List.of(),
                Runtime.getRuntime().availableProcessors());
        Optional<String> problem = problem(report);
        if (problem.isPresent()) {
            deleteTree(edition.published());
            throw new UsageException("The student edition does not grade to 0 as it must, so it was deleted: "
                    + problem.get());
        }
        return new Checked(report);
    }

    /** The first thing wrong with the edition's grade, if any. */
    static Optional<String> problem(GradeReport report) {
        for (LessonResult lesson : report.lessons()) {
            if (lesson.status() != LessonStatus.GRADED) {
                return Optional.of(lesson.id() + " is " + lesson.status().id()
                        + (lesson.detail().isEmpty() ? "" : " (" + firstLine(lesson.detail()) + ")"));
            }
            if (lesson.exercises().stream().allMatch(exercise -> exercise.tests().isEmpty())) {
                return Optional.of(lesson.id() + " ran no test");
            }
            for (ExerciseResult exercise : lesson.exercises()) {
                for (TestResult test : exercise.tests()) {
                    if (test.outcome() != Outcome.NOT_ATTEMPTED) {
                        return Optional.of("test " + exercise.id() + " " + test.name() + " of " + lesson.id() + " is "
                                + test.outcome().name().toLowerCase(Locale.ROOT) + ", not not_attempted"
                                + (test.message().isEmpty() ? "" : " (" + firstLine(test.message()) + ")"));
                    }
                }
            }
        }
        if (report.score() != 0) {
            return Optional.of("it scores " + report.score());
        }
        if (!report.warnings().isEmpty()) {
            return Optional.of(report.warnings().get(0));
        }
        return Optional.empty();
    }

    /**
     * Writes a Gradescope autograder folder: {@code setup.sh} and {@code run_autograder} at its root, and the student
     * edition of the course in {@code course/}. Zipped as it is, it is the autograder to upload.
     */
    public static Written exportGradescope(Course course, Path out) {
        requireNewFolder(out);
        Written edition = write(course, out.resolve("course"), out);
        try {
            for (String script : List.of("setup.sh", "run_autograder")) {
                Path target = out.resolve(script);
                Files.copy(course.root().resolve(GRADESCOPE_SCRIPTS).resolve(script), target);
                target.toFile().setExecutable(true, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the autograder into " + out + ": " + e.getMessage(), e);
        }
        return edition;
    }

    /**
     * The course's files to publish, relative to its root: the files git tracks (so nothing a checkout merely holds,
     * such as a learner's extra files, is published), or every file outside a git checkout; in both cases without
     * what only instructors and maintainers need.
     */
    private static List<Path> files(Path root, Optional<Git> git) throws IOException {
        Stream<Path> candidates;
        if (git.isPresent()) {
            candidates = git.get().trackedFiles().stream().map(Path::of)
                    .filter(relative -> Files.isRegularFile(root.resolve(relative.toString())));
        } else {
            try (Stream<Path> walk = Files.walk(root)) {
                candidates = walk.filter(Files::isRegularFile).map(root::relativize).toList().stream();
            }
        }
        return candidates.filter(StudentEdition::isStudentFacing).sorted().toList();
    }

    private static boolean isStudentFacing(Path relative) {
        for (Path part : relative) {
            if (NEVER_COPIED.contains(part.toString())) {
                return false;
            }
        }
        return INSTRUCTOR_ONLY.stream().noneMatch(relative::startsWith);
    }

    /**
     * The documents whose markers say what the edition leaves out: Markdown. (Other files stay as the course has them:
     * the grader warns about any other file of a submission that differs from the course.)
     */
    private static boolean isDocument(Path relative) {
        return relative.getFileName().toString().endsWith(".md");
    }

    private static void requireNewFolder(Path out) {
        if (Files.exists(out) && (!Files.isDirectory(out) || !isEmptyFolder(out))) {
            throw new UsageException(out + " already exists and is not empty: choose a new folder");
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // What is left is incomplete; the message says the edition failed.
        }
    }
}
