package org.thidua.units.importing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.thidua.units.contact.ContactRequest;
import org.thidua.units.text.EmailAddress;
import org.thidua.units.text.EmailAddresses;
import org.thidua.units.unit.UnitConstraints;

/** The rows of each import file, with the rules of their columns (the API's rules, under the CSV's names). */
final class Rows {

    private Rows() {}

    /** units.csv: {@code code,name,shortName,kind,parentCode,province,language}. */
    @Introspected
    record UnitRow(
            @NotBlank
            @Size(max = UnitConstraints.CODE_MAX)
            @Pattern(regexp = UnitConstraints.CODE_PATTERN, message = UnitConstraints.CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = UnitConstraints.NAME_MAX) String name,

            @Nullable @Size(max = UnitConstraints.SHORT_NAME_MAX)
            String shortName,

            @Nullable @Pattern(regexp = UnitConstraints.KIND_PATTERN, message = UnitConstraints.KIND_MESSAGE)
            String kind,

            @Nullable @Size(max = UnitConstraints.CODE_MAX) String parentCode,

            @Nullable @Size(max = UnitConstraints.PROVINCE_MAX)
            String province,

            @Nullable @Pattern(regexp = UnitConstraints.LANGUAGE_PATTERN, message = UnitConstraints.LANGUAGE_MESSAGE)
            String language) {

        static final List<String> COLUMNS =
                List.of("code", "name", "shortName", "kind", "parentCode", "province", "language");
        static final Set<String> REQUIRED = Set.of("code", "name");

        static UnitRow of(CsvTable.Row row) {
            return new UnitRow(
                    row.get("code"),
                    row.get("name"),
                    row.get("shortName"),
                    row.get("kind"),
                    row.get("parentCode"),
                    row.get("province"),
                    row.get("language"));
        }
    }

    /** members.csv: {@code unitCode,fullName,position,email}. */
    @Introspected
    record MemberRow(
            @NotBlank @Size(max = UnitConstraints.CODE_MAX) String unitCode,
            @NotBlank @Size(max = 255) String fullName,
            @Nullable @Size(max = 255) String position,

            @Nullable @Size(max = EmailAddresses.MAX_LENGTH) @EmailAddress
            String email) {

        static final List<String> COLUMNS = List.of("unitCode", "fullName", "position", "email");
        static final Set<String> REQUIRED = Set.of("unitCode", "fullName");

        static MemberRow of(CsvTable.Row row) {
            return new MemberRow(row.get("unitCode"), row.get("fullName"), row.get("position"), row.get("email"));
        }
    }

    /** contacts.csv: {@code unitCode,email,role,name}. */
    @Introspected
    record ContactRow(
            @NotBlank @Size(max = UnitConstraints.CODE_MAX) String unitCode,

            @NotBlank @Size(max = EmailAddresses.MAX_LENGTH) @EmailAddress
            String email,

            @NotBlank @Pattern(regexp = ContactRequest.ROLES, message = "must be HEAD, EMULATION_OFFICER or GENERAL")
            String role,

            @Nullable @Size(max = 255) String name) {

        static final List<String> COLUMNS = List.of("unitCode", "email", "role", "name");
        static final Set<String> REQUIRED = Set.of("unitCode", "email", "role");

        static ContactRow of(CsvTable.Row row) {
            return new ContactRow(row.get("unitCode"), row.get("email"), row.get("role"), row.get("name"));
        }
    }

    /** memberships.csv: {@code year,groupCode,unitCode,role} (role MEMBER when empty, HEAD or DEPUTY). */
    @Introspected
    record MembershipRow(
            @NotBlank @Pattern(regexp = "20\\d\\d|2100", message = "must be a year from 2000 to 2100")
            String year,

            @NotBlank @Size(max = UnitConstraints.CODE_MAX) String groupCode,
            @NotBlank @Size(max = UnitConstraints.CODE_MAX) String unitCode,

            @Nullable @Pattern(regexp = "MEMBER|HEAD|DEPUTY", message = "must be MEMBER, HEAD or DEPUTY")
            String role) {

        static final List<String> COLUMNS = List.of("year", "groupCode", "unitCode", "role");
        static final Set<String> REQUIRED = Set.of("year", "groupCode", "unitCode");

        static MembershipRow of(CsvTable.Row row) {
            return new MembershipRow(row.get("year"), row.get("groupCode"), row.get("unitCode"), row.get("role"));
        }

        String effectiveRole() {
            return role == null ? "MEMBER" : role;
        }
    }
}
