package vn.ocop.workflow.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.CriteriaSetFile;

/** The criteria sets as shipped in src/main/resources/criteria, read as the application reads them. */
public final class ShippedCriteria {

  private ShippedCriteria() {
  }

  public static CriteriaCatalogue catalogue() {
    List<CriteriaSet> sets = new ArrayList<>();
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:criteria/*.csv")) {
        try (InputStream csv = file.getInputStream()) {
          sets.addAll(CriteriaSetFile.read(file.getFilename(), csv));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CriteriaCatalogue(sets);
  }
}
