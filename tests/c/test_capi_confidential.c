/* The C ABI of the confidential section (lde.h "Confidential section"), compiled as C99: the worked
 * example of docs/rules/confidential.md (a worker moves from employer A to employer B) read through
 * every accessor, the named errors with their status and field, NULL arguments, indexes past the end
 * and struct sizes. */
#include "check.h"

static const char* kLog =
    "{\"employment\": [{\"employer\": \"A\", \"first_day\": \"2022-03-01\", \"last_day\": \"2024-06-30\"},"
    "                 {\"employer\": \"B\", \"first_day\": \"2024-07-01\"}],"
    " \"persons\": [{\"id\": \"an\", \"role\": \"staff\", \"employer\": \"A\"},"
    "              {\"id\": \"bert\", \"role\": \"staff\", \"employer\": \"B\"},"
    "              {\"id\": \"mia\", \"role\": \"mediator\"}, {\"id\": \"wim\", \"role\": \"worker\"}],"
    " \"events\": ["
    "  {\"id\": \"e1\", \"date\": \"2022-02-15\", \"kind\": \"mediator\", \"person\": \"mia\"},"
    "  {\"id\": \"e2\", \"date\": \"2022-02-20\", \"kind\": \"upload\", \"person\": \"mia\", \"document\": \"icf-2022\","
    "   \"document_kind\": \"icf\", \"version\": 1},"
    "  {\"id\": \"e3\", \"date\": \"2022-03-01\", \"kind\": \"consent\", \"person\": \"an\"},"
    "  {\"id\": \"e4\", \"date\": \"2022-09-01\", \"kind\": \"upload\", \"person\": \"an\", \"document\": \"pop-a\","
    "   \"document_kind\": \"pop\", \"version\": 1},"
    "  {\"id\": \"e5\", \"date\": \"2023-03-01\", \"kind\": \"upload\", \"person\": \"an\", \"document\": \"eval-a\","
    "   \"document_kind\": \"evaluation\", \"version\": 1},"
    "  {\"id\": \"e7\", \"date\": \"2024-03-01\", \"kind\": \"upload\", \"person\": \"mia\", \"document\": \"icf-2024\","
    "   \"document_kind\": \"icf\", \"version\": 1},"
    "  {\"id\": \"e8\", \"date\": \"2024-07-01\", \"kind\": \"consent\", \"person\": \"bert\"},"
    "  {\"id\": \"e9\", \"date\": \"2024-09-01\", \"kind\": \"upload\", \"person\": \"bert\", \"document\": \"pop-b\","
    "   \"document_kind\": \"pop\", \"version\": 1}]}";

static lde_access_answer answer_struct(void) {
  lde_access_answer a = LDE_ACCESS_ANSWER_INIT;
  return a;
}

static void test_worked_example(const lde_confidential_log* log) {
  lde_access_answer a = answer_struct();
  lde_access_holder h = LDE_ACCESS_HOLDER_INIT;
  lde_document_version v = LDE_DOCUMENT_VERSION_INIT;
  size_t n = 0;

  /* A's contact person: access through the last day of employment, not the day after. */
  CHECK_OK(lde_confidential_access(log, "an", D(2024, 6, 30), &a));
  CHECK(a.allowed == 1 && a.reason == LDE_ACCESS_CONSENT);
  CHECK(strcmp(a.rule, "confidential.access.consent") == 0);
  CHECK(strstr(a.readings, "I-28") != NULL);
  CHECK(strstr(a.source, "Vertrouwelijk luik") != NULL);
  CHECK_OK(lde_confidential_access(log, "an", D(2024, 7, 1), &a));
  CHECK(a.allowed == 0 && a.reason == LDE_ACCESS_EMPLOYMENT_ENDED);
  CHECK(strcmp(lde_access_reason_name(a.reason), "employment_ended") == 0);

  /* Who has access on 2024-07-01: bert for B, then the mediator. */
  CHECK_OK(lde_confidential_holder_count(log, D(2024, 7, 1), &n));
  CHECK(n == 2);
  CHECK_OK(lde_confidential_holder(log, D(2024, 7, 1), 0, &h));
  CHECK(strcmp(h.person, "bert") == 0 && strcmp(h.employer, "B") == 0 && h.role == LDE_PERSON_STAFF);
  CHECK(h.since.year == 2024 && h.since.month == 7 && h.since.day == 1 && h.via == LDE_ACCESS_CONSENT);
  CHECK(strcmp(h.event, "e8") == 0);
  CHECK_OK(lde_confidential_holder(log, D(2024, 7, 1), 1, &h));
  CHECK(strcmp(h.person, "mia") == 0 && strcmp(h.employer, "") == 0 && h.role == LDE_PERSON_MEDIATOR);
  CHECK_STATUS(lde_confidential_holder(log, D(2024, 7, 1), 2, &h), LDE_STATUS_OUT_OF_RANGE);

  /* B's contact person sees the latest ICF and B's POP, never A's documents. */
  CHECK_OK(lde_confidential_visible_count(log, "bert", D(2024, 9, 1), &n));
  CHECK(n == 2);
  CHECK_OK(lde_confidential_visible(log, "bert", D(2024, 9, 1), 0, &v));
  CHECK(strcmp(v.document, "icf-2024") == 0 && v.kind == LDE_DOCUMENT_ICF && v.version == 1);
  CHECK(v.uploader_role == LDE_PERSON_MEDIATOR && strcmp(v.employer, "") == 0 && strcmp(v.person, "mia") == 0);
  CHECK_OK(lde_confidential_visible(log, "bert", D(2024, 9, 1), 1, &v));
  CHECK(strcmp(v.document, "pop-b") == 0 && strcmp(v.employer, "B") == 0 && strcmp(v.event, "e9") == 0);
  CHECK_STATUS(lde_confidential_visible(log, "bert", D(2024, 9, 1), 2, &v), LDE_STATUS_OUT_OF_RANGE);
  CHECK_OK(lde_confidential_may_view(log, "bert", "eval-a", D(2024, 9, 1), &a));
  CHECK(a.allowed == 0 && a.reason == LDE_ACCESS_OTHER_EMPLOYER_DOCUMENT);
  CHECK(strcmp(a.rule, "confidential.view.own_employer") == 0);
  CHECK_OK(lde_confidential_may_view(log, "an", "icf-2022", D(2024, 3, 1), &a));
  CHECK(a.allowed == 0 && a.reason == LDE_ACCESS_OLDER_ICF);

  /* Uploads: the contact person with access and the worker; nothing is ever deleted. */
  CHECK_OK(lde_confidential_may_upload(log, "bert", D(2024, 6, 30), &a));
  CHECK(a.allowed == 0 && a.reason == LDE_ACCESS_NEVER_GRANTED);
  CHECK_OK(lde_confidential_may_upload(log, "wim", D(2024, 6, 30), &a));
  CHECK(a.allowed == 1 && a.reason == LDE_ACCESS_WORKER);
  CHECK_OK(lde_confidential_history_count(log, D(2030, 1, 1), &n));
  CHECK(n == 5);
  CHECK_OK(lde_confidential_history(log, D(2030, 1, 1), 4, &v));
  CHECK(strcmp(v.document, "pop-b") == 0);
}

