package org.dynamodbworkshop.grader.course;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The course's stubs of the student files, and where to find them. A student file is a stub when every method of it
 * (constructors aside: they are given code) has exactly the stub's body,
 * {@code throw new UnsupportedOperationException("Exercise N.K is not implemented yet: see HINTS.md, section N.K");},
 * and nothing else of it runs code of its own (no initializer block, no lambda outside a constructor).
 *
 * <p>A checkout may hold solved exercises in its student files: the student edition never takes them from the
 * working tree, and the course's own code is compiled against a stub, so that a student's compile error stays the
 * student's.
 */
public final class Stubs {

    private static final Pattern STUB_MESSAGE = Pattern.compile(
            "Exercise (\\d+\\.\\d+) is not implemented yet: see HINTS\\.md, section (\\d+\\.\\d+)");
    /** How far back in a file's history to look for its stub. */
    private static final int HISTORY_DEPTH = 50;

    private Stubs() {
    }

    /** Why {@code source} is not a stub, or empty if it is one. */
    public static Optional<String> whyNotAStub(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new UsageException("The grader needs a JDK, not just a Java runtime: point JAVA_HOME at a JDK 17+");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Stub.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"), null,
                List.of(file));
        Iterable<? extends CompilationUnitTree> units;
        try {
            units = task.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<Diagnostic<? extends JavaFileObject>> error = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR).findFirst();
        if (error.isPresent()) {
            return Optional.of("it does not parse (line " + error.get().getLineNumber() + ": "
                    + error.get().getMessage(Locale.ROOT) + ")");
        }
        StubScanner scanner = new StubScanner();
        for (CompilationUnitTree unit : units) {
            unit.accept(scanner, null);
        }
        return scanner.problem;
    }

    /** Whether the file at {@code path} is a stub. */
    public static boolean isStub(Path path) {
        return Files.isRegularFile(path) && whyNotAStub(read(path)).isEmpty();
    }

    /**
     * The stub of a student file that the student edition is made of: the version committed in git, never the working
     * tree's (which may hold solutions). Outside a git checkout, or for a file git does not know yet, the working
     * tree's file if it is a stub.
     *
     * @throws UsageException naming the file, if that version is not a stub, or if the working tree holds a stub that
     *     differs from the committed one (it must be committed first)
     */
    public static Stub forEdition(Lesson lesson, String studentFile) {
        Path file = lesson.dir().resolve(studentFile);
        String name = lesson.id() + "/" + studentFile;
        Optional<Git> git = Git.at(lesson.dir());
        Optional<String> committed = git.flatMap(repository -> repository.show("HEAD", file));
        Optional<String> working = Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
        if (committed.isPresent()) {
            Optional<String> problem = whyNotAStub(committed.get());
            if (problem.isPresent()) {
                throw new UsageException("The committed " + name + " is not the exercises' stub (" + problem.get()
                        + "): the student edition is made of the committed stubs, so commit the stub, not a solution");
            }
            if (working.isPresent() && !working.get().equals(committed.get()) && whyNotAStub(working.get()).isEmpty()) {
                throw new UsageException(name + " holds a stub that differs from the committed one: commit it first,"
                        + " the student edition is made of the committed stubs");
            }
            return new Stub(lesson, studentFile, committed.get(), "committed");
        }
        if (working.isEmpty()) {
            throw new UsageException(name + " is missing: the student edition needs its stub");
        }
        Optional<String> problem = whyNotAStub(working.get());
        if (problem.isPresent()) {
            throw new UsageException(name + " is not the exercises' stub (" + problem.get() + "), and "
                    + (git.isPresent() ? "git has no committed version of it"
                    : "this copy of the course is not a git checkout")
                    + " to take the stub from: restore the stub before exporting, the student edition must not"
                    + " hold solutions");
        }
        return new Stub(lesson, studentFile, working.get(), git.isPresent() ? "not yet committed" : "no git");
    }

    /**
     * The stub to compile the course's own code against: the working tree's file if it is a stub, else the newest
     * version in git's history that is one (a learner's checkout keeps the template's stubs in its first commit);
     * empty if there is none.
     */
    public static Optional<Stub> forCompiling(Lesson lesson, String studentFile) {
        Path file = lesson.dir().resolve(studentFile);
        if (Files.isRegularFile(file)) {
            String working = read(file);
            if (whyNotAStub(working).isEmpty()) {
                return Optional.of(new Stub(lesson, studentFile, working, "working tree"));
            }
        }
        Optional<Git> git = Git.at(lesson.dir());
        if (git.isEmpty()) {
            return Optional.empty();
        }
        for (String revision : git.get().revisionsOf(file, HISTORY_DEPTH)) {
            Optional<String> source = git.get().show(revision, file);
            if (source.isPresent() && whyNotAStub(source.get()).isEmpty()) {
                return Optional.of(new Stub(lesson, studentFile, source.get(), "git " + revision));
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stub of one student file.
     *
     * @param lesson its lesson
     * @param studentFile its path in the lesson, as the manifest names it
     * @param source its text
     * @param origin where it was found: {@code committed}, {@code working tree}, {@code git <revision>}, ...
     */
    public record Stub(Lesson lesson, String studentFile, String source, String origin) {

        /** Writes the stub at its place under {@code root}, laid out as the lesson is. */
        public Path writeUnder(Path root) {
            Path target = root.resolve(studentFile);
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return target;
        }
    }

    /** Finds the first piece of code of a student file that is not the stub's. */
    private static final class StubScanner extends TreeScanner<Void, Void> {

        private Optional<String> problem = Optional.empty();
        private String currentClass = "";

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            String outer = currentClass;
            currentClass = tree.getSimpleName().toString();
            for (Tree member : tree.getMembers()) {
                if (member instanceof BlockTree) {
                    fail("an initializer block of " + currentClass + " runs code of its own");
                }
            }
            super.visitClass(tree, unused);
            currentClass = outer;
            return null;
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            if (tree.getName().contentEquals("<init>")) {
                // A constructor is given code; anything inside it that declares methods is still checked.
                return super.visitMethod(tree, unused);
            }
            if (tree.getBody() != null && !isStubBody(tree.getBody())) {
                fail("method " + tree.getName() + " has a body of its own, not the stub's exception");
            }
            return null;
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
            fail("a lambda expression in " + currentClass + " runs code of its own");
            return null;
        }

        private void fail(String reason) {
            if (problem.isEmpty()) {
                problem = Optional.of(reason);
            }
        }

        private static boolean isStubBody(BlockTree body) {
            List<? extends StatementTree> statements = body.getStatements();
            if (statements.size() != 1 || !(statements.get(0) instanceof ThrowTree thrown)
                    || !(thrown.getExpression() instanceof NewClassTree created)) {
                return false;
            }
            String type = created.getIdentifier().toString();
            if (!type.equals("UnsupportedOperationException") && !type.equals("java.lang.UnsupportedOperationException")
                    || created.getClassBody() != null || created.getEnclosingExpression() != null
                    || created.getArguments().size() != 1
                    || !(created.getArguments().get(0) instanceof LiteralTree literal)
                    || !(literal.getValue() instanceof String message)) {
                return false;
            }
            Matcher matcher = STUB_MESSAGE.matcher(message);
            return matcher.matches() && matcher.group(1).equals(matcher.group(2));
        }
    }
}
