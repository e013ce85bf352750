/* Handles shared between threads (docs/c-api.md "Threads"): 8 threads share ONE parameter set
 * (a reform), ONE worker dossier and ONE enterprise handle, and each of them, over and over,
 * evaluates the worker and the enterprise, reads the handles back as JSON, runs a batch call
 * (itself on 2 threads) over a population, and provokes an error of its own. Every answer must
 * equal the one computed before the threads started, byte for byte, and every thread must see
 * only its own last error. Built in every configuration; scripts/test.sh also runs it under
 * ThreadSanitizer, which reports any data race on the shared handles. */
#include "check.h"

#include <pthread.h>
#include <stdlib.h>

enum { kThreads = 8, kRows = 240 };

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
enum { kRounds = 6 }; /* sanitizers are 5-20x slower */
#else
enum { kRounds = 25 };
#endif

static lde_params* g_params;
static lde_worker* g_worker;
static lde_enterprise* g_enterprise;
static char g_worker_decision[1 << 16];
static char g_enterprise_decision[1 << 17];
static char g_worker_json[4096];
static char g_enterprise_json[8192];
static int64_t g_birth[kRows], g_granted[kRows], g_first[kRows], g_abs_worker[kRows], g_abs_first[kRows],
    g_abs_last[kRows];
static int32_t g_abs_reason[kRows];
static int64_t g_ref_last[kRows], g_ref_traj_last[kRows];
static uint32_t g_ref_reason[kRows];
static uint8_t g_ref_compensated[kRows];

static int64_t days(int32_t y, int32_t m, int32_t d) {
  int64_t n = 0;
  if (lde_date_to_days(D(y, m, d), &n) != LDE_OK) abort();
  return n;
}

static lde_status run_batch(int64_t* last, int64_t* traj_last, uint32_t* reason, uint8_t* compensated) {
  lde_worker_columns w;
  lde_absence_columns a;
  lde_worker_outputs o;
  batch_columns(&w, kRows, g_birth, g_granted, g_first);
  memset(&a, 0, sizeof a);
  a.struct_size = sizeof a;
  a.rows = kRows;
  a.worker = g_abs_worker;
  a.first_day = g_abs_first;
  a.last_day = g_abs_last;
  a.reason = g_abs_reason;
  batch_outputs(&o);
  o.right_last_day = last;
  o.trajectory_last_day = traj_last;
  o.reason = reason;
  o.compensated = compensated;
  return lde_evaluate_workers(g_params, &w, &a, days(2026, 6, 30), 2, &o);
}

/* The decision JSON of an evaluation of the shared handles into @p out. */
static lde_status worker_decision(char* out, size_t size) {
  lde_decision* d = NULL;
  lde_status s = lde_evaluate_worker(g_params, g_worker, D(2025, 2, 15), LDE_FLAG_TRACE, &d);
  if (s == LDE_OK) s = lde_decision_json(d, out, size, NULL);
  lde_decision_free(d);
  return s;
}

static lde_status enterprise_decision(char* out, size_t size) {
  lde_decision* d = NULL;
  lde_status s = lde_evaluate_enterprise(g_params, g_enterprise, 2026, LDE_FLAG_TRACE, &d);
  if (s == LDE_OK) s = lde_decision_json(d, out, size, NULL);
  lde_decision_free(d);
  return s;
}

struct thread_report {
  int index;
  int mismatches;
  int errors;
};

static void* hammer(void* arg) {
  struct thread_report* r = (struct thread_report*)arg;
  char* wd = (char*)malloc(sizeof g_worker_decision);
  char* ed = (char*)malloc(sizeof g_enterprise_decision);
  char wj[sizeof g_worker_json];
  char ej[sizeof g_enterprise_json];
  int64_t* last = (int64_t*)malloc(kRows * sizeof(int64_t));
  int64_t* traj_last = (int64_t*)malloc(kRows * sizeof(int64_t));
  uint32_t* reason = (uint32_t*)malloc(kRows * sizeof(uint32_t));
  uint8_t* compensated = (uint8_t*)malloc(kRows);
  int round;
  if (wd == NULL || ed == NULL || last == NULL || traj_last == NULL || reason == NULL || compensated == NULL) abort();
  for (round = 0; round < kRounds; ++round) {
    lde_decision* bad = NULL;
    if (worker_decision(wd, sizeof g_worker_decision) != LDE_OK) ++r->errors;
    else if (strcmp(wd, g_worker_decision) != 0) ++r->mismatches;
    if (enterprise_decision(ed, sizeof g_enterprise_decision) != LDE_OK) ++r->errors;
    else if (strcmp(ed, g_enterprise_decision) != 0) ++r->mismatches;
    if (lde_worker_to_json(g_worker, wj, sizeof wj, NULL) != LDE_OK) ++r->errors;
    else if (strcmp(wj, g_worker_json) != 0) ++r->mismatches;
    if (lde_enterprise_to_json(g_enterprise, ej, sizeof ej, NULL) != LDE_OK) ++r->errors;
    else if (strcmp(ej, g_enterprise_json) != 0) ++r->mismatches;
    if (lde_worker_validate(g_worker) != LDE_OK || lde_enterprise_validate_with(g_params, g_enterprise) != LDE_OK)
      ++r->errors;
    if (run_batch(last, traj_last, reason, compensated) != LDE_OK) {
      ++r->errors;
    } else if (memcmp(last, g_ref_last, kRows * sizeof(int64_t)) != 0 ||
               memcmp(traj_last, g_ref_traj_last, kRows * sizeof(int64_t)) != 0 ||
               memcmp(reason, g_ref_reason, kRows * sizeof(uint32_t)) != 0 ||
               memcmp(compensated, g_ref_compensated, kRows) != 0) {
      ++r->mismatches;
    }
    /* An error of this thread only: a decision field of the wrong kind names the field. */
    if (lde_evaluate_enterprise(g_params, g_enterprise, 99999, 0, &bad) != LDE_STATUS_INVALID_DATE || bad != NULL ||
        strcmp(lde_last_error_field(), "year") != 0) {
      ++r->mismatches;
    }
  }
  free(wd);
  free(ed);
  free(last);
  free(traj_last);
  free(reason);
  free(compensated);
  return NULL;
}

