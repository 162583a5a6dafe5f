package vn.ocop.workflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** New work waiting for an official's daily digest (table ocop_work_notice). */
@Repository
public class WorkDigest {

  private final JdbcTemplate jdbc;

  public WorkDigest(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void add(String userId, String recipient, WorkItem item, Instant now) {
    jdbc.update("INSERT INTO ocop_work_notice (id, user_id, recipient, dossier_code, task_name, due_on, link, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", item.id(), userId, recipient, item.dossierCode(),
        item.taskName(), item.dueOn(), item.link(), Timestamp.from(now));
  }

  /** Each recipient's unsent items, oldest first. */
  public Map<String, List<WorkItem>> unsentByRecipient() {
    Map<String, List<WorkItem>> byRecipient = new LinkedHashMap<>();
    jdbc.query("SELECT id, recipient, dossier_code, task_name, due_on, link FROM ocop_work_notice WHERE sent_at IS NULL"
        + " ORDER BY recipient, created_at", row -> {
          byRecipient.computeIfAbsent(row.getString(2), r -> new ArrayList<>()).add(new WorkItem(row.getString(1),
              row.getString(3), row.getString(4), row.getString(5), row.getString(6)));
        });
    return byRecipient;
  }

  /** Marks exactly the items a digest listed, so work added meanwhile waits for the next one. */
  public void markSent(List<WorkItem> items, Instant now) {
    items.forEach(item -> jdbc.update("UPDATE ocop_work_notice SET sent_at = ? WHERE id = ?", Timestamp.from(now),
        item.id()));
  }

  /** One task as a mail lists it: its dossier, its name (product and commune), its due day and its link. */
  public record WorkItem(String id, String dossierCode, String taskName, String dueOn, String link) {
  }
}
