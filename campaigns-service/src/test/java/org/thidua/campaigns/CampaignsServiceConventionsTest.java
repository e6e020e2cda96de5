package org.thidua.campaigns;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.thidua.testing.ServiceConventionsTest;

@MicronautTest(transactional = false)
class CampaignsServiceConventionsTest extends ServiceConventionsTest {}
