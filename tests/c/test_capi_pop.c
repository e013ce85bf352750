/* The POP, label and contract-change functions of the C ABI (lde.h "POP and label of an
 * enterprise", lde_decision_contract_change()), compiled as C99: the typed setters give the same decision as the JSON format, bad input is a status naming
 * the field and leaves the enterprise unchanged, and the verdict accessors read what the JSON says. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static const char* field(void) { return lde_last_error_field(); }

static lde_enterprise* base(void) {
  lde_enterprise* e = NULL;
  CHECK_OK(lde_enterprise_new("LDE-0042", &e));
  CHECK_OK(lde_enterprise_set_legal_form(e, LDE_LEGAL_FORM_VZW));
  CHECK_OK(lde_enterprise_add_contingent(e, D(2015, 4, 1), 100000));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2025, 1, "w1", 10000, 1));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2025, 1, "w2", 5000, 1));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2025, 1, "w3", 8000, 1));
  return e;
}

static void test_pop_verdicts(void) {
  lde_enterprise* e = base();
  lde_pop_record p = LDE_POP_RECORD_INIT;
  p.worker = "w1";
  p.year = 2025;
  p.elements = LDE_POP_ALL_CONTENT;
  p.transition = LDE_POP_TRANSITION_ACTIONS;
  p.registered_on = D(2025, 6, 30);
  CHECK_OK(lde_enterprise_add_pop(e, &p));
  /* w2: employer-only, the worker refused the talk (6.9), without the technical improvement action. */
  p.worker = "w2";
  p.elements = LDE_POP_ALL_CONTENT & ~(1u << LDE_POP_TECHNICAL_IMPROVEMENT_ACTION);
  p.view = LDE_POP_VIEW_EMPLOYER_ONLY;
  p.refusal = LDE_POP_REFUSAL_REFUSED_TALK;
  CHECK_OK(lde_enterprise_add_pop(e, &p));
  CHECK_OK(lde_enterprise_validate(e));

  lde_decision* d = NULL;
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2025, 0, &d));
  size_t n = 0;
  CHECK_OK(lde_decision_pop_worker_count(d, &n));
  CHECK(n == 3);
  lde_pop_status status = -1;
  uint32_t missing = 99;
  int32_t employer_only = -1;
  CHECK_OK(lde_decision_pop_check(d, 0, &status, &missing, &employer_only));
  CHECK(status == LDE_POP_COMPLIANT && missing == 0 && employer_only == 0);
  CHECK_OK(lde_decision_pop_check(d, 1, &status, &missing, &employer_only));
  CHECK(status == LDE_POP_INCOMPLETE);
  CHECK(missing == (1u << LDE_POP_TECHNICAL_IMPROVEMENT_ACTION));
  CHECK(employer_only == 1);
  CHECK_OK(lde_decision_pop_check(d, 2, &status, &missing, &employer_only));
  CHECK(status == LDE_POP_MISSING && missing == 0);
  CHECK_STATUS(lde_decision_pop_check(d, 3, &status, &missing, &employer_only), LDE_STATUS_OUT_OF_RANGE);
  CHECK_STATUS(lde_decision_pop_check(d, 0, NULL, &missing, &employer_only), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_pop_check(d, 0, &status, NULL, &employer_only), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_pop_check(d, 0, &status, &missing, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_pop_check(NULL, 0, &status, &missing, &employer_only), LDE_STATUS_INVALID_ARGUMENT);

  /* The JSON of the typed enterprise reads back into the same decision. */
  char json[8192];
  CHECK_OK(lde_enterprise_to_json(e, json, sizeof json, &n));
  CHECK(strstr(json, "\"refusal\":\"refused_talk\"") != NULL);
  lde_enterprise* again = NULL;
  CHECK_OK(lde_enterprise_from_json(json, &again));
  lde_decision* d2 = NULL;
  CHECK_OK(lde_evaluate_enterprise(NULL, again, 2025, 0, &d2));
  char a[65536];
  char b[65536];
  CHECK_OK(lde_decision_json(d, a, sizeof a, &n));
  CHECK_OK(lde_decision_json(d2, b, sizeof b, &n));
  CHECK(strcmp(a, b) == 0);
  CHECK(strstr(a, "\"missing\":[\"technical_improvement_action\"]") != NULL);
  lde_decision_free(d2);
  lde_enterprise_free(again);
  lde_decision_free(d);

  /* A second POP for w1 in 2025 is accepted by the setter and refused by validate (E-16). */
  p.worker = "w1";
  p.view = LDE_POP_VIEW_JOINT;
  p.refusal = LDE_POP_REFUSAL_NONE;
  CHECK_OK(lde_enterprise_add_pop(e, &p));
  CHECK_STATUS(lde_enterprise_validate(e), LDE_STATUS_CONFLICT);
  CHECK(strcmp(field(), "pops[2].worker") == 0);
  lde_enterprise_free(e);
}

