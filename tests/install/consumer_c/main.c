/* A C99 program outside the lde tree, built against an installed liblde_c:
 * once with pkg-config (lde_c.pc) and once with find_package(lde CONFIG) and
 * the lde::lde_c target (tests/install/run_consumer.cmake). It evaluates a
 * worker built field by field with the _INIT macros of lde.h and prints the
 * trajectory's last day. */
#include <lde/lde.h>

#include <stdio.h>

static int fail(const char* what, lde_status status) {
  fprintf(stderr, "%s: %s: %s (field %s)\n", what, lde_status_string(status), lde_last_error_message(),
          lde_last_error_field());
  return 1;
}

int main(void) {
  lde_params* params = NULL;
  lde_worker* worker = NULL;
  lde_decision* decision = NULL;
  lde_employment job = LDE_EMPLOYMENT_INIT; /* recognised employer, 1.00 FTE contingent (F-1) */
  const lde_date birth = {1970, 5, 15};
  const lde_date granted = {2020, 1, 10};
  const lde_date first_day = {2020, 2, 1};
  const lde_date at = {2022, 6, 1};
  char last_day[16];
  lde_status s;
  int rc = 0;

  job.employer = "VZW De Schakel";
  job.first_day = first_day;

  if ((s = lde_params_default(&params)) != LDE_OK) return fail("parameters", s);
  if ((s = lde_worker_new(birth, &worker)) != LDE_OK) {
    rc = fail("worker", s);
    goto done;
  }
  if ((s = lde_worker_add_right(worker, LDE_RIGHT_LDE, granted)) != LDE_OK ||
      (s = lde_worker_add_employment(worker, &job)) != LDE_OK) {
    rc = fail("dossier", s);
    goto done;
  }
  if ((s = lde_evaluate_worker(params, worker, at, 0, &decision)) != LDE_OK) {
    rc = fail("evaluate", s);
    goto done;
  }
  if ((s = lde_decision_get_text(decision, LDE_FIELD_TRAJECTORY_LAST_DAY, 0, last_day, sizeof last_day, NULL)) !=
      LDE_OK) {
    rc = fail("trajectory.last_day", s);
    goto done;
  }
  printf("liblde_c %s: trajectory last day %s\n", lde_version_string(), last_day);

done:
  lde_decision_free(decision);
  lde_worker_free(worker);
  lde_params_free(params);
  return rc;
}
