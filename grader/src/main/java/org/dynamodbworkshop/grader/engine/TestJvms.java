package org.dynamodbworkshop.grader.engine;

import java.nio.file.Path;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.protocol.Job;

/** Where runs of a lesson's tests take place (see {@link Isolation}). */
interface TestJvms extends AutoCloseable {

    /**
     * Starts the job in a test JVM, waiting for one to be free if need be.
     *
     * @param workDir the run's own folder, for what the JVM writes besides the job's events
     */
    TestJvm start(CompiledLesson lesson, Job job, Path workDir) throws InterruptedException;

    /** Stops every JVM this started that still runs. */
    @Override
    void close();
}
