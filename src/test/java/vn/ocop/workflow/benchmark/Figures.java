package vn.ocop.workflow.benchmark;

import java.util.List;

/** The median, minimum and maximum of a quantity measured once per repetition, and percentiles of samples. */
record Figures(double median, double min, double max) {

  static Figures of(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return new Figures(percentile(sorted, 50), sorted.get(0), sorted.get(sorted.size() - 1));
  }

  /** The nearest-rank percentile of sorted samples; not a number when there are none. */
  static double percentile(List<Double> sorted, double percent) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** "median (min–max)", or the one value when there was one repetition. */
  String shown(String format) {
    String median = String.format(format, this.median);
    return min == max ? median : median + " (" + String.format(format, min) + "–" + String.format(format, max) + ")";
  }
}
