package no.ambisjon.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import no.ambisjon.AppProcess;

/**
 * The live heap of another JVM, by class: {@code jcmd <pid> GC.class_histogram} runs a full
 * collection first, so what it counts is what is still reachable.
 */
record LiveHeap(long bytes, Map<String, Long> byClass, Map<String, Long> instances) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    static LiveHeap of(long pid) throws IOException, InterruptedException {
        var jcmd = Path.of(AppProcess.java()).resolveSibling("jcmd").toString();
        var process = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        var byClass = new HashMap<String, Long>();
        var instances = new HashMap<String, Long>();
        long total = -1;
        for (var line : output.split("\n")) {
            var row = ROW.matcher(line);
            if (row.matches()) {
                byClass.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
                instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
            }
            var sum = TOTAL.matcher(line.strip());
            if (sum.matches()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no total in: " + output);
        }
        return new LiveHeap(total, byClass, instances);
    }

    /** What grew most from {@code before} to this, per session: "class: bytes" lines. */
    String grownMost(LiveHeap before, int sessions, int lines) {
        var text = new StringBuilder();
        byClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.byClass.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(lines)
                .forEach(e -> text.append(String.format("    %8.1f KB  %s%n", e.getValue() / 1024.0 / sessions, e.getKey())));
        return text.toString();
    }

    /** How many more objects of the class there are than {@code before}: sessions, screens. */
    long more(LiveHeap before, String className) {
        return instances.getOrDefault(className, 0L) - before.instances.getOrDefault(className, 0L);
    }

    double perSessionKb(LiveHeap before, int sessions) {
        return (bytes - before.bytes) / 1024.0 / sessions;
    }
}
