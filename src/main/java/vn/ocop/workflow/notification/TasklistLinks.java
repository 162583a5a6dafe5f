package vn.ocop.workflow.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links that open a task in Tasklist, for the mails to officials (ocop.mail.tasklist-url). */
@Component
class TasklistLinks {

  private final String tasklistUrl;

  TasklistLinks(@Value("${ocop.mail.tasklist-url}") String tasklistUrl) {
    this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
  }

  String task(String taskId) {
    return tasklistUrl + "#/?task=" + taskId;
  }
}
