package org.thidua.units.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.units.Decision;

/**
 * A unit's contact list: one entry per address and role (an address may be both the head's and the general one);
 * addresses compare case-insensitively. A unit with no contact is not reachable.
 */
public final class ContactListPolicy {

    /** The order lists are shown and published in: heads, then emulation officers, then general mailboxes. */
    public static final Comparator<Contact> ORDER =
            Comparator.comparing(Contact::role).thenComparing(c -> c.email().toLowerCase(Locale.ROOT));

    public static String identity(String email, ContactChanged.Role role) {
        return email.toLowerCase(Locale.ROOT) + "|" + role;
    }

    /** May {@code email} with {@code role} join {@code existing}? */
    public Decision mayAdd(List<Contact> existing, String email, ContactChanged.Role role) {
        String identity = identity(email, role);
        for (Contact contact : existing) {
            if (contact.identity().equals(identity)) {
                return Decision.reject(email + " is already a " + role + " contact of the unit");
            }
        }
        return Decision.allow();
    }

    /**
     * For each entry of a new list that repeats an earlier one, its index and the reason; empty when the list is
     * acceptable.
     */
    public Map<Integer, String> duplicates(List<String> emails, List<ContactChanged.Role> roles) {
        Map<String, Integer> first = new HashMap<>();
        Map<Integer, String> duplicates = new HashMap<>();
        for (int i = 0; i < emails.size(); i++) {
            Integer earlier = first.putIfAbsent(identity(emails.get(i), roles.get(i)), i);
            if (earlier != null) {
                duplicates.put(i, "repeats contacts[" + earlier + "] (same address and role)");
            }
        }
        return duplicates;
    }

    public boolean reachable(List<Contact> contacts) {
        return !contacts.isEmpty();
    }

    /** The list as {@code thidua.contact.changed.v1} carries it, in {@link #ORDER}. */
    public List<ContactChanged.Contact> published(List<Contact> contacts) {
        List<Contact> sorted = new ArrayList<>(contacts);
        sorted.sort(ORDER);
        return sorted.stream()
                .map(c -> new ContactChanged.Contact(c.email(), c.role(), c.name()))
                .toList();
    }
}
