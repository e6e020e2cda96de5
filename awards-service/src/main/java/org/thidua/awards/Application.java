package org.thidua.awards;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.thidua.contracts.awards.VoteTally;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "awards-service",
                        version = "v1",
                        description =
                                "Thidua awards service: rule sets, eligibility, nominations, council, disclosure, decisions, "
                                        + "award registry"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIInclude(packages = "org.thidua.messaging")
@SerdeImport(VoteTally.class)
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
