package vn.ocop.workflow.overview;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.ocop.workflow.organisation.OfficialGroups;

/**
 * Who looks at the dashboard: auditors and administrators see the whole programme; an official sees
 * figures over what their unit's groups may read (the engine's authorizations decide which dossiers, their
 * groups which overdue tasks); nobody else sees anything.
 *
 * @param caller the signed-in user, whose authentication the engine's queries run under
 * @param everything whether the caller audits or administers, and so sees every unit
 * @param unitGroups the caller's groups that belong to a unit (commune officers, councils, agencies, advisory groups)
 */
record Viewer(Authentication caller, boolean everything, List<String> unitGroups) {

  private static final List<String> WHOLE_PROGRAMME = List.of(OfficialGroups.AUDITORS, OfficialGroups.ADMINISTRATORS);

  /** The viewer a signed-in user is, or empty when they may not see the dashboard. */
  static Optional<Viewer> of(Authentication caller) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    List<String> unitGroups = groups.stream()
        .filter(group -> OfficialGroups.readsDossiers(group) && !WHOLE_PROGRAMME.contains(group)).toList();
    boolean everything = groups.stream().anyMatch(WHOLE_PROGRAMME::contains);
    if (!everything && unitGroups.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Viewer(caller, everything, unitGroups));
  }
}
