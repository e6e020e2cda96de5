package org.thidua.notifications.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code thidua.notifications.delivery.*}: how emails are sent. */
@ConfigurationProperties("thidua.notifications.delivery")
public class DeliveryConfiguration {

    private boolean enabled = true;
    private String from = "thidua@thidua.local";
    private String fromName = "Thi đua – Khen thưởng";
    private int senders = 2;
    private int batchSize = 50;
    private int ratePerSecond = 0;
    private int maxAttempts = 8;
    private Duration firstRetryDelay = Duration.ofSeconds(2);
    private Duration maxRetryDelay = Duration.ofMinutes(10);
    private Duration idlePoll = Duration.ofMillis(200);

    /** Whether this instance sends emails at all (deliveries are still created). */
    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getFromName() {
        return fromName;
    }

    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    /** Sender threads of this instance, each with its own SMTP connection, reused across messages. */
    public int getSenders() {
        return senders;
    }

    public void setSenders(int senders) {
        this.senders = senders;
    }

    /** Deliveries a sender claims (and sends) per transaction. */
    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Emails a second this instance sends at most; 0 is no limit. */
    public int getRatePerSecond() {
        return ratePerSecond;
    }

    public void setRatePerSecond(int ratePerSecond) {
        this.ratePerSecond = ratePerSecond;
    }

    /** Attempts before a delivery is FAILED. */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getFirstRetryDelay() {
        return firstRetryDelay;
    }

    public void setFirstRetryDelay(Duration firstRetryDelay) {
        this.firstRetryDelay = firstRetryDelay;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    /** How long an idle sender waits before it looks for due deliveries again. */
    public Duration getIdlePoll() {
        return idlePoll;
    }

    public void setIdlePoll(Duration idlePoll) {
        this.idlePoll = idlePoll;
    }
}
