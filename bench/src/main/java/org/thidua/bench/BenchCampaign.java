package org.thidua.bench;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loading a campaign's busy weeks through campaigns-service's API, the same way for every benchmark that needs it
 * ({@link CampaignsBenchmark}, {@link PortalBenchmark}): the campaign over the benchmark's groups (retried while
 * campaigns-service's projection has not heard of them yet, ADR 21), then for each unit its registration, accepted,
 * its mid-year sheet drafted and submitted, reviewed and approved, and the period finalized.
 */
final class BenchCampaign {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    /** campaigns-service as a benchmark calls it (measured and paced, or not). */
    interface Api {
        Answer call(String method, String path, String body) throws Exception;
    }

    record Answer(int status, String body) {}

    private final Api api;
    private final String path;

    private BenchCampaign(Api api, String id) {
        this.api = api;
        this.path = "/api/v1/campaigns/" + id;
    }

    /**
     * Creates the campaign {@code code} over {@code groupIds} (a JSON array), retrying every 200 ms while
     * campaigns-service answers 422 because it does not know the groups yet.
     */
    static BenchCampaign create(Api api, String code, String title, LocalDate today, String groupIds) throws Exception {
        String body = json(code, title, today, groupIds);
        while (true) {
            Answer created = api.call("POST", "/api/v1/campaigns", body);
            if (created.status() == 201) {
                return new BenchCampaign(api, id(created.body()));
            }
            if (created.status() != 422) {
                throw new IllegalStateException("POST /api/v1/campaigns -> " + created.status() + " " + created.body());
            }
            Thread.sleep(200);
        }
    }

    /** The same campaign, called through {@code other} (e.g. measured and paced). */
    BenchCampaign through(Api other) {
        return new BenchCampaign(other, id());
    }

    /** Its path, {@code /api/v1/campaigns/<id>}. */
    String path() {
        return path;
    }

    String id() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Waits until the campaign's scope counts {@code units} units (the projection of their groups' members). */
    BenchCampaign awaitScope(int units) throws Exception {
        while (true) {
            Matcher m = TOTAL.matcher(expect("GET", path + "/scope?size=1", null, 200));
            if (m.find() && Integer.parseInt(m.group(1)) >= units) {
                return this;
            }
            Thread.sleep(200);
        }
    }

    void launch() throws Exception {
        expect("POST", path + "/launch", "{}", 200);
    }

    /**
     * The {@code i}-th unit registers (accepted at once), drafts its mid-year sheet and submits it: 4 requests. Its
     * points: A1 20 + i mod 21, A2 10 + i mod 21, B1 (i mod 30).50, every one within its criterion's maximum.
     */
    String registerAndSubmit(String unitId, int i) throws Exception {
        String registration = id(expect("POST", path + "/registrations", """
                {"unitId":"%s","commitments":["Hoàn thành 100%% chỉ tiêu","Không vi phạm kỷ luật"],
                 "collectiveTitle":"TTLDXS"}""".formatted(unitId), 201));
        expect("POST", path + "/registrations/" + registration + "/accept", "{}", 200);
        String sheet = id(expect(
                "POST",
                path + "/periods/MID_YEAR/score-sheets",
                """
                {"registrationId":"%s","entries":[{"criterionCode":"A1","points":%d,"evidence":["https://x/1"]},
                 {"criterionCode":"A2","points":%d},{"criterionCode":"B1","points":%d.50}]}""".formatted(registration, 20 + i % 21, 10 + i % 21, i % 30),
                201));
        expect("POST", path + "/periods/MID_YEAR/score-sheets/" + sheet + "/submit", "{}", 200);
        return sheet;
    }

    /** The reviewer reviews the sheet as it is, the office approves it: 2 requests. */
    void reviewAndApprove(String sheetId) throws Exception {
        String sheet = path + "/periods/MID_YEAR/score-sheets/" + sheetId;
        expect("POST", sheet + "/review", "{\"entries\":[]}", 200);
        expect("POST", sheet + "/approve", "{}", 200);
    }

    /** Finalizes MID_YEAR; the answer (the ranking). */
    String finalizeMidYear() throws Exception {
        return expect("POST", path + "/periods/MID_YEAR/finalize", "{}", 200);
    }

    private String expect(String method, String to, String body, int expected) throws Exception {
        Answer answer = api.call(method, to, body);
        if (answer.status() != expected) {
            throw new IllegalStateException(method + " " + to + " -> " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    /**
     * The campaign: its year that of the day two weeks ahead, so a registration deadline in ten days lies in its
     * emulation year (1 December before to 31 January after, ADR 21) whatever the day the benchmark runs; three
     * criteria of 40, 30 and 30 points; one period, MID_YEAR.
     */
    static String json(String code, String title, LocalDate today, String groupIds) {
        int year = year(today);
        return """
                {"code":"%s","title":"%s","theme":"Thi đua yêu nước","kind":"REGULAR",
                 "year":%d,"startDate":"%s","endDate":"%s","registrationDeadline":"%s",
                 "scope":{"allUnits":false,"groupIds":%s},
                 "periods":[{"period":"MID_YEAR","endDate":"%s","submissionDeadline":"%s"}],
                 "criteria":[{"group":"I","code":"A1","name":"Chỉ tiêu","maxPoints":40,"appliesTo":"COLLECTIVE"},
                             {"group":"I","code":"A2","name":"Cải cách","maxPoints":30,"appliesTo":"COLLECTIVE"},
                             {"group":"II","code":"B1","name":"Cán bộ","maxPoints":30,"appliesTo":"INDIVIDUAL"}]}
                """.formatted(
                        code,
                        title,
                        year,
                        latest(LocalDate.of(year - 1, 12, 1), today.minusDays(10)),
                        LocalDate.of(year + 1, 1, 31),
                        today.plusDays(10),
                        groupIds,
                        latest(today.plusDays(10), LocalDate.of(year, 6, 30)),
                        latest(today.plusDays(10), LocalDate.of(year, 7, 15)));
    }

    static int year(LocalDate today) {
        return today.plusDays(13).getYear();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The first {@code "id"} of a JSON answer. */
    static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }
}
