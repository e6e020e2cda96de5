package org.thidua.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The local addresses TCP sockets listen on, as the Linux kernel lists them ({@code /proc/net/tcp} and
 * {@code tcp6}): what a process really bound, whatever its configuration says. The stack runs on Linux only.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    /** The local addresses (hex, as the kernel writes them) of the sockets listening on {@code port}. */
    static List<String> addresses(int port) {
        List<String> found = new ArrayList<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(file);
                for (String line : lines.subList(1, lines.size())) {
                    String[] columns = line.trim().split("\\s+");
                    String[] local = columns[1].split(":");
                    if (local[1].equalsIgnoreCase(hexPort) && LISTEN.equals(columns[3])) {
                        found.add(local[0]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** 127.0.0.1 (IPv4, little-endian), ::1, or 127.0.0.1 mapped into IPv6. */
    static boolean isLoopback(String hexAddress) {
        return hexAddress.equals("0100007F")
                || hexAddress.equals("00000000000000000000000001000000")
                || hexAddress.equals("0000000000000000FFFF00000100007F");
    }
}
