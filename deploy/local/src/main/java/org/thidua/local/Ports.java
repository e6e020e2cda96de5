package org.thidua.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Small helpers about TCP ports on the loopback interface. */
public final class Ports {

    private Ports() {}

    /**
     * A port that was free on 127.0.0.1 a moment ago (ServerSocket(0)). There is an unavoidable window
     * between this call and the moment the caller binds it; good enough for tests.
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }

    /** True if something accepts TCP connections on 127.0.0.1:port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True if the port can be bound on 127.0.0.1 (nothing listens there). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming {@code what} if the port is taken. */
    public static void requireFree(int port, String what) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException(what + ": invalid port " + port);
        }
        if (!isFree(port)) {
            throw new IllegalStateException(what + ": port " + port + " on 127.0.0.1 is already in use");
        }
    }
}
