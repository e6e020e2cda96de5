package org.thidua.units.text;

import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * Whether a text is an e-mail address by the same rule the event schemas apply ({@code "format": "email"} with format
 * assertions, as {@code EventSchemas} validates): what the API accepts can always be published. That rule checks the
 * top-level domain against the IANA list, so a typo such as {@code quochoi.nv} is caught at the door.
 */
public final class EmailAddresses {

    /** The longest address SMTP carries (RFC 5321 path limit), as in the schemas. */
    public static final int MAX_LENGTH = 254;

    private static final JsonSchema EMAIL = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                    "{\"type\": \"string\", \"format\": \"email\"}",
                    SchemaValidatorsConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build());

    private EmailAddresses() {}

    public static boolean isValid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && !address.isBlank()
                && address.equals(address.strip())
                && EMAIL.validate(TextNode.valueOf(address)).isEmpty();
    }
}
