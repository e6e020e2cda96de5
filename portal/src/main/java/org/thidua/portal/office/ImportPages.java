package org.thidua.portal.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thidua.portal.services.ServiceProblem;

/**
 * Importing units from a CSV file (ADR 11): the file goes to units-service as it is, and the page shows what came
 * back, the count imported or every refused row with its reason (nothing is imported then).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/units/import")
@Secured("ADMIN")
final class ImportPages {

    private final OfficeUnits units;

    ImportPages(OfficeUnits units) {
        this.units = units;
    }

    @Get
    @View("office/import")
    Map<String, Object> form() {
        return Map.of();
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ModelAndView<Map<String, Object>>> upload(@Nullable CompletedFileUpload file) {
        Map<String, Object> model = new LinkedHashMap<>();
        byte[] csv;
        try {
            csv = file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.put("fileName", file == null ? "" : file.getFilename());
        try {
            model.put("report", units.importUnits(csv));
            return HttpResponse.ok(new ModelAndView<>("office/import", model));
        } catch (HttpClientResponseException refusal) {
            if (refusal.getStatus() != HttpStatus.BAD_REQUEST) {
                throw refusal;
            }
            ServiceProblem problem = ServiceProblem.of(refusal).orElse(null);
            model.put("detail", problem == null ? refusal.getMessage() : problem.detail());
            model.put("rows", ImportRows.of(problem == null ? null : problem.violations()));
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("office/import", model));
        }
    }
}
