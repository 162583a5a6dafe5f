package vn.ocop.workflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * The benchmark's report in a folder: report.md with a table per measure and the charts (PNG, drawn by
 * XChart), and raw.csv with every number measured, one per line (measure, series, x, repetition, value,
 * unit), for anyone who wants to draw or compare them otherwise.
 */
final class Report {

  static {
    // Charts are drawn without a display.
    System.setProperty("java.awt.headless", "true");
  }

  private final Path folder;
  private final StringBuilder markdown = new StringBuilder();
  private final List<List<String>> raw = new ArrayList<>();

  Report(Path folder) throws IOException {
    this.folder = Files.createDirectories(folder);
    raw.add(List.of("measure", "series", "x", "repetition", "value", "unit"));
  }

  Path folder() {
    return folder;
  }

  Report text(String paragraph) {
    markdown.append(paragraph).append("\n\n");
    return this;
  }

  Report table(List<String> header, List<List<String>> rows) {
    markdown.append(line(header)).append(line(header.stream().map(cell -> "---").toList()));
    rows.forEach(row -> markdown.append(line(row)));
    markdown.append('\n');
    return this;
  }

  void raw(String measure, String series, Object x, int repetition, double value, String unit) {
    raw.add(List.of(measure, series, String.valueOf(x), Integer.toString(repetition), Double.toString(value), unit));
  }

  /** A line chart of each series' (x, y) points, saved as {@code file} and shown in the report. */
  void chart(String file, String title, String xTitle, String yTitle, Map<String, List<double[]>> series)
      throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(520).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    // From zero, so a flat line looks flat and a small change small.
    chart.getStyler().setYAxisMin(0.0);
    series.forEach((name, points) -> chart.addSeries(name, points.stream().mapToDouble(point -> point[0]).toArray(),
        points.stream().mapToDouble(point -> point[1]).toArray()));
    BitmapEncoder.saveBitmap(chart, folder.resolve(file).toString(), BitmapEncoder.BitmapFormat.PNG);
    markdown.append("![").append(title).append("](").append(file).append(")\n\n");
  }

  void write() throws IOException {
    Files.writeString(folder.resolve("report.md"), markdown, StandardCharsets.UTF_8);
    Files.write(folder.resolve("raw.csv"), raw.stream().map(row -> row.stream().map(Report::csv)
        .collect(Collectors.joining(","))).toList(), StandardCharsets.UTF_8);
  }

  private static String line(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String csv(String cell) {
    return cell.matches("[^\",\\n]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
