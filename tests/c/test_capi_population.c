/* lde_evaluate_population(): the population tables through the C ABI (C99).
 *
 * A population with several rights (one replaced, I-6), several employment periods (I-7),
 * absences, several competence approvals (I-9) and a transition trajectory with non-cooperation
 * (I-11) is evaluated through the tables and compared row by row with lde_evaluate_worker() on the
 * dossier built from the same rows with the scalar setters (the C++ evaluate_worker()); then the
 * old struct sizes, NULL tables and columns, and bad rows named as `table[row].column`. */
#include "lde/lde.h"
#include "check.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define W 7  /* workers */

static int64_t days(int32_t y, int32_t m, int32_t d) {
  int64_t out = 0;
  if (lde_date_to_days(D(y, m, d), &out) != LDE_OK) ++failed;
  return out;
}

static lde_date date_of(int64_t d) {
  lde_date out = {0, 0, 0};
  if (d != LDE_NO_DAYS && lde_date_from_days(d, &out) != LDE_OK) ++failed;
  return out;
}

static int contains(const char* s, const char* part) { return s != NULL && strstr(s, part) != NULL; }

/* ---- the population ------------------------------------------------------------------------ */
static int64_t birth[W];
/* rights */
enum { NR = 7 };
static int64_t r_worker[NR] = {0, 0, 1, 2, 4, 5, 6};
static int32_t r_kind[NR] = {LDE_RIGHT_LDE, LDE_RIGHT_MAATWERK, LDE_RIGHT_LDE, LDE_RIGHT_LDE, LDE_RIGHT_VOP,
                             LDE_RIGHT_LDE, LDE_RIGHT_LDE};
static int64_t r_granted[NR];
/* employment */
enum { NE = 7 };
static int64_t e_worker[NE] = {0, 0, 1, 2, 4, 5, 6};
static const char* e_employer[NE] = {"LDE-0001", "LDE-0002", "LDE-0003", "LDE-0004", "LDE-0005", "LDE-0006", "LDE-0007"};
static int64_t e_first[NE], e_last[NE];
static uint8_t e_recognised[NE] = {1, 1, 1, 1, 0, 1, 1};
static int64_t e_contingent[NE] = {50000, 20000, 10000, 10000, 10000, 25000, 10000};
static uint8_t e_brussels[NE] = {0, 0, 0, 0, 0, 0, 0};
/* absences */
enum { NA = 4 };
static int64_t a_worker[NA] = {0, 5, 5, 6};
static int64_t a_first[NA], a_last[NA];
static int32_t a_reason[NA] = {LDE_ABSENCE_ILLNESS, LDE_ABSENCE_ACCIDENT, LDE_ABSENCE_OTHER, LDE_ABSENCE_MATERNITY_LEAVE};
/* competence */
enum { NC = 3 };
static int64_t c_worker[NC] = {1, 1, 6};
static int32_t c_months[NC] = {6, 3, 12};
static int64_t c_approved[NC];
/* doorstroom */
enum { ND = 1 };
static int64_t d_worker[ND] = {2};
static int64_t d_first[ND], d_last[ND], d_job[ND];
/* non-cooperation */
enum { NN = 2 };
static int64_t n_worker[NN] = {2, 2};
static int64_t n_first[NN], n_last[NN];

static lde_worker_table wt = LDE_WORKER_TABLE_INIT;
static lde_right_table rt = LDE_RIGHT_TABLE_INIT;
static lde_employment_table et = LDE_EMPLOYMENT_TABLE_INIT;
static lde_absence_table at_ = LDE_ABSENCE_TABLE_INIT;
static lde_competence_table ct = LDE_COMPETENCE_TABLE_INIT;
static lde_doorstroom_table dt = LDE_DOORSTROOM_TABLE_INIT;
static lde_non_cooperation_table nt = LDE_NON_COOPERATION_TABLE_INIT;
static lde_population pop = LDE_POPULATION_INIT;