static void test_errors(const lde_confidential_log* log) {
  lde_confidential_log* bad = NULL;
  lde_access_answer a = answer_struct();
  size_t n = 0;
  char buf[8];
  size_t needed = 0;

  /* A consent before the employment starts (C-2) names the event's date. */
  const char* early =
      "{\"employment\": [{\"employer\": \"A\", \"first_day\": \"2022-03-01\"}],"
      " \"persons\": [{\"id\": \"an\", \"role\": \"staff\", \"employer\": \"A\"}],"
      " \"events\": [{\"id\": \"c\", \"date\": \"2022-02-01\", \"kind\": \"consent\", \"person\": \"an\"}]}";
  CHECK_STATUS(lde_confidential_log_from_json(early, &bad), LDE_STATUS_CONFLICT);
  CHECK(bad == NULL);
  CHECK(strcmp(lde_last_error_field(), "events[0].date") == 0);
  CHECK(strstr(lde_last_error_message(), "consent before the employment starts") != NULL);
  /* An unknown document kind names the field. */
  const char* kind =
      "{\"persons\": [{\"id\": \"m\", \"role\": \"mediator\"}], \"events\": [{\"id\": \"u\", \"date\": \"2022-02-01\","
      " \"kind\": \"upload\", \"person\": \"m\", \"document\": \"d\", \"document_kind\": \"x\", \"version\": 1}]}";
  CHECK_STATUS(lde_confidential_log_from_json(kind, &bad), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "events[0].document_kind") == 0);
  CHECK_STATUS(lde_confidential_log_from_json("{", &bad), LDE_STATUS_PARSE_ERROR);
  CHECK_STATUS(lde_confidential_log_from_json(NULL, &bad), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_confidential_log_from_json(kLog, NULL), LDE_STATUS_INVALID_ARGUMENT);

  /* Queries: unknown names, NULL arguments, the empty date, struct sizes. */
  CHECK_STATUS(lde_confidential_access(log, "nobody", D(2024, 1, 1), &a), LDE_STATUS_NOT_FOUND);
  CHECK(strcmp(lde_last_error_field(), "person") == 0);
  CHECK_STATUS(lde_confidential_may_view(log, "an", "nothing", D(2024, 1, 1), &a), LDE_STATUS_NOT_FOUND);
  CHECK(strcmp(lde_last_error_field(), "document") == 0);
  CHECK_STATUS(lde_confidential_access(NULL, "an", D(2024, 1, 1), &a), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_confidential_access(log, NULL, D(2024, 1, 1), &a), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_confidential_access(log, "an", D(2024, 1, 1), NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_confidential_access(log, "an", D(0, 0, 0), &a), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_confidential_holder_count(log, D(2024, 2, 30), &n), LDE_STATUS_INVALID_DATE);
  a.struct_size = 4;
  CHECK_STATUS(lde_confidential_access(log, "an", D(2024, 1, 1), &a), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(lde_access_reason_name(99) == NULL);
  CHECK_STATUS(lde_confidential_log_to_json(log, buf, sizeof buf, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed > sizeof buf);
  lde_confidential_log_free(NULL);
}

int main(void) {
  lde_confidential_log* log = NULL;
  CHECK_OK(lde_confidential_log_from_json(kLog, &log));
  if (log != NULL) {
    test_worked_example(log);
    test_errors(log);
  }
  lde_confidential_log_free(log);
  return check_summary();
}
