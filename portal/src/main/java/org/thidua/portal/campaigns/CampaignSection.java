package org.thidua.portal.campaigns;

import java.util.Map;
import org.thidua.portal.services.CampaignsClient;
import org.thidua.portal.signin.Person;

/**
 * One role's part of the campaign page (the unit's registration and covenant, the office's progress board...): each
 * is a bean with a fragment of its own in {@code views/campaign/}, so the page grows by adding sections.
 */
public interface CampaignSection {

    /** Whether {@code person} sees this section. */
    boolean shows(Person person);

    /** The Thymeleaf fragment to include, e.g. {@code campaign/officer :: section}. */
    String fragment();

    /** Adds what the fragment needs to {@code model}. */
    void fill(CampaignsClient.Campaign campaign, Person person, Map<String, Object> model);
}
