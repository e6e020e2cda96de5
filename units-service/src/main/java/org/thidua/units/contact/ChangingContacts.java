package org.thidua.units.contact;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.messaging.Outbox;
import org.thidua.units.Decision;
import org.thidua.units.Timestamps;
import org.thidua.units.text.VietnameseText;
import org.thidua.units.unit.Unit;
import org.thidua.units.unit.Units;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Use cases on a unit's contacts: replace the list, add one, remove one. Each change publishes
 * {@code thidua.contact.changed.v1} with the whole list after it; a request that changes nothing publishes nothing.
 */
@Singleton
public class ChangingContacts {

    private final ContactRepository contacts;
    private final Units units;
    private final Outbox outbox;
    private final ContactListPolicy policy = new ContactListPolicy();

    ChangingContacts(ContactRepository contacts, Units units, Outbox outbox) {
        this.contacts = contacts;
        this.units = units;
        this.outbox = outbox;
    }

    @Transactional
    public List<Contact> replace(String unitId, List<ContactRequest> requested) {
        Unit unit = units.requireReceiving(unitId, "contacts");
        List<String> emails = requested.stream().map(c -> c.email().strip()).toList();
        List<ContactChanged.Role> roles = requested.stream()
                .map(c -> ContactChanged.Role.valueOf(c.role()))
                .toList();
        Map<Integer, String> duplicates = policy.duplicates(emails, roles);
        if (!duplicates.isEmpty()) {
            List<Problem.Violation> violations = duplicates.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(d -> new Problem.Violation("contacts[" + d.getKey() + "].email", d.getValue()))
                    .toList();
            throw ProblemException.invalid("The contact list repeats an address with the same role", violations);
        }
        List<Contact> current = contacts.findByUnitId(unit.id());
        Map<String, Contact> byIdentity = new HashMap<>();
        current.forEach(c -> byIdentity.put(c.identity(), c));
        List<Contact> after = new ArrayList<>();
        boolean changed = false;
        var now = Timestamps.now();
        for (int i = 0; i < requested.size(); i++) {
            String name = VietnameseText.nfcOrNull(requested.get(i).name());
            Contact existing = byIdentity.remove(ContactListPolicy.identity(emails.get(i), roles.get(i)));
            if (existing == null) {
                after.add(contacts.save(
                        new Contact(UUID.randomUUID().toString(), unit.id(), emails.get(i), roles.get(i), name, now)));
                changed = true;
            } else if (!Objects.equals(existing.name(), name)) {
                after.add(contacts.update(existing.named(name)));
                changed = true;
            } else {
                after.add(existing);
            }
        }
        if (!byIdentity.isEmpty()) {
            contacts.deleteAll(byIdentity.values());
            changed = true;
        }
        if (changed) {
            publish(unit.id(), after);
        }
        return sorted(after);
    }

    @Transactional
    public Contact add(String unitId, ContactRequest request) {
        Unit unit = units.requireReceiving(unitId, "contacts");
        String email = request.email().strip();
        ContactChanged.Role role = ContactChanged.Role.valueOf(request.role());
        List<Contact> current = contacts.findByUnitId(unit.id());
        Decision decision = policy.mayAdd(current, email, role);
        if (decision.rejected()) {
            throw ProblemException.duplicate("email", decision.reason());
        }
        Contact added = contacts.save(new Contact(
                UUID.randomUUID().toString(),
                unit.id(),
                email,
                role,
                VietnameseText.nfcOrNull(request.name()),
                Timestamps.now()));
        List<Contact> after = new ArrayList<>(current);
        after.add(added);
        publish(unit.id(), after);
        return added;
    }

    /** Removing is allowed on a deactivated unit too: it adds nothing. */
    @Transactional
    public void remove(String unitId, String contactId) {
        Unit unit = units.requireForUpdate(unitId);
        Contact contact = contacts.findById(contactId)
                .filter(c -> c.unitId().equals(unit.id()))
                .orElseThrow(() -> ProblemException.notFound("Contact", contactId + " of unit " + unit.id()));
        contacts.delete(contact);
        List<Contact> after = new ArrayList<>(contacts.findByUnitId(unit.id()));
        publish(unit.id(), after);
    }

    public List<Contact> list(String unitId) {
        units.require(unitId);
        return sorted(contacts.findByUnitId(unitId));
    }

    public boolean reachable(List<Contact> list) {
        return policy.reachable(list);
    }

    private void publish(String unitId, List<Contact> after) {
        outbox.publish(new ContactChanged(unitId, policy.published(after), Timestamps.now()));
    }

    private static List<Contact> sorted(List<Contact> list) {
        List<Contact> sorted = new ArrayList<>(list);
        sorted.sort(ContactListPolicy.ORDER);
        return sorted;
    }
}