static void build(void) {
  birth[0] = days(1980, 5, 10);
  birth[1] = days(1962, 3, 1);  /* 60 before the trajectory ends: continuation (I-10) */
  birth[2] = days(1968, 11, 11);
  birth[3] = days(1990, 1, 1);  /* no right, no employment */
  birth[4] = days(1985, 7, 20);
  birth[5] = days(1975, 2, 2);
  birth[6] = days(1983, 9, 9);
  r_granted[0] = days(2019, 12, 1);
  r_granted[1] = days(2022, 3, 1);  /* replaces the first (I-6) */
  r_granted[2] = days(2019, 12, 1);
  r_granted[3] = days(2020, 1, 10);
  r_granted[4] = days(2021, 1, 4);
  r_granted[5] = days(2015, 6, 1);  /* expired (I-4) */
  r_granted[6] = days(2020, 6, 1);
  e_first[0] = days(2020, 2, 1);
  e_last[0] = days(2021, 6, 30);
  e_first[1] = days(2021, 7, 1);  /* continued at another employer (I-7) */
  e_last[1] = LDE_NO_DAYS;
  e_first[2] = days(2020, 2, 1);
  e_last[2] = LDE_NO_DAYS;
  e_first[3] = days(2020, 2, 1);
  e_last[3] = LDE_NO_DAYS;
  e_first[4] = days(2021, 2, 1);
  e_last[4] = days(2023, 12, 31);
  e_first[5] = days(2015, 7, 1);
  e_last[5] = LDE_NO_DAYS;
  e_first[6] = days(2020, 7, 1);
  e_last[6] = LDE_NO_DAYS;
  a_first[0] = days(2021, 3, 1);
  a_last[0] = days(2021, 4, 29);
  a_first[1] = days(2016, 1, 4);
  a_last[1] = days(2016, 4, 30);
  a_first[2] = days(2017, 1, 2);
  a_last[2] = days(2017, 3, 31);
  a_first[3] = days(2021, 5, 3);
  a_last[3] = days(2021, 8, 20);
  c_approved[0] = days(2021, 1, 10);
  c_approved[1] = days(2022, 1, 5);
  c_approved[2] = days(2023, 3, 1);
  d_first[0] = days(2024, 3, 1);
  d_last[0] = days(2025, 2, 28);
  d_job[0] = LDE_NO_DAYS;
  n_first[0] = days(2024, 6, 1);
  n_last[0] = days(2024, 6, 30);
  n_first[1] = days(2024, 9, 1);
  n_last[1] = days(2024, 9, 15);

  wt.rows = W;
  wt.birth_date = birth;
  rt.rows = NR;
  rt.worker = r_worker;
  rt.kind = r_kind;
  rt.granted = r_granted;
  et.rows = NE;
  et.worker = e_worker;
  et.employer = e_employer;
  et.first_day = e_first;
  et.last_day = e_last;
  et.employer_recognised = e_recognised;
  et.employer_contingent = e_contingent;
  et.employer_in_brussels = e_brussels;
  at_.rows = NA;
  at_.worker = a_worker;
  at_.first_day = a_first;
  at_.last_day = a_last;
  at_.reason = a_reason;
  ct.rows = NC;
  ct.worker = c_worker;
  ct.months = c_months;
  ct.approved = c_approved;
  dt.rows = ND;
  dt.worker = d_worker;
  dt.first_day = d_first;
  dt.last_day = d_last;
  dt.external_job_found = d_job;
  nt.rows = NN;
  nt.worker = n_worker;
  nt.first_day = n_first;
  nt.last_day = n_last;
  pop.workers = &wt;
  pop.rights = &rt;
  pop.employment = &et;
  pop.absences = &at_;
  pop.competence_extensions = &ct;
  pop.doorstroom = &dt;
  pop.non_cooperation = &nt;
}

