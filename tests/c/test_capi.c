/* The C test suite of liblde_c, compiled as C99 (not C++).
 *
 * Covers every exported function (tests/c/check_exports.py checks that each
 * name declared with LDE_API in lde.h appears in this file) and every status
 * code. Prints "N passed, N failed" and exits non-zero on any failure.
 */
#define _POSIX_C_SOURCE 200809L
#define LDE_EXPERIMENTAL_API 1
#include "lde/lde.h"
#include "check.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int date_is(lde_date d, int32_t y, int32_t m, int32_t day) { return d.year == y && d.month == m && d.day == day; }

static int contains(const char* haystack, const char* needle) { return strstr(haystack, needle) != NULL; }

/* ------------------------------------------------------------------------- */

static void test_version_and_status(void) {
  CHECK(lde_version() == LDE_VERSION_NUMBER);
  CHECK(lde_version() / 10000 == LDE_VERSION_MAJOR);
  {
    char expected[32];
    snprintf(expected, sizeof expected, "%d.%d.%d", LDE_VERSION_MAJOR, LDE_VERSION_MINOR, LDE_VERSION_PATCH);
    CHECK(strcmp(lde_version_string(), expected) == 0);
  }
  CHECK(strcmp(lde_status_string(LDE_OK), "ok") == 0);
  CHECK(strcmp(lde_status_string(LDE_STATUS_INVALID_ARGUMENT), "invalid_argument") == 0);
  CHECK(strcmp(lde_status_string(LDE_STATUS_INVALID_DATE), "invalid_date") == 0);
  CHECK(strcmp(lde_status_string(LDE_STATUS_OUT_OF_RANGE), "out_of_range") == 0);
  CHECK(strcmp(lde_status_string(LDE_STATUS_CONFLICT), "conflict") == 0);
  CHECK(strcmp(lde_status_string(LDE_STATUS_PARSE_ERROR), "parse_error") == 0);
  CHECK(strcmp(lde_status_string(LDE_STATUS_NOT_FOUND), "not_found") == 0);
  CHECK(strcmp(lde_status_string(LDE_STATUS_OUT_OF_MEMORY), "out_of_memory") == 0);
  /* LDE_STATUS_INTERNAL means a bug in lde: no input, valid or not, may provoke it, so only its name is tested. */
  CHECK(strcmp(lde_status_string(LDE_STATUS_INTERNAL), "internal") == 0);
  CHECK(strcmp(lde_status_string(LDE_STATUS_BUFFER_TOO_SMALL), "buffer_too_small") == 0);
  CHECK(strcmp(lde_status_string(-1), "unknown") == 0);
  CHECK(strcmp(lde_status_string(10), "unknown") == 0);
}

static void test_dates(void) {
  int64_t days = 0;
  lde_date d = D(1, 1, 1);
  CHECK_OK(lde_date_check(D(2024, 2, 29)));
  CHECK_STATUS(lde_date_check(D(2026, 2, 29)), LDE_STATUS_INVALID_DATE);
  CHECK(contains(lde_last_error_message(), "2026"));
  CHECK_STATUS(lde_date_check(D(2026, 13, 1)), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_date_check(D(0, 0, 0)), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_date_check(D(1399, 12, 31)), LDE_STATUS_INVALID_DATE);
  CHECK_OK(lde_date_to_days(D(1970, 1, 2), &days));
  CHECK(days == 1);
  CHECK_OK(lde_date_to_days(D(2026, 1, 31), &days));
  CHECK(days == 20484);
  CHECK_STATUS(lde_date_to_days(D(2026, 1, 31), NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_date_to_days(D(2025, 4, 31), &days), LDE_STATUS_INVALID_DATE);
  CHECK_OK(lde_date_from_days(20484, &d));
  CHECK(date_is(d, 2026, 1, 31));
  CHECK_OK(lde_date_from_days(-1, &d));
  CHECK(date_is(d, 1969, 12, 31));
  CHECK_STATUS(lde_date_from_days(INT64_MAX, &d), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_date_from_days(LDE_NO_DAYS, &d), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_date_from_days(0, NULL), LDE_STATUS_INVALID_ARGUMENT);
}

static void test_last_error(void) {
  lde_worker* w = NULL;
  CHECK_STATUS(lde_worker_new(D(1980, 2, 30), &w), LDE_STATUS_INVALID_DATE);
  CHECK(w == NULL);
  CHECK(lde_last_error_status() == LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "birth_date") == 0);
  CHECK(contains(lde_last_error_message(), "birth_date"));
  CHECK_OK(lde_worker_new(D(1980, 2, 29), &w));
  CHECK(lde_last_error_status() == LDE_OK);
  CHECK(strcmp(lde_last_error_message(), "") == 0);
  CHECK(strcmp(lde_last_error_field(), "") == 0);
  lde_worker_free(w);
  CHECK_STATUS(lde_worker_new(D(1980, 1, 1), NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "out") == 0);
}

struct thread_result {
  lde_status status;
  char field[64];
};

static void* thread_error(void* arg) {
  struct thread_result* r = (struct thread_result*)arg;
  r->status = lde_date_check(D(2026, 2, 30));
  snprintf(r->field, sizeof r->field, "%s", lde_last_error_field());
  return NULL;
}

static void test_last_error_is_per_thread(void) {
  pthread_t t;
  struct thread_result r;
  lde_worker* w = NULL;
  /* An error on this thread ... */
  CHECK_STATUS(lde_worker_add_right(NULL, LDE_RIGHT_LDE, D(2020, 1, 1)), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "worker") == 0);
  /* ... is not changed by another thread's error. */
  memset(&r, 0, sizeof r);
  CHECK(pthread_create(&t, NULL, thread_error, &r) == 0);
  CHECK(pthread_join(t, NULL) == 0);
  CHECK(r.status == LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(r.field, "date") == 0);
  CHECK(strcmp(lde_last_error_field(), "worker") == 0);
  CHECK(lde_last_error_status() == LDE_STATUS_INVALID_ARGUMENT);
  (void)w;
}

