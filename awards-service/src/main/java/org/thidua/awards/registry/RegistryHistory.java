package org.thidua.awards.registry;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.thidua.awards.rules.AwardHistory;

/** The registry as the rules see it: the standing awards of the given recipients, every year. */
@Singleton
public class RegistryHistory {

    private static final int CHUNK = 1000;

    private final AwardRepository awards;

    RegistryHistory(AwardRepository awards) {
        this.awards = awards;
    }

    /** Must run in a transaction (the eligibility consumer's). */
    public AwardHistory of(Collection<String> recipients) {
        List<String> all = new ArrayList<>(recipients);
        List<AwardHistory.HeldTitle> held = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            for (Award a : awards.findActiveOfRecipients(all.subList(from, Math.min(all.size(), from + CHUNK)))) {
                held.add(new AwardHistory.HeldTitle(a.recipientId(), a.year(), a.titleCode()));
            }
        }
        return AwardHistory.of(held);
    }

    /** Which of these title|kind|recipient|year keys a standing award holds. */
    public List<String> takenKeys(Collection<String> keys) {
        return keys.isEmpty() ? List.of() : awards.findActiveKeys(keys);
    }
}
