/* The C ABI of the settlement ledger (lde.h "Settlement ledger"), compiled as C99: allocation LDE-0007 of
 * tests/cases/ledger.json (2.00 FTE, two full-time hires each month of Q1 2025, DmfA W1 1.00 and W2 0.50,
 * the advances and the settlement paid, W2 corrected to 1.00 on 2025-07-01) read through every accessor,
 * the named errors with their status and field, NULL arguments, indexes past the end and struct sizes. */
#include "check.h"

static const char* kLedger =
    "{\"allocation_number\": \"LDE-0007\", \"facts\": ["
    "{\"kind\": \"contingent\", \"known_from\": \"2024-12-01\", \"from\": \"2025-01-01\", \"fte\": \"2.00\"}, "
    "{\"kind\": \"hires\", \"known_from\": \"2025-01-01\", \"month\": \"2025-01\", \"fractions\": [\"1.00\", \"1.00\"]}, "
    "{\"kind\": \"hires\", \"known_from\": \"2025-02-01\", \"month\": \"2025-02\", \"fractions\": [\"1.00\", \"1.00\"]}, "
    "{\"kind\": \"hires\", \"known_from\": \"2025-03-01\", \"month\": \"2025-03\", \"fractions\": [\"1.00\", \"1.00\"]}, "
    "{\"kind\": \"dmfa\", \"known_from\": \"2025-04-20\", \"quarter\": \"2025-Q1\", \"worker\": \"W1\", \"action\": \"declaration\", \"fraction\": \"1.00\"}, "
    "{\"kind\": \"dmfa\", \"known_from\": \"2025-04-20\", \"quarter\": \"2025-Q1\", \"worker\": \"W2\", \"action\": \"declaration\", \"fraction\": \"0.50\"}, "
    "{\"kind\": \"payment\", \"payment\": \"advance\", \"period\": \"2025-01\", \"date\": \"2025-01-10\", \"amount\": \"2140.27\", \"reference\": \"Voorschot.LDE.2025.01.LDE-0007\"}, "
    "{\"kind\": \"payment\", \"payment\": \"advance\", \"period\": \"2025-02\", \"date\": \"2025-02-10\", \"amount\": \"1933.15\", \"reference\": \"Voorschot.LDE.2025.02.LDE-0007\"}, "
    "{\"kind\": \"payment\", \"payment\": \"advance\", \"period\": \"2025-03\", \"date\": \"2025-03-10\", \"amount\": \"2140.27\", \"reference\": \"Voorschot.LDE.2025.03.LDE-0007\"}, "
    "{\"kind\": \"payment\", \"payment\": \"settlement\", \"period\": \"2025-Q1\", \"date\": \"2025-05-10\", \"amount\": \"-1553.42\", \"reference\": \"Afrekening.2025.1.LDE-0007\"}, "
    "{\"kind\": \"dmfa\", \"known_from\": \"2025-07-01\", \"quarter\": \"2025-Q1\", \"worker\": \"W2\", \"action\": \"correction\", \"fraction\": \"1.00\"}"
    "]}";

