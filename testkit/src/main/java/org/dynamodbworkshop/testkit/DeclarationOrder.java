package org.dynamodbworkshop.testkit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * Runs a test class's methods in the order they are written in: its author puts the plain case first and the
 * edge cases after it, so the first failure a learner sees is usually the one to fix first, and reports list the
 * tests as the file reads. Java's reflection does not keep that order, so it is read from the class file, where
 * compilers write methods in source order. Methods it cannot place (inherited ones) come last, by display name;
 * if the class file cannot be read, the order is by display name.
 */
public final class DeclarationOrder implements MethodOrderer {

    @Override
    public void orderMethods(MethodOrdererContext context) {
        Map<String, Integer> positions = declaredPositions(context.getTestClass());
        context.getMethodDescriptors().sort(Comparator
                .comparingInt((MethodDescriptor method) ->
                        positions.getOrDefault(method.getMethod().getName(), Integer.MAX_VALUE))
                .thenComparing(MethodDescriptor::getDisplayName));
    }

    /** Each method name of the class, with its place in the class file; empty if the class file is unreadable. */
    static Map<String, Integer> declaredPositions(Class<?> type) {
        String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream input = type.getResourceAsStream(file)) {
            if (input == null) {
                return Map.of();
            }
            List<String> names = methodNames(new DataInputStream(input));
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                positions.putIfAbsent(names.get(i), i);
            }
            return positions;
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }

    /** The names of the methods a class file declares, in the order it lists them (JVM spec, chapter 4). */
    private static List<String> methodNames(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int constants = in.readUnsignedShort();
        String[] texts = new String[constants];
        for (int i = 1; i < constants; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or a double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        skipMembers(in, null, texts);
        List<String> methods = new ArrayList<>();
        skipMembers(in, methods, texts);
        return methods;
    }

    private static void skipMembers(DataInputStream in, List<String> names, String[] texts) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipNBytes(2); // access flags
            String name = texts[in.readUnsignedShort()];
            in.skipNBytes(2); // descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.skipNBytes(2);
                in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
            }
            if (names != null) {
                names.add(name);
            }
        }
    }
}
