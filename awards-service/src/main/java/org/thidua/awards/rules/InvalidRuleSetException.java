package org.thidua.awards.rules;

import java.util.List;

/** A rule set that cannot be used, with every reason. */
public class InvalidRuleSetException extends RuntimeException {

    private final transient List<String> errors;

    public InvalidRuleSetException(String ruleSetId, List<String> errors) {
        super("invalid rule set " + ruleSetId + ": " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
