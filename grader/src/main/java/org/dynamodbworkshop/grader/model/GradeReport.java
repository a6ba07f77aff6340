package org.dynamodbworkshop.grader.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The grade of one submission.
 *
 * @param submission what was graded, as the user named it
 * @param gradedAt when grading finished
 * @param elapsed how long grading took
 * @param score the points earned
 * @param maxScore the points of every lesson graded
 * @param warnings non-student files that differ from the course's, which were not used, and similar notes
 * @param lessons the lessons, in course order
 */
public record GradeReport(String submission, Instant gradedAt, Duration elapsed, double score, int maxScore,
                          List<String> warnings, List<LessonResult> lessons) {
}