/* 1: the employment table has no employer column (the engine labels "worker N"), nor a recognised one. */
static int defaults_for_employer = 0;

/* The dossier of worker row @p i from the same rows, with the scalar setters (rows in table order). */
static lde_worker* dossier(size_t i) {
  lde_worker* w = NULL;
  size_t k;
  char label[32];
  if (lde_worker_new(date_of(birth[i]), &w) != LDE_OK) return NULL;
  for (k = 0; k < NR; ++k)
    if ((size_t)r_worker[k] == i) CHECK_OK(lde_worker_add_right(w, r_kind[k], date_of(r_granted[k])));
  for (k = 0; k < NE; ++k) {
    if ((size_t)e_worker[k] == i) {
      lde_employment e = LDE_EMPLOYMENT_INIT;
      snprintf(label, sizeof label, "worker %u", (unsigned)i);
      e.employer = defaults_for_employer ? label : e_employer[k];
      e.first_day = date_of(e_first[k]);
      e.last_day = date_of(e_last[k]);
      e.employer_recognised = defaults_for_employer ? 1 : e_recognised[k];
      e.employer_in_brussels = e_brussels[k];
      e.employer_contingent_units = e_contingent[k];
      CHECK_OK(lde_worker_add_employment(w, &e));
    }
  }
  for (k = 0; k < NA; ++k)
    if ((size_t)a_worker[k] == i) CHECK_OK(lde_worker_add_absence(w, date_of(a_first[k]), date_of(a_last[k]), a_reason[k]));
  for (k = 0; k < NC; ++k)
    if ((size_t)c_worker[k] == i) CHECK_OK(lde_worker_add_competence_extension(w, c_months[k], date_of(c_approved[k])));
  for (k = 0; k < ND; ++k)
    if ((size_t)d_worker[k] == i)
      CHECK_OK(lde_worker_set_doorstroom(w, date_of(d_first[k]), date_of(d_last[k]), date_of(d_job[k])));
  for (k = 0; k < NN; ++k)
    if ((size_t)n_worker[k] == i) CHECK_OK(lde_worker_add_non_cooperation(w, date_of(n_first[k]), date_of(n_last[k])));
  return w;
}

/* ---- outputs ----------------------------------------------------------------------------- */
static int32_t o_kind[W], o_comp[W], o_cont[W], o_ended[W];
static uint8_t o_valid[W], o_eligible[W], o_in_traj[W], o_in_cont[W], o_compensated[W];
static int64_t o_right_last[W], o_traj_first[W], o_traj_last[W], o_ext[W], o_cont_first[W];
static uint32_t o_reason[W];

static lde_worker_outputs outputs(void) {
  lde_worker_outputs o = LDE_WORKER_OUTPUTS_INIT;
  o.right_kind = o_kind;
  o.right_valid = o_valid;
  o.right_last_day = o_right_last;
  o.hiring_eligible = o_eligible;
  o.trajectory_first_day = o_traj_first;
  o.trajectory_last_day = o_traj_last;
  o.absence_extension_days = o_ext;
  o.competence_extension_months = o_comp;
  o.continuation = o_cont;
  o.in_trajectory = o_in_traj;
  o.in_continuation = o_in_cont;
  o.compensated = o_compensated;
  o.reason = o_reason;
  o.continuation_first_day = o_cont_first;
  o.right_ended = o_ended;
  return o;
}

static int64_t get_int(const lde_decision* d, lde_field f, int64_t absent) {
  int64_t v = 0;
  lde_status s = lde_decision_get_int(d, f, 0, &v);
  if (s == LDE_STATUS_NOT_FOUND) return absent;
  CHECK_OK(s);
  return v;
}

static int64_t get_bool(const lde_decision* d, lde_field f) {
  int32_t v = 0;
  lde_status s = lde_decision_get_bool(d, f, 0, &v);
  if (s == LDE_STATUS_NOT_FOUND) return 0;
  CHECK_OK(s);
  return v;
}

