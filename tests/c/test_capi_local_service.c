/* The C ABI of the local services (lde.h "Local services and the DAEB rules"), compiled as C99: the worked
 * example of docs/rules/local-services.md (a social restaurant, compensation for 2024) read through every
 * accessor, a decision missing one element, the named errors with their status and field, NULL arguments,
 * indexes past the end and struct sizes. */
#include "check.h"

#define ELEMENTS                                                                                         \
  "[\"enterprise_name_address\", \"duration\", \"service_description\", \"compensation_mechanism\", "   \
  "\"overcompensation_arrangements\", \"legal_basis\", \"non_transferability\", \"daeb_reference\"]"
#define PARTS                                                                                            \
  "[\"policy\", \"service_impact\", \"employment\", \"target_group\", \"budgetary\", \"local_supply\", " \
  "\"long_term\", \"flemish_policy\"]"

static const char* kService =
    "{\"name\": \"sociaal restaurant\", \"klaverblad\": \"local\", \"trajectories\": \"local\","
    " \"daeb_declared_by\": \"college\","
    " \"assignment\": {\"given_by\": \"ocmw_council\", \"submitted_to_department\": true, \"legally_binding\": true,"
    "                  \"elements\": " ELEMENTS "},"
    " \"market\": {\"situation\": \"not_provided\"},"
    " \"impact_analysis\": {\"drawn_up_by\": \"college\", \"parts\": " PARTS ","
    "                       \"advice\": {\"forum\": \"resoc\", \"trade_unions\": true, \"employers_organisations\": true}},"
    " \"compensation\": {\"first_day\": \"2024-01-01\", \"last_day\": \"2024-12-31\", \"costs\": \"100000.00\","
    "                    \"revenues\": \"20000.00\", \"capital_employed\": \"50000.00\", \"swap_rate_percent\": \"2.50\","
    "                    \"compensation\": \"81750.01\"},"
    " \"co_funding\": {\"first_day\": \"2024-01-01\", \"last_day\": \"2024-12-31\","
    "                  \"trajectory_compensation\": \"25200.00\", \"local_co_funding\": \"5000.00\","
    "                  \"net_cost\": \"20000.00\"}}";

static void test_worked_example(const lde_local_service_decision* d) {
  lde_local_service_summary s = LDE_LOCAL_SERVICE_SUMMARY_INIT;
  lde_local_check_answer c = LDE_LOCAL_CHECK_ANSWER_INIT;
  lde_local_compensation comp = LDE_LOCAL_COMPENSATION_INIT;
  lde_local_co_funding cf = LDE_LOCAL_CO_FUNDING_INIT;
  const char* name = NULL;
  char buf[65536];
  size_t needed = 0;

  CHECK_OK(lde_local_service_decision_summary(d, &s));
  CHECK(s.at.year == 2024 && s.at.month == 6 && s.at.day == 1);
  CHECK(s.klaverblad == LDE_KLAVERBLAD_LOCAL);
  CHECK(s.may_execute == 1 && s.overcompensated == 1);
  CHECK(s.failing_count == 2 && s.missing_elements_count == 0 && s.missing_parts_count == 0);
  CHECK_OK(lde_local_service_decision_name(d, LDE_LOCAL_LIST_FAILING, 0, &name));
  CHECK(name != NULL && strcmp(name, "overcompensation") == 0);
  CHECK_OK(lde_local_service_decision_name(d, LDE_LOCAL_LIST_FAILING, 1, &name));
  CHECK(name != NULL && strcmp(name, "co_funding_overcompensation") == 0);
  CHECK_STATUS(lde_local_service_decision_name(d, LDE_LOCAL_LIST_FAILING, 2, &name), LDE_STATUS_OUT_OF_RANGE);
  CHECK(name == NULL);

  CHECK_OK(lde_local_service_decision_check(d, LDE_LOCAL_CHECK_DAEB_DECLARATION, &c));
  CHECK(c.present == 1 && c.met == 1);
  CHECK(strcmp(c.rule, "local_service.daeb.declared_by") == 0);
  CHECK(strstr(c.source, "WSE-FAQ 4.5") != NULL);
  CHECK(strcmp(c.readings, "L-3") == 0);
  CHECK_OK(lde_local_service_decision_check(d, LDE_LOCAL_CHECK_COMPENSATION, &c));
  CHECK(c.present == 1 && c.met == 0);
  CHECK(strstr(c.readings, "I-26") != NULL);

  /* 4.9, I-26: net cost 80000.00; profit (2.50 + 1.00) % x 50000.00 = 1750.00; cap 81750.00; 0.01 over. */
  CHECK_OK(lde_local_service_decision_compensation(d, &comp));
  CHECK(comp.present == 1);
  CHECK(comp.first_day.year == 2024 && comp.last_day.month == 12 && comp.last_day.day == 31);
  CHECK(comp.net_cost_cents == 8000000 && comp.max_profit_cents == 175000 && comp.cap_cents == 8175000);
  CHECK(comp.premium_ten_thousandths == 10000 && comp.profit_rate_ten_thousandths == 35000);
  CHECK(comp.capital_employed_cents == 5000000 && comp.compensation_cents == 8175001);
  CHECK(comp.overcompensation_cents == 1);

  /* 4.10, I-27: 25200.00 + 5000.00 - 20000.00 = 10200.00 over; deduction at most the co-funding 5000.00. */
  CHECK_OK(lde_local_service_decision_co_funding(d, &cf));
  CHECK(cf.present == 1 && cf.total_received_cents == 3020000 && cf.net_cost_cents == 2000000);
  CHECK(cf.overcompensation_cents == 1020000 && cf.deduction_cents == 500000);
  CHECK(cf.trajectory_compensation_cents == 2520000 && cf.local_co_funding_cents == 500000);
  CHECK(cf.trajectory_compensation_after_cents == 2020000);
  CHECK(cf.first_day.year == 2024 && cf.last_day.year == 2024);

  CHECK_OK(lde_local_service_decision_json(d, buf, sizeof buf, &needed));
  CHECK(strstr(buf, "\"kind\":\"local_service\"") != NULL);
  CHECK(strstr(buf, "\"cap\":\"81750.00\"") != NULL);
  CHECK(strstr(buf, "\"trace\":[{") != NULL);
  CHECK(needed == strlen(buf) + 1);
}

