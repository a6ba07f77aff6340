package org.dynamodbworkshop.grader.engine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Turns one entry of a class folder (a folder or a zip file) into a folder laid out like the course. */
final class SubmissionFolder {

    private static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;

    private SubmissionFolder() {
    }

    /**
     * The folder to grade: the entry itself, or the zip unpacked into {@code unpackInto}; in both cases descending
     * into a single top-level folder (as in "repository-main/").
     */
    static Path prepare(Path entry, Path unpackInto) throws IOException {
        Path folder = entry;
        if (Files.isRegularFile(entry) && entry.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            unzip(entry, unpackInto);
            folder = unpackInto;
        }
        List<Path> children = list(folder);
        while (children.size() == 1 && Files.isDirectory(children.get(0))) {
            folder = children.get(0);
            children = list(folder);
        }
        return folder;
    }

    static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        long written = 0;
        try (ZipInputStream input = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = input.getNextEntry(); entry != null; entry = input.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("the zip names a file outside itself: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                written += copy(input, file, MAX_UNZIPPED_BYTES - written);
            }
        }
    }

    private static long copy(InputStream input, Path file, long allowed) throws IOException {
        long size = Files.copy(new BufferedInputStream(input) {
            @Override
            public void close() {
                // ZipInputStream stays open for the next entry.
            }
        }, file);
        if (size > allowed) {
            throw new IOException("the zip unpacks to more than " + MAX_UNZIPPED_BYTES / (1024 * 1024) + " MB");
        }
        return size;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(child -> !child.getFileName().toString().startsWith(".")
                    && !child.getFileName().toString().equals("__MACOSX")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
