package org.dynamodbworkshop.coursecheck;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
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
import org.dynamodbworkshop.grader.course.Course;
import org.dynamodbworkshop.grader.course.Lesson;

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

    /**
     * The solution's source with the method replaced by this variant's: a real parse, so that braces in strings,
     * text blocks and comments never confuse it, and the rest of the file printed as it was written.
     */
    public String applyTo(String solutionSource) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        CompilationUnit solution = parsed(parser.parse(solutionSource), "the solution");
        MethodDeclaration replacement = parsed(parser.parseMethodDeclaration(method), "the variant's method");
        LexicalPreservingPrinter.setup(solution);
        MethodDeclaration original = solution.findAll(ClassOrInterfaceDeclaration.class).stream()
                .filter(type -> type.getNameAsString().equals(className))
                .flatMap(type -> type.getMethodsByName(methodName).stream())
                .filter(candidate -> candidate.getParameters().size() == replacement.getParameters().size())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + ": the solution has no method " + className
                        + "#" + methodName + " with " + replacement.getParameters().size() + " parameters"));
        original.replace(replacement);
        return LexicalPreservingPrinter.print(solution);
    }

    private <T extends Node> T parsed(ParseResult<T> result, String what) {
        return result.getResult().filter(node -> result.isSuccessful()).orElseThrow(() ->
                new IllegalArgumentException(file + ": " + what + " does not parse: " + result.getProblems()));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
