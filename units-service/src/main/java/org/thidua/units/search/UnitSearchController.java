package org.thidua.units.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.thidua.contracts.units.UnitKind;
import org.thidua.security.Roles;
import org.thidua.units.group.GroupRepository;
import org.thidua.units.paging.PageResponse;
import org.thidua.units.text.VietnameseText;
import org.thidua.units.unit.UnitConstraints;
import org.thidua.units.unit.UnitResponse;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

@Secured(Roles.ADMIN)
@Controller("/api/v1/units")
@Tag(name = "units")
@ProblemAnswers
public class UnitSearchController {

    private final UnitSearch search;
    private final GroupRepository groups;

    UnitSearchController(UnitSearch search, GroupRepository groups) {
        this.search = search;
        this.groups = groups;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    @Operation(summary = "Search units", description = """
            Every filter is optional and they combine. name matches a part of the full or short name regardless of \
            case, tones and marks ("thanh hoa" finds "Thanh Hóa", "da nang" finds "Đà Nẵng"); code matches a \
            prefix; groupId the units of a group (400 if there is no such group); year the units in any group of \
            that year; reachable=false the units without a contact. Ordered by code; page counts from 0.""")
    PageResponse<UnitResponse> search(
            @Parameter(description = "Code prefix") @QueryValue @Nullable @Size(max = UnitConstraints.CODE_MAX)
                    String code,
            @Parameter(description = "Part of the full or short name") @QueryValue @Nullable @Size(max = 255)
                    String name,
            @QueryValue
                    @Nullable
                    @Pattern(regexp = UnitConstraints.KIND_PATTERN, message = UnitConstraints.KIND_MESSAGE)
                    String kind,
            @QueryValue @Nullable @Size(max = UnitConstraints.PROVINCE_MAX) String province,
            @QueryValue @Nullable @Size(max = 36) String parentId,
            @QueryValue @Nullable @Size(max = 36) String groupId,
            @QueryValue @Nullable @Min(2000) @Max(2100) Integer year,
            @QueryValue @Nullable Boolean active,
            @QueryValue @Nullable Boolean reachable,
            @QueryValue(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        if (groupId != null && !groups.existsById(groupId)) {
            throw ProblemException.invalidField("groupId", "no group has id " + groupId);
        }
        return search.search(
                new UnitCriteria(
                        VietnameseText.nfcOrNull(code),
                        VietnameseText.nfcOrNull(name),
                        kind == null ? null : UnitKind.valueOf(kind),
                        VietnameseText.nfcOrNull(province),
                        parentId,
                        groupId,
                        year,
                        active,
                        reachable),
                page,
                size);
    }
}