static void test_pop_bad_input(void) {
  lde_enterprise* e = base();
  lde_pop_record p = LDE_POP_RECORD_INIT;
  p.worker = "w1";
  p.year = 2025;
  p.transition = LDE_POP_TRANSITION_MOTIVATED; /* without a motivation */
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "pops[0].motivation") == 0);
  p.motivation = "aged 61: no transition actions";
  CHECK_OK(lde_enterprise_add_pop(e, &p));
  p.transition = LDE_POP_TRANSITION_ACTIONS; /* a motivation with actions */
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_CONFLICT);
  CHECK(strcmp(field(), "pops[1].motivation") == 0);
  p.motivation = NULL;
  p.refusal = LDE_POP_REFUSAL_REFUSED_ACCESS; /* a refusal with a joint POP */
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_CONFLICT);
  CHECK(strcmp(field(), "pops[1].refusal") == 0);
  p.refusal = 7;
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "pops[1].refusal") == 0);
  p.refusal = LDE_POP_REFUSAL_NONE;
  p.elements = 1u << 7; /* not a content element */
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "pops[1].content") == 0);
  p.elements = 0;
  p.registered_on = D(2025, 2, 30);
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_INVALID_DATE);
  CHECK(strcmp(field(), "pops[1].registered_on") == 0);
  p.registered_on = D(0, 0, 0);
  p.worker = "   ";
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "pops[1].worker") == 0);
  p.worker = NULL;
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_INVALID_ARGUMENT);
  p.worker = "w1";
  p.struct_size = 4;
  CHECK_STATUS(lde_enterprise_add_pop(e, &p), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "pop.struct_size") == 0);
  CHECK_STATUS(lde_enterprise_add_pop(e, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_enterprise_add_pop(NULL, &p), LDE_STATUS_INVALID_ARGUMENT);
  /* Only the first (valid) POP was added. */
  size_t n = 0;
  char json[8192];
  CHECK_OK(lde_enterprise_to_json(e, json, sizeof json, &n));
  CHECK(strstr(json, "\"motivation\":\"aged 61: no transition actions\"") != NULL);
  CHECK(strstr(json, "\"worker\":\"w1\",\"year\":2025") != NULL);
  CHECK(strstr(strstr(json, "\"pops\""), "},{") == NULL);
  lde_enterprise_free(e);
}

static void test_label(void) {
  lde_enterprise* e = base();
  lde_decision* d = NULL;
  lde_label_level level = 0;
  const char* ent = "x";
  const char* unit = "x";
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2025, 0, &d));
  CHECK_OK(lde_decision_label(d, &level, &ent, &unit));
  CHECK(level == LDE_LABEL_ENTERPRISE && ent == NULL && unit == NULL);
  lde_decision_free(d);

  CHECK_OK(lde_enterprise_set_label(e, LDE_LABEL_ESTABLISHMENT_UNIT, "0202 239 951", "2000000042"));
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2025, 0, &d));
  CHECK_OK(lde_decision_label(d, &level, &ent, &unit));
  CHECK(level == LDE_LABEL_ESTABLISHMENT_UNIT);
  CHECK(ent != NULL && strcmp(ent, "0202.239.951") == 0);
  CHECK(unit != NULL && strcmp(unit, "2.000.000.042") == 0);
  CHECK_STATUS(lde_decision_label(d, NULL, &ent, &unit), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_label(d, &level, NULL, &unit), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_label(d, &level, &ent, NULL), LDE_STATUS_INVALID_ARGUMENT);
  lde_decision_free(d);

  /* Bad labels: a status naming the field, the enterprise unchanged. */
  CHECK_STATUS(lde_enterprise_set_label(e, LDE_LABEL_ESTABLISHMENT_UNIT, NULL, "2.000.000.041"),
               LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "label.establishment_unit_number") == 0);
  CHECK_STATUS(lde_enterprise_set_label(e, LDE_LABEL_ESTABLISHMENT_UNIT, NULL, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "label.establishment_unit_number") == 0);
  CHECK_STATUS(lde_enterprise_set_label(e, LDE_LABEL_ENTERPRISE, NULL, "2.000.000.042"), LDE_STATUS_CONFLICT);
  CHECK_STATUS(lde_enterprise_set_label(e, LDE_LABEL_ENTERPRISE, "2.000.000.042", NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "label.enterprise_number") == 0);
  CHECK_STATUS(lde_enterprise_set_label(e, 3, NULL, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "label.level") == 0);
  CHECK_STATUS(lde_enterprise_set_label(NULL, LDE_LABEL_ENTERPRISE, NULL, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2025, 0, &d));
  CHECK_OK(lde_decision_label(d, &level, &ent, &unit));
  CHECK(level == LDE_LABEL_ESTABLISHMENT_UNIT && unit != NULL && strcmp(unit, "2.000.000.042") == 0);
  lde_decision_free(d);

  /* A worker decision has no label and no POP verdicts. */
  lde_worker* w = NULL;
  CHECK_OK(lde_worker_new(D(1980, 5, 10), &w));
  CHECK_OK(lde_evaluate_worker(NULL, w, D(2025, 1, 1), 0, &d));
  CHECK_STATUS(lde_decision_label(d, &level, &ent, &unit), LDE_STATUS_INVALID_ARGUMENT);
  lde_pop_status status;
  uint32_t missing;
  int32_t employer_only;
  CHECK_STATUS(lde_decision_pop_check(d, 0, &status, &missing, &employer_only), LDE_STATUS_INVALID_ARGUMENT);
  lde_decision_free(d);
  lde_worker_free(w);
  lde_enterprise_free(e);
}

