// The C ABI: evaluation and decisions (kind, failing conditions, POP workers, right periods,
// judged absences, the decision JSON).
#include "internal.hpp"

#include "lde/io/json.hpp"
#include "../../../src/worker/internal.hpp"  // the rule core's entry point: the right periods come with the answer

#include <memory>

using namespace lde_c_impl;

namespace {

const std::vector<std::string>& failing_of(const lde_decision& d) {
  static const std::vector<std::string> kNone;
  if (d.kind == LDE_DECISION_WORKER) return d.worker->hiring ? d.worker->hiring->failing : kNone;
  return d.enterprise->conditions.failing;
}

const lde_decision& worker_decision(const lde_decision* decision, const char* what) {
  const lde_decision& d = need(decision, "decision");
  if (d.kind != LDE_DECISION_WORKER)
    fail(LDE_STATUS_INVALID_ARGUMENT, "decision", std::string(what) + " belong to a worker decision, not an enterprise decision");
  return d;
}

const lde_decision& enterprise_decision(const lde_decision* decision, const char* what) {
  const lde_decision& d = need(decision, "decision");
  if (d.kind != LDE_DECISION_ENTERPRISE)
    fail(LDE_STATUS_INVALID_ARGUMENT, "decision", std::string(what) + " belong to an enterprise decision, not a worker decision");
  return d;
}

const std::vector<lde::AbsenceJudgement>& absences_of(const lde_decision& d) {
  static const std::vector<lde::AbsenceJudgement> kNone;
  return d.worker->trajectory ? d.worker->trajectory->absences : kNone;
}

}  // namespace

extern "C" {

// --- evaluation -----------------------------------------------------------------

lde_status lde_evaluate_worker(const lde_params* params, const lde_worker* worker, lde_date at, int flags,
                               lde_decision** out) {
  return guard([&] {
    start_out(out);
    const lde_worker& w = need(worker, "worker");
    check_flags(flags);
    const lde::Date day = to_date(at, "at");
    const lde::ParameterSet& set = params_or_default(params);
    auto d = std::make_unique<lde_decision>();
    d->kind = LDE_DECISION_WORKER;
    d->trace = lde::Trace((flags & LDE_FLAG_TRACE) != 0);
    // evaluate_worker() itself (validate, then the rule core in full detail), keeping the right
    // periods the rules computed instead of computing them a second time.
    lde::validate(w.dossier);
    lde::worker_detail::WorkerScratch scratch;
    d->worker = lde::worker_detail::evaluate_validated(w.dossier, day, lde::worker_detail::WorkerParams(set), &d->trace,
                                                       lde::worker_detail::Detail::full, scratch);
    d->right_periods = std::move(scratch.periods);
    d->params = set;
    *out = d.release();
  });
}

lde_status lde_evaluate_enterprise(const lde_params* params, const lde_enterprise* enterprise, int32_t year, int flags,
                                   lde_decision** out) {
  return guard([&] {
    start_out(out);
    const lde_enterprise& e = need(enterprise, "enterprise");
    check_flags(flags);
    if (year < 1400 || year > 9998)
      fail(LDE_STATUS_INVALID_DATE, "year", "year " + std::to_string(year) + " is outside 1400..9998");
    const lde::ParameterSet& set = params_or_default(params);
    auto d = std::make_unique<lde_decision>();
    d->kind = LDE_DECISION_ENTERPRISE;
    d->trace = lde::Trace((flags & LDE_FLAG_TRACE) != 0);
    d->enterprise = lde::evaluate_enterprise(e.enterprise, static_cast<int>(year), set, &d->trace);
    d->params = set;
    *out = d.release();
  });
}

lde_status lde_evaluate_json(const lde_params* params, const char* input_json, int flags, char* out, size_t out_size,
                             size_t* out_needed) {
  return guard([&] {
    const char* input = need_text(input_json, "input_json");
    check_flags(flags);
    const std::string result =
        lde::io::evaluate_json(input, params_or_default(params), (flags & LDE_FLAG_TRACE) != 0, "input_json");
    copy_out(result, out, out_size, out_needed);
  });
}

void lde_decision_free(lde_decision* decision) { delete decision; }

lde_status lde_decision_failing_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = failing_of(need(decision, "decision")).size();
  });
}

lde_status lde_decision_failing_id(const lde_decision* decision, size_t index, const char** out) {
  return guard([&] {
    need(out, "out");
    *out = nullptr;
    const auto& list = failing_of(need(decision, "decision"));
    check_item(index, list.size(), "failing conditions");
    *out = list[index].c_str();
  });
}

lde_status lde_decision_pop_worker_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = enterprise_decision(decision, "POP workers").enterprise->pop_workers.size();
  });
}

lde_status lde_decision_pop_worker(const lde_decision* decision, size_t index, char* worker, size_t worker_size,
                                   size_t* worker_needed, int32_t* required, int32_t* quarter_mask) {
  return guard([&] {
    need(required, "required");
    need(quarter_mask, "quarter_mask");
    *required = 0;
    *quarter_mask = 0;
    const auto& list = enterprise_decision(decision, "POP workers").enterprise->pop_workers;
    check_item(index, list.size(), "POP workers");
    const lde::PopObligation& p = list[index];
    int32_t mask = 0;
    for (const lde::Quarter& q : p.quarters) mask |= static_cast<int32_t>(1) << (q.quarter() - 1);
    *required = p.required ? 1 : 0;
    *quarter_mask = mask;
    copy_out(p.worker, worker, worker_size, worker_needed);
  });
}

