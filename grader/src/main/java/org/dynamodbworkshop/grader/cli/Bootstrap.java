package org.dynamodbworkshop.grader.cli;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamodbworkshop.grader.course.BuildClasspath;

/**
 * The launchers' entry point, which needs nothing but the JDK: it puts the grader's dependencies (listed by the build
 * in {@link BuildClasspath} beside the grader's classes) on a class loader and starts {@link Workshop}. So
 * the shell and Windows launchers stay one line each, whatever the length of the classpath.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(Bootstrap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!BuildClasspath.exists(classes.getParent())) {
            Launcher.exit("the course's tools are not built: run ./workshop again, or mvn -DskipTests verify");
        }
        List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
        for (Path entry : BuildClasspath.read(classes.getParent())) {
            urls.add(entry.toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> workshop;
        try {
            workshop = loader.loadClass(Workshop.class.getName());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            Launcher.exit("the course's tools did not build; see grader/target/workshop-build.log");
            return;
        }
        try {
            workshop.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