static void test_missing_element(void) {
  /* 4.8: a decision without its duration names it; no compensation amounts: the accessor says so. */
  const char* json =
      "{\"name\": \"onderhoud openbare ruimte\", \"klaverblad\": \"local\", \"daeb_declared_by\": \"municipal_council\","
      " \"assignment\": {\"given_by\": \"college\", \"submitted_to_department\": true, \"legally_binding\": true,"
      "                  \"elements\": [\"enterprise_name_address\", \"service_description\", \"compensation_mechanism\","
      "                  \"overcompensation_arrangements\", \"legal_basis\", \"non_transferability\", \"daeb_reference\"]},"
      " \"market\": {\"situation\": \"provided_unsatisfactorily\", \"shortcomings\": [\"quality\"]}}";
  lde_local_service* svc = NULL;
  lde_local_service_decision* d = NULL;
  lde_local_service_summary s = LDE_LOCAL_SERVICE_SUMMARY_INIT;
  lde_local_check_answer c = LDE_LOCAL_CHECK_ANSWER_INIT;
  lde_local_compensation comp = LDE_LOCAL_COMPENSATION_INIT;
  lde_local_co_funding cf = LDE_LOCAL_CO_FUNDING_INIT;
  const char* name = NULL;
  char buf[4096];
  CHECK_OK(lde_local_service_from_json(json, &svc));
  CHECK_OK(lde_local_service_to_json(svc, buf, sizeof buf, NULL));
  CHECK(strstr(buf, "\"municipalities\":1") != NULL);
  CHECK_OK(lde_evaluate_local_service(NULL, svc, D(2024, 1, 1), 0, &d));
  CHECK_OK(lde_local_service_decision_summary(d, &s));
  CHECK(s.may_execute == 0 && s.missing_elements_count == 1 && s.missing_parts_count == 8);
  CHECK_OK(lde_local_service_decision_name(d, LDE_LOCAL_LIST_MISSING_ELEMENTS, 0, &name));
  CHECK(name != NULL && strcmp(name, "duration") == 0);
  CHECK_OK(lde_local_service_decision_name(d, LDE_LOCAL_LIST_MISSING_PARTS, 7, &name));
  CHECK(name != NULL && strcmp(name, "flemish_policy") == 0);
  CHECK_OK(lde_local_service_decision_name(d, LDE_LOCAL_LIST_FAILING, 0, &name));
  CHECK(name != NULL && strcmp(name, "decision_missing_elements") == 0);
  CHECK_OK(lde_local_service_decision_name(d, LDE_LOCAL_LIST_FAILING, 1, &name));
  CHECK(name != NULL && strcmp(name, "impact_analysis_missing") == 0);
  CHECK_OK(lde_local_service_decision_check(d, LDE_LOCAL_CHECK_COMPENSATION, &c));
  CHECK(c.present == 0 && c.rule == NULL);
  CHECK_OK(lde_local_service_decision_compensation(d, &comp));
  CHECK(comp.present == 0);
  CHECK_OK(lde_local_service_decision_co_funding(d, &cf));
  CHECK(cf.present == 0);
  /* Without LDE_FLAG_TRACE the trace is empty. */
  CHECK_OK(lde_local_service_decision_json(d, buf, sizeof buf, NULL));
  CHECK(strstr(buf, "\"trace\":[]") != NULL);
  lde_local_service_decision_free(d);
  lde_local_service_free(svc);
}

