/* liblde_c under a counting, fault-injecting malloc (C99; not built with the
 * sanitizers, whose allocator this replacement would fight).
 *
 * 1. Fault injection: every allocation from the N-th on fails, for N = 0, 1,
 *    2, ... until a call completes without reaching N. For each N the call
 *    runs in a child process, which must return a status (never abort): an
 *    allocation failure inside guard()'s catch handlers, while recording the
 *    error, would otherwise reach std::terminate (guard() is noexcept).
 * 2. Allocation count of lde_evaluate_workers(): measured per row, printed,
 *    and bounded (see docs/c-api.md "What the batch call allocates").
 */
#define _POSIX_C_SOURCE 200809L
#include "lde/lde.h"
#include "check.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern void* __libc_malloc(size_t size);
extern void* __libc_calloc(size_t count, size_t size);
extern void* __libc_realloc(void* p, size_t size);

static long countdown = -1; /* -1: no fault; otherwise allocations left before every one fails */
static int reached = 0;
static int one_shot = 0; /* 1: only the N-th allocation fails, the later ones succeed again */
static long allocations = 0;

static int fault(void) {
  ++allocations;
  if (countdown < 0) return 0;
  if (countdown == 0) {
    reached = 1;
    if (one_shot) countdown = -1;
    return 1;
  }
  --countdown;
  return 0;
}

void* malloc(size_t size);
void* calloc(size_t count, size_t size);
void* realloc(void* p, size_t size);

void* malloc(size_t size) {
  if (fault()) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_malloc(size);
}

void* calloc(size_t count, size_t size) {
  if (fault()) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_calloc(count, size);
}

void* realloc(void* p, size_t size) {
  if (fault()) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_realloc(p, size);
}

/* The calls swept: each fails with an error whose message is longer than a
 * small string (so recording it with std::string needed the heap).
 *
 * Not swept: calls that parse JSON. nlohmann::json's destructor allocates
 * (json_value::destroy() reserves a std::vector to avoid recursion); when
 * that allocation fails while a partly parsed document is destroyed, the
 * bad_alloc leaves a noexcept destructor and the process terminates inside
 * the JSON library, before guard() can catch anything (docs/c-api.md). */
enum { CALL_LDE_ERROR, CALL_C_FAILURE, CALL_COUNT };

static lde_status run_call(int which, lde_worker* w) {
  switch (which) {
    case CALL_LDE_ERROR: /* lde::Error from the C++ library: a period that ends before it starts */
      return lde_worker_add_absence(w, D(2021, 3, 1), D(2021, 2, 1), LDE_ABSENCE_ILLNESS);
    default: /* a failure of the C layer: an unknown enum value */
      return lde_worker_add_right(w, 99, D(2020, 1, 1));
  }
}

/* Returns 1 when the sweep went past the last allocation of the call. */
static int sweep_one(int which, long n, int* abnormal) {
  pid_t pid;
  int wstatus = 0;
  fflush(NULL);
  pid = fork();
  if (pid == 0) {
    lde_worker* w = NULL;
    lde_status s;
    if (lde_worker_new(D(1970, 1, 1), &w) != LDE_OK) _exit(3);
    (void)lde_last_error_message();
    countdown = n;
    s = run_call(which, w);
    countdown = -1;
    if (s == LDE_OK) _exit(4);
    if (lde_last_error_status() != s) _exit(5);
    if (lde_last_error_message()[0] == '\0') _exit(6);
    _exit(reached ? 0 : 10);
  }
  if (pid < 0 || waitpid(pid, &wstatus, 0) != pid) {
    *abnormal = 1;
    return 1;
  }
  if (!WIFEXITED(wstatus)) {
    fprintf(stderr, "call %d with allocation %ld failing: child killed by signal %d\n", which, n,
            WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : -1);
    *abnormal = 1;
    return 0;
  }
  if (WEXITSTATUS(wstatus) == 10) return 1;
  if (WEXITSTATUS(wstatus) != 0) {
    fprintf(stderr, "call %d with allocation %ld failing: child exited with %d\n", which, n, WEXITSTATUS(wstatus));
    *abnormal = 1;
  }
  return 0;
}

static void test_fault_injection(void) {
  int which;
  for (which = 0; which < CALL_COUNT; ++which) {
    long n;
    int abnormal = 0;
    int done = 0;
    for (n = 0; n < 5000 && !done; ++n) done = sweep_one(which, n, &abnormal);
    CHECK(done);
    CHECK(!abnormal);
    printf("call %d: every one of its %ld allocations failed in turn, a status every time\n", which, n - 1);
  }
}

