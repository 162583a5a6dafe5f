package vn.ocop.workflow.deadlines;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A deadline in working days reaches a year whose days off are not loaded: it is not guessed as if every
 * weekday were worked. An administrator loads the year (README, "Working days").
 */
public class MissingCalendarException extends ProcessEngineException {

  public MissingCalendarException(int year) {
    super("Chưa có lịch ngày nghỉ năm " + year + ", không tính được hạn theo ngày làm việc; quản trị viên nạp lịch bằng"
        + " PUT /engine-rest/ocop/calendar/" + year + " / the days off of " + year + " are not loaded, so a deadline in"
        + " working days cannot be computed; an administrator loads them with PUT /engine-rest/ocop/calendar/" + year);
  }
}
