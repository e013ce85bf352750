/* Proof that the leak checker of the sanitized build is on (CTest capi_leak_check_detects_leak).
 *
 * The probe makes worker dossiers, keeps no pointer to them that LeakSanitizer could see (only a
 * copy disguised by XOR), asks LeakSanitizer for a check on the spot, then frees the dossiers through
 * the disguised copies so that the check at exit finds nothing. It succeeds only when the on-the-spot
 * check reported the leak: a checker that is off (detect_leaks=0, a runtime without LeakSanitizer)
 * makes it fail. Asking on the spot, not at exit, makes the outcome independent of what happens to
 * be left on the stack when the program ends.
 *
 * The C suite, the stress test and the C example run under the same checker and must not leak on any
 * path, their error paths included. */
#include "lde/lde.h"

#include <sanitizer/lsan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define PROBES 8
static const uintptr_t mask = (uintptr_t)0x5a5a5a5a5a5a5a5aULL;
static volatile uintptr_t hidden[PROBES]; /* XOR-disguised: not a pointer to LeakSanitizer */

static int __attribute__((noinline)) make_unreachable(void) {
  for (int i = 0; i < PROBES; ++i) {
    lde_date birth = {1980, 5, 10};
    lde_worker* w = 0;
    if (lde_worker_new(birth, &w) != LDE_OK) return 1;
    hidden[i] = (uintptr_t)w ^ mask;
  }
  return 0;
}

static void __attribute__((noinline)) scrub_stack(void) {
  volatile char scratch[16384];
  memset((char*)scratch, 0, sizeof scratch);
}

int main(void) {
  if (make_unreachable() != 0) {
    fprintf(stderr, "leak probe: lde_worker_new failed\n");
    return 2;
  }
  scrub_stack();
  int leaked = __lsan_do_recoverable_leak_check();
  for (int i = 0; i < PROBES; ++i) lde_worker_free((lde_worker*)(hidden[i] ^ mask));
  if (!leaked) {
    fprintf(stderr, "leak probe: LeakSanitizer reported no leak, so the leak checker is off\n");
    return 1;
  }
  fprintf(stderr, "leak probe: LeakSanitizer reported the deliberate leak above, as it must\n");
  return 0;
}