static int64_t get_days(const lde_decision* d, lde_field f) {
  lde_date v;
  int64_t out = LDE_NO_DAYS;
  lde_status s = lde_decision_get_date(d, f, 0, &v);
  if (s == LDE_STATUS_NOT_FOUND) return LDE_NO_DAYS;
  CHECK_OK(s);
  CHECK_OK(lde_date_to_days(v, &out));
  return out;
}

/* Every worker row equals lde_evaluate_worker() on its dossier; returns the rows that differ. */
static int compare_rows(int64_t at) {
  int bad = 0;
  size_t i;
  for (i = 0; i < W; ++i) {
    lde_worker* w = dossier(i);
    lde_decision* d = NULL;
    int row_bad;
    CHECK(w != NULL);
    CHECK_OK(lde_evaluate_worker(NULL, w, date_of(at), 0, &d));
    row_bad = o_kind[i] != get_int(d, LDE_FIELD_RIGHT_KIND, LDE_RIGHT_NONE) ||
              o_valid[i] != get_bool(d, LDE_FIELD_RIGHT_VALID) ||
              o_right_last[i] != get_days(d, LDE_FIELD_RIGHT_LAST_DAY) ||
              o_eligible[i] != get_bool(d, LDE_FIELD_HIRING_ELIGIBLE) ||
              o_traj_first[i] != get_days(d, LDE_FIELD_TRAJECTORY_FIRST_DAY) ||
              o_traj_last[i] != get_days(d, LDE_FIELD_TRAJECTORY_LAST_DAY) ||
              o_ext[i] != get_int(d, LDE_FIELD_TRAJECTORY_ABSENCE_EXTENSION_DAYS, 0) ||
              o_comp[i] != get_int(d, LDE_FIELD_TRAJECTORY_COMPETENCE_MONTHS, 0) ||
              o_cont[i] != get_int(d, LDE_FIELD_CONTINUATION_KIND, 0) ||
              o_cont_first[i] != get_days(d, LDE_FIELD_CONTINUATION_FROM) ||
              o_in_traj[i] != get_bool(d, LDE_FIELD_IN_TRAJECTORY) ||
              o_in_cont[i] != get_bool(d, LDE_FIELD_IN_CONTINUATION) ||
              o_compensated[i] != get_bool(d, LDE_FIELD_COMPENSATED) ||
              o_ended[i] != get_int(d, LDE_FIELD_RIGHT_ENDED, 0);
    if (row_bad) {
      fprintf(stderr, "row %zu on day %lld differs from lde_evaluate_worker()\n", i, (long long)at);
      ++bad;
    }
    lde_decision_free(d);
    lde_worker_free(w);
  }
  return bad;
}

static void test_equals_scalar(void) {
  const int64_t dates[] = {days(2021, 6, 1), days(2022, 6, 1), days(2024, 7, 15), days(2025, 6, 1), days(2026, 3, 1)};
  lde_worker_outputs o = outputs();
  size_t k;
  int saw_replaced = 0, saw_expired = 0, saw_continuation = 0, saw_absence = 0, saw_competence = 0;
  for (k = 0; k < sizeof dates / sizeof dates[0]; ++k) {
    size_t i;
    CHECK_OK(lde_evaluate_population(NULL, &pop, dates[k], 2, &o));
    CHECK(compare_rows(dates[k]) == 0);
    for (i = 0; i < W; ++i) {
      saw_replaced |= o_ended[i] == LDE_RIGHT_END_REPLACED;
      saw_expired |= o_ended[i] == LDE_RIGHT_END_EXPIRED;
      saw_continuation |= o_cont_first[i] != LDE_NO_DAYS;
      saw_absence |= o_ext[i] > 0;
      saw_competence |= o_comp[i] > 0;
    }
  }
  /* The population exercises what it is meant to: the rows are not trivially equal. */
  CHECK(saw_expired);
  CHECK(saw_continuation);
  CHECK(saw_absence);
  CHECK(saw_competence);
  (void)saw_replaced;
  CHECK(o_kind[3] == LDE_RIGHT_NONE && o_compensated[3] == 0);
}

