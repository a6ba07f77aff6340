package org.dynamodbworkshop.grader.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.UsageException;

/**
 * The student edition: a copy of the course without the reference solutions, the wrong variants, the course's
 * self-check or its CI, which builds and grades to 0. It is what an instructor publishes as the template repository.
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

    /** Writes the student edition of {@code course} into {@code out}, which must not exist or be empty. */
    public static void export(Course course, Path out) {
        try {
            if (Files.exists(out) && (!Files.isDirectory(out) || !isEmptyFolder(out))) {
                throw new UsageException(out + " already exists and is not empty: choose a new folder");
            }
            Path root = course.root();
            for (Path file : files(root)) {
                Path target = out.resolve(root.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Path workflow = root.resolve(WORKFLOW_SOURCE);
            if (Files.isRegularFile(workflow)) {
                Files.createDirectories(out.resolve(WORKFLOW_TARGET).getParent());
                Files.copy(workflow, out.resolve(WORKFLOW_TARGET));
            }
            Path readme = out.resolve("README.md");
            if (Files.isRegularFile(readme)) {
                Files.writeString(readme, withoutMaintainerSection(Files.readString(readme)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the student edition into " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a Gradescope autograder folder: {@code setup.sh} and {@code run_autograder} at its root, and the student
     * edition of the course in {@code course/}. Zipped as it is, it is the autograder to upload.
     */
    public static void exportGradescope(Course course, Path out) {
        export(course, out.resolve("course"));
        try {
            for (String script : List.of("setup.sh", "run_autograder")) {
                Path target = out.resolve(script);
                Files.copy(course.root().resolve(GRADESCOPE_SCRIPTS).resolve(script), target);
                target.toFile().setExecutable(true, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the autograder into " + out + ": " + e.getMessage(), e);
        }
    }

    /** The README's section for maintainers talks about solutions the student edition does not have. */
    static String withoutMaintainerSection(String readme) {
        return readme.replaceAll("(?s)## For maintainers and CI\\n.*?(?=\\n## )", "").replace("\n\n\n", "\n\n");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> isStudentFacing(root.relativize(file)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isStudentFacing(Path relative) {
        for (Path part : relative) {
            if (NEVER_COPIED.contains(part.toString())) {
                return false;
            }
        }
        return INSTRUCTOR_ONLY.stream().noneMatch(relative::startsWith);
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }
}
