package org.thidua.units;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import java.util.Map;
import org.thidua.testing.JsonApi;

/** What units-service's API tests send and read, on top of the shared {@link JsonApi}: units, groups, CSV. */
public final class Api extends JsonApi {

    public Api(HttpClient http) {
        super(http.toBlocking());
    }

    public HttpResponse<String> delete(String uri) {
        return http().exchange(HttpRequest.DELETE(uri), String.class);
    }

    /** Registers a unit and returns its id. */
    public String unit(String code, String name) {
        return post("/api/v1/units", Map.of("code", code, "name", name))
                .get("id")
                .asText();
    }

    public String unit(Map<String, ?> body) {
        return post("/api/v1/units", body).get("id").asText();
    }

    /** Creates a group and returns its id. */
    public String group(String kind, int year, String code, String name) {
        return post("/api/v1/groups", Map.of("kind", kind, "year", year, "code", code, "name", name))
                .get("id")
                .asText();
    }

    public static MutableHttpRequest<String> csv(String uri, String body) {
        return HttpRequest.POST(uri, body).contentType("text/csv; charset=utf-8");
    }
}
