package gazette.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclaredDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-09-12T10:30:00+08:00      | 2024-09-12T10:30    | +08:00
            2024-09-12T10:30:00.123Z       | 2024-09-12T10:30    | Z
            2021-10-27T20:35:36+0100       | 2021-10-27T20:35:36 | +01:00
            2022-05-03 13:32:45.000000     | 2022-05-03T13:32:45 |
            2024-09-12                     | 2024-09-12T00:00    |
            Wed, 04 May 2022 00:25:56 GMT  | 2022-05-04T00:25:56 | Z
            Tue Jan 28 15:28:56 CET 2020   | 2020-01-28T15:28:56 |
            """)
    void readsTheWallClockAndTheOffsetAsWritten(String value, String wallClock, String offset) {
        DeclaredDate date = DeclaredDate.read(value).orElseThrow();
        assertThat(date.wallClock()).isEqualTo(LocalDateTime.parse(wallClock));
        assertThat(date.offset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
    }
}