static void test_params(void) {
  lde_params* p = NULL;
  lde_params* reform = NULL;
  lde_params* copy = NULL;
  char fp[65];
  char fp2[65];
  char small[10];
  size_t needed = 0;

  CHECK_OK(lde_params_default(&p));
  CHECK(p != NULL);
  CHECK_STATUS(lde_params_default(NULL), LDE_STATUS_INVALID_ARGUMENT);

  CHECK_OK(lde_params_fingerprint(p, fp, sizeof fp, &needed));
  CHECK(needed == 65);
  CHECK(strlen(fp) == 64);
  /* Too small: status, size needed, empty string. */
  strcpy(small, "xxxxxxxxx");
  CHECK_STATUS(lde_params_fingerprint(p, small, sizeof small, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed == 65);
  CHECK(small[0] == '\0');
  CHECK(contains(lde_last_error_message(), "65"));
  /* Size query. */
  needed = 0;
  CHECK_STATUS(lde_params_fingerprint(p, NULL, 0, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed == 65);
  CHECK_STATUS(lde_params_fingerprint(p, NULL, 10, &needed), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_params_fingerprint(p, fp2, sizeof fp2, NULL));
  CHECK(strcmp(fp, fp2) == 0);
  CHECK_STATUS(lde_params_fingerprint(NULL, fp2, sizeof fp2, NULL), LDE_STATUS_INVALID_ARGUMENT);

  /* A reform: a new rate from 2026-01-01. */
  CHECK_OK(lde_params_with_changes(
      p, "{\"compensation.annual_rate_per_fte\": [{\"from\": \"2026-01-01\", \"value\": \"13000.00\", \"source\": \"test\"}]}",
      &reform));
  CHECK_OK(lde_params_fingerprint(reform, fp2, sizeof fp2, NULL));
  CHECK(strcmp(fp, fp2) != 0);
  CHECK_STATUS(lde_params_with_changes(p, "{\"no.such.parameter\": 3}", &copy), LDE_STATUS_NOT_FOUND);
  CHECK(copy == NULL);
  CHECK(strcmp(lde_last_error_field(), "no.such.parameter") == 0 || contains(lde_last_error_message(), "no.such.parameter"));
  CHECK_STATUS(lde_params_with_changes(p, "{\"compensation.annual_rate_per_fte\": ", &copy), LDE_STATUS_PARSE_ERROR);
  CHECK_STATUS(lde_params_with_changes(NULL, "{}", &copy), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_params_with_changes(p, NULL, &copy), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_params_with_changes(p, "{}", NULL), LDE_STATUS_INVALID_ARGUMENT);

  /* Round trip through the canonical JSON (experimental) and lde_params_from_json. */
  {
    size_t n = 0;
    char* json;
    CHECK_STATUS(lde_x_params_to_json(reform, NULL, 0, &n), LDE_STATUS_BUFFER_TOO_SMALL);
    CHECK(n > 1000);
    json = (char*)malloc(n);
    CHECK_OK(lde_x_params_to_json(reform, json, n, NULL));
    CHECK(contains(json, "13000.00"));
    CHECK_OK(lde_params_from_json(json, &copy));
    CHECK_OK(lde_params_fingerprint(copy, fp, sizeof fp, NULL));
    CHECK(strcmp(fp, fp2) == 0);
    CHECK_STATUS(lde_x_params_to_json(NULL, json, n, NULL), LDE_STATUS_INVALID_ARGUMENT);
    free(json);
  }
  lde_params_free(copy);
  copy = NULL;
  CHECK_STATUS(lde_params_from_json("{not json", &copy), LDE_STATUS_PARSE_ERROR);
  CHECK(copy == NULL);
  CHECK_STATUS(lde_params_from_json(NULL, &copy), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_params_from_json("{}", NULL), LDE_STATUS_INVALID_ARGUMENT);

  lde_params_free(reform);
  lde_params_free(p);
  lde_params_free(NULL);
}

/* The worker of the example: LDE right granted 2020-01-10, employed from
 * 2020-02-01 by a recognised employer with a contingent of 5.00 FTE, ill
 * from 2021-03-01 to 2021-04-29 (60 days, I-8). */
static lde_worker* example_worker(void) {
  lde_worker* w = NULL;
  lde_employment e = LDE_EMPLOYMENT_INIT;
  e.employer = "LDE-0001";
  e.first_day = D(2020, 2, 1);
  e.employer_contingent_units = 50000;
  if (lde_worker_new(D(1970, 5, 15), &w) != LDE_OK) return NULL;
  if (lde_worker_add_right(w, LDE_RIGHT_LDE, D(2020, 1, 10)) != LDE_OK) return NULL;
  if (lde_worker_add_employment(w, &e) != LDE_OK) return NULL;
  if (lde_worker_add_absence(w, D(2021, 3, 1), D(2021, 4, 29), LDE_ABSENCE_ILLNESS) != LDE_OK) return NULL;
  return w;
}

static void test_worker_building(void) {
  lde_worker* w = NULL;
  lde_employment e = LDE_EMPLOYMENT_INIT;
  char buf[16];
  size_t needed = 0;

  CHECK_OK(lde_worker_new(D(1970, 5, 15), &w));
  CHECK(w != NULL);
  lde_worker_free(w);
  /* A failed call sets *out to NULL. */
  CHECK_STATUS(lde_worker_new(D(0, 0, 0), &w), LDE_STATUS_INVALID_DATE);
  CHECK(w == NULL);
  CHECK_OK(lde_worker_new(D(1970, 5, 15), &w));

  /* Rights: every kind, and unknown kinds rejected (never UB). */
  CHECK_OK(lde_worker_add_right(w, LDE_RIGHT_LDE, D(2020, 1, 10)));
  CHECK_STATUS(lde_worker_add_right(w, LDE_RIGHT_NONE, D(2020, 1, 10)), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "rights[1].kind") == 0);
  CHECK_STATUS(lde_worker_add_right(w, 4, D(2020, 1, 10)), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_worker_add_right(w, -7, D(2020, 1, 10)), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_worker_add_right(w, LDE_RIGHT_VOP, D(2021, 2, 29)), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "rights[1].granted") == 0);

  /* Employment: struct_size discipline. */
  e.employer = "LDE-0001";
  e.first_day = D(2020, 2, 1);
  e.employer_contingent_units = 50000;
  /* The employer label is required and not blank (as in JSON and validate()). */
  e.employer = NULL;
  CHECK_STATUS(lde_worker_add_employment(w, &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment[0].employer") == 0);
  e.employer = " \t ";
  CHECK_STATUS(lde_worker_add_employment(w, &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment[0].employer") == 0);
  CHECK(contains(lde_last_error_message(), "white space"));
  e.employer = "LDE-0001";
  e.struct_size = 8;
  CHECK_STATUS(lde_worker_add_employment(w, &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment.struct_size") == 0);
  e.struct_size = sizeof e;
  e.employer_recognised = 2;
  CHECK_STATUS(lde_worker_add_employment(w, &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment[0].employer_recognised") == 0);
  e.employer_recognised = 1;
  e.employer_contingent_units = -1;
  CHECK_STATUS(lde_worker_add_employment(w, &e), LDE_STATUS_INVALID_ARGUMENT);
  e.employer_contingent_units = 50000;
  e.last_day = D(2019, 1, 1);
  CHECK_STATUS(lde_worker_add_employment(w, &e), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "employment[0].last_day") == 0);
  e.last_day = D(0, 0, 0);
  CHECK_STATUS(lde_worker_add_employment(w, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_worker_add_employment(NULL, &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_worker_add_employment(w, &e));

  /* A larger struct from a newer header is accepted when its extra bytes are zero. */
  {
    struct {
      lde_employment known;
      unsigned char newer_fields[16];
    } bigger;
    memset(&bigger, 0, sizeof bigger);
    e.struct_size = sizeof bigger;
    e.first_day = D(2030, 1, 1);
    bigger.known = e;
    CHECK_OK(lde_worker_add_employment(w, &bigger.known));
    bigger.newer_fields[3] = 1;
    CHECK_STATUS(lde_worker_add_employment(w, &bigger.known), LDE_STATUS_INVALID_ARGUMENT);
  }

  /* Absences. */
  CHECK_OK(lde_worker_add_absence(w, D(2021, 3, 1), D(2021, 4, 29), LDE_ABSENCE_ILLNESS));
  CHECK_OK(lde_worker_add_absence(w, D(2022, 1, 1), D(2022, 1, 5), LDE_ABSENCE_OTHER));
  CHECK_STATUS(lde_worker_add_absence(w, D(2022, 1, 1), D(2022, 1, 5), 0), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "absences[2].reason") == 0);
  CHECK_STATUS(lde_worker_add_absence(w, D(2022, 1, 1), D(2022, 1, 5), 7), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_worker_add_absence(w, D(2022, 1, 5), D(2022, 1, 1), LDE_ABSENCE_ACCIDENT), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "absences[2].last_day") == 0);
  CHECK_STATUS(lde_worker_add_absence(w, D(2022, 2, 30), D(2022, 3, 1), LDE_ABSENCE_ACCIDENT), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "absences[2].first_day") == 0);
  CHECK_STATUS(lde_worker_add_absence(NULL, D(2022, 1, 1), D(2022, 1, 5), 1), LDE_STATUS_INVALID_ARGUMENT);

  /* Competence extension (I-9). */
  CHECK_OK(lde_worker_add_competence_extension(w, 6, D(2024, 6, 1)));
  CHECK_STATUS(lde_worker_add_competence_extension(w, 0, D(2024, 6, 1)), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "competence_extensions[1].months") == 0);
  CHECK_STATUS(lde_worker_add_competence_extension(w, 3, D(2024, 6, 31)), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_worker_add_competence_extension(NULL, 3, D(2024, 6, 1)), LDE_STATUS_INVALID_ARGUMENT);

  /* Doorstroom and non-cooperation (I-11). */
  CHECK_STATUS(lde_worker_add_non_cooperation(w, D(2024, 1, 1), D(2024, 2, 1)), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "doorstroom.non_cooperation") == 0);
  CHECK_STATUS(lde_worker_set_doorstroom(w, D(2024, 1, 1), D(2023, 1, 1), D(0, 0, 0)), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_worker_set_doorstroom(w, D(2024, 1, 1), D(2024, 12, 31), D(2024, 13, 1)), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "doorstroom.external_job_found") == 0);
  CHECK_OK(lde_worker_set_doorstroom(w, D(2024, 1, 1), D(2024, 12, 31), D(0, 0, 0)));
  CHECK_OK(lde_worker_add_non_cooperation(w, D(2024, 3, 1), D(2024, 3, 31)));
  CHECK_STATUS(lde_worker_add_non_cooperation(w, D(2024, 4, 2), D(2024, 4, 1)), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "doorstroom.non_cooperation[1].last_day") == 0);
  CHECK_STATUS(lde_worker_set_doorstroom(NULL, D(2024, 1, 1), D(2024, 12, 31), D(0, 0, 0)), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_worker_add_non_cooperation(NULL, D(2024, 3, 1), D(2024, 3, 31)), LDE_STATUS_INVALID_ARGUMENT);

  /* The whole dossier: the second employment from 2030 does not overlap, so it validates. */
  CHECK_OK(lde_worker_validate(w));
  CHECK_STATUS(lde_worker_validate(NULL), LDE_STATUS_INVALID_ARGUMENT);
  lde_worker_free(w);

  /* An absence before birth is impossible input: validate names the field. */
  CHECK_OK(lde_worker_new(D(1990, 1, 1), &w));
  CHECK_OK(lde_worker_add_absence(w, D(1980, 1, 1), D(1980, 3, 1), LDE_ABSENCE_ILLNESS));
  CHECK(lde_worker_validate(w) != LDE_OK);
  CHECK(contains(lde_last_error_message(), "absences[0]"));
  lde_worker_free(w);

  /* JSON round trip of a dossier built field by field. */
  w = example_worker();
  CHECK(w != NULL);
  CHECK_STATUS(lde_worker_to_json(w, buf, sizeof buf, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed > sizeof buf);
  {
    char* json = (char*)malloc(needed);
    lde_worker* back = NULL;
    CHECK_OK(lde_worker_to_json(w, json, needed, NULL));
    CHECK(contains(json, "2020-02-01"));
    CHECK(contains(json, "illness"));
    CHECK_OK(lde_worker_from_json(json, &back));
    CHECK(back != NULL);
    lde_worker_free(back);
    free(json);
  }
  CHECK_STATUS(lde_worker_to_json(NULL, buf, sizeof buf, NULL), LDE_STATUS_INVALID_ARGUMENT);
  lde_worker_free(w);
  lde_worker_free(NULL);

  /* Malformed and misspelt JSON. */
  w = NULL;
  CHECK_STATUS(lde_worker_from_json("{\"birth_date\": ", &w), LDE_STATUS_PARSE_ERROR);
  CHECK(w == NULL);
  CHECK(lde_worker_from_json("{\"birth_date\": \"1970-05-15\", \"birth_dat\": 1}", &w) != LDE_OK);
  CHECK(contains(lde_last_error_message(), "birth_dat"));
  CHECK_STATUS(lde_worker_from_json("{\"birth_date\": \"1970-02-30\"}", &w), LDE_STATUS_INVALID_DATE);
  CHECK(contains(lde_last_error_field(), "birth_date"));
  CHECK_STATUS(lde_worker_from_json(NULL, &w), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_worker_from_json("{}", NULL), LDE_STATUS_INVALID_ARGUMENT);
}

static void test_worker_decision(void) {
  lde_params* p = NULL;
  lde_worker* w = example_worker();
  lde_decision* d = NULL;
  lde_decision* plain = NULL;
  lde_date date;
  int32_t b = -1;
  int64_t i = -1;
  lde_decision_kind kind = 0;
  lde_value_type type = 0;
  size_t n = 0;
  char text[128];
  size_t needed = 0;

  CHECK(w != NULL);
  CHECK_OK(lde_params_default(&p));
  CHECK_OK(lde_evaluate_worker(p, w, D(2022, 6, 1), LDE_FLAG_TRACE, &d));
  CHECK(d != NULL);

  CHECK_OK(lde_decision_kind_of(d, &kind));
  CHECK(kind == LDE_DECISION_WORKER);
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_AT, 0, &date));
  CHECK(date_is(date, 2022, 6, 1));

  /* Right: 5 years from 2020-01-10, last day 2025-01-09 (I-1, I-4). */
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_RIGHT_KIND, 0, &i));
  CHECK(i == LDE_RIGHT_LDE);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_RIGHT_VALID, 0, &b));
  CHECK(b == 1);
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_RIGHT_GRANTED, 0, &date));
  CHECK(date_is(date, 2020, 1, 10));
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_RIGHT_LAST_DAY, 0, &date));
  CHECK(date_is(date, 2025, 1, 9));
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_RIGHT_KIND, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "lde") == 0);
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_RIGHT_LAST_DAY, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "2025-01-09") == 0);
  /* I-25: a right in force has no end reason. */
  CHECK_OK(lde_decision_has(d, LDE_FIELD_RIGHT_ENDED, 0, &b));
  CHECK(b == 0);
  {
    /* I-25: after its last day the decision names the expired right. */
    lde_decision* later = NULL;
    CHECK_OK(lde_evaluate_worker(p, w, D(2025, 1, 10), 0, &later));
    CHECK_OK(lde_decision_get_int(later, LDE_FIELD_RIGHT_KIND, 0, &i));
    CHECK(i == LDE_RIGHT_LDE);
    CHECK_OK(lde_decision_get_bool(later, LDE_FIELD_RIGHT_VALID, 0, &b));
    CHECK(b == 0);
    CHECK_OK(lde_decision_get_date(later, LDE_FIELD_RIGHT_LAST_DAY, 0, &date));
    CHECK(date_is(date, 2025, 1, 9));
    CHECK_OK(lde_decision_get_int(later, LDE_FIELD_RIGHT_ENDED, 0, &i));
    CHECK(i == LDE_RIGHT_END_EXPIRED);
    CHECK_OK(lde_decision_get_text(later, LDE_FIELD_RIGHT_ENDED, 0, text, sizeof text, NULL));
    CHECK(strcmp(text, "expired") == 0);
    lde_decision_free(later);
  }

  /* Hiring (I-5): eligible, nothing failing. */
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_HIRING_ELIGIBLE, 0, &b));
  CHECK(b == 1);
  CHECK_OK(lde_decision_failing_count(d, &n));
  CHECK(n == 0);

  /* Trajectory: 2020-02-01 .. 2025-01-31 (I-7), plus 60 days of illness (I-8) = 2025-04-01. */
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_TRAJECTORY_FIRST_DAY, 0, &date));
  CHECK(date_is(date, 2020, 2, 1));
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_TRAJECTORY_ORIGINAL_LAST_DAY, 0, &date));
  CHECK(date_is(date, 2025, 1, 31));
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_TRAJECTORY_ABSENCE_EXTENSION_DAYS, 0, &i));
  CHECK(i == 60);
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_TRAJECTORY_LAST_DAY, 0, &date));
  CHECK(date_is(date, 2025, 4, 1));
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_TRAJECTORY_DAYS, 0, &i));
  CHECK(i == 1827 + 60); /* 2020-02-01..2025-01-31 is 1827 days */
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_TRAJECTORY_COMPETENCE_MONTHS, 0, &i));
  CHECK(i == 0);
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_TRAJECTORY_COMPETENCE_REQUESTED_MONTHS, 0, &i));
  CHECK(i == 0);

  /* Continuation: 52 on the last day of the trajectory, none (I-10). */
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_CONTINUATION_KIND, 0, &i));
  CHECK(i == LDE_CONTINUATION_NONE);
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_CONTINUATION_KIND, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "none") == 0);
  CHECK_OK(lde_decision_has(d, LDE_FIELD_CONTINUATION_FROM, 0, &b));
  CHECK(b == 0);
  CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_CONTINUATION_FROM, 0, &date), LDE_STATUS_NOT_FOUND);
  CHECK(date_is(date, 0, 0, 0));
  CHECK(strcmp(lde_last_error_field(), "continuation.from") == 0);
  b = -1;
  CHECK_OK(lde_decision_has(d, LDE_FIELD_TRAJECTORY_LAST_DAY, 0, &b));
  CHECK(b == 1);
  if (lde_decision_has(d, LDE_FIELD_CONTINUATION_AGE, 0, &b) == LDE_OK && b == 1) {
    CHECK_OK(lde_decision_get_int(d, LDE_FIELD_CONTINUATION_AGE, 0, &i));
    CHECK(i == 54);
    CHECK_OK(lde_decision_get_date(d, LDE_FIELD_CONTINUATION_DECISIVE_DATE, 0, &date));
    CHECK(date_is(date, 2025, 4, 1));
  } else {
    CHECK_STATUS(lde_decision_get_int(d, LDE_FIELD_CONTINUATION_AGE, 0, &i), LDE_STATUS_NOT_FOUND);
    CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_CONTINUATION_DECISIVE_DATE, 0, &date), LDE_STATUS_NOT_FOUND);
  }

  /* Status flags on 2022-06-01: in the trajectory, compensated. */
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_IN_TRAJECTORY, 0, &b));
  CHECK(b == 1);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_IN_CONTINUATION, 0, &b));
  CHECK(b == 0);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_COMPENSATED, 0, &b));
  CHECK(b == 1);
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_COMPENSATED, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "true") == 0);

  /* Receipt. */
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_LIBRARY_VERSION, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, lde_version_string()) == 0);
  {
    char fp[65];
    CHECK_OK(lde_params_fingerprint(p, fp, sizeof fp, NULL));
    CHECK_OK(lde_decision_get_text(d, LDE_FIELD_PARAMETERS_FINGERPRINT, 0, text, sizeof text, &needed));
    CHECK(strcmp(text, fp) == 0);
    CHECK(needed == 65);
  }

  /* Field metadata. */
  CHECK(strcmp(lde_field_name(LDE_FIELD_RIGHT_LAST_DAY), "right.last_day") == 0);
  CHECK(strcmp(lde_field_name(LDE_FIELD_ADVANCE), "advances") == 0);
  CHECK(lde_field_name(0) == NULL);
  CHECK(lde_field_name(99999) == NULL);
  CHECK_OK(lde_field_type(LDE_FIELD_ADVANCE, &type));
  CHECK(type == LDE_TYPE_MONEY);
  CHECK_OK(lde_field_type(LDE_FIELD_COMPENSATED, &type));
  CHECK(type == LDE_TYPE_BOOL);
  CHECK_STATUS(lde_field_type(12345, &type), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_field_type(LDE_FIELD_AT, NULL), LDE_STATUS_INVALID_ARGUMENT);

  /* Wrong type, wrong decision kind, wrong index, unknown field, NULLs. */
  CHECK_STATUS(lde_decision_get_int(d, LDE_FIELD_RIGHT_VALID, 0, &i), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(contains(lde_last_error_message(), "bool"));
  CHECK_STATUS(lde_decision_get_cents(d, LDE_FIELD_ADVANCE, 1, &i), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(contains(lde_last_error_message(), "enterprise"));
  CHECK_STATUS(lde_decision_get_bool(d, LDE_FIELD_COMPENSATED, 1, &b), LDE_STATUS_OUT_OF_RANGE);
  CHECK_STATUS(lde_decision_get_bool(d, -3, 0, &b), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_get_bool(NULL, LDE_FIELD_COMPENSATED, 0, &b), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_get_bool(d, LDE_FIELD_COMPENSATED, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_AT, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_get_text(d, LDE_FIELD_AT, 0, text, 5, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed == 11);
  CHECK_STATUS(lde_decision_has(d, LDE_FIELD_AT, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_kind_of(NULL, &kind), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_kind_of(d, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_failing_count(NULL, &n), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_failing_count(d, NULL), LDE_STATUS_INVALID_ARGUMENT);
  {
    const char* id = "x";
    CHECK_STATUS(lde_decision_failing_id(d, 0, &id), LDE_STATUS_OUT_OF_RANGE);
    CHECK(id == NULL);
    CHECK_STATUS(lde_decision_failing_id(d, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  }

  /* The trace: rule ids, sources, I-numbers, inputs, parameters with effective dates. */
  CHECK_OK(lde_decision_step_count(d, &n));
  CHECK(n >= 3);
  {
    size_t s;
    int saw_absence = 0;
    int saw_parameter = 0;
    for (s = 0; s < n; ++s) {
      lde_trace_step step;
      size_t k;
      memset(&step, 0, sizeof step);
      step.struct_size = sizeof step;
      CHECK_OK(lde_decision_step(d, s, &step));
      CHECK(step.rule != NULL && step.rule[0] != '\0');
      CHECK(step.source != NULL && (contains(step.source, "WSE-") || contains(step.source, "SLN-")));
      if (strcmp(step.rule, "worker.trajectory.absence_extension") == 0) {
        const char* num = NULL;
        int has_i8 = 0;
        saw_absence = 1;
        for (k = 0; k < step.interpretation_count; ++k) {
          CHECK_OK(lde_decision_step_interpretation(d, s, k, &num));
          if (strcmp(num, "I-8") == 0) has_i8 = 1;
        }
        CHECK(has_i8);
        CHECK(contains(step.source, "Verlenging inschakelingstraject"));
      }
      for (k = 0; k < step.input_count; ++k) {
        const char* name = NULL;
        const char* value = NULL;
        CHECK_OK(lde_decision_step_input(d, s, k, &name, &value));
        CHECK(name != NULL && value != NULL);
      }
      for (k = 0; k < step.parameter_count; ++k) {
        lde_parameter_use use;
        memset(&use, 0, sizeof use);
        use.struct_size = sizeof use;
        CHECK_OK(lde_decision_step_parameter(d, s, k, &use));
        if (strcmp(use.name, "right.validity_years") == 0) {
          saw_parameter = 1;
          CHECK(strcmp(use.value, "5") == 0);
          CHECK(date_is(use.effective_from, 2015, 4, 1));
          CHECK(contains(use.source, "5.9"));
        }
      }
      for (k = 0; k < step.note_count; ++k) {
        const char* note = NULL;
        CHECK_OK(lde_decision_step_note(d, s, k, &note));
        CHECK(note != NULL);
      }
      {
        const char* x = NULL;
        CHECK_STATUS(lde_decision_step_interpretation(d, s, step.interpretation_count, &x), LDE_STATUS_OUT_OF_RANGE);
        CHECK_STATUS(lde_decision_step_note(d, s, step.note_count, &x), LDE_STATUS_OUT_OF_RANGE);
        CHECK_STATUS(lde_decision_step_input(d, s, step.input_count, &x, &x), LDE_STATUS_OUT_OF_RANGE);
      }
    }
    CHECK(saw_absence);
    CHECK(saw_parameter);
  }
  {
    lde_trace_step step;
    lde_parameter_use use;
    const char* x = NULL;
    memset(&step, 0, sizeof step);
    step.struct_size = sizeof step;
    CHECK_STATUS(lde_decision_step(d, n, &step), LDE_STATUS_OUT_OF_RANGE);
    CHECK(strcmp(lde_last_error_field(), "step") == 0);
    step.struct_size = 4;
    CHECK_STATUS(lde_decision_step(d, 0, &step), LDE_STATUS_INVALID_ARGUMENT);
    step.struct_size = offsetof(lde_trace_step, outcome);
    CHECK_STATUS(lde_decision_step(d, 0, &step), LDE_STATUS_INVALID_ARGUMENT);
    /* A larger struct from a newer header: the library fills what it knows and leaves the rest. */
    {
      struct {
        lde_trace_step known;
        unsigned char newer_fields[16];
      } bigger;
      memset(&bigger, 0xAB, sizeof bigger);
      bigger.known.struct_size = sizeof bigger;
      CHECK_OK(lde_decision_step(d, 0, &bigger.known));
      CHECK(bigger.known.struct_size == sizeof bigger);
      CHECK(bigger.known.rule != NULL && bigger.known.rule[0] != '\0');
      CHECK(bigger.newer_fields[0] == 0xAB && bigger.newer_fields[15] == 0xAB);
    }
    CHECK_STATUS(lde_decision_step(NULL, 0, &step), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_step(d, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
    memset(&use, 0, sizeof use);
    use.struct_size = sizeof use;
    CHECK_STATUS(lde_decision_step_parameter(d, n, 0, &use), LDE_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(lde_decision_step_parameter(d, 0, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_step_parameter(d, 0, 100000, &use), LDE_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(lde_decision_step_input(d, 0, 0, NULL, &x), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_step_interpretation(d, 0, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_step_note(NULL, 0, 0, &x), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_step_count(NULL, &n), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_step_count(d, NULL), LDE_STATUS_INVALID_ARGUMENT);
  }
  {
    size_t len = 0;
    char* t;
    CHECK_STATUS(lde_x_decision_trace_text(d, NULL, 0, &len), LDE_STATUS_BUFFER_TOO_SMALL);
    t = (char*)malloc(len);
    CHECK_OK(lde_x_decision_trace_text(d, t, len, NULL));
    CHECK(contains(t, "worker.trajectory.absence_extension"));
    free(t);
    CHECK_STATUS(lde_x_decision_trace_text(NULL, NULL, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  }

  /* The decision as JSON. */
  CHECK_STATUS(lde_decision_json(d, NULL, 0, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  {
    char* json = (char*)malloc(needed);
    CHECK_OK(lde_decision_json(d, json, needed, NULL));
    CHECK(contains(json, "2025-04-01"));
    CHECK(contains(json, "worker.trajectory.absence_extension"));
    free(json);
  }
  CHECK_STATUS(lde_decision_json(NULL, text, sizeof text, NULL), LDE_STATUS_INVALID_ARGUMENT);

  /* Without the trace: same answer, no steps. NULL params means the default set. */
  CHECK_OK(lde_evaluate_worker(NULL, w, D(2022, 6, 1), 0, &plain));
  CHECK_OK(lde_decision_step_count(plain, &n));
  CHECK(n == 0);
  CHECK_OK(lde_decision_get_date(plain, LDE_FIELD_TRAJECTORY_LAST_DAY, 0, &date));
  CHECK(date_is(date, 2025, 4, 1));
  lde_decision_free(plain);

  /* Evaluation errors. */
  plain = NULL;
  CHECK_STATUS(lde_evaluate_worker(p, w, D(2022, 6, 31), 0, &plain), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "at") == 0);
  CHECK_STATUS(lde_evaluate_worker(p, w, D(2022, 6, 1), 4, &plain), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "flags") == 0);
  CHECK_STATUS(lde_evaluate_worker(p, NULL, D(2022, 6, 1), 0, &plain), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_evaluate_worker(p, w, D(2022, 6, 1), 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(plain == NULL);

  lde_decision_free(d);
  lde_decision_free(NULL);
  lde_worker_free(w);
  lde_params_free(p);
}

static void test_worker_conflict_and_failing(void) {
  lde_worker* w = NULL;
  lde_decision* d = NULL;
  lde_employment e;
  size_t n = 0;
  const char* id = NULL;
  int32_t b = -1;

  /* Two rights of different kinds granted on one day: a conflict (I-6). */
  CHECK_OK(lde_worker_new(D(1975, 1, 1), &w));
  CHECK_OK(lde_worker_add_right(w, LDE_RIGHT_LDE, D(2021, 5, 3)));
  CHECK_OK(lde_worker_add_right(w, LDE_RIGHT_MAATWERK, D(2021, 5, 3)));
  CHECK_STATUS(lde_evaluate_worker(NULL, w, D(2022, 1, 1), 0, &d), LDE_STATUS_CONFLICT);
  CHECK(d == NULL);
  CHECK(strcmp(lde_last_error_field(), "rights[1]") == 0);
  CHECK(contains(lde_last_error_message(), "I-6"));
  lde_worker_free(w);

  /* An employer in Brussels without a right: hiring fails on both (I-5). */
  CHECK_OK(lde_worker_new(D(1975, 1, 1), &w));
  memset(&e, 0, sizeof e);
  e.struct_size = sizeof e;
  e.employer = "BXL";
  e.first_day = D(2022, 3, 1);
  e.employer_recognised = 1;
  e.employer_in_brussels = 1;
  e.employer_contingent_units = 10000;
  CHECK_OK(lde_worker_add_employment(w, &e));
  CHECK_OK(lde_evaluate_worker(NULL, w, D(2022, 6, 1), 0, &d));
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_HIRING_ELIGIBLE, 0, &b));
  CHECK(b == 0);
  CHECK_OK(lde_decision_failing_count(d, &n));
  CHECK(n == 2);
  CHECK_OK(lde_decision_failing_id(d, 0, &id));
  CHECK(strcmp(id, "right_valid") == 0);
  CHECK_OK(lde_decision_failing_id(d, 1, &id));
  CHECK(strcmp(id, "employer_not_in_brussels") == 0);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_COMPENSATED, 0, &b));
  CHECK(b == 0);
  CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_TRAJECTORY_FIRST_DAY, 0, &e.first_day), LDE_STATUS_NOT_FOUND);
  CHECK_STATUS(lde_decision_get_int(d, LDE_FIELD_TRAJECTORY_DAYS, 0, &e.employer_contingent_units), LDE_STATUS_NOT_FOUND);
  lde_decision_free(d);
  lde_worker_free(w);
}

/* The enterprise of the example: a vzw in Flanders with a contingent of
 * 10.00 FTE, 8.00 FTE hired every month of 2026 and 8 full-time DmfA lines
 * every quarter. */
static lde_enterprise* example_enterprise(void) {
  lde_enterprise* e = NULL;
  int32_t m;
  int32_t q;
  int k;
  if (lde_enterprise_new("LDE-0001", &e) != LDE_OK) return NULL;
  if (lde_enterprise_set_legal_form(e, LDE_LEGAL_FORM_VZW) != LDE_OK) return NULL;
  if (lde_enterprise_add_contingent(e, D(2015, 4, 1), 100000) != LDE_OK) return NULL;
  for (m = 1; m <= 12; ++m)
    if (lde_enterprise_set_hires(e, 2026, m, 80000) != LDE_OK) return NULL;
  for (q = 1; q <= 4; ++q)
    for (k = 0; k < 8; ++k) {
      char id[16];
      snprintf(id, sizeof id, "W%d", k);
      if (lde_enterprise_add_dmfa(e, 2026, q, id, 10000, 1) != LDE_OK) return NULL;
    }
  return e;
}

static void test_enterprise(void) {
  lde_enterprise* e = example_enterprise();
  lde_decision* d = NULL;
  lde_params* p = NULL;
  lde_params* reform = NULL;
  int64_t v = 0;
  int64_t adv = 0;
  int64_t set = 0;
  int32_t b = -1;
  lde_date date;
  char text[64];
  size_t n = 0;

  CHECK(e != NULL);
  CHECK_OK(lde_enterprise_validate(e));
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2026, LDE_FLAG_TRACE, &d));
  {
    lde_decision_kind kind = 0;
    CHECK_OK(lde_decision_kind_of(d, &kind));
    CHECK(kind == LDE_DECISION_ENTERPRISE);
  }
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_YEAR, 0, &v));
  CHECK(v == 2026);

  /* January: 12600.00 x 8.00 / 365 x 31 = 8561.0958... -> 8561.10 (I-12, I-14). */
  CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_ADVANCE, 1, &v));
  CHECK(v == 856110);
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_ADVANCE, 1, text, sizeof text, NULL));
  CHECK(strcmp(text, "8561.10") == 0);
  /* February: 12600.00 x 8.00 / 365 x 28 = 7732.60. */
  CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_ADVANCE, 2, &v));
  CHECK(v == 773260);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_ADVANCE_FILLED_FTE, 1, &v));
  CHECK(v == 80000);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_ADVANCE_CONTINGENT, 1, &v));
  CHECK(v == 100000);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_ADVANCE_CAPPED_FTE, 12, &v));
  CHECK(v == 80000);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_ADVANCE_TRANSITION_AMOUNT_USED, 1, &b));
  CHECK(b == 0);
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_ADVANCE_PAYMENT_REFERENCE, 1, text, sizeof text, NULL));
  CHECK(strcmp(text, "Voorschot.LDE.2026.01.LDE-0001") == 0);
  CHECK_STATUS(lde_decision_get_cents(d, LDE_FIELD_ADVANCE, 0, &v), LDE_STATUS_OUT_OF_RANGE);
  CHECK_STATUS(lde_decision_get_cents(d, LDE_FIELD_ADVANCE, 13, &v), LDE_STATUS_OUT_OF_RANGE);
  CHECK(contains(lde_last_error_message(), "1..12"));

  /* Q1: right 12600.00 x 8.00 / 365 x 90 = 24854.79; advances 24854.80; settlement -0.01 (I-15). */
  CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_QUARTER_RIGHT, 1, &v));
  CHECK(v == 2485479);
  CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_QUARTER_ADVANCES, 1, &adv));
  CHECK(adv == 2485480);
  CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_SETTLEMENT, 1, &set));
  CHECK(set == -1);
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_SETTLEMENT, 1, text, sizeof text, NULL));
  CHECK(strcmp(text, "-0.01") == 0);
  /* Q2: 12600.00 x 8.00 / 365 x 91 = 25130.958... -> 25130.96. */
  CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_QUARTER_RIGHT, 2, &v));
  CHECK(v == 2513096);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_QUARTER_DMFA_FTE, 1, &v));
  CHECK(v == 80000);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_QUARTER_CONTINGENT, 4, &v));
  CHECK(v == 100000);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_QUARTER_CAPPED_FTE, 4, &v));
  CHECK(v == 80000);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_QUARTER_TRANSITION_AMOUNT_USED, 2, &b));
  CHECK(b == 0);
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_SETTLEMENT_PAYMENT_REFERENCE, 1, text, sizeof text, NULL));
  CHECK(strcmp(text, "Afrekening.2026.1.LDE-0001") == 0);
  CHECK_STATUS(lde_decision_get_cents(d, LDE_FIELD_SETTLEMENT, 5, &v), LDE_STATUS_OUT_OF_RANGE);

  /* Totals: rights = advances + settlements, to the cent. */
  {
    int64_t ta = 0, ts = 0, tr = 0;
    CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_TOTAL_ADVANCES, 0, &ta));
    CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_TOTAL_SETTLEMENTS, 0, &ts));
    CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_TOTAL_RIGHTS, 0, &tr));
    CHECK(tr == ta + ts);
    /* Each quarter rounded once (I-12): 24854.79 + 25130.96 + 25407.12 + 25407.12 = 100799.99. */
    CHECK(tr == 10079999);
  }

  /* Scale (I-17): 8.00 FTE every quarter, minimum 5.00. */
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_SCALE_QUARTER_FTE, 3, &v));
  CHECK(v == 80000);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_SCALE_AVERAGE_FTE, 0, &v));
  CHECK(v == 80000);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_SCALE_MINIMUM, 0, &v));
  CHECK(v == 50000);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_SCALE_COMPLIANT, 0, &b));
  CHECK(b == 1);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_SCALE_APPLIES, 0, &b));
  CHECK_OK(lde_decision_has(d, LDE_FIELD_SCALE_MUST_COMPLY_FROM, 0, &b));
  if (b) CHECK_OK(lde_decision_get_date(d, LDE_FIELD_SCALE_MUST_COMPLY_FROM, 0, &date));
  else CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_SCALE_MUST_COMPLY_FROM, 0, &date), LDE_STATUS_NOT_FOUND);

  /* Occupancy measured in 2026-Q3 for 2025 (I-19): no DmfA in 2025. */
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_OCCUPANCY_MEASURED_YEAR, 0, &v));
  CHECK(v == 2025);
  CHECK_OK(lde_decision_get_percent_hundredths(d, LDE_FIELD_OCCUPANCY_MINIMUM, 0, &v));
  CHECK(v == 9000);
  CHECK_OK(lde_decision_get_percent_hundredths(d, LDE_FIELD_OCCUPANCY_QUARTER_RATE, 1, &v));
  CHECK(v == 0);
  CHECK_OK(lde_decision_get_percent_hundredths(d, LDE_FIELD_OCCUPANCY_RATE, 0, &v));
  CHECK(v == 0);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_OCCUPANCY_CONTINGENT_BEFORE, 0, &v));
  CHECK(v == 100000);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_OCCUPANCY_CONTINGENT_AFTER, 0, &v));
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_OCCUPANCY_REDUCTION, 0, &adv));
  CHECK(v + adv == 100000);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_OCCUPANCY_REDUCED, 0, &b));
  CHECK((b == 1) == (adv > 0));
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_OCCUPANCY_QUARTERS_COUNTED, 0, &v));
  CHECK(v == 4);
  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_OCCUPANCY_MINIMUM, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "90.00") == 0);

  /* Transition: none without an allocation date (I-18). */
  CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_TRANSITION_FIRST_DAY, 0, &date), LDE_STATUS_NOT_FOUND);
  CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_TRANSITION_LAST_DAY, 0, &date), LDE_STATUS_NOT_FOUND);
  CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_TRANSITION_CONDITIONS_FROM, 0, &date), LDE_STATUS_NOT_FOUND);
  CHECK_STATUS(lde_decision_get_text(d, LDE_FIELD_TRANSITION_FIRST_DAY, 0, text, sizeof text, NULL), LDE_STATUS_NOT_FOUND);

  /* Conditions: a vzw in Flanders without other activities meets them all. */
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_CONDITIONS_MET, 0, &b));
  CHECK(b == 1);
  CHECK_OK(lde_decision_failing_count(d, &n));
  CHECK(n == 0);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_CONDITIONS_APPLY, 0, &b));
  CHECK_OK(lde_decision_has(d, LDE_FIELD_CONDITIONS_APPLY_FROM, 0, &b));

  /* Quality: report on 2026 due 2027-07-31; POP required from 2018. */
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_REPORT_DUE, 0, &date));
  CHECK(date_is(date, 2027, 7, 31));
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_POP_REQUIRED, 0, &b));
  CHECK(b == 1);

  /* Worker fields on an enterprise decision are refused. */
  CHECK_STATUS(lde_decision_get_bool(d, LDE_FIELD_COMPENSATED, 0, &b), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(contains(lde_last_error_message(), "worker field"));

  /* The trace walks into the compensation rules. */
  CHECK_OK(lde_decision_step_count(d, &n));
  CHECK(n > 10);
  lde_decision_free(d);

  /* A reform: 13000.00 from 2026-01-01; January = 13000.00 x 8.00 / 365 x 31 = 8832.876... -> 8832.88. */
  CHECK_OK(lde_params_default(&p));
  CHECK_OK(lde_params_with_changes(
      p, "{\"compensation.annual_rate_per_fte\": [{\"from\": \"2026-01-01\", \"value\": \"13000.00\", \"source\": \"test\"}]}",
      &reform));
  CHECK_OK(lde_evaluate_enterprise(reform, e, 2026, 0, &d));
  CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_ADVANCE, 1, &v));
  CHECK(v == 883288);
  lde_decision_free(d);

  /* Evaluation errors. */
  d = NULL;
  CHECK_STATUS(lde_evaluate_enterprise(p, e, 10000, 0, &d), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_evaluate_enterprise(p, e, 2026, 2, &d), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_evaluate_enterprise(p, NULL, 2026, 0, &d), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_evaluate_enterprise(p, e, 2026, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(d == NULL);
  lde_params_free(reform);
  lde_params_free(p);
  lde_enterprise_free(e);
}

static void test_enterprise_building(void) {
  lde_enterprise* e = NULL;
  lde_decision* d = NULL;
  char buf[8];
  size_t needed = 0;
  int32_t b = -1;
  lde_date date;
  size_t n = 0;
  const char* id = NULL;

  CHECK_STATUS(lde_enterprise_new(NULL, &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_new("X", NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_enterprise_new("LDE-0002", &e));

  CHECK_STATUS(lde_enterprise_set_legal_form(e, 0), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_set_legal_form(e, 8), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "legal_form") == 0);
  CHECK_OK(lde_enterprise_set_legal_form(e, LDE_LEGAL_FORM_OTHER));
  CHECK_STATUS(lde_enterprise_set_legal_form(NULL, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_set_seat(e, 0), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_set_seat(e, 3), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_enterprise_set_seat(e, LDE_SEAT_BRUSSELS));
  CHECK_STATUS(lde_enterprise_set_seat(NULL, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_set_other_activities(e, -1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_set_other_activities(e, 3), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_enterprise_set_other_activities(e, LDE_OTHER_ACTIVITIES_COMMERCIAL));
  CHECK_STATUS(lde_enterprise_set_other_activities(NULL, 0), LDE_STATUS_INVALID_ARGUMENT);

  CHECK_OK(lde_enterprise_set_flag(e, LDE_ENTERPRISE_SUI_GENERIS_DIVISION, 0));
  CHECK_OK(lde_enterprise_set_flag(e, LDE_ENTERPRISE_SEPARATE_BOOKKEEPING, 0));
  CHECK_OK(lde_enterprise_set_flag(e, LDE_ENTERPRISE_SUBCONTRACTING, 1));
  CHECK_OK(lde_enterprise_set_flag(e, LDE_ENTERPRISE_ENCLAVE_WORK, 1));
  CHECK_OK(lde_enterprise_set_flag(e, LDE_ENTERPRISE_CONVERTED, 0));
  CHECK_STATUS(lde_enterprise_set_flag(e, 6, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "flag") == 0);
  CHECK_STATUS(lde_enterprise_set_flag(e, LDE_ENTERPRISE_CONVERTED, 2), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "converted") == 0);
  CHECK_STATUS(lde_enterprise_set_flag(NULL, 1, 1), LDE_STATUS_INVALID_ARGUMENT);

  CHECK_STATUS(lde_enterprise_set_allocation_date(e, D(2024, 2, 30)), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "allocation_date") == 0);
  CHECK_OK(lde_enterprise_set_allocation_date(e, D(2024, 2, 10)));
  CHECK_STATUS(lde_enterprise_set_allocation_date(NULL, D(2024, 2, 10)), LDE_STATUS_INVALID_ARGUMENT);

  CHECK_STATUS(lde_enterprise_add_contingent(e, D(2024, 4, 1), -10000), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "contingent[0].fte") == 0);
  CHECK_STATUS(lde_enterprise_add_contingent(e, D(2024, 4, 31), 10000), LDE_STATUS_INVALID_DATE);
  CHECK_OK(lde_enterprise_add_contingent(e, D(2024, 4, 1), 60000));
  CHECK_STATUS(lde_enterprise_add_contingent(NULL, D(2024, 4, 1), 1), LDE_STATUS_INVALID_ARGUMENT);

  CHECK_STATUS(lde_enterprise_set_hires(e, 2026, 13, 10000), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_set_hires(e, 2026, 1, -1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "hires.2026-01") == 0);
  CHECK_OK(lde_enterprise_set_hires(e, 2026, 1, 60000));
  CHECK_STATUS(lde_enterprise_set_hires(NULL, 2026, 1, 1), LDE_STATUS_INVALID_ARGUMENT);

  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2026, 5, "W1", 10000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2026, 1, "W1", 10001, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "dmfa.2026-Q1[0].fraction") == 0);
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2026, 1, NULL, 10000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "dmfa.2026-Q1[0].worker") == 0);
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2026, 1, "W1", 10000, 7), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 1, "W1", 5000, 1));
  CHECK_STATUS(lde_enterprise_add_dmfa(NULL, 2026, 1, "W1", 5000, 1), LDE_STATUS_INVALID_ARGUMENT);

  CHECK_STATUS(lde_enterprise_set_transition_amount(e, 2016, -1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "transition_amounts.2016") == 0);
  CHECK_STATUS(lde_enterprise_set_transition_amount(e, 0, 100), LDE_STATUS_INVALID_DATE);
  CHECK_OK(lde_enterprise_set_transition_amount(e, 2016, 5000000));
  CHECK_STATUS(lde_enterprise_set_transition_amount(NULL, 2016, 1), LDE_STATUS_INVALID_ARGUMENT);

  CHECK_OK(lde_enterprise_validate(e));
  CHECK_STATUS(lde_enterprise_validate(NULL), LDE_STATUS_INVALID_ARGUMENT);

  /* The same worker twice in one quarter is impossible input (validate, at evaluation too). */
  CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 1, "W1", 5000, 1));
  CHECK(lde_enterprise_validate(e) != LDE_OK);
  CHECK(contains(lde_last_error_message(), "dmfa.2026-Q1"));
  CHECK(lde_evaluate_enterprise(NULL, e, 2026, 0, &d) != LDE_OK);
  CHECK(d == NULL);
  lde_enterprise_free(e);

  /* A new enterprise in Brussels, other form, subcontracting: its conditions fail (2.7 - 2.14), transition known (I-18). */
  CHECK_OK(lde_enterprise_new("LDE-0003", &e));
  CHECK_OK(lde_enterprise_set_seat(e, LDE_SEAT_BRUSSELS));
  CHECK_OK(lde_enterprise_set_flag(e, LDE_ENTERPRISE_SUBCONTRACTING, 1));
  CHECK_OK(lde_enterprise_set_allocation_date(e, D(2020, 2, 10)));
  CHECK_OK(lde_enterprise_add_contingent(e, D(2020, 2, 10), 60000));
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2026, 0, &d));
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_CONDITIONS_MET, 0, &b));
  CHECK(b == 0);
  CHECK_OK(lde_decision_failing_count(d, &n));
  CHECK(n >= 3);
  {
    size_t k;
    int legal = 0, brussels = 0, sub = 0;
    for (k = 0; k < n; ++k) {
      CHECK_OK(lde_decision_failing_id(d, k, &id));
      if (strcmp(id, "legal_form") == 0) legal = 1;
      if (strcmp(id, "not_in_brussels") == 0) brussels = 1;
      if (strcmp(id, "no_subcontracting") == 0) sub = 1;
    }
    CHECK(legal && brussels && sub);
  }
  /* Allocated 2020-02-10: transition from 2020-04-01 for two years (I-18). */
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_TRANSITION_FIRST_DAY, 0, &date));
  CHECK(date_is(date, 2020, 4, 1));
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_TRANSITION_LAST_DAY, 0, &date));
  CHECK(date_is(date, 2022, 3, 31));
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_TRANSITION_CONDITIONS_FROM, 0, &date));
  CHECK(date_is(date, 2022, 4, 1));
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_CONDITIONS_APPLY_FROM, 0, &date));
  CHECK(date_is(date, 2022, 4, 1));
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_CONDITIONS_APPLY, 0, &b));
  CHECK(b == 1);
  lde_decision_free(d);

  /* JSON round trip. */
  CHECK_STATUS(lde_enterprise_to_json(e, buf, sizeof buf, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed > sizeof buf);
  {
    char* json = (char*)malloc(needed);
    lde_enterprise* back = NULL;
    CHECK_OK(lde_enterprise_to_json(e, json, needed, NULL));
    CHECK(contains(json, "LDE-0003"));
    CHECK_OK(lde_enterprise_from_json(json, &back));
    CHECK(back != NULL);
    lde_enterprise_free(back);
    free(json);
  }
  CHECK_STATUS(lde_enterprise_to_json(NULL, buf, sizeof buf, NULL), LDE_STATUS_INVALID_ARGUMENT);
  lde_enterprise_free(e);
  lde_enterprise_free(NULL);

  e = NULL;
  CHECK_STATUS(lde_enterprise_from_json("[1, 2", &e), LDE_STATUS_PARSE_ERROR);
  CHECK(e == NULL);
  CHECK_STATUS(lde_enterprise_from_json(NULL, &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_from_json("{}", NULL), LDE_STATUS_INVALID_ARGUMENT);
}

static void test_evaluate_json(void) {
  const char* input =
      "{\"at\": \"2022-06-01\", \"worker\": {\"birth_date\": \"1970-05-15\","
      " \"rights\": [{\"kind\": \"lde\", \"granted\": \"2020-01-10\"}],"
      " \"employment\": [{\"employer\": \"LDE-0001\", \"first_day\": \"2020-02-01\", \"employer_contingent_fte\": \"5.00\"}],"
      " \"absences\": [{\"first_day\": \"2021-03-01\", \"last_day\": \"2021-04-29\", \"reason\": \"illness\"}]}}";
  char small[8];
  size_t needed = 0;
  size_t needed_plain = 0;
  char* out;

  CHECK_STATUS(lde_evaluate_json(NULL, input, LDE_FLAG_TRACE, small, sizeof small, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed > sizeof small);
  CHECK(small[0] == '\0');
  CHECK(strcmp(lde_last_error_field(), "out_size") == 0);
  out = (char*)malloc(needed);
  CHECK_OK(lde_evaluate_json(NULL, input, LDE_FLAG_TRACE, out, needed, &needed));
  CHECK(strlen(out) + 1 == needed);
  CHECK(contains(out, "2025-04-01"));
  CHECK(contains(out, "worker.trajectory.absence_extension"));
  free(out);
  CHECK_STATUS(lde_evaluate_json(NULL, input, 0, NULL, 0, &needed_plain), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed_plain < needed);

  CHECK_STATUS(lde_evaluate_json(NULL, "{\"at\": ", 0, small, sizeof small, &needed), LDE_STATUS_PARSE_ERROR);
  CHECK_STATUS(lde_evaluate_json(NULL, "{\"at\": \"2022-02-30\", \"worker\": {\"birth_date\": \"1970-05-15\"}}", 0, small,
                                 sizeof small, &needed),
               LDE_STATUS_INVALID_DATE);
  CHECK(contains(lde_last_error_field(), "at"));
  CHECK_STATUS(lde_evaluate_json(NULL, NULL, 0, small, sizeof small, &needed), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_evaluate_json(NULL, input, 8, small, sizeof small, &needed), LDE_STATUS_INVALID_ARGUMENT);
}

static void test_batch(void) {
  /* Three workers: the example worker, one without employment, one ill (absence row). */
  int64_t birth[3];
  int64_t granted[3];
  int64_t first[3];
  int64_t a_worker[1], a_first[1], a_last[1];
  int32_t a_reason[1];
  int32_t kind[3];
  uint8_t valid[3], compensated[3], in_traj[3];
  int64_t last_day[3], ext[3];
  uint32_t reason[3];
  int64_t at = 0;
  lde_worker_columns w;
  lde_absence_columns a;
  lde_worker_outputs o;
  lde_reason_rule rr;
  lde_date date;
  int64_t expected_last = 0;

  CHECK_OK(lde_date_to_days(D(1970, 5, 15), &birth[0]));
  birth[1] = birth[0];
  birth[2] = birth[0];
  CHECK_OK(lde_date_to_days(D(2020, 1, 10), &granted[0]));
  granted[1] = granted[0];
  granted[2] = LDE_NO_DAYS;
  CHECK_OK(lde_date_to_days(D(2020, 2, 1), &first[0]));
  first[1] = LDE_NO_DAYS;
  first[2] = first[0];
  a_worker[0] = 0;
  CHECK_OK(lde_date_to_days(D(2021, 3, 1), &a_first[0]));
  CHECK_OK(lde_date_to_days(D(2021, 4, 29), &a_last[0]));
  a_reason[0] = LDE_ABSENCE_ILLNESS;
  CHECK_OK(lde_date_to_days(D(2022, 6, 1), &at));

  batch_columns(&w, 3, birth, granted, first);
  memset(&a, 0, sizeof a);
  a.struct_size = sizeof a;
  a.rows = 1;
  a.worker = a_worker;
  a.first_day = a_first;
  a.last_day = a_last;
  a.reason = a_reason;
  batch_outputs(&o);
  o.right_kind = kind;
  o.right_valid = valid;
  o.trajectory_last_day = last_day;
  o.absence_extension_days = ext;
  o.in_trajectory = in_traj;
  o.compensated = compensated;
  o.reason = reason;

  CHECK_OK(lde_evaluate_workers(NULL, &w, &a, at, 2, &o));
  CHECK_OK(lde_date_to_days(D(2025, 4, 1), &expected_last));
  CHECK(kind[0] == LDE_RIGHT_LDE && valid[0] == 1);
  CHECK(last_day[0] == expected_last);
  CHECK(ext[0] == 60);
  CHECK(in_traj[0] == 1 && compensated[0] == 1);
  CHECK(kind[1] == LDE_RIGHT_LDE && compensated[1] == 0);
  CHECK(last_day[1] == LDE_NO_DAYS);
  CHECK(kind[2] == LDE_RIGHT_NONE && valid[2] == 0 && compensated[2] == 0);
  CHECK(reason[0] & (1u << 5)); /* absence_extended */
  CHECK(reason[1] & (1u << 3)); /* not_employed */
  CHECK(lde_date_from_days(last_day[0], &date) == LDE_OK && date_is(date, 2025, 4, 1));

  /* Without absences (NULL) the first worker keeps 2025-01-31. */
  CHECK_OK(lde_evaluate_workers(NULL, &w, NULL, at, 1, &o));
  CHECK_OK(lde_date_to_days(D(2025, 1, 31), &expected_last));
  CHECK(last_day[0] == expected_last);
  CHECK(ext[0] == 0);

  /* The rule behind a reason bit. */
  memset(&rr, 0, sizeof rr);
  rr.struct_size = sizeof rr;
  CHECK_OK(lde_reason_rule_of(1u << 5, &rr));
  CHECK(strcmp(rr.rule, "worker.trajectory.absence_extension") == 0);
  CHECK(contains(rr.interpretations, "I-8"));
  CHECK(rr.bit_name != NULL && rr.source != NULL);
  CHECK_STATUS(lde_reason_rule_of(1u << 30, &rr), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_reason_rule_of(3u, &rr), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_reason_rule_of(1u, NULL), LDE_STATUS_INVALID_ARGUMENT);

  /* Bad input names the row and the column. */
  a_reason[0] = 9;
  CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(contains(lde_last_error_message(), "absences[0]"));
  a_reason[0] = LDE_ABSENCE_ILLNESS;
  birth[1] = LDE_NO_DAYS;
  CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(contains(lde_last_error_message(), "rows[1].birth_date"));
  birth[1] = birth[0];
  CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, LDE_NO_DAYS, 1, &o), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_evaluate_workers(NULL, NULL, &a, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 1, NULL), LDE_STATUS_INVALID_ARGUMENT);
  w.struct_size = 3;
  CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "workers.struct_size") == 0);
  w.struct_size = sizeof w;
  a.struct_size = 0;
  CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 1, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "absences.struct_size") == 0);
  a.struct_size = sizeof a;

  /* The bounds of every front end (lde/core/limits.hpp): threads 0..1024, a contingent of at most
     100 000 FTE; the same as the CLI and Python refuse. */
  CHECK_OK(lde_evaluate_workers(NULL, &w, &a, at, 1024, &o));
  CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 1025, &o), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "threads") == 0);
  CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 100000, &o), LDE_STATUS_INVALID_ARGUMENT);
  {
    int64_t contingent[3] = {INT64_MAX, 10000, 10000};
    w.employer_contingent_units = contingent;
    CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 1, &o), LDE_STATUS_OUT_OF_RANGE);
    CHECK(strcmp(lde_last_error_field(), "rows[0].employer_contingent_units") == 0);
    contingent[0] = 100000LL * 10000 + 1;
    CHECK_STATUS(lde_evaluate_workers(NULL, &w, &a, at, 1, &o), LDE_STATUS_OUT_OF_RANGE);
    contingent[0] = 100000LL * 10000;
    CHECK_OK(lde_evaluate_workers(NULL, &w, &a, at, 1, &o));
    w.employer_contingent_units = NULL;
  }
}

