package org.thidua.portal.signin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thidua.portal.services.UnitsClient;

/**
 * Development only: the accounts the sign-in page lists. The office, a reviewer of each group and an officer of each
 * unit (as units-service knows them now), and whatever the demo loader wrote to {@code THIDUA_PORTAL_DEMO_ACCOUNTS}
 * (council members among them).
 */
@Singleton
@Requires(property = "thidua.portal.dev-sign-in", value = "true")
final class DevelopmentAccounts {

    static final String OFFICE = "Phòng Thi đua - Khen thưởng (quản trị)";
    static final String OPERATOR = "Quản trị vận hành";
    static final int UNITS_SHOWN = 40;

    private final DevelopmentDirectory directory;
    private final ServiceTokens tokens;
    private final ObjectMapper json;
    private final Path demoAccounts;

    DevelopmentAccounts(
            DevelopmentDirectory directory,
            ServiceTokens tokens,
            ObjectMapper json,
            @Nullable @Value("${thidua.portal.demo-accounts:}") String demoAccounts) {
        this.directory = directory;
        this.tokens = tokens;
        this.json = json;
        this.demoAccounts = demoAccounts == null || demoAccounts.isBlank() ? null : Path.of(demoAccounts);
    }

    /** The accounts to list, by heading; {@code unitName} narrows the units (accents and case ignored). */
    Map<String, List<Account>> list(@Nullable String unitName) {
        String bearer = "Bearer " + tokens.office();
        Map<String, List<Account>> accounts = new LinkedHashMap<>();
        accounts.put("office", List.of(Account.office(OFFICE), Account.operator(OPERATOR)));
        Map<String, String> demoLabels = new LinkedHashMap<>();
        demo().forEach(account -> demoLabels.put(account.key(), account.label()));
        accounts.put(
                "units",
                directory.units(bearer, unitName, 0, UNITS_SHOWN).items().stream()
                        .filter(UnitsClient.Unit::active)
                        .map(unit -> new Account(unit.name(), "UNIT_OFFICER", unit.id(), List.of(), null))
                        .map(account -> relabelled(account, demoLabels))
                        .toList());
        accounts.put(
                "reviewers",
                directory.groups(bearer).items().stream()
                        .map(group -> new Account(group.name(), "REVIEWER", null, List.of(group.id()), null))
                        .map(account -> relabelled(account, demoLabels))
                        .toList());
        List<Account> council = new ArrayList<>(demo());
        council.removeIf(account -> !account.role().equals("COUNCIL_MEMBER"));
        accounts.put("council", council);
        return accounts;
    }

    /** The language units-service keeps for the unit, if it keeps one. */
    Optional<String> languageOf(String unitId) {
        return Optional.ofNullable(
                directory.unit("Bearer " + tokens.office(), unitId).language());
    }

    private static Account relabelled(Account account, Map<String, String> labels) {
        String label = labels.getOrDefault(account.key(), account.label());
        return new Account(label, account.role(), account.unitId(), account.groupIds(), account.memberId());
    }

    /** An entry of the demo loader's accounts file (deploy/local's DemoLoader writes it). */
    @Serdeable
    record DemoAccount(
            String label,
            List<String> roles,
            @Nullable @JsonProperty("unit_id") String unitId,
            @Nullable @JsonProperty("group_ids") List<String> groupIds,
            @Nullable @JsonProperty("member_id") String memberId) {}

    /** The account of a posted key, named as a person reads it. */
    Optional<Account> named(String key) {
        return Account.parse(key, "")
                .map(account -> new Account(
                        label(account), account.role(), account.unitId(), account.groupIds(), account.memberId()));
    }

    private String label(Account account) {
        Optional<Account> listed =
                demo().stream().filter(demo -> demo.key().equals(account.key())).findFirst();
        if (listed.isPresent()) {
            return listed.get().label();
        }
        String bearer = "Bearer " + tokens.office();
        return switch (account.role()) {
            case "ADMIN" -> OFFICE;
            case "UNIT_OFFICER" -> directory.unit(bearer, account.unitId()).name();
            case "REVIEWER" ->
                String.join(
                        ", ",
                        directory.groups(bearer).items().stream()
                                .filter(group -> account.groupIds().contains(group.id()))
                                .map(UnitsClient.Group::name)
                                .toList());
            default -> account.key();
        };
    }

    private List<Account> demo() {
        if (demoAccounts == null || !Files.isReadable(demoAccounts)) {
            return List.of();
        }
        try {
            return json.readValue(Files.readAllBytes(demoAccounts), Argument.listOf(DemoAccount.class)).stream()
                    .filter(demo -> demo.roles() != null && demo.roles().size() == 1)
                    .map(demo -> new Account(
                            demo.label(), demo.roles().get(0), demo.unitId(), demo.groupIds(), demo.memberId()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "THIDUA_PORTAL_DEMO_ACCOUNTS is not a list of accounts: " + demoAccounts, e);
        }
    }
}
