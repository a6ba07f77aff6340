package org.dynamodbworkshop.grader.model;


/**
 * One student's row of a class grade.
 *
 * @param student the student's name (the submission's folder or zip name)
 * @param status {@value #GRADED}, {@value #EMPTY}, {@value #NOT_A_SUBMISSION} or {@value #BROKEN}
 * @param detail why, for any status but graded
 * @param report the grade, or {@code null} if the submission could not be graded at all
 */
public record StudentGrade(String student, String status, String detail, GradeReport report) {

    public static final String GRADED = "graded";
    public static final String EMPTY = "empty";
    public static final String NOT_A_SUBMISSION = "not_a_submission";
    public static final String BROKEN = "broken";
}