/* The batch call under the sweep, each allocation failing alone in turn: every failure is LDE_STATUS_OUT_OF_MEMORY, never
 * LDE_STATUS_INTERNAL (a std::bad_alloc inside a row must not become ErrorCode::internal). */
static int sweep_batch(long n, int* abnormal, int* internal) {
  enum { R = 4 };
  int64_t birth[R], granted[R], first[R], last[R];
  uint8_t compensated[R];
  lde_worker_columns w;
  lde_worker_outputs o;
  pid_t pid;
  int wstatus = 0;
  int i;
  for (i = 0; i < R; ++i) {
    birth[i] = -3650;
    granted[i] = 18271;
    first[i] = 18293;
  }
  batch_columns(&w, R, birth, granted, first);
  batch_outputs(&o);
  o.trajectory_last_day = last;
  o.compensated = compensated;
  fflush(NULL);
  pid = fork();
  if (pid == 0) {
    lde_status s;
    /* Warm up first: the default parameters are parsed from JSON once, on first use, and
     * nlohmann::json cannot be swept (see above). */
    if (lde_evaluate_workers(NULL, &w, NULL, 19000, 1, &o) != LDE_OK) _exit(3);
    (void)lde_last_error_message();
    one_shot = 1; /* so that turning the bad_alloc into another error could succeed */
    countdown = n;
    s = lde_evaluate_workers(NULL, &w, NULL, 19000, 1, &o);
    countdown = -1;
    if (s == LDE_OK) _exit(reached ? 0 : 10); /* a failure the library absorbed (a thread not started) */
    if (s == LDE_STATUS_INTERNAL) _exit(7);
    if (s != LDE_STATUS_OUT_OF_MEMORY) _exit(8);
    if (lde_last_error_status() != s) _exit(5);
    _exit(reached ? 0 : 9);
  }
  if (pid < 0 || waitpid(pid, &wstatus, 0) != pid || !WIFEXITED(wstatus)) {
    fprintf(stderr, "batch with allocation %ld failing: child did not exit normally (signal %d)\n", n,
            WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : -1);
    *abnormal = 1;
    return 1;
  }
  if (WEXITSTATUS(wstatus) == 10) return 1;
  if (WEXITSTATUS(wstatus) == 7) *internal = 1;
  if (WEXITSTATUS(wstatus) != 0) {
    fprintf(stderr, "batch with allocation %ld failing: child exited with %d\n", n, WEXITSTATUS(wstatus));
    *abnormal = 1;
  }
  return 0;
}

static void test_batch_fault_injection(void) {
  long n;
  int abnormal = 0;
  int internal = 0;
  int done = 0;
  for (n = 0; n < 5000 && !done; ++n) done = sweep_batch(n, &abnormal, &internal);
  CHECK(done);
  CHECK(!internal);
  CHECK(!abnormal);
  printf("lde_evaluate_workers: every one of its %ld allocations failed in turn, OUT_OF_MEMORY every time\n", n - 1);
}

static long batch_allocations(size_t rows, lde_status* status) {
  int64_t* birth = (int64_t*)malloc(rows * sizeof(int64_t));
  int64_t* granted = (int64_t*)malloc(rows * sizeof(int64_t));
  int64_t* first = (int64_t*)malloc(rows * sizeof(int64_t));
  int64_t* last = (int64_t*)malloc(rows * sizeof(int64_t));
  uint8_t* compensated = (uint8_t*)malloc(rows);
  uint32_t* reason = (uint32_t*)malloc(rows * sizeof(uint32_t));
  lde_worker_columns w;
  lde_worker_outputs o;
  long before;
  long used;
  size_t i;
  for (i = 0; i < rows; ++i) {
    birth[i] = -3650 + (int64_t)(i % 5000); /* born 1960..1973 */
    granted[i] = 18271;                     /* 2020-01-10 */
    first[i] = 18293;                       /* 2020-02-01 */
  }
  batch_columns(&w, rows, birth, granted, first);
  batch_outputs(&o);
  o.trajectory_last_day = last;
  o.compensated = compensated;
  o.reason = reason;
  before = allocations;
  *status = lde_evaluate_workers(NULL, &w, NULL, 19000, 1, &o);
  used = allocations - before;
  free(birth);
  free(granted);
  free(first);
  free(last);
  free(compensated);
  free(reason);
  return used;
}

/* The population layer allocates nothing per row (one scratch dossier per
 * thread); what is left per row is what the rules engine (evaluate_worker)
 * allocates for its intermediate results. The bound below is that engine
 * cost for a typical row (right + employment, no absences) with a margin.
 * Measured on the same rows: 44 per row before the scratch dossier and the
 * lazily built field names, 39 after; all 39 come from evaluate_worker(). */
