package org.dynamodbworkshop.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.protocol.Event.End;
import org.dynamodbworkshop.grader.protocol.Job;
import org.dynamodbworkshop.grader.runner.Worker;
import org.dynamodbworkshop.testkit.Endpoints;

/**
 * {@link Isolation#WARM_WORKERS}: at most {@code size} warm test JVMs (see {@link Worker}), each started on first
 * need and kept for the runs that follow, whichever lesson or submission they are of. A worker serves runs of lessons
 * with the same libraries only; one that stops, crashes or hangs is replaced on the next need.
 */
final class WorkerPool implements TestJvms {

    /**
     * The most runs one worker serves. Not every run's classes are unloaded after it: measured on the course (lessons
     * 1 and 4 in turn), a worker keeps about 2 MB more metaspace and 1 MB more heap with each run, so after 40 runs
     * it holds about 120 MB more, which the smallest automatic heap (256 MB) still carries.
     */
    static final int MAX_RUNS = 40;

    private final int size;
    private final String maxHeap;
    private final int maxRuns;
    private final Path workRoot;
    private final List<WarmJvm> idle = new ArrayList<>();
    private final List<WarmJvm> all = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private int started;

    WorkerPool(int size, String maxHeap, int maxRuns, Path workRoot) {
        this.size = size;
        this.maxHeap = maxHeap;
        this.maxRuns = maxRuns;
        this.workRoot = workRoot;
    }

    @Override
    public TestJvm start(CompiledLesson lesson, Job job, Path workDir) throws InterruptedException {
        WarmJvm worker = acquire(lesson.libraries());
        worker.send(job);
        return worker;
    }

    /** What the workers restored after runs, and why any stopped, in order: for tests and for the curious. */
    synchronized List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public synchronized void close() {
        all.forEach(WarmJvm::kill);
        all.clear();
        idle.clear();
    }

    private synchronized WarmJvm acquire(List<Path> libraries) throws InterruptedException {
        while (true) {
            Optional<WarmJvm> same = idle.stream().filter(worker -> worker.libraries.equals(libraries)).findFirst();
            if (same.isPresent()) {
                idle.remove(same.get());
                return same.get();
            }
            if (all.size() == size && !idle.isEmpty()) {
                // Every worker is started and the free ones keep other libraries: make room.
                retire(idle.remove(0), "its libraries are not the next lesson's");
            }
            if (all.size() < size) {
                WarmJvm worker = new WarmJvm(++started, libraries);
                all.add(worker);
                return worker;
            }
            wait();
        }
    }

    private synchronized void release(WarmJvm worker, End end) {
        if (!end.restored().isEmpty()) {
            log.add("worker " + worker.number + " restored " + String.join(", ", end.restored()));
        }
        if (end.retiring().isEmpty()) {
            idle.add(worker);
        } else {
            retire(worker, end.retiring());
        }
        notifyAll();
    }

    private synchronized void retire(WarmJvm worker, String why) {
        log.add("worker " + worker.number + " stopped: " + why);
        worker.kill();
        all.remove(worker);
        notifyAll();
    }

    /** A warm worker as the pool sees it; as a {@link TestJvm}, its current run. */
    private final class WarmJvm extends ProcessJvm {

        private final int number;
        private final List<Path> libraries;
        private final Writer jobs;

        WarmJvm(int number, List<Path> libraries) {
            super(JavaProcess.start(libraries, maxHeap, folder(number), Worker.class,
                    List.of(String.valueOf(startsDynamoDbLocal()), String.valueOf(maxRuns))));
            this.number = number;
            this.libraries = libraries;
            this.jobs = process.outputWriter(StandardCharsets.UTF_8);
        }

        void send(Job job) {
            output().forget();
            try {
                jobs.write(job.encode() + "\n");
                jobs.flush();
            } catch (IOException e) {
                // The worker is gone: the run sees it exit without an event, as any crash.
            }
        }

        @Override
        public void ended(End end) {
            release(this, end);
        }

        @Override
        public void stop() {
            retire(this, process.isAlive() ? "its run was cut short" : "it exited with code " + process.exitValue());
        }

        void kill() {
            process.destroyForcibly();
        }
    }

    /** The workers run the tests against their own DynamoDB Local unless the environment names an endpoint. */
    private static boolean startsDynamoDbLocal() {
        return Endpoints.configured(System.getenv()).isEmpty();
    }

    private Path folder(int number) {
        try {
            return Files.createDirectories(workRoot.resolve("worker-" + number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
