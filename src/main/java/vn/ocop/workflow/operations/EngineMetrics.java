package vn.ocop.workflow.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's own metrics as counters (camunda.job.successful for job-successful …) and the open
 * incidents as a gauge, read from the engine when scraped. An engine metric is the whole cluster's: what
 * every node reported to the database (every 15 minutes) plus what this node has not reported yet.
 */
@Component
class EngineMetrics implements MeterBinder {

  static final List<String> ENGINE_METRICS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
      Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
      Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_START,
      Metrics.EXECUTED_DECISION_INSTANCES);
  static final String OPEN_INCIDENTS = "camunda.incidents.open";
  private static final Logger LOG = LoggerFactory.getLogger(EngineMetrics.class);

  private final ManagementService management;
  private final RuntimeService runtime;

  EngineMetrics(ManagementService management, RuntimeService runtime) {
    this.management = management;
    this.runtime = runtime;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String metric : ENGINE_METRICS) {
      FunctionCounter.builder(meterName(metric), management, engine -> sum(engine, metric))
          .description("Camunda engine metric " + metric + ", the whole cluster's").register(registry);
    }
    Gauge.builder(OPEN_INCIDENTS, runtime, engine -> engine.createIncidentQuery().count())
        .description("Open incidents: failed jobs and mail deliveries waiting for an administrator").register(registry);
  }

  /** The meter for an engine metric: job-successful is camunda.job.successful (camunda_job_successful_total). */
  static String meterName(String metric) {
    return "camunda." + metric.replace('-', '.');
  }

  /** A counter, unlike a gauge, passes a failure on to the whole scrape: a failed read is NaN instead. */
  private static double sum(ManagementService engine, String metric) {
    try {
      return engine.createMetricsQuery().name(metric).sum();
    } catch (RuntimeException unreadable) {
      LOG.debug("Engine metric {} cannot be read", metric, unreadable);
      return Double.NaN;
    }
  }
}