#define MAX_ALLOCATIONS_PER_ROW 48

static void test_batch_allocations(void) {
  lde_status s1 = LDE_OK, s2 = LDE_OK;
  long warm, small, large;
  double per_row;
  warm = batch_allocations(10, &s1);
  small = batch_allocations(1000, &s1);
  large = batch_allocations(3000, &s2);
  CHECK(s1 == LDE_OK && s2 == LDE_OK);
  per_row = (double)(large - small) / 2000.0;
  printf("lde_evaluate_workers: %ld allocations for 10 rows, %ld for 1000, %ld for 3000: %.2f per row\n", warm,
         small, large, per_row);
  CHECK(per_row <= MAX_ALLOCATIONS_PER_ROW);
  /* The fixed part (absence index, scratch, thread pool) is small. */
  CHECK(small - (long)(per_row * 1000.0) <= 64);
}

/* lde_evaluate_population() on whole dossiers: per worker two rights (the second replacing the
 * first, I-6), two employment periods (I-7), an absence and a competence approval (I-9). The batch
 * layer allocates nothing per row, so the count per row stays what the rules cost for such a row,
 * whatever the number of rows: the per-row figure between 1000 and 3000 rows equals the one
 * between 300 and 1000 (up to rounding), and stays within the bound of the one-spell call. */
static long pending_countdown = -1; /* >= 0: population_allocations() makes that allocation of the call fail */

static long population_allocations(size_t n, lde_status* status) {
  int64_t* birth = (int64_t*)malloc(n * sizeof(int64_t));
  int64_t* r_worker = (int64_t*)malloc(2 * n * sizeof(int64_t));
  int32_t* r_kind = (int32_t*)malloc(2 * n * sizeof(int32_t));
  int64_t* r_granted = (int64_t*)malloc(2 * n * sizeof(int64_t));
  int64_t* e_worker = (int64_t*)malloc(2 * n * sizeof(int64_t));
  int64_t* e_first = (int64_t*)malloc(2 * n * sizeof(int64_t));
  int64_t* e_last = (int64_t*)malloc(2 * n * sizeof(int64_t));
  int64_t* a_worker = (int64_t*)malloc(n * sizeof(int64_t));
  int64_t* a_first = (int64_t*)malloc(n * sizeof(int64_t));
  int64_t* a_last = (int64_t*)malloc(n * sizeof(int64_t));
  int32_t* a_reason = (int32_t*)malloc(n * sizeof(int32_t));
  int64_t* c_worker = (int64_t*)malloc(n * sizeof(int64_t));
  int32_t* c_months = (int32_t*)malloc(n * sizeof(int32_t));
  int64_t* c_approved = (int64_t*)malloc(n * sizeof(int64_t));
  int64_t* last = (int64_t*)malloc(n * sizeof(int64_t));
  int32_t* ended = (int32_t*)malloc(n * sizeof(int32_t));
  uint8_t* compensated = (uint8_t*)malloc(n);
  lde_worker_table wt = LDE_WORKER_TABLE_INIT;
  lde_right_table rt = LDE_RIGHT_TABLE_INIT;
  lde_employment_table et = LDE_EMPLOYMENT_TABLE_INIT;
  lde_absence_table at = LDE_ABSENCE_TABLE_INIT;
  lde_competence_table ct = LDE_COMPETENCE_TABLE_INIT;
  lde_population pop = LDE_POPULATION_INIT;
  lde_worker_outputs o = LDE_WORKER_OUTPUTS_INIT;
  long before, used;
  size_t i;
  for (i = 0; i < n; ++i) {
    birth[i] = -3650 + (int64_t)(i % 5000); /* born 1960..1973 */
    r_worker[2 * i] = r_worker[2 * i + 1] = (int64_t)i;
    r_kind[2 * i] = LDE_RIGHT_LDE;
    r_kind[2 * i + 1] = LDE_RIGHT_MAATWERK;
    r_granted[2 * i] = 18271;     /* 2020-01-10 */
    r_granted[2 * i + 1] = 18993; /* 2022-01-01 */
    e_worker[2 * i] = e_worker[2 * i + 1] = (int64_t)i;
    e_first[2 * i] = 18293;      /* 2020-02-01 */
    e_last[2 * i] = 18808;       /* 2021-06-30 */
    e_first[2 * i + 1] = 18809;  /* 2021-07-01 */
    e_last[2 * i + 1] = LDE_NO_DAYS;
    a_worker[i] = (int64_t)i;
    a_first[i] = 18687; /* 2021-03-01 */
    a_last[i] = 18746;  /* 2021-04-29 */
    a_reason[i] = LDE_ABSENCE_ILLNESS;
    c_worker[i] = (int64_t)i;
    c_months[i] = 6;
    c_approved[i] = 18637; /* 2021-01-10 */
  }
  wt.rows = n;
  wt.birth_date = birth;
  rt.rows = 2 * n;
  rt.worker = r_worker;
  rt.kind = r_kind;
  rt.granted = r_granted;
  et.rows = 2 * n;
  et.worker = e_worker;
  et.first_day = e_first;
  et.last_day = e_last;
  at.rows = n;
  at.worker = a_worker;
  at.first_day = a_first;
  at.last_day = a_last;
  at.reason = a_reason;
  ct.rows = n;
  ct.worker = c_worker;
  ct.months = c_months;
  ct.approved = c_approved;
  pop.workers = &wt;
  pop.rights = &rt;
  pop.employment = &et;
  pop.absences = &at;
  pop.competence_extensions = &ct;
  o.trajectory_last_day = last;
  o.right_ended = ended;
  o.compensated = compensated;
  before = allocations;
  if (pending_countdown >= 0) {
    one_shot = 1;
    countdown = pending_countdown;
  }
  *status = lde_evaluate_population(NULL, &pop, 19000, 1, &o);
  countdown = -1;
  used = allocations - before;
  free(birth);
  free(r_worker);
  free(r_kind);
  free(r_granted);
  free(e_worker);
  free(e_first);
  free(e_last);
  free(a_worker);
  free(a_first);
  free(a_last);
  free(a_reason);
  free(c_worker);
  free(c_months);
  free(c_approved);
  free(last);
  free(ended);
  free(compensated);
  return used;
}

