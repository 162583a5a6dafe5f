package vn.ocop.workflow.overview;

import org.springframework.context.annotation.Import;
import vn.ocop.workflow.testing.EmbeddedPostgres;

/** The dashboard's figures on PostgreSQL, the production database: its grouped SQL and the engine's queries. */
@Import(EmbeddedPostgres.class)
class OverviewDashboardPostgresIT extends OverviewDashboardTest {
}
