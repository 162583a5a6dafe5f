package vn.ocop.workflow.models;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the procedure's models, hand-kept forms and shipped criteria-set files are read (ocop.models). */
@ConfigurationProperties("ocop.models")
public record ModelLocations(List<String> locations, String criteriaSets) {

  public ModelLocations {
    if (locations == null || locations.isEmpty() || criteriaSets == null) {
      throw new IllegalArgumentException("Set ocop.models.locations and ocop.models.criteria-sets");
    }
    locations = List.copyOf(locations);
  }
}
