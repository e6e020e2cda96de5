package org.thidua.campaigns.scoresheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceLinksTest {

    @Test
    void absoluteWebAddressesWithAHostAreLinks() {
        assertThat(EvidenceLinks.isValid("https://quochoi.vn/minh-chung/bao-cao-2026.pdf"))
                .isTrue();
        assertThat(EvidenceLinks.isValid("http://vpqh.gov.vn:8080/tai-lieu?id=12#trang-3"))
                .isTrue();
        assertThat(EvidenceLinks.isValid("HTTPS://QUOCHOI.VN/a")).isTrue();
    }

    @Test
    void scriptsFilesAndOtherSchemesAreNot() {
        assertThat(EvidenceLinks.isValid("javascript:alert(1)")).isFalse();
        assertThat(EvidenceLinks.isValid("JavaScript:alert(1)")).isFalse();
        assertThat(EvidenceLinks.isValid("file:///etc/passwd")).isFalse();
        assertThat(EvidenceLinks.isValid("data:text/html;base64,PHNjcmlwdD4=")).isFalse();
        assertThat(EvidenceLinks.isValid("ftp://quochoi.vn/a")).isFalse();
    }

    @Test
    void relativeHostlessOrOverlongAddressesAreNot() {
        assertThat(EvidenceLinks.isValid("/minh-chung/a.pdf")).isFalse();
        assertThat(EvidenceLinks.isValid("quochoi.vn/a.pdf")).isFalse();
        assertThat(EvidenceLinks.isValid("https:///a.pdf")).isFalse();
        assertThat(EvidenceLinks.isValid("https://nguoi:matkhau@quochoi.vn/a")).isFalse();
        assertThat(EvidenceLinks.isValid(" https://quochoi.vn/a")).isFalse();
        assertThat(EvidenceLinks.isValid("https://quochoi.vn/a b")).isFalse();
        assertThat(EvidenceLinks.isValid("https://quochoi.vn/" + "a".repeat(EvidenceLinks.MAX_LENGTH)))
                .isFalse();
        assertThat(EvidenceLinks.isValid("https://quochoi.vn/" + "a".repeat(EvidenceLinks.MAX_LENGTH - 19)))
                .isTrue();
    }
}
