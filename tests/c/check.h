/* The C suites' checks (C99): counters, CHECK / CHECK_STATUS / CHECK_OK, the
 * date constructor D() and the closing "N passed, N failed" line that CI
 * reads. Included by each test program, once; not part of the library. */
#ifndef LDE_TESTS_C_CHECK_H
#define LDE_TESTS_C_CHECK_H

#include "lde/lde.h"

#include <stdio.h>
#include <string.h>

static int passed = 0;
static int failed = 0;
static int skipped = 0;

/* On failure: the condition, where, and the thread's last lde error message. */
#define CHECK(cond)                                                                                     \
  do {                                                                                                  \
    if (cond) {                                                                                         \
      ++passed;                                                                                         \
    } else {                                                                                            \
      ++failed;                                                                                         \
      fprintf(stderr, "%s:%d: CHECK(%s) failed (last error: %s)\n", __FILE__, __LINE__, #cond,          \
              lde_last_error_message());                                                                \
    }                                                                                                   \
  } while (0)

/* A call must return the status @p want; on failure both statuses are named. */
#define CHECK_STATUS(call, want)                                                                        \
  do {                                                                                                  \
    lde_status got_ = (call);                                                                           \
    if (got_ == (want)) {                                                                               \
      ++passed;                                                                                         \
    } else {                                                                                            \
      ++failed;                                                                                         \
      fprintf(stderr, "%s:%d: %s returned %s, expected %s (last error: %s)\n", __FILE__, __LINE__, #call, \
              lde_status_string(got_), lde_status_string(want), lde_last_error_message());              \
    }                                                                                                   \
  } while (0)

#define CHECK_OK(call) CHECK_STATUS(call, LDE_OK)

static inline lde_date D(int32_t y, int32_t m, int32_t d) {
  lde_date r;
  r.year = y;
  r.month = m;
  r.day = d;
  return r;
}

/* The batch call's required worker columns, the rest empty (struct_size set). */
static inline void batch_columns(lde_worker_columns* w, size_t rows, const int64_t* birth, const int64_t* granted,
                                 const int64_t* first) {
  memset(w, 0, sizeof *w);
  w->struct_size = sizeof *w;
  w->rows = rows;
  w->birth_date = birth;
  w->right_granted = granted;
  w->employment_first_day = first;
}

/* Batch outputs with every column NULL (not wanted) and struct_size set; the caller points the ones it reads. */
static inline void batch_outputs(lde_worker_outputs* o) {
  memset(o, 0, sizeof *o);
  o->struct_size = sizeof *o;
}

/* Prints the closing line and returns the program's exit code. */
static inline int check_summary(void) {
  if (skipped > 0) {
    printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
  } else {
    printf("%d passed, %d failed\n", passed, failed);
  }
  return failed == 0 ? 0 : 1;
}

#endif