lde_status lde_decision_pop_check(const lde_decision* decision, size_t index, lde_pop_status* status,
                                  uint32_t* missing, int32_t* employer_view_only) {
  return guard([&] {
    need(status, "status");
    need(missing, "missing");
    need(employer_view_only, "employer_view_only");
    *status = LDE_POP_NOT_REQUIRED;
    *missing = 0;
    *employer_view_only = 0;
    const auto& list = enterprise_decision(decision, "POP workers").enterprise->pop_workers;
    check_item(index, list.size(), "POP workers");
    const lde::PopCheck& c = list[index].check;
    uint32_t mask = 0;
    for (lde::PopElement m : c.missing) mask |= 1U << static_cast<int>(m);
    *status = static_cast<lde_pop_status>(c.status);
    *missing = mask;
    *employer_view_only = c.employer_view_only ? 1 : 0;
  });
}

lde_status lde_decision_label(const lde_decision* decision, lde_label_level* level, const char** enterprise_number,
                              const char** establishment_unit_number) {
  return guard([&] {
    need(level, "level");
    need(enterprise_number, "enterprise_number");
    need(establishment_unit_number, "establishment_unit_number");
    *level = 0;
    *enterprise_number = nullptr;
    *establishment_unit_number = nullptr;
    const lde::Label& l = enterprise_decision(decision, "the label").enterprise->label;
    *level = static_cast<lde_label_level>(l.level);
    if (l.enterprise_number) *enterprise_number = l.enterprise_number->c_str();
    if (l.establishment_unit_number) *establishment_unit_number = l.establishment_unit_number->c_str();
  });
}

lde_status lde_decision_contract_change_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = enterprise_decision(decision, "contract changes").enterprise->contract_changes.size();
  });
}

lde_status lde_decision_contract_change(const lde_decision* decision, size_t index, lde_contract_change* out) {
  return guard([&] {
    need(out, "out");
    const auto& list = enterprise_decision(decision, "contract changes").enterprise->contract_changes;
    check_item(index, list.size(), "contract changes");
    const lde::ContractChange& c = list[index];
    lde_contract_change v{};
    v.struct_size = sizeof(lde_contract_change);
    v.worker = c.worker.c_str();
    v.year = c.quarter.year();
    v.quarter = c.quarter.quarter();
    v.fraction_before_units = c.fraction_before.units();
    v.fraction_after_units = c.fraction_after.units();
    v.extension = c.extension ? 1 : 0;
    v.new_vacancy = c.new_vacancy ? 1 : 0;
    v.capped = c.capped ? 1 : 0;
    write_output_struct(out, v, kContractChangeV1, "out");
  });
}

lde_status lde_decision_json(const lde_decision* decision, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] {
    const lde_decision& d = need(decision, "decision");
    const std::string json = d.kind == LDE_DECISION_WORKER ? lde::io::decision_json(*d.worker, d.trace, d.receipt())
                                                           : lde::io::decision_json(*d.enterprise, d.trace, d.receipt());
    copy_out(json, out, out_size, out_needed);
  });
}

// --- worker details ---------------------------------------------------------------

lde_status lde_decision_right_period_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = worker_decision(decision, "right periods").right_periods.size();
  });
}

lde_status lde_decision_right_period(const lde_decision* decision, size_t index, lde_right_period* out) {
  return guard([&] {
    need(out, "out");
    const lde_decision& d = worker_decision(decision, "right periods");
    check_item(index, d.right_periods.size(), "right periods");
    const lde::RightPeriod& p = d.right_periods[index];
    lde_right_period v{};
    v.struct_size = sizeof(lde_right_period);
    v.kind = static_cast<lde_right_kind>(p.kind);
    v.granted = from_date(p.granted);
    v.last_day = from_date(p.last_day);
    v.replaced = p.replaced_by ? 1 : 0;
    v.grant_index = p.index;
    v.replaced_by = p.replaced_by ? *p.replaced_by : 0;
    write_output_struct(out, v, kRightPeriodV1, "out");
  });
}

lde_status lde_decision_absence_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = absences_of(worker_decision(decision, "judged absences")).size();
  });
}

lde_status lde_decision_absence(const lde_decision* decision, size_t index, lde_absence_judgement* out) {
  return guard([&] {
    need(out, "out");
    const auto& list = absences_of(worker_decision(decision, "judged absences"));
    check_item(index, list.size(), "judged absences");
    const lde::AbsenceJudgement& a = list[index];
    lde_absence_judgement v{};
    v.struct_size = sizeof(lde_absence_judgement);
    v.first_day = from_date(a.period.first());
    v.last_day = from_date(a.period.last());
    v.qualifies = a.qualifies ? 1 : 0;
    v.counted_days = a.counted_days;
    v.reason = a.reason.c_str();
    v.source_count = a.sources.size();
    write_output_struct(out, v, kAbsenceJudgementV1, "out");
  });
}

lde_status lde_decision_absence_source(const lde_decision* decision, size_t absence, size_t index, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    const auto& list = absences_of(worker_decision(decision, "judged absences"));
    if (absence >= list.size())
      fail(LDE_STATUS_OUT_OF_RANGE, "absence",
           "absence " + std::to_string(absence) + " is past the end of the judged absences (" +
               std::to_string(list.size()) + ")");
    const auto& sources = list[absence].sources;
    check_item(index, sources.size(), "sources");
    *out = sources[index];
  });
}

}  // extern "C"
