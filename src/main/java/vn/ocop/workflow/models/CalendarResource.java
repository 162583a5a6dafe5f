package vn.ocop.workflow.models;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.deadlines.CalendarFile;
import vn.ocop.workflow.deadlines.CalendarYear;
import vn.ocop.workflow.deadlines.InvalidCalendarException;
import vn.ocop.workflow.deadlines.WorkingDays;

/**
 * The working-day calendar over the REST API: anyone signed in reads the loaded years; an administrator
 * loads or replaces a year with the government's notice as a CSV file, checked as a whole, without a
 * restart. Deadlines computed afterwards use it.
 */
@Component
@Path("/ocop/calendar")
public class CalendarResource {

  private final WorkingDays workingDays;
  private final IdentityService identity;

  CalendarResource(WorkingDays workingDays, IdentityService identity) {
    this.workingDays = workingDays;
    this.identity = identity;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Map<String, Object>> years() {
    return workingDays.years().stream().map(year -> Map.<String, Object>of("year", year.year(),
        "status", year.status().name().toLowerCase(Locale.ROOT), "source", year.source(),
        "days", year.days().stream().map(day -> Map.of("day", day.day().toString(), "kind", day.kind().id(),
            "name", day.name())).toList())).toList();
  }

  @GET
  @Path("/{year}")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> year(@PathParam("year") int year) {
    return years().stream().filter(loaded -> loaded.get("year").equals(year)).findFirst()
        .orElseThrow(() -> new NotFoundException("Chưa có lịch năm / no calendar loaded for " + year));
  }

  @PUT
  @Path("/{year}")
  @Consumes(CriteriaSetResource.CSV)
  @Produces(MediaType.APPLICATION_JSON)
  public Response load(@PathParam("year") int year, byte[] csv) {
    Optional<Response> refused = Administrators.refuseOthers(identity,
        "Chỉ quản trị viên được nạp lịch ngày nghỉ / only administrators load the calendar of days off");
    if (refused.isPresent()) {
      return refused.get();
    }
    try {
      CalendarYear loaded = CalendarFile.read(year, csv);
      workingDays.load(loaded);
      return Response.ok(year(year)).build();
    } catch (InvalidCalendarException e) {
      return Administrators.refusal(Response.Status.BAD_REQUEST,
          Map.of("type", "InvalidCalendar", "message", e.getMessage(), "problems", e.problems()));
    }
  }
}
