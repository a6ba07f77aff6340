package org.dynamodbworkshop.grader.model;


/**
 * One student's row of a class grade.
 *
 * @param student the student's name (the submission's folder or zip name)
 * @param status how grading it went
 * @param detail why, for any status but graded
 * @param report the grade, or {@code null} if the submission could not be graded at all
 */
public record StudentGrade(String student, SubmissionStatus status, String detail, GradeReport report) {
}
