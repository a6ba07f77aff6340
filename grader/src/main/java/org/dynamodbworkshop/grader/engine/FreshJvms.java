package org.dynamodbworkshop.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.protocol.Event.End;
import org.dynamodbworkshop.grader.protocol.Job;
import org.dynamodbworkshop.grader.runner.TestRunner;

/** {@link Isolation#FRESH_JVM}: each run in a new JVM, with every class on one flat classpath, as a build runs tests. */
final class FreshJvms implements TestJvms {

    private final String maxHeap;

    FreshJvms(String maxHeap) {
        this.maxHeap = maxHeap;
    }

    @Override
    public TestJvm start(CompiledLesson lesson, Job job, Path workDir) {
        List<Path> classpath = Stream.concat(job.lessonClasspath().stream(), lesson.dependencies().stream()).toList();
        // In a file, not an argument: Windows would mangle the quotes of JSON on a command line.
        Path jobFile = workDir.resolve("job.json");
        try {
            Files.writeString(jobFile, job.encode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fresh(JavaProcess.start(classpath, maxHeap, workDir, TestRunner.class,
                List.of(jobFile.toString())));
    }

    @Override
    public void close() {
        // Each JVM ends with its run.
    }

    private static final class Fresh extends ProcessJvm {

        Fresh(Process process) {
            super(process);
        }

        @Override
        public void ended(End end) {
            // The JVM exits by itself once its one run has ended.
        }

        @Override
        public void stop() {
            process.destroyForcibly();
        }
    }
}
