package org.dynamodbworkshop.testkit;

import java.util.List;

/**
 * The requests a test's code under test has made so far, in order.
 *
 * @param requests every request, oldest first
 */
public record RequestLog(List<RecordedRequest> requests) {

    /** The requests that match the pattern. */
    public List<RecordedRequest> matching(RequestPattern pattern) {
        return requests.stream().filter(pattern.matcher()).toList();
    }

    /** Fails with a message for the learner unless the requests fit the budget. */
    public void assertWithin(RequestBudget budget) {
        budget.assertMetBy(this);
    }

    /** Lists the requests one per line, numbered, for failure messages. */
    public String describe() {
        if (requests.isEmpty()) {
            return "    (no requests at all)";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < requests.size(); i++) {
            text.append("    ").append(i + 1).append(". ").append(requests.get(i)).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
