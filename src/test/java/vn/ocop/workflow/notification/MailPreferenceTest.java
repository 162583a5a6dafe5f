package vn.ocop.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.workflow.testing.FullProcessCoverage;
import vn.ocop.workflow.vocabulary.MailPreferenceProcess;

/** ocop-mail-preference: an official chooses in Tasklist how they hear of new work, for themselves. */
class MailPreferenceTest extends FullProcessCoverage {

  @Autowired
  private MailPreferences preferences;

  @AfterEach
  void backToImmediate() {
    preferences.set("council-42-1", MailPreferences.NewWork.IMMEDIATE);
  }

  @Test
  void anOfficialChoosesTheDailyDigestAndBack() {
    ProcessInstance chosen = dossiers.as("council-42-1", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(MailPreferenceProcess.KEY, Map.of("newWork", "digest")));

    assertThat(chosen).isEnded().hasPassed(MailPreferenceProcess.Elements.PREFERENCE_CHOSEN,
        MailPreferenceProcess.Elements.PREFERENCE_RECORDED);
    assertThat(preferences.of("council-42-1")).isEqualTo(MailPreferences.NewWork.DIGEST);
    assertThat(preferences.of("council-42-2")).as("nobody else's").isEqualTo(MailPreferences.NewWork.IMMEDIATE);

    dossiers.as("council-42-1", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(MailPreferenceProcess.KEY, Map.of("newWork", "immediate")));
    assertThat(preferences.of("council-42-1")).isEqualTo(MailPreferences.NewWork.IMMEDIATE);
  }

  @Test
  void aChoiceThatIsNotOneOfTheTwoOrWithoutAnOfficialIsRefused() {
    assertThatThrownBy(() -> dossiers.as("council-42-1", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(MailPreferenceProcess.KEY, Map.of("newWork", "weekly"))))
        .hasMessageContaining("newWork: 'weekly' không thuộc / is not one of [digest, immediate]");
    assertThatThrownBy(() -> engine.getRuntimeService()
        .startProcessInstanceByKey(MailPreferenceProcess.KEY, Map.of("newWork", "digest")))
        .hasMessageContaining("official: chỉ người đã đăng nhập mới chọn được / only a signed-in official chooses");
    assertThat(preferences.of("council-42-1")).isEqualTo(MailPreferences.NewWork.IMMEDIATE);
  }
}
