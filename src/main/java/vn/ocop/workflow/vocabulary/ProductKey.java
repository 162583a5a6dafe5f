package vn.ocop.workflow.vocabulary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One producer's product in one commune, whatever the case, the way accents are composed or extra
 * spaces: the key by which an open dossier and an active certificate are found again.
 */
public final class ProductKey {

  private ProductKey() {
  }

  public static String of(String communeCode, String producerName, String productName) {
    return communeCode + "|" + normalise(producerName) + "|" + normalise(productName);
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