/* Invalid UTF-8 in a name is refused at the setter, naming the field (never INTERNAL later in a
   *_to_json): the name check of validate() and the JSON reader (lde::check_name). */
static void test_setters_refuse_invalid_utf8(void) {
  lde_worker* w = NULL;
  lde_enterprise* e = NULL;
  lde_employment emp = LDE_EMPLOYMENT_INIT;
  char buf[4096];
  size_t n = 0;

  CHECK_STATUS(lde_enterprise_new("LDE-\xc3(", &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(e == NULL);
  CHECK(strcmp(lde_last_error_field(), "allocation_number") == 0);
  CHECK(contains(lde_last_error_message(), "not valid UTF-8"));
  CHECK(contains(lde_last_error_message(), "\\xC3")); /* the byte is shown, the message stays UTF-8 */

  CHECK_OK(lde_enterprise_new("LDE-0010", &e));
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2027, 2, "w\xed\xa0\x80", 10000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "dmfa.2027-Q2[0].worker") == 0);
  CHECK_OK(lde_enterprise_add_dmfa(e, 2027, 2, "w\xc3\xa9", 10000, 1)); /* valid UTF-8 is kept */
  CHECK_OK(lde_enterprise_to_json(e, buf, sizeof buf, &n));
  lde_enterprise_free(e);

  CHECK_OK(lde_worker_new(D(1980, 5, 10), &w));
  emp.employer = "LDE\xff";
  emp.first_day = D(2020, 2, 1);
  CHECK_STATUS(lde_worker_add_employment(w, &emp), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment[0].employer") == 0);
  emp.employer = "\xe2\x82"; /* a cut sequence */
  CHECK_STATUS(lde_worker_add_employment(w, &emp), LDE_STATUS_INVALID_ARGUMENT);
  emp.employer = "Caf\xc3\xa9";
  CHECK_OK(lde_worker_add_employment(w, &emp));
  CHECK_OK(lde_worker_to_json(w, buf, sizeof buf, &n));
  CHECK(contains(buf, "Caf\xc3\xa9"));
  lde_worker_free(w);
}

/* ------------------------------------------------------------------------- */
/* Additions after the first baseline: right history, judged absences,       */
/* occupancy and schedule details, quality calendar.                          */

static void test_worker_details(void) {
  lde_worker* w = example_worker();
  lde_decision* d = NULL;
  lde_decision* e = NULL;
  lde_enterprise* ent = example_enterprise();
  lde_right_period rp;
  lde_absence_judgement aj;
  size_t n = 99;
  size_t src = 99;

  CHECK(w != NULL && ent != NULL);
  /* A second indication (maatwerk) replaces the LDE right from its grant date (I-6). */
  CHECK_OK(lde_worker_add_right(w, LDE_RIGHT_MAATWERK, D(2023, 3, 1)));
  /* Two adjacent absences are merged into one judged absence (I-8). */
  CHECK_OK(lde_worker_add_absence(w, D(2022, 1, 3), D(2022, 1, 31), LDE_ABSENCE_ACCIDENT));
  CHECK_OK(lde_worker_add_absence(w, D(2022, 2, 1), D(2022, 2, 28), LDE_ABSENCE_ACCIDENT));
  CHECK_OK(lde_evaluate_worker(NULL, w, D(2024, 6, 1), 0, &d));

  CHECK_OK(lde_decision_right_period_count(d, &n));
  CHECK(n == 2);
  memset(&rp, 0, sizeof rp);
  rp.struct_size = sizeof rp;
  CHECK_OK(lde_decision_right_period(d, 0, &rp));
  CHECK(rp.struct_size == sizeof rp);
  CHECK(rp.kind == LDE_RIGHT_LDE);
  CHECK(date_is(rp.granted, 2020, 1, 10));
  CHECK(date_is(rp.last_day, 2023, 2, 28));
  CHECK(rp.replaced == 1);
  CHECK(rp.grant_index == 0);
  CHECK(rp.replaced_by == 1);
  CHECK_OK(lde_decision_right_period(d, 1, &rp));
  CHECK(rp.kind == LDE_RIGHT_MAATWERK);
  CHECK(date_is(rp.granted, 2023, 3, 1));
  CHECK(date_is(rp.last_day, 2028, 2, 29));
  CHECK(rp.replaced == 0 && rp.replaced_by == 0);
  CHECK(rp.grant_index == 1);
  CHECK_STATUS(lde_decision_right_period(d, 2, &rp), LDE_STATUS_OUT_OF_RANGE);
  CHECK_STATUS(lde_decision_right_period(NULL, 0, &rp), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_right_period(d, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_right_period_count(d, NULL), LDE_STATUS_INVALID_ARGUMENT);
  rp.struct_size = 4;
  CHECK_STATUS(lde_decision_right_period(d, 0, &rp), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "out.struct_size") == 0);

  CHECK_OK(lde_decision_absence_count(d, &n));
  CHECK(n == 2);
  memset(&aj, 0, sizeof aj);
  aj.struct_size = sizeof aj;
  CHECK_OK(lde_decision_absence(d, 0, &aj));
  CHECK(date_is(aj.first_day, 2021, 3, 1) && date_is(aj.last_day, 2021, 4, 29));
  CHECK(aj.qualifies == 1);
  CHECK(aj.counted_days == 60);
  CHECK(aj.reason != NULL && aj.reason[0] != '\0');
  CHECK(aj.source_count == 1);
  CHECK_OK(lde_decision_absence_source(d, 0, 0, &src));
  CHECK(src == 0);
  CHECK_OK(lde_decision_absence(d, 1, &aj));
  CHECK(date_is(aj.first_day, 2022, 1, 3) && date_is(aj.last_day, 2022, 2, 28));
  CHECK(aj.source_count == 2);
  CHECK_OK(lde_decision_absence_source(d, 1, 1, &src));
  CHECK(src == 2);
  CHECK_STATUS(lde_decision_absence_source(d, 1, 2, &src), LDE_STATUS_OUT_OF_RANGE);
  CHECK_STATUS(lde_decision_absence_source(d, 2, 0, &src), LDE_STATUS_OUT_OF_RANGE);
  CHECK(strcmp(lde_last_error_field(), "absence") == 0);
  CHECK_STATUS(lde_decision_absence_source(d, 0, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_absence(d, 2, &aj), LDE_STATUS_OUT_OF_RANGE);
  CHECK_STATUS(lde_decision_absence(d, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_absence_count(NULL, &n), LDE_STATUS_INVALID_ARGUMENT);

  /* Enterprise decisions have neither. */
  CHECK_OK(lde_evaluate_enterprise(NULL, ent, 2026, 0, &e));
  CHECK_STATUS(lde_decision_right_period_count(e, &n), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(n == 0);
  CHECK_STATUS(lde_decision_absence_count(e, &n), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(contains(lde_last_error_message(), "worker decision"));
  lde_decision_free(e);
  lde_decision_free(d);

  /* A worker without a trajectory (no employment) has no judged absences. */
  {
    lde_worker* bare = NULL;
    CHECK_OK(lde_worker_new(D(1980, 1, 1), &bare));
    CHECK_OK(lde_evaluate_worker(NULL, bare, D(2024, 1, 1), 0, &d));
    CHECK_OK(lde_decision_absence_count(d, &n));
    CHECK(n == 0);
    CHECK_OK(lde_decision_right_period_count(d, &n));
    CHECK(n == 0);
    lde_decision_free(d);
    lde_worker_free(bare);
  }
  lde_enterprise_free(ent);
  lde_worker_free(w);
}

static void test_enterprise_details(void) {
  lde_enterprise* e = example_enterprise();
  lde_decision* d = NULL;
  int32_t b = -1;
  int64_t v = -1;
  lde_date date;
  char text[32];
  int k;

  CHECK(e != NULL);
  /* The contingent changes in the middle of May 2026 (E-1); 2025 (measured in 2026-Q3) has DmfA lines in Q1. */
  CHECK_OK(lde_enterprise_add_contingent(e, D(2026, 5, 15), 120000));
  for (k = 0; k < 8; ++k) {
    char id[16];
    snprintf(id, sizeof id, "W%d", k);
    CHECK_OK(lde_enterprise_add_dmfa(e, 2025, 1, id, 10000, 1));
  }
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2026, 0, &d));

  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_ADVANCE_CONTINGENT_CHANGED, 4, &b));
  CHECK(b == 0);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_ADVANCE_CONTINGENT_CHANGED, 5, &b));
  CHECK(b == 1);
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_ADVANCE_PAYMENT_AROUND, 1, &date));
  CHECK(date_is(date, 2026, 1, 10));
  CHECK_OK(lde_decision_get_date(d, LDE_FIELD_ADVANCE_PAYMENT_AROUND, 12, &date));
  CHECK(date_is(date, 2026, 12, 10));
  CHECK_STATUS(lde_decision_get_date(d, LDE_FIELD_ADVANCE_PAYMENT_AROUND, 13, &date), LDE_STATUS_OUT_OF_RANGE);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_QUARTER_CONTINGENT_CHANGED, 1, &b));
  CHECK(b == 0);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_QUARTER_CONTINGENT_CHANGED, 2, &b));
  CHECK(b == 1);

  CHECK_OK(lde_decision_get_text(d, LDE_FIELD_OCCUPANCY_MEASURED_IN, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "2026-Q3") == 0);
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_OCCUPANCY_MEASURED_IN_YEAR, 0, &v));
  CHECK(v == 2026);
  CHECK_OK(lde_decision_get_int(d, LDE_FIELD_OCCUPANCY_MEASURED_IN_QUARTER, 0, &v));
  CHECK(v == 3);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_OCCUPANCY_QUARTER_FTE, 1, &v));
  CHECK(v == 80000);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_OCCUPANCY_QUARTER_FTE, 2, &v));
  CHECK(v == 0);
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_OCCUPANCY_QUARTER_CONTINGENT, 4, &v));
  CHECK(v == 100000);
  CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_OCCUPANCY_QUARTER_COUNTED, 1, &b));
  CHECK(b == 1);
  CHECK_STATUS(lde_decision_get_bool(d, LDE_FIELD_OCCUPANCY_QUARTER_COUNTED, 0, &b), LDE_STATUS_OUT_OF_RANGE);
  CHECK_STATUS(lde_decision_get_int(d, LDE_FIELD_OCCUPANCY_MEASURED_IN, 0, &v), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_field_name(LDE_FIELD_OCCUPANCY_QUARTER_COUNTED), "occupancy.quarter_counted") == 0);
  CHECK(strcmp(lde_field_name(LDE_FIELD_ADVANCE_PAYMENT_AROUND), "advances.payment_around") == 0);
  lde_decision_free(d);
  lde_enterprise_free(e);
}

