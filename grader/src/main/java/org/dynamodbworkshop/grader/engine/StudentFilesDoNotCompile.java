package org.dynamodbworkshop.grader.engine;

import java.nio.file.Path;
import java.util.List;
import org.dynamodbworkshop.grader.course.Lesson;

/**
 * The course's own code could not be compiled because a student file it was compiled against, for want of a stub of
 * it, does not compile (or the tests do not compile against it). The error is in the student file, not the course.
 */
public final class StudentFilesDoNotCompile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Lesson lesson;
    private final transient List<Path> files;
    private final String compilerMessages;

    StudentFilesDoNotCompile(Lesson lesson, List<Path> files, String compilerMessages) {
        super(lesson.id() + ": " + String.join(", ", files.stream().map(file -> file.getFileName().toString())
                .toList()) + " does not compile:\n" + compilerMessages);
        this.lesson = lesson;
        this.files = List.copyOf(files);
        this.compilerMessages = compilerMessages;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The course checkout's student files in question. */
    public List<Path> files() {
        return files;
    }

    /** The compiler's messages, naming each file and line. */
    public String compilerMessages() {
        return compilerMessages;
    }
}
