package org.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The emulation titles (danh hiệu thi đua) of each legal regime, shared data both sides of a title code agree on
 * (ADR 22): campaigns-service accepts a registration's titles from it, awards-service's rule sets list exactly its
 * titles (checked by a test). A regime is in force from its {@code effectiveFrom} until the next one starts.
 */
public final class TitleCatalogue {

    static final String RESOURCE = "org/thidua/contracts/titles/catalogue.json";

    /** One title: its code, its Vietnamese name, whom it is for. */
    public record Title(String code, String nameVi, RecipientKind recipientKind) {}

    /** The titles of one legal regime, in the order the law lists them. */
    public record Regime(String id, LocalDate effectiveFrom, List<Title> titles) {

        public Optional<Title> title(String code) {
            return titles.stream().filter(t -> t.code().equals(code)).findFirst();
        }

        public List<Title> titlesFor(RecipientKind kind) {
            return titles.stream().filter(t -> t.recipientKind() == kind).toList();
        }
    }

    private static final TitleCatalogue SHIPPED = read();

    private final List<Regime> regimes;

    private TitleCatalogue(List<Regime> regimes) {
        this.regimes = regimes.stream()
                .sorted(Comparator.comparing(Regime::effectiveFrom))
                .toList();
    }

    /** The catalogue shipped in this module. */
    public static TitleCatalogue shipped() {
        return SHIPPED;
    }

    public List<Regime> regimes() {
        return regimes;
    }

    /** The regime in force on {@code date}, if any. */
    public Optional<Regime> inForce(LocalDate date) {
        return regimes.stream().filter(r -> !r.effectiveFrom().isAfter(date)).reduce((a, b) -> b);
    }

    /** The regime of an emulation year: the one in force on its 31 December, as awards-service judges the year. */
    public Optional<Regime> forYear(int year) {
        return inForce(LocalDate.of(year, 12, 31));
    }

    private static TitleCatalogue read() {
        try (InputStream in = TitleCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Regime> regimes = new ArrayList<>();
            for (JsonNode regime : root.path("regimes")) {
                List<Title> titles = new ArrayList<>();
                for (JsonNode title : regime.path("titles")) {
                    titles.add(new Title(
                            title.path("code").asText(),
                            title.path("nameVi").asText(),
                            RecipientKind.valueOf(title.path("recipientKind").asText())));
                }
                regimes.add(new Regime(
                        regime.path("id").asText(),
                        LocalDate.parse(regime.path("effectiveFrom").asText()),
                        List.copyOf(titles)));
            }
            return new TitleCatalogue(regimes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