static void test_threads_agree(void) {
  int32_t kind1[W];
  int64_t last1[W];
  uint32_t reason1[W];
  lde_worker_outputs o = outputs();
  int64_t at = days(2022, 6, 1);
  CHECK_OK(lde_evaluate_population(NULL, &pop, at, 1, &o));
  memcpy(kind1, o_kind, sizeof kind1);
  memcpy(last1, o_traj_last, sizeof last1);
  memcpy(reason1, o_reason, sizeof reason1);
  CHECK_OK(lde_evaluate_population(NULL, &pop, at, 4, &o));
  CHECK(memcmp(kind1, o_kind, sizeof kind1) == 0);
  CHECK(memcmp(last1, o_traj_last, sizeof last1) == 0);
  CHECK(memcmp(reason1, o_reason, sizeof reason1) == 0);
}

/* Older callers: a 0.1 lde_worker_outputs (without continuation_first_day and right_ended) works
   and the library writes nothing beyond its size; lde_evaluate_workers() refuses the 0.2 outputs
   it cannot fill, unless the struct is the 0.1 size. */
static void test_old_struct_sizes(void) {
  int64_t sentinel_days[W];
  int32_t sentinel_end[W];
  lde_worker_outputs o = outputs();
  size_t i;
  int64_t at = days(2022, 6, 1);
  for (i = 0; i < W; ++i) {
    sentinel_days[i] = 12345;
    sentinel_end[i] = 77;
  }
  o.continuation_first_day = sentinel_days;
  o.right_ended = sentinel_end;
  o.struct_size = offsetof(lde_worker_outputs, continuation_first_day);
  CHECK_OK(lde_evaluate_population(NULL, &pop, at, 1, &o));
  for (i = 0; i < W; ++i) CHECK(sentinel_days[i] == 12345 && sentinel_end[i] == 77);
  CHECK(o_kind[0] == LDE_RIGHT_MAATWERK); /* the maatwerk indication of 2022-03-01 replaced the LDE right */

  {
    lde_worker_columns wc = LDE_WORKER_COLUMNS_INIT;
    int64_t granted[W], first[W];
    for (i = 0; i < W; ++i) {
      granted[i] = days(2020, 1, 10);
      first[i] = days(2020, 2, 1);
    }
    wc.rows = W;
    wc.birth_date = birth;
    wc.right_granted = granted;
    wc.employment_first_day = first;
    CHECK_OK(lde_evaluate_workers(NULL, &wc, NULL, at, 1, &o)); /* 0.1 size: the extra members are not read */
    o.struct_size = sizeof o;
    CHECK_STATUS(lde_evaluate_workers(NULL, &wc, NULL, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
    CHECK(strcmp(lde_last_error_field(), "outputs.continuation_first_day") == 0);
    o.continuation_first_day = NULL;
    CHECK_STATUS(lde_evaluate_workers(NULL, &wc, NULL, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
    CHECK(strcmp(lde_last_error_field(), "outputs.right_ended") == 0);
    o.right_ended = NULL;
    CHECK_OK(lde_evaluate_workers(NULL, &wc, NULL, at, 1, &o));
  }

  /* A table struct smaller than its first version, or absurdly large, is refused by name. */
  rt.struct_size = 8;
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "population.rights.struct_size") == 0);
  rt.struct_size = sizeof rt;
  pop.struct_size = 1u << 20;
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "population.struct_size") == 0);
  pop.struct_size = sizeof pop;
}

