package vn.ocop.workflow.scoring;

import static vn.ocop.workflow.vocabulary.WrittenOpinionsProcess.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.input.InputCheck;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinion;

/**
 * The steps of bpmn/ocop-written-opinions.bpmn. The rule for a divergence: the council decides in
 * writing when at least two thirds of its members give the same conclusion; otherwise it meets.
 */
@Configuration
class WrittenOpinionSteps {

  /** A member's written opinion, validated and kept on the process instance under the member's name. */
  @Bean
  TaskListener recordWrittenOpinion(OwnSheet ownSheet) {
    return task -> {
      String member = ownSheet.memberOf(task, "Ý kiến văn bản", "written opinion");
      InputCheck input = new InputCheck(task);
      WrittenOpinion opinion = conclusion(member, input, task);
      input.verify("Ý kiến đánh giá lại / Written opinion");
      writtenOpinionOf(member).setLocal(task.getExecution().getProcessInstance(), opinion);
    };
  }

  @Bean
  JavaDelegate weighOpinions() {
    return (DelegateExecution execution) -> {
      List<WrittenOpinion> opinions = CouncilEvaluationProcess.councilMembers(execution).stream()
          .map(member -> writtenOpinionOf(member).require(execution)).toList();
      Map<Integer, Long> byStars = opinions.stream()
          .collect(Collectors.groupingBy(WrittenOpinion::stars, Collectors.counting()));
      Map.Entry<Integer, Long> most = byStars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      boolean agree = most.getValue() * 3 >= opinions.size() * 2L;
      OPINIONS_AGREE.set(execution, agree);
      OPINIONS_SUMMARY.set(execution, opinions.stream().map(WrittenOpinionSteps::line).collect(Collectors.joining("\n")));
      if (agree) {
        REEVALUATED_STARS.set(execution, most.getKey());
        DECIDED_BY.set(execution, IN_WRITING);
      }
    };
  }

  /** The meeting's conclusion, with its minutes, is the council's decision. */
  @Bean
  TaskListener recordCouncilMeeting() {
    return task -> {
      InputCheck input = new InputCheck(task);
      WrittenOpinion conclusion = conclusion(CouncilEvaluationProcess.COUNCIL_GROUP.require(task), input, task);
      input.text(MEETING_MINUTES.name(), true, 8000);
      input.verify("Kết luận cuộc họp / Meeting conclusion");
      REEVALUATED_STARS.set(task, conclusion.stars());
      DECIDED_BY.set(task, AT_MEETING);
    };
  }

  /**
   * Keep the certificate's stars, re-recognise at fewer (3★ at least, below the certificate's), or not at
   * all; anything but the same stars needs its reason.
   */
  private static WrittenOpinion conclusion(String by, InputCheck input, VariableScope scope) {
    int previous = EvaluationProcess.PREVIOUS_STARS.require(scope);
    String opinion = input.choice(OPINION.name(), Set.of(KEEP, LOWER, REFUSE));
    Set<String> lower = IntStream.range(3, previous).mapToObj(String::valueOf).collect(Collectors.toSet());
    String stars = input.choice(OPINION_STARS.name(), lower, LOWER.equals(opinion));
    String reason = input.text(OPINION_REASON.name(), !KEEP.equals(opinion), 2000);
    if (opinion == null) {
      return null;
    }
    return new WrittenOpinion(by, switch (opinion) {
      case KEEP -> previous;
      case LOWER -> stars == null ? 0 : Integer.parseInt(stars);
      default -> 0;
    }, reason);
  }

  private static String line(WrittenOpinion opinion) {
    return opinion.member() + ": " + (opinion.reRecognises() ? opinion.stars() + "★"
        : "không tái công nhận / not re-recognised") + (opinion.reason() == null ? "" : " — " + opinion.reason());
  }
}
