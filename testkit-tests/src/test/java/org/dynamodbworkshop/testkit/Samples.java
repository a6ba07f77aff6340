package org.dynamodbworkshop.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs {@link Sample} classes with the Jupiter engine, in this JVM, and hands back what happened. */
final class Samples {

    /** The configuration parameter that enables sample classes; only {@link #run} sets it. */
    static final String RUN_SAMPLES = "workshop.testkitTests.runSamples";

    private Samples() {
    }

    /** Runs every test of the sample class. */
    static EngineExecutionResults run(Class<?> sampleClass) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(RUN_SAMPLES, "true")
                .selectors(selectClass(sampleClass))
                .execute();
    }

    /** Runs a sample class of one test, which must fail, and returns the failure as JUnit reports it. */
    static Throwable failureOf(Class<?> sampleClass) {
        Events tests = run(sampleClass).testEvents();
        tests.assertStatistics(stats -> stats.started(1).failed(1));
        return tests.failed().stream().findFirst().orElseThrow()
                .getRequiredPayload(TestExecutionResult.class)
                .getThrowable().orElseThrow();
    }

    /** Runs a sample class of one test, which must pass. */
    static void assertPasses(Class<?> sampleClass) {
        Events tests = run(sampleClass).testEvents();
        tests.failed().stream().findFirst()
                .flatMap(failed -> failed.getRequiredPayload(TestExecutionResult.class).getThrowable())
                .ifPresent(failure -> {
                    throw new AssertionError("the sample " + sampleClass.getSimpleName() + " failed", failure);
                });
        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    /** Skips a sample class unless {@link #run} runs it. */
    static final class OnlyWhenRunAsSample implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(RUN_SAMPLES, Boolean::parseBoolean).orElse(false)
                    ? ConditionEvaluationResult.enabled("run as a sample")
                    : ConditionEvaluationResult.disabled("a sample, run only by the test kit's own tests");
        }
    }
}
