package org.dynamodbworkshop.grader.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A deliberately wrong or wasteful one-method change of a reference solution, kept in
 * {@code solutions/<lesson>/variants/}: a comment, the lines {@code // exercise: N.K} and
 * {@code // replaces: Class#method}, then the method that replaces its namesake.
 *
 * @param file the variant's file
 * @param exerciseId the exercise it must lose points in, and the only one
 * @param className the simple name of the student class it changes
 * @param methodName the method it replaces
 * @param method the replacing method's source
 */
public record Variant(Path file, String exerciseId, String className, String methodName, String method) {

    private static final Pattern EXERCISE = Pattern.compile("(?m)^// exercise: (\\S+)\\s*$");
    private static final Pattern REPLACES = Pattern.compile("(?m)^// replaces: (\\w+)#(\\w+)\\s*$");

    public static Variant read(Path file) {
        String source = readString(file);
        Matcher exercise = EXERCISE.matcher(source);
        Matcher replaces = REPLACES.matcher(source);
        if (!exercise.find() || !replaces.find()) {
            throw new IllegalArgumentException(file + " lacks its '// exercise:' or '// replaces:' line");
        }
        String method = source.lines().filter(line -> !line.startsWith("//")).collect(Collectors.joining("\n"));
        return new Variant(file, exercise.group(1), replaces.group(1), replaces.group(2), method.strip());
    }

    /** Every variant of a lesson, in file-name order. */
    public static List<Variant> of(Course course, Lesson lesson) {
        Optional<Path> folder = course.solutions().map(solutions -> solutions.resolve(lesson.id()).resolve("variants"));
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().map(Variant::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return file.getFileName().toString().replaceFirst("\\.java$", "");
    }

    /** The solution's source with the method replaced by this variant's. */
    public String applyTo(String solutionSource) {
        Matcher declaration = Pattern.compile("(?m)^([ \\t]*)(public|protected|private)\\s[^;=(\\n]*\\b"
                + Pattern.quote(methodName) + "\\s*\\(").matcher(solutionSource);
        if (!declaration.find()) {
            throw new IllegalArgumentException(file + ": the solution has no method " + methodName);
        }
        int start = declaration.start();
        int end = endOfBody(solutionSource, solutionSource.indexOf('{', declaration.end()));
        String indent = declaration.group(1);
        String replacement = method.lines().map(line -> line.isEmpty() ? line : indent + line)
                .collect(Collectors.joining("\n"));
        return solutionSource.substring(0, start) + replacement + solutionSource.substring(end);
    }

    /** The index just past the brace that closes the one at {@code open}. */
    private int endOfBody(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + ": unbalanced braces in " + methodName);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
