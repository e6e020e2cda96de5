-- Issue 16 (calendar part, ADR 80). The public holidays of public bodies (công chức, viên chức) as data, per year:
-- the days off (lễ, Tết, nghỉ bù, nghỉ hoán đổi) and the Saturdays worked in exchange. A disclosure window counts
-- working days on this calendar. The shipped years (calendar/holidays-vn.json) are inserted at start-up when their
-- year is missing; ADMIN replaces a year through PUT /api/v1/holidays/{year} (audited), and a restart never undoes it.
CREATE TABLE holiday_year (
    year        INT            NOT NULL,
    source      VARCHAR(4000)  NOT NULL,
    unverified  VARCHAR(4000)  NULL,
    built_in    BOOLEAN        NOT NULL,
    changed_at  TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- working = TRUE: a Saturday worked in exchange for a day off moved next to a weekend (làm bù)
CREATE TABLE holiday (
    day      DATE          NOT NULL,
    year     INT           NOT NULL,
    working  BOOLEAN       NOT NULL,
    name     VARCHAR(200)  NOT NULL,
    PRIMARY KEY (day),
    KEY ix_holiday_year (year),
    CONSTRAINT fk_holiday_year FOREIGN KEY (year) REFERENCES holiday_year (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
