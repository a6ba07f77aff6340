package org.dynamodbworkshop.grader.engine;

/** How the runs of the lessons' tests are kept apart. */
public enum Isolation {

    /**
     * A pool of warm test JVMs, each serving many runs in class loaders of their own and putting back what a run
     * changed; a worker that cannot is replaced, and so is one that crashed or hung.
     */
    WARM_WORKERS,

    /** A new JVM for each run: slower, and the reference the warm workers' grades are checked against. */
    FRESH_JVM
}
