package org.thidua.notifications.routing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link a notice gives: the web portal's page for what the event is about ({@link NotificationRouting.Route#page}),
 * on the portal's address ({@code thidua.portal.url}). The pages are the ones the portal promises to serve (ADR 0031).
 * Plain Java: {@code PortalLinksTest} checks it without Micronaut.
 */
public final class PortalLinks {

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");

    private final String portalUrl;

    /** {@code portalUrl}: the portal's address, e.g. {@code https://thidua.example.org} (a trailing slash is dropped). */
    public PortalLinks(String portalUrl) {
        String url = portalUrl == null ? "" : portalUrl.strip();
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("thidua.portal.url must be an http(s) address, was '" + portalUrl + "'");
        }
        this.portalUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The portal's page {@code page} (a path with {@code {field}}s) for {@code event}: each field is replaced by the
     * event's value, encoded as a path segment. An event lacking a field (the schemas require them) links to the
     * portal's home page rather than to a page that does not exist.
     */
    public String link(String page, Map<String, Object> event) {
        Matcher field = FIELD.matcher(page);
        StringBuilder path = new StringBuilder();
        while (field.find()) {
            Object value = event.get(field.group(1));
            if (value == null || value.toString().isBlank()) {
                return portalUrl + "/";
            }
            field.appendReplacement(
                    path,
                    Matcher.quoteReplacement(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)
                            .replace("+", "%20")));
        }
        field.appendTail(path);
        return portalUrl + path;
    }
}
