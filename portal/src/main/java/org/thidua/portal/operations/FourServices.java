package org.thidua.portal.operations;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.portal.services.NotFoundAtService;

/**
 * The console asks all four services the same question, one after the other, in a fixed order (ADR 96). A service
 * that is down, slow past its read timeout or without the route is reported as unreachable, never a failed page; an
 * expired session (401) still leads to sign-in.
 */
@Singleton
final class FourServices {

    /** The services in the order the pages list them. */
    static final List<String> NAMES = List.of("units", "campaigns", "awards", "notifications");

    private static final Logger LOG = LoggerFactory.getLogger(FourServices.class);

    private final Map<String, ServiceOperations> services = new LinkedHashMap<>();
    private final Clients.Notifications notifications;

    FourServices(
            Clients.Units units,
            Clients.Campaigns campaigns,
            Clients.Awards awards,
            Clients.Notifications notifications) {
        services.put("units", units);
        services.put("campaigns", campaigns);
        services.put("awards", awards);
        services.put("notifications", notifications);
        this.notifications = notifications;
    }

    Clients.Notifications notifications() {
        return notifications;
    }

    /** One service by its name; the portal's 404 page for a name that is not one of the four. */
    ServiceOperations named(String name) {
        ServiceOperations service = services.get(name);
        if (service == null) {
            throw new NotFoundAtService("/operations/" + name);
        }
        return service;
    }

    /** The same question to each of {@code names} (known ones only), each answer or unreachable. */
    <T> List<Reach<T>> ask(List<String> names, Function<ServiceOperations, T> question) {
        List<Reach<T>> answers = new ArrayList<>();
        for (String name : NAMES) {
            if (names.contains(name)) {
                answers.add(reach(name, () -> question.apply(services.get(name))));
            }
        }
        return answers;
    }

    /** One call to one service, or unreachable when it cannot answer. */
    static <T> Reach<T> reach(String name, Supplier<T> call) {
        try {
            return new Reach<>(name, call.get());
        } catch (HttpClientResponseException refusal) {
            if (refusal.getStatus() == HttpStatus.UNAUTHORIZED) {
                throw refusal;
            }
            LOG.warn("{} answered the console {}", name, refusal.getStatus().getCode());
            return Reach.unreachable(name);
        } catch (HttpClientException | NotFoundAtService failure) {
            LOG.warn("{} could not be reached by the console: {}", name, failure.getMessage());
            return Reach.unreachable(name);
        }
    }
}
