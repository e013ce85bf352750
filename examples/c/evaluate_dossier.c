/* Evaluates one worker dossier through the stable C ABI of lde and prints
 * the decision and its trace: which rule, which source passage, which
 * interpretation numbers and which parameter values (with the date from
 * which each applies) decided it.
 *
 *   evaluate_dossier [dossier.json [YYYY-MM-DD]]
 *
 * Without arguments it builds the dossier field by field: a worker born
 * 1970-05-15 with an LDE right granted 2020-01-10, employed from 2020-02-01,
 * ill from 2021-03-01 to 2021-04-29, evaluated on 2022-06-01.
 */
#include <lde/lde.h>

#include <stdio.h>
#include <stdlib.h>

static int fail(const char* what, lde_status status) {
  fprintf(stderr, "%s: %s: %s\n", what, lde_status_string(status), lde_last_error_message());
  return 2;
}

static lde_date make_date(int32_t y, int32_t m, int32_t d) {
  lde_date r;
  r.year = y;
  r.month = m;
  r.day = d;
  return r;
}

static char* read_file(const char* path) {
  FILE* f = fopen(path, "rb");
  char* text;
  long size;
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  text = (char*)malloc((size_t)size + 1);
  if (text != NULL && fread(text, 1, (size_t)size, f) != (size_t)size) {
    free(text);
    text = NULL;
  }
  if (text != NULL) text[size] = '\0';
  fclose(f);
  return text;
}

static void print_date_field(const lde_decision* d, lde_field field) {
  char text[32];
  lde_status s = lde_decision_get_text(d, field, 0, text, sizeof text, NULL);
  printf("  %-32s %s\n", lde_field_name(field), s == LDE_OK ? text : "-");
}

int main(int argc, char** argv) {
  lde_params* params = NULL;
  lde_worker* worker = NULL;
  lde_decision* decision = NULL;
  lde_date at = make_date(2022, 6, 1);
  lde_status s;
  int rc = 2;
  size_t steps = 0;
  size_t i;
  static const lde_field fields[] = {
      LDE_FIELD_AT, LDE_FIELD_RIGHT_KIND, LDE_FIELD_RIGHT_VALID, LDE_FIELD_RIGHT_LAST_DAY,
      LDE_FIELD_HIRING_ELIGIBLE, LDE_FIELD_TRAJECTORY_FIRST_DAY, LDE_FIELD_TRAJECTORY_ORIGINAL_LAST_DAY,
      LDE_FIELD_TRAJECTORY_ABSENCE_EXTENSION_DAYS, LDE_FIELD_TRAJECTORY_LAST_DAY, LDE_FIELD_CONTINUATION_KIND,
      LDE_FIELD_IN_TRAJECTORY, LDE_FIELD_IN_CONTINUATION, LDE_FIELD_COMPENSATED};

  if (lde_version() / 10000 != LDE_VERSION_MAJOR) {
    fprintf(stderr, "liblde_c %s does not match the header's major version %d\n", lde_version_string(),
            LDE_VERSION_MAJOR);
    return 2;
  }
  if ((s = lde_params_default(&params)) != LDE_OK) return fail("parameters", s);

  if (argc > 1) {
    char* json = read_file(argv[1]);
    if (json == NULL) {
      fprintf(stderr, "cannot read %s\n", argv[1]);
      rc = 2;
      goto done;
    }
    s = lde_worker_from_json(json, &worker);
    free(json);
    if (s != LDE_OK) {
      rc = fail(argv[1], s);
      goto done;
    }
    if (argc > 2 && sscanf(argv[2], "%d-%d-%d", &at.year, &at.month, &at.day) != 3) {
      fprintf(stderr, "date must be YYYY-MM-DD: %s\n", argv[2]);
      rc = 2;
      goto done;
    }
  } else {
    lde_employment job = LDE_EMPLOYMENT_INIT; /* recognised employer, 1.00 FTE (reading F-1) */
    job.employer = "LDE-0001";
    job.first_day = make_date(2020, 2, 1);
    job.employer_contingent_units = 50000; /* 5.00 FTE */
    if ((s = lde_worker_new(make_date(1970, 5, 15), &worker)) != LDE_OK) {
      rc = fail("worker", s);
      goto done;
    }
    if ((s = lde_worker_add_right(worker, LDE_RIGHT_LDE, make_date(2020, 1, 10))) != LDE_OK) {
      rc = fail("right", s);
      goto done;
    }
    if ((s = lde_worker_add_employment(worker, &job)) != LDE_OK) {
      rc = fail("employment", s);
      goto done;
    }
    s = lde_worker_add_absence(worker, make_date(2021, 3, 1), make_date(2021, 4, 29), LDE_ABSENCE_ILLNESS);
    if (s != LDE_OK) {
      rc = fail("absence", s);
      goto done;
    }
  }

  if ((s = lde_evaluate_worker(params, worker, at, LDE_FLAG_TRACE, &decision)) != LDE_OK) {
    rc = fail("evaluate", s);
    goto done;
  }

  printf("Decision (liblde_c %s)\n", lde_version_string());
  for (i = 0; i < sizeof fields / sizeof fields[0]; ++i) print_date_field(decision, fields[i]);

  lde_decision_step_count(decision, &steps);
  printf("\nTrace (%zu steps)\n", steps);
  for (i = 0; i < steps; ++i) {
    lde_trace_step step = LDE_TRACE_STEP_INIT;
    size_t k;
    if (lde_decision_step(decision, i, &step) != LDE_OK) {
      rc = fail("trace", lde_last_error_status());
      goto done;
    }
    printf("%zu. %s\n   source: %s\n   readings:", i + 1, step.rule, step.source);
    for (k = 0; k < step.interpretation_count; ++k) {
      const char* n = NULL;
      lde_decision_step_interpretation(decision, i, k, &n);
      printf(" %s", n);
    }
    printf("\n");
    for (k = 0; k < step.input_count; ++k) {
      const char* name = NULL;
      const char* value = NULL;
      lde_decision_step_input(decision, i, k, &name, &value);
      printf("   input %s = %s\n", name, value);
    }
    for (k = 0; k < step.parameter_count; ++k) {
      lde_parameter_use use = LDE_PARAMETER_USE_INIT;
      lde_decision_step_parameter(decision, i, k, &use);
      printf("   parameter %s = %s (from %04d-%02d-%02d; %s)\n", use.name, use.value, use.effective_from.year,
             use.effective_from.month, use.effective_from.day, use.source);
    }
    for (k = 0; k < step.note_count; ++k) {
      const char* note = NULL;
      lde_decision_step_note(decision, i, k, &note);
      printf("   note: %s\n", note);
    }
    printf("   => %s\n", step.outcome);
  }

  rc = 0;

done: /* every path frees what it created (the _free functions accept NULL) */
  lde_decision_free(decision);
  lde_worker_free(worker);
  lde_params_free(params);
  return rc;
}