static void test_quality_calendar(void) {
  lde_params* p = NULL;
  int32_t years = -1;
  lde_date first;
  lde_date last;

  CHECK_OK(lde_params_default(&p));
  CHECK_OK(lde_quality_self_evaluation_interval(p, D(2024, 1, 1), &years));
  CHECK(years == 3);
  CHECK_OK(lde_quality_self_evaluation_interval(NULL, D(2024, 1, 1), &years));
  CHECK(years == 3);
  CHECK_OK(lde_quality_assessment_period(p, D(2024, 1, 1), &first, &last));
  CHECK(date_is(first, 2017, 1, 1) && date_is(last, 2026, 12, 31));
  /* A date before the decree is answered with the values of its entry into force (I-21), not an error. */
  CHECK_OK(lde_quality_self_evaluation_interval(p, D(2010, 1, 1), &years));
  CHECK(years == 3);
  CHECK_STATUS(lde_quality_self_evaluation_interval(p, D(2024, 2, 30), &years), LDE_STATUS_INVALID_DATE);
  CHECK(years == 0);
  CHECK(strcmp(lde_last_error_field(), "at") == 0);
  CHECK_STATUS(lde_quality_self_evaluation_interval(p, D(2024, 1, 1), NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_quality_assessment_period(p, D(0, 0, 0), &first, &last), LDE_STATUS_INVALID_DATE);
  CHECK(date_is(first, 0, 0, 0) && date_is(last, 0, 0, 0));
  CHECK_STATUS(lde_quality_assessment_period(p, D(2024, 1, 1), NULL, &last), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_quality_assessment_period(p, D(2024, 1, 1), &first, NULL), LDE_STATUS_INVALID_ARGUMENT);
  lde_params_free(p);
}

/* LDE_STATUS_OUT_OF_RANGE for a date: a parameter set whose value begins after the date asked
 * (here a changed file in which the self-evaluation interval applies only from 2020). */
static void test_out_of_range_date(void) {
  lde_params* p = NULL;
  lde_params* late = NULL;
  size_t n = 0;
  char* json;
  char* at;
  int32_t years = -1;

  CHECK_OK(lde_params_default(&p));
  CHECK_STATUS(lde_x_params_to_json(p, NULL, 0, &n), LDE_STATUS_BUFFER_TOO_SMALL);
  json = (char*)malloc(n);
  CHECK(json != NULL);
  if (json == NULL) return;
  CHECK_OK(lde_x_params_to_json(p, json, n, NULL));
  at = strstr(json, "\"quality.self_evaluation_interval_years\"");
  CHECK(at != NULL);
  if (at != NULL) at = strstr(at, "2015-04-01");
  CHECK(at != NULL);
  if (at != NULL) {
    memcpy(at, "2020-01-01", 10);
    CHECK_OK(lde_params_from_json(json, &late));
    CHECK_OK(lde_quality_self_evaluation_interval(late, D(2021, 1, 1), &years));
    CHECK(years == 3);
    CHECK_STATUS(lde_quality_self_evaluation_interval(late, D(2018, 1, 1), &years), LDE_STATUS_OUT_OF_RANGE);
    CHECK(strcmp(lde_last_error_field(), "quality.self_evaluation_interval_years") == 0);
    CHECK(contains(lde_last_error_message(), "2018-01-01"));
  }
  lde_params_free(late);
  lde_params_free(p);
  free(json);
}

/* Error recording never allocates: a message longer than the thread-local buffer is cut, ending in "...". */
static void test_long_error_message(void) {
  size_t len = 5000, i;
  char* changes = (char*)malloc(len + 64);
  lde_params* p = NULL;
  lde_params* out = NULL;
  const char* msg;
  const char* field;
  CHECK(changes != NULL);
  if (changes == NULL) return;
  CHECK_OK(lde_params_default(&p));
  strcpy(changes, "{\"");
  for (i = 0; i < len; ++i) changes[2 + i] = 'x';
  strcpy(changes + 2 + len, "\": [{\"from\": \"2020-01-01\", \"value\": 1}]}");
  CHECK_STATUS(lde_params_with_changes(p, changes, &out), LDE_STATUS_NOT_FOUND);
  msg = lde_last_error_message();
  field = lde_last_error_field();
  CHECK(strlen(msg) < 1024 && strlen(msg) > 900);
  CHECK(strcmp(msg + strlen(msg) - 3, "...") == 0);
  CHECK(strlen(field) < 256 && strlen(field) > 200);
  CHECK(strcmp(field + strlen(field) - 3, "...") == 0);
  CHECK(lde_last_error_status() == LDE_STATUS_NOT_FOUND);
  CHECK(out == NULL);
  lde_params_free(p);
  free(changes);
}

/* An absurd struct_size (an uninitialised field) is rejected before anything is read past the struct. */
static void test_struct_size_bound(void) {
  lde_worker* w = NULL;
  lde_employment e;
  lde_worker_columns cols;
  lde_worker_outputs outs;
  lde_decision* d = NULL;
  lde_trace_step step;
  int64_t birth = 0;
  CHECK_OK(lde_worker_new(D(1970, 1, 1), &w));
  memset(&e, 0, sizeof e);
  e.struct_size = (size_t)1 << 40;
  e.first_day = D(2020, 2, 1);
  e.employer_recognised = 1;
  CHECK_STATUS(lde_worker_add_employment(w, &e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment.struct_size") == 0);
  CHECK(contains(lde_last_error_message(), "not a plausible struct size"));
  e.struct_size = 4097;
  CHECK_STATUS(lde_worker_add_employment(w, &e), LDE_STATUS_INVALID_ARGUMENT);
  memset(&cols, 0, sizeof cols);
  cols.struct_size = (size_t)-1;
  cols.rows = 1;
  cols.birth_date = &birth;
  memset(&outs, 0, sizeof outs);
  outs.struct_size = sizeof outs;
  CHECK_STATUS(lde_evaluate_workers(NULL, &cols, NULL, 19000, 1, &outs), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "workers.struct_size") == 0);
  CHECK_OK(lde_evaluate_worker(NULL, w, D(2022, 1, 1), LDE_FLAG_TRACE, &d));
  memset(&step, 0, sizeof step);
  step.struct_size = (size_t)1 << 33;
  CHECK_STATUS(lde_decision_step(d, 0, &step), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "out.struct_size") == 0);
  lde_decision_free(d);
  lde_worker_free(w);
}

/* A failed lde_enterprise_add_dmfa leaves the enterprise unchanged; an empty worker id is rejected. */
static void test_dmfa_validate_first(void) {
  lde_enterprise* e = NULL;
  size_t n = 0;
  char* json;
  CHECK_OK(lde_enterprise_new("LDE-0009", &e));
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2027, 2, "W1", 20000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "dmfa.2027-Q2[0].fraction") == 0);
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2027, 2, "", 10000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "dmfa.2027-Q2[0].worker") == 0);
  CHECK(contains(lde_last_error_message(), "is empty"));
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2027, 2, "  ", 10000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "dmfa.2027-Q2[0].worker") == 0);
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2027, 2, NULL, 10000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2027, 2, "W1", 10000, 2), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_to_json(e, NULL, 0, &n), LDE_STATUS_BUFFER_TOO_SMALL);
  json = (char*)malloc(n);
  CHECK(json != NULL);
  if (json != NULL) {
    CHECK_OK(lde_enterprise_to_json(e, json, n, NULL));
    CHECK(!contains(json, "2027-Q2"));
  }
  free(json);
  /* After a success the next line is numbered 1. */
  CHECK_OK(lde_enterprise_add_dmfa(e, 2027, 2, "W1", 10000, 1));
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2027, 2, "", 10000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "dmfa.2027-Q2[1].worker") == 0);
  CHECK_OK(lde_enterprise_validate(e));
  lde_enterprise_free(e);
}