/* 7.5, E-20: w1 goes from half time to full time in Q2 at a label with a contingent of 1.2 FTE;
   w2 from 0.80 to 0.60 in Q3; w3 only appears in Q3 (a hire, no contract change). */
static void test_contract_changes(void) {
  lde_enterprise* e = NULL;
  CHECK_OK(lde_enterprise_new("LDE-0042", &e));
  CHECK_OK(lde_enterprise_set_legal_form(e, LDE_LEGAL_FORM_VZW));
  CHECK_OK(lde_enterprise_add_contingent(e, D(2015, 4, 1), 12000));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 1, "w1", 5000, 1));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 2, "w1", 10000, 1));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 2, "w2", 8000, 1));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 3, "w2", 6000, 1));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 3, "w1", 10000, 1));
  CHECK_OK(lde_enterprise_add_dmfa(e, 2026, 3, "w3", 2000, 1));
  lde_decision* d = NULL;
  CHECK_OK(lde_evaluate_enterprise(NULL, e, 2026, 0, &d));
  size_t n = 99;
  CHECK_OK(lde_decision_contract_change_count(d, &n));
  CHECK(n == 2);
  lde_contract_change c = LDE_CONTRACT_CHANGE_INIT;
  CHECK_OK(lde_decision_contract_change(d, 0, &c));
  CHECK(c.worker != NULL && strcmp(c.worker, "w1") == 0);
  CHECK(c.year == 2026 && c.quarter == 2);
  CHECK(c.fraction_before_units == 5000 && c.fraction_after_units == 10000);
  CHECK(c.extension == 1 && c.new_vacancy == 0);
  CHECK(c.capped == 1); /* Q2: 1.80 FTE declared, 1.20 allocated */
  CHECK_OK(lde_decision_contract_change(d, 1, &c));
  CHECK(strcmp(c.worker, "w2") == 0 && c.quarter == 3 && c.extension == 0 && c.capped == 1);
  CHECK_STATUS(lde_decision_contract_change(d, 2, &c), LDE_STATUS_OUT_OF_RANGE);
  CHECK_STATUS(lde_decision_contract_change(d, 0, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_contract_change_count(d, NULL), LDE_STATUS_INVALID_ARGUMENT);
  CHECK_STATUS(lde_decision_contract_change_count(NULL, &n), LDE_STATUS_INVALID_ARGUMENT);
  /* A struct of an older, smaller layout than the first version is refused naming the field. */
  c.struct_size = sizeof(size_t);
  CHECK_STATUS(lde_decision_contract_change(d, 0, &c), LDE_STATUS_INVALID_ARGUMENT);
  CHECK(strcmp(field(), "out.struct_size") == 0);
  lde_decision_free(d);

  /* A worker decision has no contract changes. */
  lde_worker* w = NULL;
  CHECK_OK(lde_worker_new(D(1980, 1, 1), &w));
  CHECK_OK(lde_evaluate_worker(NULL, w, D(2026, 1, 1), 0, &d));
  CHECK_STATUS(lde_decision_contract_change_count(d, &n), LDE_STATUS_INVALID_ARGUMENT);
  lde_decision_free(d);
  lde_worker_free(w);
  lde_enterprise_free(e);
}

int main(void) {
  test_pop_verdicts();
  test_pop_bad_input();
  test_label();
  test_contract_changes();
  return check_summary();
}
