package vn.ocop.workflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A dossier's record as files to attach to an audit report: JSON (the record as the page reads it), CSV
 * (one line per event, in order, for a spreadsheet) and a printable page with Vietnamese headings. Times
 * are Vietnam's.
 */
@Component
public class DossierExport {

  static final List<String> COLUMNS = List.of("Mục / Section", "Thời điểm / Time", "Bước / Step", "Người / By",
      "Nhóm / Groups", "Nội dung / Details");

  private static final CsvSchema SCHEMA = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
      .build().withHeader();
  private final ObjectMapper json;
  private final ObjectMapper compact;
  private final ITemplateEngine templates;
  private final DateTimeFormatter time;

  DossierExport(ObjectMapper json, ITemplateEngine templates, Clock clock) {
    this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    this.compact = json.copy().disable(SerializationFeature.INDENT_OUTPUT);
    this.templates = templates;
    this.time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.forLanguageTag("vi")).withZone(clock.getZone());
  }

  byte[] json(DossierRecord record) {
    try {
      return json.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the record of " + record.dossier().code(), e);
    }
  }

  byte[] csv(DossierRecord record) {
    List<Map<String, String>> rows = new ArrayList<>();
    DossierIndex.Row dossier = record.dossier();
    rows.add(row("Hồ sơ / Dossier", dossier.registeredAt(), null, null, null, dossier.code() + " · " + dossier.product()
        + " · " + dossier.producer() + " · " + dossier.commune() + ", " + dossier.province() + " · " + dossier.outcomeLabel()
        + (dossier.stars() == null ? "" : " " + dossier.stars() + "★")));
    record.steps().forEach(step -> rows.add(row("Bước / Step", step.startedAt(), step.name(), step.assignee(),
        String.join(" ", step.candidateGroups()), details(step))));
    record.councils().forEach(council -> council.sheets().forEach(sheet -> rows.add(row("Chấm điểm / Scores", null,
        council.level() + " " + council.group(), sheet.member(), null, sheet.disqualificationReason() != null
            ? "Loại / disqualified: " + sheet.disqualificationReason()
            : "Tổng / total " + sheet.total() + " " + sheet.parts() + " " + sheet.scores().stream()
                .map(score -> score.criterion() + "=" + score.points()).toList()))));
    record.verdicts().forEach(verdict -> rows.add(row("Bảng quyết định / Decision table", verdict.evaluatedAt(),
        verdict.name(), null, null, text(verdict.inputs()) + " → " + text(verdict.outputs()))));
    record.changes().forEach(change -> rows.add(row("Thay đổi / Change", change.at(), change.step(), change.by(), null,
        change.variable() + ": " + text(change.before()) + " → " + text(change.after()))));
    record.mails().forEach(mail -> rows.add(row("Thư / Mail", mail.queuedAt(), mail.notice(), null, null,
        mail.recipient() + ": " + mail.subject() + (mail.sentAt() == null ? " (chưa gửi / not sent)"
            : " (gửi / sent " + format(mail.sentAt()) + ")"))));
    record.documentEvents().forEach(event -> rows.add(row("Tài liệu / Document", event.at(), event.type(), event.user(),
        null, event.action() + " v" + event.version() + " " + event.fileName() + " sha256=" + event.sha256())));
    record.incidents().forEach(incident -> rows.add(row("Sự cố / Incident", incident.createdAt(), incident.activityId(),
        null, null, incident.state() + ": " + incident.message())));
    record.operations().forEach(operation -> rows.add(row("Thao tác quản trị / Operation", operation.at(),
        operation.operation(), operation.user(), null, operation.entity() + " " + operation.property() + ": "
            + operation.before() + " → " + operation.after())));
    try {
      // A byte-order mark, so that spreadsheets open the file as UTF-8 and show the Vietnamese letters.
      return ("\uFEFF" + new CsvMapper().writer(SCHEMA).writeValueAsString(rows)).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the record of " + dossier.code(), e);
    }
  }

  String html(DossierRecord record) {
    Context page = new Context(Locale.forLanguageTag("vi"));
    page.setVariable("record", record);
    page.setVariable("export", this);
    return templates.process("dossier-record", page);
  }

  /** A time as the page and the CSV show it: 26/11/2026 16:20:05, Vietnam's time. */
  public String format(Date at) {
    return at == null ? "" : time.format(at.toInstant());
  }

  /** A value as text: JSON for what is not a plain value (a list, a score sheet). */
  public String text(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    try {
      return compact.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return value.toString();
    }
  }

  private String details(DossierRecord.Step step) {
    List<String> parts = new ArrayList<>();
    if (step.endedAt() != null) {
      parts.add("xong / done " + format(step.endedAt()));
    }
    if (step.dueAt() != null) {
      parts.add("hạn / due " + format(step.dueAt()) + (Boolean.TRUE.equals(step.late()) ? " (trễ / late)" : ""));
    }
    step.entered().forEach((name, value) -> parts.add(name + "=" + text(value)));
    return String.join("; ", parts);
  }

  private Map<String, String> row(String section, Date at, String step, String by, String groups, String details) {
    Map<String, String> row = new LinkedHashMap<>();
    List<String> values = java.util.Arrays.asList(section, format(at), step, by, groups, details);
    for (int i = 0; i < COLUMNS.size(); i++) {
      row.put(COLUMNS.get(i), values.get(i) == null ? "" : values.get(i));
    }
    return row;
  }
}