/* Hires one by one (I-14, I-20): the month's filled FTE is the exact sum of the contractual
 * fractions; a fraction outside [0, 1] names hires.YYYY-MM[i]; a month is a total or a list. */
static void test_add_hire(void) {
  lde_enterprise* e = NULL;
  lde_decision* d = NULL;
  int64_t v = 0;
  size_t n = 0;
  size_t s;
  size_t k;
  int saw_count = 0;
  char* json;
  CHECK_OK(lde_enterprise_new("LDE-0010", &e));
  CHECK_OK(lde_enterprise_set_legal_form(e, LDE_LEGAL_FORM_VZW));
  CHECK_OK(lde_enterprise_add_contingent(e, D(2015, 4, 1), 100000));
  CHECK_OK(lde_enterprise_add_hire(e, 2026, 1, 10000));
  CHECK_OK(lde_enterprise_add_hire(e, 2026, 1, 5000));
  CHECK_STATUS(lde_enterprise_add_hire(e, 2026, 1, 10001), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "hires.2026-01[2]") == 0);
  CHECK(contains(lde_last_error_message(), "1.0001"));
  CHECK_STATUS(lde_enterprise_add_hire(e, 2026, 1, -1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "hires.2026-01[2]") == 0);
  CHECK_STATUS(lde_enterprise_add_hire(e, 2026, 13, 5000), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "hires") == 0);
  CHECK_STATUS(lde_enterprise_add_hire(NULL, 2026, 1, 5000), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_enterprise_add_hire(e, 2026, 1, 8000));
  /* A month is either a total or a list of hires. */
  CHECK_STATUS(lde_enterprise_set_hires(e, 2026, 1, 23000), LDE_STATUS_CONFLICT);
  CHECK(strcmp(lde_last_error_field(), "hires.2026-01") == 0);
  CHECK_OK(lde_enterprise_set_hires(e, 2026, 2, 95000));
  CHECK_STATUS(lde_enterprise_add_hire(e, 2026, 2, 10000), LDE_STATUS_CONFLICT);
  CHECK(strcmp(lde_last_error_field(), "hires.2026-02") == 0);
  CHECK_OK(lde_enterprise_validate(e));

  CHECK_STATUS(lde_enterprise_to_json(e, NULL, 0, &n), LDE_STATUS_BUFFER_TOO_SMALL);
  json = (char*)malloc(n);
  CHECK(json != NULL);
  if (json != NULL) {
    CHECK_OK(lde_enterprise_to_json(e, json, n, NULL));
    CHECK(contains(json, "\"hires\":{\"2026-01\":[\"1.00\",\"0.50\",\"0.80\"],\"2026-02\":\"9.50\"}"));
  }
  free(json);

  /* January: 12600.00 x (1.00 + 0.50 + 0.80) / 365 x 31 = 2461.3150... -> 2461.32 (I-12, I-14). */
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2026, LDE_FLAG_TRACE, &d));
  CHECK_OK(lde_decision_get_fte_units(d, LDE_FIELD_ADVANCE_FILLED_FTE, 1, &v));
  CHECK(v == 23000);
  CHECK_OK(lde_decision_get_cents(d, LDE_FIELD_ADVANCE, 1, &v));
  CHECK(v == 246132);
  CHECK_OK(lde_decision_step_count(d, &n));
  for (s = 0; s < n; ++s) {
    lde_trace_step step;
    memset(&step, 0, sizeof step);
    step.struct_size = sizeof step;
    CHECK_OK(lde_decision_step(d, s, &step));
    for (k = 0; k < step.input_count; ++k) {
      const char* name = NULL;
      const char* value = NULL;
      CHECK_OK(lde_decision_step_input(d, s, k, &name, &value));
      if (strcmp(name, "hires.count") == 0) {
        saw_count = 1;
        CHECK(strcmp(value, "3") == 0);
      }
      if (strcmp(name, "hires.fraction_sum") == 0) CHECK(strcmp(value, "2.30") == 0);
    }
  }
  CHECK(saw_count);
  lde_decision_free(d);
  lde_enterprise_free(e);
}

