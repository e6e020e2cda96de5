package org.thidua.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The embedded stack's development tokens. The HS256 secret is made once per data folder ({@code <home>/jwt-secret},
 * readable by its owner only) and given to every service as {@code THIDUA_SECURITY_JWT_SECRET}; {@code ./thidua
 * token} prints a token signed with it:
 * <pre>
 * ./thidua token --role ADMIN
 * ./thidua token --role UNIT_OFFICER --unit &lt;unit id&gt; [--subject name] [--ttl 8h]
 * ./thidua token --role REVIEWER --groups &lt;group id&gt;,&lt;group id&gt;
 * ./thidua token --role COUNCIL_MEMBER --member &lt;member id&gt;
 * ./thidua token --role VIEWER
 * ./thidua token --role OPERATOR
 * </pre>
 * Tokens carry the issuer ({@value #ISSUER}) and audience ({@value #AUDIENCE}) the services expect with the development
 * secret, and last at most {@link #MAX_TTL}, the services' default longest lifetime. Nothing here is for production,
 * where tokens come from an OIDC provider and services check them with its JWKS.
 */
public final class DevelopmentTokens {

    static final String SECRET_FILE = "jwt-secret";
    static final String PORTAL_SESSION_SECRET_FILE = "portal-session-secret";
    static final Set<String> ROLES =
            Set.of("ADMIN", "UNIT_OFFICER", "REVIEWER", "COUNCIL_MEMBER", "VIEWER", "OPERATOR");
    /** What platform/security expects of a token when it checks them with the development secret. */
    static final String ISSUER = "thidua-local";

    static final String AUDIENCE = "thidua";
    /** The services refuse a token lasting longer ({@code thidua.security.max-token-lifetime}). */
    static final Duration MAX_TTL = Duration.ofHours(12);

    private DevelopmentTokens() {}

    /** The data folder's secret, made (random, 48 bytes, file mode 600) the first time it is asked for. */
    public static String secret(Path home) {
        return secretIn(home.resolve(SECRET_FILE));
    }

    /** The secret the portal keeps its sessions with under this data folder ({@code <home>/portal-session-secret}). */
    static String portalSessionSecret(Path home) {
        return secretIn(home.resolve(PORTAL_SESSION_SECRET_FILE));
    }

    private static String secretIn(Path file) {
        Path home = file.getParent();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(home);
                byte[] bytes = new byte[48];
                new SecureRandom().nextBytes(bytes);
                String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    /** A signed token of {@code role}, with the scope claims given, valid for {@code ttl}. */
    public static String token(String secret, String subject, String role, Map<String, Object> claims, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("roles", List.of(role));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** {@code 8h}, {@code 30m}, {@code 2d}, {@code 90s}. */
    static Duration ttl(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (!value.matches("[1-9][0-9]*[smhd]")) {
            throw new IllegalArgumentException("--ttl must be a number and a unit, such as 8h, 30m or 2d");
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        Duration ttl = switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("--ttl must be at most 12h: the services refuse longer-lived tokens");
        }
        return ttl;
    }

    /** The command line of {@code ./thidua token}: the claims its options ask for, checked. */
    static Request parse(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.size()) {
                options.put(arg.substring(2), args.get(++i));
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
        }
        for (String key : options.keySet()) {
            if (!List.of("role", "unit", "groups", "member", "subject", "ttl", "home")
                    .contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key);
            }
        }
        String role = options.getOrDefault("role", "").toUpperCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException(
                    "--role must be one of ADMIN, UNIT_OFFICER, REVIEWER, COUNCIL_MEMBER, " + "VIEWER, OPERATOR");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        String required = switch (role) {
            case "UNIT_OFFICER" -> "unit";
            case "REVIEWER" -> "groups";
            case "COUNCIL_MEMBER" -> "member";
            default -> null;
        };
        if (required != null && options.getOrDefault(required, "").isBlank()) {
            throw new IllegalArgumentException(role + " needs --" + required);
        }
        if (options.containsKey("unit")) {
            claims.put("unit_id", options.get("unit").strip());
        }
        if (options.containsKey("groups")) {
            List<String> groups = new ArrayList<>();
            for (String group : options.get("groups").split(",")) {
                if (!group.isBlank()) {
                    groups.add(group.strip());
                }
            }
            claims.put("group_ids", groups);
        }
        if (options.containsKey("member")) {
            claims.put("member_id", options.get("member").strip());
        }
        String subject = options.getOrDefault(
                "subject", "dev-" + role.toLowerCase(Locale.ROOT).replace('_', '-'));
        return new Request(subject, role, claims, ttl(options.getOrDefault("ttl", "8h")), options.get("home"));
    }

    record Request(String subject, String role, Map<String, Object> claims, Duration ttl, String home) {}

    /** {@code ./thidua token ...}: prints the token and nothing else, so {@code TOKEN=$(./thidua token ...)} works. */
    public static void main(String[] args) {
        Request request;
        try {
            request = parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("thidua token: " + e.getMessage());
            System.err.println("usage: ./thidua token --role ADMIN|UNIT_OFFICER|REVIEWER|COUNCIL_MEMBER|VIEWER "
                    + "[--unit id] [--groups id,id] [--member id] [--subject name] [--ttl 8h]");
            System.exit(2);
            return;
        }
        String home = request.home() != null
                ? request.home()
                : System.getenv()
                        .getOrDefault(
                                "THIDUA_HOME",
                                Paths.get(".thidua").toAbsolutePath().toString());
        System.out.println(
                token(secret(Paths.get(home)), request.subject(), request.role(), request.claims(), request.ttl()));
    }
}
