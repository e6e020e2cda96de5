package org.thidua.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP gate in front of the embedded SMTP server (GreenMail), for what GreenMail cannot do by itself: answer
 * {@code 550} to RCPT TO for addresses containing a marker (a permanently rejected mailbox), and go down and come
 * back (an SMTP outage). Everything else passes through unchanged.
 */
public final class SmtpGate implements AutoCloseable {

    private final int port;
    private final int upstreamPort;
    private final String rejectMarker;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private volatile boolean rejecting = true;

    public SmtpGate(int port, int upstreamPort, String rejectMarker) {
        this.port = port;
        this.upstreamPort = upstreamPort;
        this.rejectMarker = rejectMarker.toLowerCase(Locale.ROOT);
        up();
    }

    public int port() {
        return port;
    }

    /** Accepts connections again. */
    public synchronized void up() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "smtp-gate-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException("SMTP gate cannot listen on " + port, e);
        }
    }

    /** Whether marked addresses are rejected (from the start) or, once the mailbox is back, pass through. */
    public void rejecting(boolean on) {
        rejecting = on;
    }

    /** Refuses connections and drops those open: the SMTP server is unreachable. */
    public synchronized void down() {
        closeQuietly(server);
        open.forEach(SmtpGate::closeQuietly);
        open.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                open.add(client);
                open.add(upstream);
                InputStream fromServer = upstream.getInputStream();
                OutputStream toClient = client.getOutputStream();
                start(() -> pump(fromServer, toClient, client, upstream));
                start(() -> commands(client, upstream));
            } catch (IOException e) {
                return; // closed by down()
            }
        }
    }

    /** Client to server, line by line, answering RCPT TO of a rejected address itself. */
    private void commands(Socket client, Socket upstream) {
        try (InputStream in = new BufferedInputStream(client.getInputStream())) {
            OutputStream toServer = upstream.getOutputStream();
            OutputStream toClient = client.getOutputStream();
            boolean data = false;
            byte[] line;
            while ((line = readLine(in)) != null) {
                String text = new String(line, StandardCharsets.US_ASCII).trim();
                String upper = text.toUpperCase(Locale.ROOT);
                if (rejecting
                        && !data
                        && upper.startsWith("RCPT TO:")
                        && text.toLowerCase(Locale.ROOT).contains(rejectMarker)) {
                    synchronized (toClient) {
                        toClient.write("550 5.1.1 Recipient address rejected: mailbox unavailable\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        toClient.flush();
                    }
                    continue;
                }
                toServer.write(line);
                toServer.flush();
                if (!data && upper.equals("DATA")) {
                    data = true;
                } else if (data && text.equals(".")) {
                    data = false;
                }
            }
        } catch (IOException ignored) {
            // connection closed
        } finally {
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    private static void pump(InputStream in, OutputStream out, Socket a, Socket b) {
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException ignored) {
            // connection closed
        } finally {
            closeQuietly(a);
            closeQuietly(b);
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            line.write(c);
            if (c == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void start(Runnable task) {
        Thread thread = new Thread(task, "smtp-gate");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        down();
    }
}