/* clang names its sanitizers through __has_feature (GCC defines __SANITIZE_ADDRESS__ / __SANITIZE_THREAD__). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define LDE_TEST_HAS_SANITIZER 1
#endif
#endif
#ifndef LDE_TEST_HAS_SANITIZER
#define LDE_TEST_HAS_SANITIZER 0
#endif

/* Out of memory: in a child process whose address space is limited, copying
 * a 96 MB employer label fails and is reported, not aborted. */
static void test_out_of_memory(void) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || LDE_TEST_HAS_SANITIZER
  ++skipped;
  fprintf(stderr, "out-of-memory check skipped: the sanitizer (AddressSanitizer or ThreadSanitizer) reserves "
                  "the address space it needs, so RLIMIT_AS cannot be set\n");
#else
  pid_t pid;
  int wstatus = 0;
  fflush(NULL);
  pid = fork();
  if (pid == 0) {
    const size_t big = 96u * 1024u * 1024u;
    char* label = (char*)malloc(big + 1);
    lde_worker* w = NULL;
    lde_employment e;
    struct rlimit lim;
    unsigned long vm_pages = 0;
    FILE* statm;
    lde_status s;
    if (label == NULL || lde_worker_new(D(1970, 1, 1), &w) != LDE_OK) _exit(3);
    memset(label, 'x', big);
    label[big] = '\0';
    statm = fopen("/proc/self/statm", "r");
    if (statm == NULL || fscanf(statm, "%lu", &vm_pages) != 1) _exit(4);
    fclose(statm);
    lim.rlim_cur = (rlim_t)vm_pages * (rlim_t)sysconf(_SC_PAGESIZE) + (rlim_t)32 * 1024 * 1024;
    lim.rlim_max = lim.rlim_cur;
    if (setrlimit(RLIMIT_AS, &lim) != 0) _exit(5);
    memset(&e, 0, sizeof e);
    e.struct_size = sizeof e;
    e.employer = label;
    e.first_day = D(2020, 2, 1);
    e.employer_recognised = 1;
    e.employer_contingent_units = 10000;
    s = lde_worker_add_employment(w, &e);
    if (s != LDE_STATUS_OUT_OF_MEMORY) _exit(6);
    if (strcmp(lde_last_error_message(), "out of memory") != 0) _exit(7);
    _exit(0);
  }
  CHECK(pid > 0);
  CHECK(waitpid(pid, &wstatus, 0) == pid);
  CHECK(WIFEXITED(wstatus));
  if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) != 0)
    fprintf(stderr, "out-of-memory child failed at step %d\n", WEXITSTATUS(wstatus));
  CHECK(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0);
