package org.thidua.units.unit;

import java.net.URI;
import java.sql.SQLIntegrityConstraintViolationException;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.thidua.web.ProblemException;

@Controller("/api/v1/units")
@Tag(name = "units")
public class UnitController {

    private final RegisteringUnit registering;
    private final UnitRepository units;

    UnitController(RegisteringUnit registering, UnitRepository units) {
        this.registering = registering;
        this.units = units;
    }

    /** Registers a unit; 409 naming {@code code} when the code is taken. */
    @Post
    HttpResponse<UnitResponse> register(@Body @Valid UnitRequest request) {
        Unit unit;
        try {
            unit = registering.register(request);
        } catch (DataAccessException e) {
            if (hasCause(e, SQLIntegrityConstraintViolationException.class)) {
                // two requests raced past the existence check; the unique key decided
                throw ProblemException.duplicate("code", "A unit with code " + request.code().strip() + " already exists");
            }
            throw e;
        }
        return HttpResponse.created(UnitResponse.of(unit), URI.create("/api/v1/units/" + unit.id()));
    }

    @Get("/{id}")
    UnitResponse get(String id) {
        return units.findById(id).map(UnitResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Unit", id));
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
