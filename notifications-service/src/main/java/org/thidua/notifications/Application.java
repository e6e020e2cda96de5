package org.thidua.notifications;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "notifications-service", version = "v1",
        description = "Thidua notifications service"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