static void test_population_allocations(void) {
  lde_status s1 = LDE_OK, s2 = LDE_OK, s3 = LDE_OK;
  long small, medium, large;
  double low, high;
  (void)population_allocations(10, &s1); /* warm up (the default parameters) */
  small = population_allocations(300, &s1);
  medium = population_allocations(1000, &s2);
  large = population_allocations(3000, &s3);
  CHECK(s1 == LDE_OK && s2 == LDE_OK && s3 == LDE_OK);
  low = (double)(medium - small) / 700.0;
  high = (double)(large - medium) / 2000.0;
  printf("lde_evaluate_population (2 rights, 2 employment periods, an absence, a competence approval per worker): "
         "%ld allocations for 300 workers, %ld for 1000, %ld for 3000: %.2f per row, then %.2f per row\n",
         small, medium, large, low, high);
  CHECK(high <= low + 0.05 && low <= high + 0.05); /* constant per row */
  CHECK(high <= MAX_ALLOCATIONS_PER_ROW);
}

/* lde_evaluate_population() with each of its allocations failing alone in turn (in a child each):
 * LDE_STATUS_OUT_OF_MEMORY every time, never INTERNAL, never an abort. */
static void test_population_fault_injection(void) {
  long n;
  int done = 0, abnormal = 0;
  for (n = 0; n < 5000 && !done; ++n) {
    pid_t pid;
    int wstatus = 0;
    fflush(NULL);
    pid = fork();
    if (pid == 0) {
      lde_status s = LDE_OK;
      (void)population_allocations(4, &s); /* warm up: the default parameters */
      if (s != LDE_OK) _exit(3);
      reached = 0;
      pending_countdown = n;
      (void)population_allocations(4, &s);
      if (s == LDE_OK) _exit(reached ? 0 : 10);
      if (s != LDE_STATUS_OUT_OF_MEMORY) _exit(8);
      _exit(reached ? 0 : 9);
    }
    if (pid < 0 || waitpid(pid, &wstatus, 0) != pid || !WIFEXITED(wstatus)) {
      fprintf(stderr, "population with allocation %ld failing: child did not exit normally\n", n);
      abnormal = 1;
      break;
    }
    if (WEXITSTATUS(wstatus) == 10) {
      done = 1;
    } else if (WEXITSTATUS(wstatus) != 0) {
      fprintf(stderr, "population with allocation %ld failing: child exited with %d\n", n, WEXITSTATUS(wstatus));
      abnormal = 1;
    }
  }
  CHECK(done);
  CHECK(!abnormal);
  printf("lde_evaluate_population: every one of its %ld allocations failed in turn, OUT_OF_MEMORY every time\n", n - 1);
}

int main(void) {
  test_fault_injection();
  test_batch_fault_injection();
  test_batch_allocations();
  test_population_allocations();
  test_population_fault_injection();
  return check_summary();
}
