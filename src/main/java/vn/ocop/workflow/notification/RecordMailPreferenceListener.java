package vn.ocop.workflow.notification;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.input.InputCheck;
import vn.ocop.workflow.vocabulary.MailPreferenceProcess;

/** Records the choice an official made in Tasklist, for themselves only (the user who started the process). */
@Component("recordMailPreference")
public class RecordMailPreferenceListener implements ExecutionListener {

  private final MailPreferences preferences;

  public RecordMailPreferenceListener(MailPreferences preferences) {
    this.preferences = preferences;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck input = new InputCheck(execution);
    String choice = input.choice(MailPreferenceProcess.NEW_WORK.name(), Arrays.stream(MailPreferences.NewWork.values())
        .map(MailPreferences.NewWork::id).collect(Collectors.toSet()));
    String official = MailPreferenceProcess.OFFICIAL.get(execution);
    if (official == null) {
      input.fail(MailPreferenceProcess.OFFICIAL.name(), "chỉ người đã đăng nhập mới chọn được / only a signed-in official chooses");
    }
    input.verify("Cách nhận thư / Mail preference");
    preferences.set(official, MailPreferences.NewWork.valueOf(choice.toUpperCase(java.util.Locale.ROOT)));
  }
}
