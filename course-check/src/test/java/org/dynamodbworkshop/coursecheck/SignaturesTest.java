package org.dynamodbworkshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dynamodbworkshop.grader.course.Lesson;
import org.dynamodbworkshop.grader.engine.LessonCompiler.CompiledLesson;
import org.dynamodbworkshop.grader.engine.LessonCompiler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Stubs and reference solutions never drift")
class SignaturesTest {

    static Stream<Lesson> lessons() {
        return TestCourse.COURSE.lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("the solution has exactly the manifest's student files")
    void solutionHasExactlyTheStudentFiles(Lesson lesson) {
        Path solution = TestCourse.COURSE.solutions().orElseThrow().resolve(lesson.id());
        List<String> solutionFiles = LessonCompiler.javaFiles(solution.resolve("src/main/java")).stream()
                .map(file -> solution.relativize(file).toString().replace('\\', '/'))
                .toList();

        assertThat(solutionFiles).as("Java files of solutions/%s", lesson.id())
                .containsExactlyInAnyOrderElementsOf(lesson.studentFiles());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("the solution's public and protected signatures equal the stub's")
    void solutionSignaturesEqualStubs(Lesson lesson) throws Exception {
        CompiledLesson compiled = TestCourse.GRADER.compiledCourse(lesson);
        Path work = TestCourse.GRADER.newWorkDir(lesson);
        Path solutions = TestCourse.COURSE.solutions().orElseThrow().resolve(lesson.id());
        LessonCompiler compiler = new LessonCompiler();
        assertThat(compiler.compileStudentFiles(compiled, sources(lesson.dir(), lesson), work.resolve("stub"))).isEmpty();
        assertThat(compiler.compileStudentFiles(compiled, sources(solutions, lesson), work.resolve("solution"))).isEmpty();

        try (URLClassLoader given = new URLClassLoader(urls(compiled), ClassLoader.getPlatformClassLoader());
             URLClassLoader stub = new URLClassLoader(new URL[] {url(work.resolve("stub"))}, given);
             URLClassLoader solution = new URLClassLoader(new URL[] {url(work.resolve("solution"))}, given)) {
            for (String className : lesson.studentClassNames()) {
                assertThat(signatures(solution.loadClass(className))).as("signatures of %s in the solution", className)
                        .isEqualTo(signatures(stub.loadClass(className)));
            }
        }
    }

    private static List<Path> sources(Path root, Lesson lesson) {
        return lesson.studentFiles().stream().map(root::resolve).toList();
    }

    private static TreeSet<String> signatures(Class<?> type) {
        TreeSet<String> signatures = new TreeSet<>();
        signatures.add(Modifier.toString(type.getModifiers()) + " " + type.getName() + " extends "
                + type.getGenericSuperclass() + " implements " + List.of(type.getGenericInterfaces()));
        List<Member> members = new ArrayList<>();
        members.addAll(List.of(type.getDeclaredConstructors()));
        members.addAll(List.of(type.getDeclaredMethods()));
        members.addAll(List.of(type.getDeclaredFields()));
        for (Member member : members) {
            if (Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers())) {
                signatures.add(member instanceof java.lang.reflect.Executable executable
                        ? executable.toGenericString()
                        : ((java.lang.reflect.Field) member).toGenericString());
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (Modifier.isPublic(nested.getModifiers()) || Modifier.isProtected(nested.getModifiers())) {
                signatures.addAll(signatures(nested));
            }
        }
        return signatures;
    }

    private static URL[] urls(CompiledLesson compiled) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        urls.add(url(compiled.givenClasses()));
        for (Path dependency : compiled.dependencies()) {
            urls.add(url(dependency));
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path path) throws MalformedURLException {
        return path.toUri().toURL();
    }
}
