package vn.ocop.workflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsTheProcedure;

/** Who is mailed about a task, or about a group's work: users with an e-mail address, each once. */
@Component
public class TaskRecipients {

  private final IdentityService identity;
  private final AsTheProcedure procedureItself;

  public TaskRecipients(IdentityService identity, AsTheProcedure procedureItself) {
    this.identity = identity;
    this.procedureItself = procedureItself;
  }

  /** The e-mail addresses of a group's members (a commune's officers, who get a copy of each decision). */
  public List<String> emailsOf(String group) {
    return of(null, List.of(group)).stream().map(User::getEmail).toList();
  }

  /** The task's assignee if it has one, or else the members of its candidate groups. */
  List<User> of(String assignee, List<String> candidateGroups) {
    return procedureItself.call(() -> {
      List<User> users = new ArrayList<>();
      if (assignee != null) {
        users.addAll(identity.createUserQuery().userId(assignee).list());
      } else {
        candidateGroups.forEach(group -> identity.createUserQuery().memberOfGroup(group).list().stream()
            .filter(user -> users.stream().noneMatch(known -> known.getId().equals(user.getId()))).forEach(users::add));
      }
      return users.stream().filter(user -> user.getEmail() != null && !user.getEmail().isBlank()).toList();
    });
  }
}
