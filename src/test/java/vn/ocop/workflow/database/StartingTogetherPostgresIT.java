package vn.ocop.workflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.deadlines.CalendarYear;
import vn.ocop.workflow.deadlines.WorkingDays;
import vn.ocop.workflow.inbox.TasklistFilters;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.roles.DemoOfficials;
import vn.ocop.workflow.roles.FirstAdministrator;
import vn.ocop.workflow.testing.EmbeddedPostgres;
import vn.ocop.workflow.testing.ProcessTestBase;

/**
 * Two nodes starting at once on one PostgreSQL database bring the same groups, grants, filters, officials and
 * calendars to what they ship. Here node A's start-up work is held in an open transaction until node B's waits
 * for A's start-up lock; then A commits. B must then read what A wrote: it starts, and each row is there once
 * (filters have no unique key to refuse a second one).
 */
@Import(EmbeddedPostgres.class)
class StartingTogetherPostgresIT extends ProcessTestBase {

  @Autowired
  private StartUpLock startUpLock;
  @Autowired
  private TasklistFilters tasklistFilters;
  @Autowired
  private FilterService filterService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private DemoOfficials demoOfficials;
  @Autowired
  private WorkingDays workingDays;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private PlatformTransactionManager transactions;

  @Test
  void theDemoOfficialsAreCreatedOnceWhenTwoNodesStartTogether() throws Exception {
    identityService.deleteUser("operator");

    startTogether(demoOfficials::create, demoOfficials::create);

    assertThat(identityService.createUserQuery().userId("operator").memberOfGroup(OfficialGroups.OPERATORS).count())
        .isEqualTo(1);
    assertThat(identityService.checkPassword("operator", "demo")).isTrue();
  }

  @Test
  void aRoleFilterIsSavedOnceWhenTwoNodesStartTogether() throws Exception {
    filterService.createFilterQuery().filterName(TasklistFilters.ALL_MY_WORK).list()
        .forEach(filter -> filterService.deleteFilter(filter.getId()));

    startTogether(tasklistFilters::atStartUp, tasklistFilters::atStartUp);

    assertThat(filterService.createFilterQuery().filterName(TasklistFilters.ALL_MY_WORK).count()).isEqualTo(1);
  }

  @Test
  void theFirstAdministratorIsCreatedOnceWhenTwoProductionNodesStartTogether() throws Exception {
    FirstAdministrator first = new FirstAdministrator(identityService, "chief-admin", "a long enough secret",
        startUpLock);
    try {
      startTogether(first::create, first::create);

      assertThat(identityService.createUserQuery().userId("chief-admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count())
          .isEqualTo(1);
      assertThat(identityService.checkPassword("chief-admin", "a long enough secret")).isTrue();
    } finally {
      identityService.deleteUser("chief-admin");
    }
  }

  @Test
  void aShippedCalendarYearIsLoadedOnceWhenTwoNodesStartTogether() throws Exception {
    CalendarYear shipped = workingDays.years().get(0);
    jdbc.update("DELETE FROM ocop_calendar_day WHERE calendar_year = ?", shipped.year());
    jdbc.update("DELETE FROM ocop_calendar_year WHERE calendar_year = ?", shipped.year());

    startTogether(workingDays::loadShipped, workingDays::loadShipped);

    assertThat(workingDays.years()).filteredOn(year -> year.year() == shipped.year()).singleElement()
        .satisfies(year -> assertThat(year.days()).isEqualTo(shipped.days()));
  }

  /**
   * Runs node A's work in a transaction left open until node B's work waits for a lock A holds, then commits A
   * and waits for B; fails with B's exception if B fails.
   */
  private void startTogether(Runnable nodeA, Runnable nodeB) throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = nodes.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
        nodeA.run();
        written.countDown();
        try {
          commit.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      assertThat(written.await(1, TimeUnit.MINUTES)).as("node A wrote").isTrue();
      Future<?> b = nodes.submit(nodeB);
      await().atMost(Duration.ofMinutes(1)).until(() -> b.isDone() || jdbc.queryForObject("SELECT COUNT(*) FROM"
          + " pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", Integer.class) > 0);
      assertThat(b.isDone()).as("node B waits for node A").isFalse();
      commit.countDown();
      a.get(1, TimeUnit.MINUTES);
      b.get(1, TimeUnit.MINUTES);
    } finally {
      commit.countDown();
      nodes.shutdownNow();
    }
  }
}
