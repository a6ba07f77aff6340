package org.dynamodbworkshop.grader.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What is graded: a folder laid out like the course, of which only the manifests' student files are used.
 *
 * @param name how reports name it
 * @param studentFilesRoot the folder that holds {@code <lesson>/<student file>}
 * @param checkForChanges whether to list the non-student files that differ from the course (not for the
 *     course's own solutions)
 */
public record Submission(String name, Path studentFilesRoot, boolean checkForChanges) {

    /** Folders that never hold course content: version control, build output, IDE settings, CI workflows. */
    private static final Set<String> IGNORED_FOLDERS = Set.of(".git", ".github", "target", "grade-report", ".idea",
            ".vscode", ".settings", "node_modules", ".mvn");
    private static final int MAX_WARNINGS = 25;

    /** A folder, such as a student's checkout. */
    public static Submission folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("No such folder: " + folder);
        }
        return new Submission(folder.toString(), folder.toAbsolutePath().normalize(), true);
    }

    /** The course's own checkout, as a learner grades their work: named so, not by its path. */
    public static Submission checkout(Course course) {
        return new Submission("this checkout", course.root(), true);
    }

    /** The course's reference solutions. */
    public static Submission reference(Course course) {
        Path solutions = course.solutions().orElseThrow(
                () -> new UsageException("This copy of the course has no solutions/ folder to grade"));
        return new Submission("reference solutions", solutions, false);
    }

    /**
     * The submission's copies of the lesson's student files that exist, in manifest order: at their place in the
     * course's layout, or else a file of the same name anywhere in the submission, for uploads of bare files (as
     * Gradescope receives them).
     */
    public List<Path> studentFiles(Lesson lesson) {
        return lesson.studentFiles().stream()
                .map(file -> locate(lesson.id(), file))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Path> locate(String lessonId, String studentFile) {
        Path inLayout = studentFilesRoot.resolve(lessonId).resolve(studentFile);
        if (Files.isRegularFile(inLayout)) {
            return Optional.of(inLayout);
        }
        String name = Path.of(studentFile).getFileName().toString();
        List<Path> sameName = files().stream().filter(file -> file.getFileName().toString().equals(name)).toList();
        return sameName.size() == 1 ? Optional.of(sameName.get(0)) : Optional.empty();
    }

    /**
     * Files outside the student files that differ from the course's: reported, never used. Documents ({@code .md})
     * are left out: a student's notes change no grade, and the student edition's README differs by design.
     */
    public List<String> warnings(Course course) {
        if (!checkForChanges || studentFilesRoot.equals(course.root())) {
            return List.of();
        }
        Set<Path> studentFiles = new HashSet<>();
        course.lessons().forEach(lesson -> studentFiles(lesson)
                .forEach(file -> studentFiles.add(studentFilesRoot.relativize(file))));
        List<String> warnings = new ArrayList<>();
        for (Path file : files()) {
            Path relative = studentFilesRoot.relativize(file);
            if (studentFiles.contains(relative) || relative.toString().endsWith(".md")) {
                continue;
            }
            Path original = course.root().resolve(relative.toString());
            if (!Files.isRegularFile(original)) {
                warnings.add("Extra file, not used: " + relative);
            } else if (!sameContent(file, original)) {
                warnings.add("Changed file, not used (the course's own copy was used): " + relative);
            }
        }
        if (warnings.size() > MAX_WARNINGS) {
            int more = warnings.size() - MAX_WARNINGS;
            warnings = new ArrayList<>(warnings.subList(0, MAX_WARNINGS));
            warnings.add("... and " + more + " more files that differ from the course");
        }
        return warnings;
    }

    private List<Path> files() {
        try (Stream<Path> files = Files.walk(studentFilesRoot)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Arrays.stream(studentFilesRoot.relativize(file).toString().split("[/\\\\]"))
                            .noneMatch(IGNORED_FOLDERS::contains))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameContent(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            return false;
        }
    }
}