int main(void) {
  lde_params* def = NULL;
  pthread_t threads[kThreads];
  struct thread_report reports[kThreads];
  lde_employment emp = LDE_EMPLOYMENT_INIT;
  int i;
  CHECK_OK(lde_params_default(&def));
  CHECK_OK(lde_params_with_changes(def, "{\"compensation.annual_rate_per_fte\": [{\"from\": \"2026-01-01\", \"value\": \"13400.00\"}]}",
                                   &g_params));
  lde_params_free(def);

  CHECK_OK(lde_worker_new(D(1966, 5, 15), &g_worker));
  CHECK_OK(lde_worker_add_right(g_worker, LDE_RIGHT_LDE, D(2020, 1, 10)));
  emp.employer = "LDE-0001";
  emp.first_day = D(2020, 2, 1);
  emp.employer_contingent_units = 120000;
  CHECK_OK(lde_worker_add_employment(g_worker, &emp));
  CHECK_OK(lde_worker_add_absence(g_worker, D(2021, 3, 1), D(2021, 4, 29), LDE_ABSENCE_ILLNESS));

  CHECK_OK(lde_enterprise_new("LDE-0042", &g_enterprise));
  CHECK_OK(lde_enterprise_set_legal_form(g_enterprise, LDE_LEGAL_FORM_VZW));
  CHECK_OK(lde_enterprise_set_allocation_date(g_enterprise, D(2015, 4, 1)));
  CHECK_OK(lde_enterprise_add_contingent(g_enterprise, D(2015, 4, 1), 75000));
  for (i = 1; i <= 12; ++i) CHECK_OK(lde_enterprise_set_hires(g_enterprise, 2026, i, 70000 + 500 * (i % 3)));
  for (i = 1; i <= 4; ++i) {
    CHECK_OK(lde_enterprise_add_dmfa(g_enterprise, 2025, i, "W-1", 8000, 1));
    CHECK_OK(lde_enterprise_add_dmfa(g_enterprise, 2026, i, "W-2", 10000, 1));
  }

  for (i = 0; i < kRows; ++i) {
    g_birth[i] = days(1955 + i % 40, 1 + i % 12, 1 + i % 28);
    g_granted[i] = i % 7 == 0 ? LDE_NO_DAYS : days(2016 + i % 9, 1 + i % 12, 1);
    g_first[i] = i % 5 == 0 ? LDE_NO_DAYS : days(2017 + i % 8, 1 + (i * 5) % 12, 1);
    g_abs_worker[i] = i;
    g_abs_first[i] = days(2021, 1 + i % 12, 1);
    g_abs_last[i] = g_abs_first[i] + 20 + i % 90;
    g_abs_reason[i] = 1 + i % 6;
  }

  CHECK_OK(worker_decision(g_worker_decision, sizeof g_worker_decision));
  CHECK_OK(enterprise_decision(g_enterprise_decision, sizeof g_enterprise_decision));
  CHECK_OK(lde_worker_to_json(g_worker, g_worker_json, sizeof g_worker_json, NULL));
  CHECK_OK(lde_enterprise_to_json(g_enterprise, g_enterprise_json, sizeof g_enterprise_json, NULL));
  CHECK_OK(run_batch(g_ref_last, g_ref_traj_last, g_ref_reason, g_ref_compensated));

  for (i = 0; i < kThreads; ++i) {
    reports[i].index = i;
    reports[i].mismatches = 0;
    reports[i].errors = 0;
    CHECK(pthread_create(&threads[i], NULL, hammer, &reports[i]) == 0);
  }
  for (i = 0; i < kThreads; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(reports[i].mismatches == 0);
    CHECK(reports[i].errors == 0);
    if (reports[i].mismatches != 0 || reports[i].errors != 0)
      fprintf(stderr, "thread %d: %d mismatches, %d errors\n", i, reports[i].mismatches, reports[i].errors);
  }
  /* The main thread's last error is its own (a success), whatever the threads did. */
  CHECK(lde_last_error_message()[0] == '\0');

  lde_enterprise_free(g_enterprise);
  lde_worker_free(g_worker);
  lde_params_free(g_params);
  return check_summary();
}
