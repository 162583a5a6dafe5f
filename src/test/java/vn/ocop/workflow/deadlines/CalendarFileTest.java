package vn.ocop.workflow.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A year's calendar file is read as a whole, and every problem is named by row and column. */
class CalendarFileTest {

  static final String HEADER = "# status: official\n# source: Thông báo / notice 123\nday,kind,name\n";

  @Test
  void aGoodFileGivesTheYearsDaysOffAndWorkedWeekendDays() {
    CalendarYear year = CalendarFile.read(2031, bytes(HEADER
        + "2031-01-01,day-off,Tết Dương lịch / New Year's Day\n"
        + "2031-01-04,working-day,Làm bù / worked in place of 2031-01-02\n"));

    assertThat(year.status()).isEqualTo(CalendarYear.Status.OFFICIAL);
    assertThat(year.source()).isEqualTo("Thông báo / notice 123");
    assertThat(year.days()).extracting(CalendarYear.Day::day, CalendarYear.Day::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 1, 1), CalendarYear.Kind.DAY_OFF),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 1, 4), CalendarYear.Kind.WORKING_DAY));
  }

  @Test
  void everyBadRowIsNamedAndNothingIsRead() {
    assertThatThrownBy(() -> CalendarFile.read(2031, bytes("# source: x\nday,kind,name\n"
        + "2031-01-04,day-off,Saturday\n"
        + "2031-01-06,working-day,Monday\n"
        + "2030-12-31,day-off,last year\n"
        + "2031-02-30,day-off,no such day\n"
        + "2031-03-03,holiday,unknown kind\n"
        + "2031-03-04,day-off,\n"
        + "2031-03-05,day-off,twice\n"
        + "2031-03-05,day-off,twice\n")))
        .isInstanceOf(InvalidCalendarException.class)
        .hasMessageContaining("# status: phải là official hoặc provisional")
        .hasMessageContaining("dòng/row 2, cột/column day: 2031-01-04 là cuối tuần")
        .hasMessageContaining("dòng/row 3, cột/column day: 2031-01-06 là ngày thường")
        .hasMessageContaining("dòng/row 4, cột/column day: 2030-12-31 không thuộc năm / is not in 2031")
        .hasMessageContaining("dòng/row 5, cột/column day: '2031-02-30' không phải ngày")
        .hasMessageContaining("dòng/row 6, cột/column kind: phải là / must be day-off or working-day, not 'holiday'")
        .hasMessageContaining("dòng/row 7, cột/column name: bắt buộc")
        .hasMessageContaining("dòng/row 9, cột/column day: 2031-03-05 đã có / is listed twice");
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
