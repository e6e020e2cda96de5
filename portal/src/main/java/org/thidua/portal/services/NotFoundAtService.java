package org.thidua.portal.services;

/**
 * A service answered 404: what the person asked for does not exist or is hidden from them. Thrown instead of the
 * declarative client's null, so no page renders an empty thing; the portal answers its "not found" page.
 */
public final class NotFoundAtService extends RuntimeException {

    public NotFoundAtService(String path) {
        super("not found: " + path, null, false, false);
    }
}