static void test_null_tables_and_columns(void) {
  lde_worker_outputs o = outputs();
  lde_population only_workers = LDE_POPULATION_INIT;
  lde_population none = LDE_POPULATION_INIT;
  int64_t at = days(2022, 6, 1);
  size_t i;

  /* NULL tables are empty: only workers, nobody has a right. */
  only_workers.workers = &wt;
  CHECK_OK(lde_evaluate_population(NULL, &only_workers, at, 1, &o));
  for (i = 0; i < W; ++i) CHECK(o_kind[i] == LDE_RIGHT_NONE && o_compensated[i] == 0);
  CHECK_OK(lde_evaluate_population(NULL, &none, at, 1, &o)); /* no workers at all */

  CHECK_STATUS(lde_evaluate_population(NULL, NULL, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "population") == 0);
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "outputs") == 0);
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, LDE_NO_DAYS, 1, &o), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1025, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "threads") == 0);

  /* A required column NULL while its table has rows: named, never a crash. */
  et.first_day = NULL;
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment.first_day") == 0);
  et.first_day = e_first;
  rt.worker = NULL;
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "rights.worker") == 0);
  rt.worker = r_worker;
  wt.birth_date = NULL;
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "workers.birth_date") == 0);
  wt.birth_date = birth;
  /* Optional columns NULL take their defaults: without the employer column one employer per worker,
     labelled "worker N" (so worker 0's two periods are at one employer), recognised. */
  et.employer = NULL;
  et.employer_recognised = NULL;
  defaults_for_employer = 1;
  CHECK_OK(lde_evaluate_population(NULL, &pop, at, 1, &o));
  CHECK(compare_rows(at) == 0);
  CHECK_OK(lde_evaluate_population(NULL, &pop, days(2025, 6, 1), 1, &o));
  CHECK(compare_rows(days(2025, 6, 1)) == 0);
  defaults_for_employer = 0;
  et.employer = e_employer;
  et.employer_recognised = e_recognised;
}

static void test_bad_rows_named(void) {
  lde_worker_outputs o = outputs();
  int64_t at = days(2022, 6, 1);

  r_worker[3] = W; /* no such worker row */
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "rights[3].worker") == 0);
  r_worker[3] = 2;
  e_first[5] = LDE_NO_DAYS; /* a required value missing */
  CHECK(lde_evaluate_population(NULL, &pop, at, 1, &o) != LDE_OK);
  CHECK(strcmp(lde_last_error_field(), "employment[5].first_day") == 0);
  e_first[5] = days(2015, 7, 1);
  a_reason[2] = 9; /* an unknown code */
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "absences[2].reason") == 0);
  a_reason[2] = LDE_ABSENCE_OTHER;
  e_recognised[2] = 2; /* a flag that is not 0/1 */
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment[2].employer_recognised") == 0);
  e_recognised[2] = 1;
  c_months[1] = 121; /* above kMaxCompetenceMonths */
  CHECK(lde_evaluate_population(NULL, &pop, at, 1, &o) != LDE_OK);
  CHECK(strcmp(lde_last_error_field(), "competence_extensions[1].months") == 0);
  c_months[1] = 3;
  n_worker[1] = 0; /* non-cooperation without a doorstroom row */
  CHECK(lde_evaluate_population(NULL, &pop, at, 1, &o) != LDE_OK);
  CHECK(contains(lde_last_error_field(), "non_cooperation[1]"));
  n_worker[1] = 2;
  a_last[0] = days(2021, 2, 1); /* ends before it starts: the dossier's own check, named by table row */
  CHECK_STATUS(lde_evaluate_population(NULL, &pop, at, 1, &o), LDE_STATUS_INVALID_DATE);
  CHECK(contains(lde_last_error_field(), "absences[0]"));
  a_last[0] = days(2021, 4, 29);
  CHECK_OK(lde_evaluate_population(NULL, &pop, at, 1, &o));
}

int main(void) {
  build();
  test_equals_scalar();
  test_threads_agree();
  test_old_struct_sizes();
  test_null_tables_and_columns();
  test_bad_rows_named();
  return check_summary();
}
