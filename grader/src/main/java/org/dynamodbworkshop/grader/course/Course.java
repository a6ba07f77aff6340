package org.dynamodbworkshop.grader.course;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dynamodbworkshop.testkit.LessonManifest;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A checkout of the course: its root folder and its lessons, found from the root pom's modules that have a
 * {@code lesson.json}, in build order. Nothing here names a lesson, so lessons added later are graded unchanged.
 *
 * @param root the checkout's root folder
 * @param buildDirName each module's build folder, relative to the module ({@code target} unless told otherwise)
 * @param lessons the lessons, in the order the build lists them
 */
public record Course(Path root, String buildDirName, List<Lesson> lessons) {

    /** Reads the course at {@code root}, or fails with a one-line reason if it is not a checkout of this course. */
    public static Course at(Path root, String buildDirName) {
        root = root.toAbsolutePath().normalize();
        Path pom = root.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new UsageException(root + " is not a checkout of the course: it has no pom.xml");
        }
        List<Lesson> lessons = new ArrayList<>();
        for (String module : modules(pom)) {
            Path manifest = root.resolve(module).resolve(LessonManifest.FILE_NAME);
            if (Files.isRegularFile(manifest)) {
                lessons.add(new Lesson(root.resolve(module), readManifest(manifest)));
            }
        }
        if (lessons.isEmpty()) {
            throw new UsageException(root + " is not a checkout of the course: its build lists no lesson");
        }
        return new Course(root, buildDirName, List.copyOf(lessons));
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    /** The folder of the reference solutions, if this copy of the course has one (the student edition does not). */
    public Optional<Path> solutions() {
        Path solutions = root.resolve("solutions");
        return Files.isDirectory(solutions) ? Optional.of(solutions) : Optional.empty();
    }

    /**
     * A lesson's test classpath, as the build wrote it (see the root pom's {@code workshop-classpath}).
     *
     * @throws UsageException if the course is not built yet
     */
    public List<Path> classpath(Lesson lesson) {
        Path buildFolder = lesson.dir().resolve(buildDirName);
        if (!BuildClasspath.exists(buildFolder)) {
            throw new UsageException("The course is not built yet (" + buildFolder.resolve(BuildClasspath.FILE_NAME)
                    + " is missing): run ./workshop once, or mvn -DskipTests verify");
        }
        return BuildClasspath.read(buildFolder);
    }

    private static List<String> modules(Path pom) {
        try (InputStream input = Files.newInputStream(pom)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(input);
            NodeList modules = document.getElementsByTagName("module");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < modules.getLength(); i++) {
                names.add(modules.item(i).getTextContent().strip());
            }
            return names;
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new UsageException(pom + " cannot be read: " + e.getMessage());
        }
    }

    private static LessonManifest readManifest(Path manifest) {
        try (InputStream input = Files.newInputStream(manifest)) {
            return LessonManifest.parse(input);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException(manifest + ": " + e.getMessage());
        }
    }
}
