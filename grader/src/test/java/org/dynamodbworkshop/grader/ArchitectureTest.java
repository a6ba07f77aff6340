package org.dynamodbworkshop.grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The grader's packages depend on each other one way only")
class ArchitectureTest {

    /** The main classes only, wherever the build puts them (the solutions profile builds into target/solution). */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("org.dynamodbworkshop");

    @Test
    @DisplayName("no two packages of the grader, the test kit or the common code import each other")
    void packagesHaveNoCycles() {
        slices().matching("org.dynamodbworkshop.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    @DisplayName("reports and the course model know nothing of how grading runs")
    void modelAndReportsStandApart() {
        noClasses().that().resideInAnyPackage("..grader.model..", "..grader.report..", "..grader.course..")
                .should().dependOnClassesThat().resideInAnyPackage("..grader.engine..", "..grader.runner..",
                        "..grader.watch..", "..grader.cli..", "..grader.scripts..", "..grader.publish..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("JSON is read and written with Jackson, never with the AWS SDK's internal JSON classes")
    void noSdkInternalJson() {
        noClasses().should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk.protocols.jsoncore..")
                .check(CLASSES);
    }
}
