package org.dynamodbworkshop.grader.runner;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;

/**
 * What a run can change in its JVM and a warm worker puts back before the next run: system properties, the default
 * locale and time zone, and the standard streams.
 */
final class JvmState {

    private final Map<Object, Object> properties;
    private final Locale locale;
    private final TimeZone timeZone;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    private JvmState() {
        this.locale = Locale.getDefault();
        // Before the properties: the JDK sets user.timezone when the default time zone is first asked for.
        this.timeZone = TimeZone.getDefault();
        Properties copy = new Properties();
        copy.putAll(System.getProperties());
        this.properties = Map.copyOf(copy);
        this.out = System.out;
        this.err = System.err;
        this.in = System.in;
    }

    static JvmState capture() {
        return new JvmState();
    }

    /** Puts back what differs from this state, and names it, e.g. "system property user.timezone". */
    List<String> restore() {
        List<String> restored = new ArrayList<>(restoreProperties());
        if (!Locale.getDefault().equals(locale)) {
            Locale.setDefault(locale);
            restored.add("default locale");
        }
        if (!TimeZone.getDefault().getID().equals(timeZone.getID())) {
            TimeZone.setDefault(timeZone);
            restored.add("default time zone");
        }
        if (System.out != out || System.err != err || System.in != in) {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
            restored.add("standard streams");
        }
        return restored;
    }

    private List<String> restoreProperties() {
        Properties live = System.getProperties();
        Set<Object> keys = new HashSet<>(live.keySet());
        keys.addAll(properties.keySet());
        List<String> changed = keys.stream()
                .filter(key -> !Objects.equals(live.get(key), properties.get(key)))
                .map(String::valueOf)
                .sorted()
                .toList();
        for (String key : changed) {
            Object value = properties.get(key);
            if (value == null) {
                live.remove(key);
            } else {
                live.put(key, value);
            }
        }
        return changed.stream().map(key -> "system property " + key).toList();
    }
}