#endif
}

/* Review 1: the I-14 year range follows the parameter set (validate_with), blank names are
   refused by every setter so that to_json output reads back, the transition amount bound is
   checked by the setter. */
static void test_review_validation(void) {
  lde_params* def = NULL;
  lde_params* reform = NULL;
  lde_enterprise* e = NULL;
  lde_enterprise* back = NULL;
  lde_worker* w = NULL;
  lde_worker* wback = NULL;
  lde_worker* bad = NULL;
  lde_decision* d = NULL;
  lde_employment emp;
  size_t n = 0;
  char buf[4096];
  CHECK_OK(lde_params_default(&def));
  CHECK_OK(lde_params_with_changes(def, "{\"compensation.fixed_amount_last_year\": 2017}", &reform));
  CHECK_OK(lde_enterprise_new("LDE-1", &e));
  CHECK_OK(lde_enterprise_add_contingent(e, D(2015, 4, 1), 50000));
  CHECK_OK(lde_enterprise_set_flag(e, LDE_ENTERPRISE_CONVERTED, 1));
  CHECK_OK(lde_enterprise_set_transition_amount(e, 2017, 100000));
  /* Defaults: 2017 is outside 2015..2016; the reform: inside. */
  CHECK_STATUS(lde_enterprise_validate(e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "transition_amounts.2017") == 0);
  CHECK_STATUS(lde_enterprise_validate_with(NULL, e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_validate_with(def, e), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_enterprise_validate_with(reform, e));
  CHECK_STATUS(lde_enterprise_validate_with(reform, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_evaluate_enterprise(reform, e, 2017, 0, &d));
  lde_decision_free(d);
  d = NULL;
  CHECK_STATUS(lde_evaluate_enterprise(def, e, 2017, 0, &d), LDE_STATUS_INVALID_ARGUMENT);
  /* The JSON reader does not apply the parameter-dependent check either. */
  CHECK_OK(lde_enterprise_to_json(e, buf, sizeof buf, &n));
  CHECK_OK(lde_enterprise_from_json(buf, &back));
  CHECK_OK(lde_enterprise_validate_with(reform, back));
  lde_enterprise_free(back);
  back = NULL;

  /* Item 4: the bound of validate() is checked by the setter, and a refused call changes nothing. */
  CHECK_OK(lde_enterprise_set_transition_amount(e, 2016, 100000000000LL));
  CHECK_STATUS(lde_enterprise_set_transition_amount(e, 2015, 100000000001LL), LDE_STATUS_OUT_OF_RANGE);
  CHECK(strcmp(lde_last_error_field(), "transition_amounts.2015") == 0);
  CHECK_STATUS(lde_enterprise_set_transition_amount(e, 2015, 9000000000000000000LL), LDE_STATUS_OUT_OF_RANGE);
  CHECK_OK(lde_enterprise_to_json(e, buf, sizeof buf, &n));
  CHECK(!contains(buf, "\"2015\""));
  CHECK_OK(lde_enterprise_validate_with(reform, e));

  /* Item 3: blank allocation number and DmfA worker id are refused; what is accepted reads back. */
  CHECK_STATUS(lde_enterprise_new("  ", &back), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "allocation_number") == 0);
  CHECK(back == NULL);
  CHECK_STATUS(lde_enterprise_new("", &back), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_add_dmfa(e, 2016, 1, " \t", 5000, 1), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "dmfa.2016-Q1[0].worker") == 0);
  CHECK_OK(lde_enterprise_add_dmfa(e, 2016, 1, "W1", 5000, 1));
  CHECK_OK(lde_enterprise_to_json(e, buf, sizeof buf, &n));
  CHECK_OK(lde_enterprise_from_json(buf, &back));
  lde_enterprise_free(back);
  back = NULL;

  CHECK_OK(lde_worker_new(D(1980, 5, 10), &w));
  CHECK_OK(lde_worker_add_right(w, LDE_RIGHT_LDE, D(2019, 12, 1)));
  memset(&emp, 0, sizeof emp);
  emp.struct_size = sizeof emp;
  emp.first_day = D(2020, 2, 1);
  emp.employer_recognised = 1;
  emp.employer_contingent_units = 10000;
  emp.employer = NULL;
  CHECK_STATUS(lde_worker_add_employment(w, &emp), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment[0].employer") == 0);
  emp.employer = "   ";
  CHECK_STATUS(lde_worker_add_employment(w, &emp), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "employment[0].employer") == 0);
  emp.employer = "LDE-1";
  CHECK_OK(lde_worker_add_employment(w, &emp));
  CHECK_OK(lde_worker_validate(w));
  CHECK_OK(lde_worker_to_json(w, buf, sizeof buf, &n));
  CHECK(contains(buf, "\"employer\":\"LDE-1\""));
  CHECK_OK(lde_worker_from_json(buf, &wback));
  CHECK_OK(lde_worker_validate(wback));
  /* validate() agrees with the reader: a blank employer read from nowhere else is refused too. */
  CHECK_STATUS(lde_worker_from_json("{\"birth_date\": \"1980-05-10\", \"employment\": [{\"employer\": \" \", \"first_day\": \"2020-02-01\"}]}", &bad),
               LDE_STATUS_INVALID_ARGUMENT);
  CHECK(bad == NULL);
  lde_worker_free(wback);
  lde_worker_free(w);

  /* Item 6: the new decision keys through the typed API. */
  {
    int32_t b = -1, required = -1, mask = -1;
    char id[8];
    char small[2];
    CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 1, "W-2", 5000, 1));
    CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 3, "W-2", 5000, 1));
    CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 2, "W-1", 5000, 1));
    CHECK_OK(lde_evaluate_enterprise(reform, e, 2026, 0, &d));
    CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_OCCUPANCY_MEASURABLE, 0, &b));
    CHECK(b == 1);
    CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_SCALE_LABEL_MAY_BE_WITHDRAWN, 0, &b));
    CHECK(b == 0 || b == 1);
    CHECK_OK(lde_decision_get_bool(d, LDE_FIELD_CONDITIONS_LABEL_MAY_BE_WITHDRAWN, 0, &b));
    CHECK(b == 0 || b == 1);
    CHECK(strcmp(lde_field_name(LDE_FIELD_OCCUPANCY_MEASURABLE), "occupancy.measurable") == 0);
    CHECK(strcmp(lde_field_name(LDE_FIELD_SCALE_LABEL_MAY_BE_WITHDRAWN), "scale.label_may_be_withdrawn") == 0);
    CHECK(strcmp(lde_field_name(LDE_FIELD_CONDITIONS_LABEL_MAY_BE_WITHDRAWN), "conditions.label_may_be_withdrawn") == 0);
    CHECK_OK(lde_decision_pop_worker_count(d, &n));
    CHECK(n == 2);
    CHECK_OK(lde_decision_pop_worker(d, 0, id, sizeof id, &n, &required, &mask));
    CHECK(strcmp(id, "W-1") == 0 && n == 4 && required == 1 && mask == 0x2);
    CHECK_OK(lde_decision_pop_worker(d, 1, id, sizeof id, NULL, &required, &mask));
    CHECK(strcmp(id, "W-2") == 0 && required == 1 && mask == 0x5);
    CHECK_STATUS(lde_decision_pop_worker(d, 1, small, sizeof small, &n, &required, &mask), LDE_STATUS_BUFFER_TOO_SMALL);
    CHECK(n == 4 && small[0] == '\0');
    CHECK_STATUS(lde_decision_pop_worker(d, 2, id, sizeof id, &n, &required, &mask), LDE_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(lde_decision_pop_worker(d, 0, id, sizeof id, &n, NULL, &mask), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_pop_worker(d, 0, id, sizeof id, &n, &required, NULL), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_pop_worker_count(NULL, &n), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_pop_worker_count(d, NULL), LDE_STATUS_INVALID_ARGUMENT);
    lde_decision_free(d);
    d = NULL;
    /* Worker decisions have no POP workers. */
    CHECK_OK(lde_worker_new(D(1980, 5, 10), &w));
    CHECK_OK(lde_evaluate_worker(NULL, w, D(2021, 1, 1), 0, &d));
    CHECK_STATUS(lde_decision_pop_worker_count(d, &n), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_pop_worker(d, 0, id, sizeof id, &n, &required, &mask), LDE_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(lde_decision_get_bool(d, LDE_FIELD_OCCUPANCY_MEASURABLE, 0, &b), LDE_STATUS_INVALID_ARGUMENT);
    lde_decision_free(d);
    lde_worker_free(w);
  }
  lde_enterprise_free(e);
  lde_params_free(reform);
  lde_params_free(def);
}

