package vn.ocop.workflow.vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * One of a fixed list of legal grounds (why a product is not scored, why a certificate is revoked): the
 * id a form submits, and the label people read.
 */
public interface LegalGround {

  String id();

  String label();

  /** The ids of every ground of the list, in its order. */
  static <G extends Enum<G> & LegalGround> List<String> ids(Class<G> grounds) {
    return Arrays.stream(grounds.getEnumConstants()).map(LegalGround::id).toList();
  }

  static <G extends Enum<G> & LegalGround> G fromId(Class<G> grounds, String id) {
    return Arrays.stream(grounds.getEnumConstants()).filter(ground -> ground.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown " + grounds.getSimpleName() + " '" + id + "'"));
  }
}
