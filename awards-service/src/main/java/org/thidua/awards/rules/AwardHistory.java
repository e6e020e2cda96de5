package org.thidua.awards.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The titles held per recipient per year (the award registry as the rules see it). */
@FunctionalInterface
public interface AwardHistory {

    boolean holds(String recipientId, int year, String titleCode);

    /** One title held by one recipient in one year. */
    record HeldTitle(String recipientId, int year, String titleCode) {}

    static AwardHistory empty() {
        return (recipient, year, title) -> false;
    }

    static AwardHistory of(Collection<HeldTitle> held) {
        Set<HeldTitle> set = Set.copyOf(held);
        return (recipient, year, title) -> set.contains(new HeldTitle(recipient, year, title));
    }

    static AwardHistory of(HeldTitle... held) {
        return of(List.of(held));
    }

    /** This history plus titles found this year (mutable set owned by the caller). */
    default AwardHistory plus(Set<HeldTitle> more) {
        AwardHistory base = this;
        return (recipient, year, title) ->
                more.contains(new HeldTitle(recipient, year, title)) || base.holds(recipient, year, title);
    }

    static Set<HeldTitle> newSet() {
        return new HashSet<>();
    }
}
