package org.thidua.units;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "units-service", version = "v1",
        description = "Thidua units service"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
