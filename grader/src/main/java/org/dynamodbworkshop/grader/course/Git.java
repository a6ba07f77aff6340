package org.dynamodbworkshop.grader.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The few questions the course asks git about a checkout: is this a work tree, which files are tracked, and what a
 * file held at a commit. Without git on the PATH, or outside a work tree, {@link #at(Path)} is empty.
 *
 * @param dir a folder inside the work tree; paths are asked relative to it
 */
public record Git(Path dir) {

    private static final long TIMEOUT_SECONDS = 30;

    /**
     * The work tree holding {@code dir}, if git is installed, {@code dir} is inside a work tree, and git tracks files
     * under {@code dir} (a folder that a repository merely holds, such as a copy in an ignored build folder, is not a
     * checkout).
     */
    public static Optional<Git> at(Path dir) {
        Git git = new Git(dir.toAbsolutePath().normalize());
        return git.run(List.of("rev-parse", "--is-inside-work-tree"))
                .filter(answer -> answer.strip().equals("true"))
                .flatMap(answer -> git.run(List.of("ls-files", "--error-unmatch", ".")))
                .map(answer -> git);
    }

    /** The commit HEAD names, abbreviated. */
    public Optional<String> head() {
        return run(List.of("rev-parse", "--short", "HEAD")).map(String::strip).filter(id -> !id.isEmpty());
    }

    /** A file's text at a revision ({@code HEAD}, a commit id), if it exists there. */
    public Optional<String> show(String revision, Path file) {
        return run(List.of("show", revision + ":./" + relative(file)));
    }

    /** The commits that changed {@code file}, newest first, at most {@code max}. */
    public List<String> revisionsOf(Path file, int max) {
        return run(List.of("log", "--format=%H", "-n", String.valueOf(max), "--", relative(file)))
                .map(output -> output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The files git tracks under {@code dir}, relative to it (committed or staged). */
    public List<String> trackedFiles() {
        return run(List.of("ls-files", "-z"))
                .map(output -> List.of(output.split("\0")).stream().filter(name -> !name.isEmpty()).toList())
                .orElse(List.of());
    }

    private String relative(Path file) {
        return dir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Runs git in {@code dir}; its standard output if it exits with 0, else empty. */
    private Optional<String> run(List<String> args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] bytes = output.join();
            return process.exitValue() == 0 ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static byte[] readAll(InputStream input) {
        try (input; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            input.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
