package org.thidua.local;

import java.util.concurrent.CountDownLatch;

/** Test fixture: a program that prints a line and then blocks forever. */
public final class SleepingMain {

    private SleepingMain() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("sleeping " + String.join(" ", args));
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
