/* Proof that the leak checker of the sanitized build is on: this program makes a worker dossier and
 * never frees it, so under LeakSanitizer it must fail (CTest capi_leak_check_detects_leak, WILL_FAIL).
 * The C suite, the stress test and the C example run under the same checker and must not leak on
 * any path, their error paths included. */
#include "lde/lde.h"

int main(void) {
  lde_date birth = {1980, 5, 10};
  lde_worker* w = 0;
  return lde_worker_new(birth, &w) == LDE_OK ? 0 : 1; /* w is leaked on purpose */
}
