package org.thidua.campaigns.scoresheet;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What an evidence link (minh chứng) of a score sheet may be: an absolute {@code http} or {@code https} URL with a
 * host, at most {@value #MAX_LENGTH} characters. Nothing else ({@code javascript:}, {@code file:}, {@code data:},
 * relative paths) is a link a reviewer should be offered to open.
 */
public final class EvidenceLinks {

    public static final int MAX_LENGTH = 2000;

    private EvidenceLinks() {}

    public static boolean isValid(String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LENGTH || !link.equals(link.strip())) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute()
                    && !uri.isOpaque()
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
