package vn.ocop.workflow.criteria;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The scoring criteria per product set, loaded from data. A catalogue whose parts do not add up to
 * the official A 40 / B 25 / C 35 stops start-up, naming the set.
 */
@Component
public class CriteriaCatalogue {

  static final Map<String, Integer> PART_MAXIMA = Map.of("A", 40, "B", 25, "C", 35);

  private final Map<String, CriteriaSet> sets = new LinkedHashMap<>();

  public CriteriaCatalogue(@Value("${ocop.criteria-file:classpath:scoring/criteria-catalogue.json}") Resource file,
      ObjectMapper json) {
    try (InputStream in = file.getInputStream()) {
      Catalogue catalogue = json.readValue(in, Catalogue.class);
      catalogue.sets().forEach(set -> sets.put(set.id(), set));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the criteria catalogue " + file.getDescription(), e);
    }
    List<String> errors = new ArrayList<>();
    sets.values().forEach(set -> verify(set, errors));
    if (!errors.isEmpty()) {
      throw new IllegalStateException("Criteria catalogue " + file.getDescription() + " is inconsistent: "
          + String.join("; ", errors));
    }
  }

  public Set<String> setIds() {
    return sets.keySet();
  }

  public Optional<CriteriaSet> find(String setId) {
    return Optional.ofNullable(sets.get(setId));
  }

  public CriteriaSet require(String setId) {
    return find(setId).orElseThrow(() -> new IllegalStateException("No criteria set '" + setId + "' in the catalogue"));
  }

  private static void verify(CriteriaSet set, List<String> errors) {
    PART_MAXIMA.forEach((part, max) -> {
      if (set.maxOfPart(part) != max) {
        errors.add(set.id() + ": part " + part + " totals " + set.maxOfPart(part) + ", expected " + max);
      }
    });
    Set<String> codes = new HashSet<>();
    set.criteria().forEach(c -> {
      if (!codes.add(c.code())) {
        errors.add(set.id() + ": duplicate code " + c.code());
      }
      if (c.max() <= 0) {
        errors.add(set.id() + ": " + c.code() + " has no positive maximum");
      }
      if (!PART_MAXIMA.containsKey(c.part())) {
        errors.add(set.id() + ": " + c.code() + " is in unknown section " + c.section());
      }
    });
    set.mandatory().forEach(m -> {
      if (!codes.add(m.code())) {
        errors.add(set.id() + ": duplicate code " + m.code());
      }
    });
  }

  private record Catalogue(List<CriteriaSet> sets) {
  }
}