/* The _INIT macros: struct_size set, the defaults of reading F-1 (JSON, C++ and population: employer
 * recognised, not in Brussels, contingent 1.00 FTE), and an employment built from LDE_EMPLOYMENT_INIT
 * gives the same decision as the JSON dossier that leaves those fields out. */
static void test_init_macros(void) {
  lde_employment e = LDE_EMPLOYMENT_INIT;
  lde_trace_step step = LDE_TRACE_STEP_INIT;
  lde_parameter_use use = LDE_PARAMETER_USE_INIT;
  lde_right_period period = LDE_RIGHT_PERIOD_INIT;
  lde_absence_judgement judged = LDE_ABSENCE_JUDGEMENT_INIT;
  lde_worker_columns columns = LDE_WORKER_COLUMNS_INIT;
  lde_absence_columns absences = LDE_ABSENCE_COLUMNS_INIT;
  lde_worker_outputs outputs = LDE_WORKER_OUTPUTS_INIT;
  lde_reason_rule rule = LDE_REASON_RULE_INIT;
  lde_worker* built = NULL;
  lde_worker* parsed = NULL;
  lde_decision* a = NULL;
  lde_decision* b = NULL;
  char ja[8192], jb[8192];

  CHECK(e.struct_size == sizeof(lde_employment));
  CHECK(e.employer == NULL);
  CHECK(e.employer_recognised == 1);
  CHECK(e.employer_in_brussels == 0);
  CHECK(e.employer_contingent_units == 10000);
  CHECK(e.first_day.year == 0 && e.last_day.year == 0);
  CHECK(step.struct_size == sizeof step && step.rule == NULL);
  CHECK(use.struct_size == sizeof use && use.name == NULL);
  CHECK(period.struct_size == sizeof period);
  CHECK(judged.struct_size == sizeof judged && judged.reason == NULL);
  CHECK(columns.struct_size == sizeof columns && columns.rows == 0 && columns.external_job_found == NULL);
  CHECK(absences.struct_size == sizeof absences && absences.reason == NULL);
  CHECK(outputs.struct_size == sizeof outputs && outputs.reason == NULL);
  CHECK(rule.struct_size == sizeof rule && rule.interpretations == NULL);

  e.employer = "LDE-0001";
  e.first_day = D(2020, 2, 1);
  CHECK_OK(lde_worker_new(D(1970, 5, 15), &built));
  CHECK_OK(lde_worker_add_right(built, LDE_RIGHT_LDE, D(2020, 1, 10)));
  CHECK_OK(lde_worker_add_employment(built, &e));
  CHECK_OK(lde_worker_from_json("{\"birth_date\": \"1970-05-15\", \"rights\": [{\"kind\": \"lde\", \"granted\": "
                                "\"2020-01-10\"}], \"employment\": [{\"employer\": \"LDE-0001\", \"first_day\": "
                                "\"2020-02-01\"}]}",
                                &parsed));
  CHECK_OK(lde_evaluate_worker(NULL, built, D(2022, 6, 1), 0, &a));
  CHECK_OK(lde_evaluate_worker(NULL, parsed, D(2022, 6, 1), 0, &b));
  CHECK_OK(lde_decision_json(a, ja, sizeof ja, NULL));
  CHECK_OK(lde_decision_json(b, jb, sizeof jb, NULL));
  CHECK(strcmp(ja, jb) == 0);
  CHECK(strstr(ja, "\"compensated\":true") != NULL);
  CHECK_OK(lde_worker_to_json(built, ja, sizeof ja, NULL));
  CHECK(strstr(ja, "\"employer_recognised\":true") != NULL);
  CHECK(strstr(ja, "\"employer_contingent_fte\":\"1.00\"") != NULL);
  lde_decision_free(a);
  lde_decision_free(b);
  lde_worker_free(built);
  lde_worker_free(parsed);
}

/* The reform fuzz reproducers: the same text gives the same named error as in C++, Python
 * (tests/python/test_parameters.py) and the CLI (cli_bad_params_duplicate). */
static void test_reform_strict_reader(void) {
  lde_params* base = NULL;
  lde_params* out = NULL;
  CHECK_OK(lde_params_default(&base));
  CHECK_STATUS(lde_params_with_changes(base,
                                       "{\"trajectory.absence_min_days\": 21, \"trajectory.absence_min_days\": 40}",
                                       &out),
               LDE_STATUS_PARSE_ERROR);
  CHECK(out == NULL);
  CHECK(strcmp(lde_last_error_field(), "trajectory.absence_min_days") == 0);
  CHECK(strstr(lde_last_error_message(), "appears twice") != NULL);
  CHECK_STATUS(lde_params_with_changes(base, "{\"compensation.annual_rate_per_fte\": 1e400}", &out),
               LDE_STATUS_PARSE_ERROR);
  CHECK(strcmp(lde_last_error_field(), "compensation.annual_rate_per_fte") == 0);
  CHECK_STATUS(lde_params_with_changes(base, "{\"compensation.annual_rate_per_fte\": 13000.000000000000000001}", &out),
               LDE_STATUS_PARSE_ERROR);
  CHECK(strcmp(lde_last_error_field(), "compensation.annual_rate_per_fte") == 0);
  lde_params_free(base);
}

int main(void) {
  test_init_macros();
  test_reform_strict_reader();
  test_setters_refuse_invalid_utf8();
  test_version_and_status();
  test_dates();
  test_last_error();
  test_last_error_is_per_thread();
  test_params();
  test_worker_building();
  test_worker_decision();
  test_worker_conflict_and_failing();
  test_enterprise();
  test_enterprise_building();
  test_evaluate_json();
  test_batch();
  test_worker_details();
  test_enterprise_details();
  test_quality_calendar();
  test_out_of_range_date();
  test_long_error_message();
  test_struct_size_bound();
  test_dmfa_validate_first();
  test_add_hire();
  test_out_of_memory();
  test_review_validation();
  return check_summary();
}
