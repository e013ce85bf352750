/* LDE_STATUS_INTERNAL and the mapping of every exception kind, exercised for
 * real (C99). No input can provoke an internal error, so this program links
 * liblde_c_test_hooks: the same sources as liblde_c compiled with
 * LDE_C_TEST_HOOKS, which adds lde_test_inject_failure(). That function makes
 * the next guarded call on the thread throw; it does not exist in liblde_c
 * (CTest capi_exports). */
#include "lde/lde.h"
#include "check.h"

#include <stdio.h>
#include <string.h>

/* Declared here only: not part of lde.h or of the released library. */
void lde_test_inject_failure(int kind);

int main(void) {
  lde_worker* w = NULL;
  lde_status s;

  /* 1: a std::exception that is not lde's: a bug. */
  lde_test_inject_failure(1);
  s = lde_date_check(D(2024, 1, 1));
  CHECK(s == LDE_STATUS_INTERNAL);
  CHECK(lde_last_error_status() == LDE_STATUS_INTERNAL);
  CHECK(strcmp(lde_last_error_message(), "internal error: injected logic_error") == 0);
  CHECK(strcmp(lde_last_error_field(), "") == 0);
  CHECK(strcmp(lde_status_string(s), "internal") == 0);

  /* The injection is one-shot: the next call succeeds and clears the error. */
  CHECK(lde_date_check(D(2024, 1, 1)) == LDE_OK);
  CHECK(lde_last_error_status() == LDE_OK && lde_last_error_message()[0] == '\0');

  /* 2: something that is not a std::exception at all. */
  lde_test_inject_failure(2);
  CHECK(lde_worker_new(D(1970, 1, 1), &w) == LDE_STATUS_INTERNAL);
  CHECK(w == NULL);
  CHECK(strcmp(lde_last_error_message(), "internal error: unknown exception") == 0);

  /* 3: lde::Error with ErrorCode::internal (an invariant of the rules broken). */
  lde_test_inject_failure(3);
  CHECK(lde_worker_new(D(1970, 1, 1), &w) == LDE_STATUS_INTERNAL);
  CHECK(strcmp(lde_last_error_field(), "injected.field") == 0);
  CHECK(strstr(lde_last_error_message(), "injected internal error") != NULL);

  /* 4: std::bad_alloc. */
  lde_test_inject_failure(4);
  CHECK(lde_worker_new(D(1970, 1, 1), &w) == LDE_STATUS_OUT_OF_MEMORY);
  CHECK(strcmp(lde_last_error_message(), "out of memory") == 0);

  CHECK(lde_worker_new(D(1970, 1, 1), &w) == LDE_OK);
  lde_worker_free(w);
  return check_summary();
}