static void test_statement(const lde_ledger* ledger) {
  lde_ledger_statement* st = NULL;
  lde_ledger_totals t = LDE_LEDGER_TOTALS_INIT;
  lde_ledger_line l = LDE_LEDGER_LINE_INIT;
  char buf[65536];
  size_t needed = 0;
  size_t i;
  CHECK_OK(lde_ledger_as_of(NULL, ledger, D(2025, 7, 1), LDE_FLAG_TRACE, &st));
  if (st == NULL) return;
  CHECK_OK(lde_ledger_statement_totals(st, &t));
  CHECK(t.as_of.year == 2025 && t.as_of.month == 7 && t.as_of.day == 1);
  CHECK(t.month_count == 7 && t.quarter_count == 1);
  /* W2 corrected: right 12 600 x 2.00 / 365 x 90 = 6213.70; paid 6213.69 - 1553.42; balance +1553.43. */
  CHECK(t.due_cents == 621370 && t.paid_cents == 466027 && t.balance_cents == 155343);
  CHECK(strlen(t.facts_fingerprint) == 64 && strlen(t.parameters_fingerprint) == 64);
  CHECK(t.library_version != NULL && t.library_version[0] != '\0');
  CHECK_OK(lde_ledger_statement_line(st, 0, &l));
  CHECK(l.period == LDE_LEDGER_MONTH && l.year == 2025 && l.number == 1 && l.settled == 1);
  CHECK(l.fte_units == 20000 && l.due_cents == 214027 && l.paid_cents == 214027 && l.balance_cents == 0);
  CHECK(strcmp(l.payment_reference, "") == 0);
  CHECK_OK(lde_ledger_statement_line(st, 7, &l));
  CHECK(l.period == LDE_LEDGER_QUARTER && l.year == 2025 && l.number == 1 && l.settled == 1);
  CHECK(l.fte_units == 20000 && l.right_cents == 621370 && l.due_cents == 1);
  CHECK(l.paid_cents == -155342 && l.balance_cents == 155343);
  CHECK(strcmp(l.payment_reference, "Regularisatie.Afrekening.2025.1.LDE-0007.1") == 0);
  CHECK(strlen(l.facts_fingerprint) == 64);
  {
    int64_t sum = 0;
    for (i = 0; i < t.month_count + t.quarter_count; ++i) {
      CHECK_OK(lde_ledger_statement_line(st, i, &l));
      CHECK(l.balance_cents + l.paid_cents == l.due_cents);
      sum += l.balance_cents;
    }
    CHECK(sum == t.balance_cents);
  }
  CHECK_STATUS(lde_ledger_statement_line(st, 8, &l), LDE_STATUS_OUT_OF_RANGE);
  CHECK_OK(lde_ledger_statement_json(st, buf, sizeof buf, &needed));
  CHECK(strstr(buf, "\"kind\":\"ledger\"") != NULL);
  CHECK(strstr(buf, "\"rule\":\"ledger.as_of\"") != NULL);
  CHECK(strstr(buf, "\"balance\":\"1553.43\"") != NULL);
  {
    char small[8];
    CHECK_STATUS(lde_ledger_statement_json(st, small, sizeof small, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
    CHECK(needed > sizeof small && small[0] == '\0');
  }
  l.struct_size = 4;
  CHECK_STATUS(lde_ledger_statement_line(st, 0, &l), LDE_STATUS_INVALID_ARGUMENT);
  t.struct_size = 3;
  CHECK_STATUS(lde_ledger_statement_totals(st, &t), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_ledger_statement_totals(st, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_ledger_statement_totals(NULL, &t), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_ledger_statement_line(NULL, 0, &l), LDE_STATUS_INVALID_ARGUMENT);
  lde_ledger_statement_free(st);
  /* Before the DmfA is known: no quarter line, the advances due and paid. */
  st = NULL;
  CHECK_OK(lde_ledger_as_of(NULL, ledger, D(2025, 4, 19), 0, &st));
  if (st != NULL) {
    lde_ledger_totals t2 = LDE_LEDGER_TOTALS_INIT;
    CHECK_OK(lde_ledger_statement_totals(st, &t2));
    CHECK(t2.month_count == 4 && t2.quarter_count == 0 && t2.balance_cents == 0 && t2.due_cents == 621369);
  }
  lde_ledger_statement_free(st);
}

/* A fact appended to the test log, as JSON text. */
static lde_status with_fact(const char* fact, lde_ledger** out) {
  static char text[8192];
  size_t n = strlen(kLedger);
  memcpy(text, kLedger, n - 2); /* drop "]}" */
  text[n - 2] = '\0';
  strcat(text, ", ");
  strcat(text, fact);
  strcat(text, "]}");
  return lde_ledger_from_json(NULL, text, out);
}

static void test_errors(const lde_ledger* ledger) {
  lde_ledger* bad = NULL;
  lde_ledger_statement* st = NULL;
  char buf[8192];
  size_t needed = 0;
  CHECK_STATUS(with_fact("{\"kind\": \"payment\", \"payment\": \"advance\", \"period\": \"2024-12\", \"date\": \"2024-12-10\","
                         " \"amount\": \"1.00\", \"reference\": \"x\"}", &bad), LDE_STATUS_NOT_FOUND);
  CHECK(strcmp(lde_last_error_field(), "facts[11].period") == 0);
  CHECK(bad == NULL);
  CHECK_STATUS(with_fact("{\"kind\": \"dmfa\", \"known_from\": \"2025-06-30\", \"quarter\": \"2025-Q2\", \"worker\": \"W1\","
                         " \"action\": \"declaration\", \"fraction\": \"1.00\"}", &bad), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "facts[11].known_from") == 0);
  CHECK_STATUS(with_fact("{\"kind\": \"dmfa\", \"known_from\": \"2025-07-02\", \"quarter\": \"2025-Q1\", \"worker\": \"W9\","
                         " \"action\": \"withdrawal\"}", &bad), LDE_STATUS_NOT_FOUND);
  CHECK(strcmp(lde_last_error_field(), "facts[11].worker") == 0);
  CHECK_STATUS(with_fact("{\"kind\": \"payment\", \"payment\": \"advance\", \"period\": \"2025-04\", \"date\": \"2025-04-10\","
                         " \"amount\": \"1.00\", \"reference\": \"Voorschot.LDE.2025.01.LDE-0007\"}", &bad), LDE_STATUS_CONFLICT);
  CHECK(strcmp(lde_last_error_field(), "facts[11].reference") == 0);
  CHECK_STATUS(lde_ledger_from_json(NULL, "{\"allocation_number\": \"A\", \"facts\": [{\"kind\": \"dmfa\"}]}", &bad),
               LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "facts[0].known_from") == 0);
  CHECK_STATUS(lde_ledger_from_json(NULL, NULL, &bad), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_ledger_from_json(NULL, kLedger, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_ledger_as_of(NULL, NULL, D(2025, 7, 1), 0, &st), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(st == NULL);
  CHECK_STATUS(lde_ledger_as_of(NULL, ledger, D(2025, 2, 30), 0, &st), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "as_of") == 0);
  CHECK_STATUS(lde_ledger_as_of(NULL, ledger, D(2025, 7, 1), 99, &st), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_ledger_to_json(ledger, buf, sizeof buf, &needed));
  CHECK(strstr(buf, "\"format\":\"lde-ledger/1\"") != NULL && strstr(buf, "LDE-0007") != NULL);
  CHECK_STATUS(lde_ledger_to_json(NULL, buf, sizeof buf, &needed), LDE_STATUS_INVALID_ARGUMENT);
  lde_ledger_free(NULL);
  lde_ledger_statement_free(NULL);
}

/* The same answers through lde_evaluate_json(), with the history and the explanation. */
static void test_evaluate_json(void) {
  static char input[16384];
  static char out[262144];
  size_t needed = 0;
  strcpy(input, "{\"at\": \"2025-07-01\", \"quarter\": \"2025-Q1\", \"from\": \"2025-05-01\", \"ledger\": ");
  strcat(input, kLedger);
  strcat(input, "}");
  CHECK_OK(lde_evaluate_json(NULL, input, 0, out, sizeof out, &needed));
  CHECK(strstr(out, "\"difference\":\"1553.43\"") != NULL);
  CHECK(strstr(out, "\"history\":[{\"from\":\"2024-12-01\"") != NULL);
}

int main(void) {
  lde_ledger* ledger = NULL;
  CHECK_OK(lde_ledger_from_json(NULL, kLedger, &ledger));
  if (ledger != NULL) {
    test_statement(ledger);
    test_errors(ledger);
  }
  test_evaluate_json();
  lde_ledger_free(ledger);
  return check_summary();
}
