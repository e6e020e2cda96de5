package org.thidua.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code mail [n]}: the mail the stack's SMTP server received (its read endpoint), or message n. */
final class MailCommand implements Command {

    @Override
    public int run(Config config) {
        int port = StackState.read(config.stateFile())
                .flatMap(s -> s.parts().stream()
                        .filter(p -> p.name().equals("mail-http"))
                        .findFirst())
                .map(StackState.Part::port)
                .orElse(config.mailHttpPort);
        String path = config.positional.isEmpty() ? "/messages?format=text" : "/messages/" + config.positional.get(0);
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.print(response.body());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (IOException e) {
            System.err.println("thidua: the mail endpoint http://127.0.0.1:" + port + "/messages does not answer ("
                    + e.getClass().getSimpleName() + "); is the stack running? ./thidua status");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
