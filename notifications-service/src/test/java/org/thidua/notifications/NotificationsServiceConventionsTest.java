package org.thidua.notifications;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.thidua.testing.ServiceConventionsTest;

@MicronautTest(transactional = false)
class NotificationsServiceConventionsTest extends ServiceConventionsTest {}
