package org.thidua.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/** {@code /swagger-ui} opens the generated Swagger UI page. */
@Controller("/swagger-ui")
@Hidden
public class SwaggerUiRedirect {

    @Get
    HttpResponse<Void> open() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }
}