static void test_errors(const lde_local_service* svc, const lde_local_service_decision* d) {
  lde_local_service* bad = NULL;
  lde_local_service_decision* out = NULL;
  lde_local_check_answer c = LDE_LOCAL_CHECK_ANSWER_INIT;
  lde_local_service_summary s = LDE_LOCAL_SERVICE_SUMMARY_INIT;
  const char* name = NULL;
  char small[8];
  size_t needed = 0;

  /* Named errors: negative costs, a SWAP rate below -5 %, an unknown authority, a period backwards. */
  CHECK_STATUS(lde_local_service_from_json(
                   "{\"name\": \"x\", \"klaverblad\": \"local\", \"compensation\": {\"first_day\": \"2024-01-01\","
                   " \"last_day\": \"2024-12-31\", \"costs\": \"-1.00\", \"revenues\": \"0\", \"capital_employed\": \"0\","
                   " \"swap_rate_percent\": \"1\", \"compensation\": \"0\"}}",
                   &bad),
               LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "compensation.costs") == 0);
  CHECK(bad == NULL);
  CHECK_STATUS(lde_local_service_from_json(
                   "{\"name\": \"x\", \"klaverblad\": \"local\", \"compensation\": {\"first_day\": \"2024-01-01\","
                   " \"last_day\": \"2024-12-31\", \"costs\": \"1.00\", \"revenues\": \"0\", \"capital_employed\": \"0\","
                   " \"swap_rate_percent\": \"-5.5\", \"compensation\": \"0\"}}",
                   &bad),
               LDE_STATUS_OUT_OF_RANGE);
  CHECK(strcmp(lde_last_error_field(), "compensation.swap_rate_percent") == 0);
  CHECK_STATUS(lde_local_service_from_json("{\"name\": \"x\", \"klaverblad\": \"local\", \"daeb_declared_by\": \"mayor\"}",
                                           &bad),
               LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "daeb_declared_by") == 0);
  CHECK_STATUS(lde_local_service_from_json(
                   "{\"name\": \"x\", \"klaverblad\": \"local\", \"co_funding\": {\"first_day\": \"2024-07-01\","
                   " \"last_day\": \"2024-06-30\", \"trajectory_compensation\": \"0\", \"local_co_funding\": \"0\","
                   " \"net_cost\": \"0\"}}",
                   &bad),
               LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(lde_last_error_field(), "co_funding.last_day") == 0);
  CHECK_STATUS(lde_local_service_from_json("{", &bad), LDE_STATUS_PARSE_ERROR);
  CHECK_STATUS(lde_local_service_from_json(NULL, &bad), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_local_service_from_json(kService, NULL), LDE_STATUS_INVALID_ARGUMENT);

  /* NULL arguments, unknown enum values, the empty date, flags, struct sizes, buffers. */
  CHECK_STATUS(lde_evaluate_local_service(NULL, NULL, D(2024, 1, 1), 0, &out), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_evaluate_local_service(NULL, svc, D(0, 0, 0), 0, &out), LDE_STATUS_INVALID_DATE);
  CHECK_STATUS(lde_evaluate_local_service(NULL, svc, D(2024, 1, 1), 8, &out), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_evaluate_local_service(NULL, svc, D(2024, 1, 1), 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(out == NULL);
  CHECK_STATUS(lde_local_service_decision_check(d, 0, &c), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "check") == 0);
  CHECK_STATUS(lde_local_service_decision_check(d, 13, &c), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_local_service_decision_check(NULL, 1, &c), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_local_service_decision_check(d, 1, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_local_service_decision_name(d, 9, 0, &name), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(lde_last_error_field(), "list") == 0);
  CHECK_STATUS(lde_local_service_decision_name(d, LDE_LOCAL_LIST_FAILING, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  c.struct_size = 4;
  CHECK_STATUS(lde_local_service_decision_check(d, 1, &c), LDE_STATUS_INVALID_ARGUMENT);
  s.struct_size = 3;
  CHECK_STATUS(lde_local_service_decision_summary(d, &s), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_local_service_decision_summary(d, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_local_service_decision_compensation(NULL, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_local_service_decision_co_funding(d, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_local_service_decision_json(d, small, sizeof small, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed > sizeof small && small[0] == '\0');
  CHECK_STATUS(lde_local_service_to_json(svc, small, sizeof small, &needed), LDE_STATUS_BUFFER_TOO_SMALL);
  CHECK_STATUS(lde_local_service_to_json(NULL, small, sizeof small, &needed), LDE_STATUS_INVALID_ARGUMENT);
  lde_local_service_free(NULL);
  lde_local_service_decision_free(NULL);
}

int main(void) {
  lde_local_service* svc = NULL;
  lde_local_service_decision* d = NULL;
  CHECK_OK(lde_local_service_from_json(kService, &svc));
  if (svc != NULL) {
    CHECK_OK(lde_evaluate_local_service(NULL, svc, D(2024, 6, 1), LDE_FLAG_TRACE, &d));
    if (d != NULL) {
      test_worked_example(d);
      test_errors(svc, d);
    }
  }
  test_missing_element();
  lde_local_service_decision_free(d);
  lde_local_service_free(svc);
  return check_summary();
}
