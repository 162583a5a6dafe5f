package vn.ocop.workflow.documents;

import java.util.Locale;

/** A number of bytes as people read it, in the units the configuration uses (1 MB = 1024 kB = 1,048,576 bytes). */
final class Sizes {

  private static final long KB = 1024;
  private static final long MB = KB * KB;

  private Sizes() {
  }

  static String shown(long bytes) {
    if (bytes >= MB) {
      return unit(bytes, MB, "MB");
    }
    if (bytes >= KB) {
      return unit(bytes, KB, "kB");
    }
    return bytes + " B";
  }

  private static String unit(long bytes, long unit, String name) {
    return bytes % unit == 0 ? bytes / unit + " " + name
        : String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
  }
}
