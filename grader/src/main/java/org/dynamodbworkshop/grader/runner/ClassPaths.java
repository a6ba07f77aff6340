package org.dynamodbworkshop.grader.runner;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Class path entries as a class loader takes them. */
public final class ClassPaths {

    private ClassPaths() {
    }

    public static URL[] urls(List<Path> paths) {
        try {
            List<URL> urls = new ArrayList<>();
            for (Path path : paths) {
                urls.add(path.toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
