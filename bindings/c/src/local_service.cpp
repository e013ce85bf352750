// The C ABI: local services and the DAEB rules (lde.h "Local services and the DAEB rules").
#include "internal.hpp"

#include "lde/io/local_service.hpp"
#include "lde/local_service/evaluate.hpp"

#include <memory>

using namespace lde_c_impl;

struct lde_local_service {
  lde::local_service::LocalService service;
};

struct lde_local_service_decision {
  lde::local_service::LocalServiceDecision decision;
  lde::Trace trace;
  lde::Receipt receipt;
};

namespace {

namespace ls = lde::local_service;

constexpr std::size_t kSummaryV1 = offsetof(lde_local_service_summary, missing_parts_count) + sizeof(size_t);
constexpr std::size_t kCheckAnswerV1 = offsetof(lde_local_check_answer, readings) + sizeof(const char*);
constexpr std::size_t kCompensationV1 = offsetof(lde_local_compensation, overcompensation_cents) + sizeof(int64_t);
constexpr std::size_t kCoFundingV1 =
    offsetof(lde_local_co_funding, trajectory_compensation_after_cents) + sizeof(int64_t);

const ls::LocalServiceDecision& need_decision(const lde_local_service_decision* d) {
  return need(d, "decision").decision;
}

/// The check @p check of @p d, or nullptr for an absent compensation / co-funding.
const ls::Check* check_of(const ls::LocalServiceDecision& d, lde_local_check check) {
  switch (check) {
    case LDE_LOCAL_CHECK_ASSIGNMENT: return &d.assignment;
    case LDE_LOCAL_CHECK_TRAJECTORIES: return &d.trajectories;
    case LDE_LOCAL_CHECK_DAEB_DECLARATION: return &d.daeb_declaration;
    case LDE_LOCAL_CHECK_ASSIGNING_AUTHORITY: return &d.assigning_authority;
    case LDE_LOCAL_CHECK_DECISION: return &d.decision.check;
    case LDE_LOCAL_CHECK_MARKET_TEST: return &d.market_test;
    case LDE_LOCAL_CHECK_IMPACT_ANALYSIS: return &d.impact_analysis.check;
    case LDE_LOCAL_CHECK_IMPACT_AUTHOR: return &d.impact_analysis.author;
    case LDE_LOCAL_CHECK_ADVICE: return &d.impact_analysis.advice;
    case LDE_LOCAL_CHECK_ALLOCATION_CALL: return &d.allocation_call;
    case LDE_LOCAL_CHECK_COMPENSATION: return d.compensation ? &d.compensation->check : nullptr;
    case LDE_LOCAL_CHECK_CO_FUNDING: return d.co_funding ? &d.co_funding->check : nullptr;
    default: break;
  }
  fail(LDE_STATUS_INVALID_ARGUMENT, "check", "unknown check " + std::to_string(check) + " (expected 1 .. 12)");
}

}  // namespace

extern "C" {

lde_status lde_local_service_from_json(const char* json, lde_local_service** out) {
  return guard([&] {
    start_out(out);
    auto h = std::make_unique<lde_local_service>();
    h->service = lde::io::parse_local_service(need_text(json, "json"), "json");
    ls::validate(h->service);
    *out = h.release();
  });
}

lde_status lde_local_service_to_json(const lde_local_service* service, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(lde::io::to_json(need(service, "service").service), out, out_size, out_needed); });
}

void lde_local_service_free(lde_local_service* service) { delete service; }

lde_status lde_evaluate_local_service(const lde_params* params, const lde_local_service* service, lde_date at, int flags,
                                      lde_local_service_decision** out) {
  return guard([&] {
    start_out(out);
    const lde_local_service& s = need(service, "service");
    check_flags(flags);
    const lde::Date day = to_date(at, "at");
    const lde::ParameterSet& set = params_or_default(params);
    auto d = std::make_unique<lde_local_service_decision>();
    d->trace = lde::Trace((flags & LDE_FLAG_TRACE) != 0);
    d->decision = ls::evaluate_local_service(s.service, day, set, &d->trace);
    d->receipt = lde::Receipt::of(set);
    *out = d.release();
  });
}

void lde_local_service_decision_free(lde_local_service_decision* decision) { delete decision; }

lde_status lde_local_service_decision_json(const lde_local_service_decision* decision, char* out, size_t out_size,
                                           size_t* out_needed) {
  return guard([&] {
    const lde_local_service_decision& d = need(decision, "decision");
    copy_out(lde::io::decision_json(d.decision, d.trace, d.receipt), out, out_size, out_needed);
  });
}

lde_status lde_local_service_decision_summary(const lde_local_service_decision* decision,
                                              lde_local_service_summary* out) {
  return guard([&] {
    const ls::LocalServiceDecision& d = need_decision(decision);
    need(out, "out");
    lde_local_service_summary v{};
    v.struct_size = sizeof(lde_local_service_summary);
    v.at = from_date(d.at);
    v.klaverblad = static_cast<lde_klaverblad>(d.kind.klaverblad);
    v.may_execute = d.may_execute ? 1 : 0;
    v.overcompensated = d.overcompensated ? 1 : 0;
    v.failing_count = d.failing.size();
    v.missing_elements_count = d.decision.missing.size();
    v.missing_parts_count = d.impact_analysis.missing_parts.size();
    write_output_struct(out, v, kSummaryV1, "out");
  });
}

lde_status lde_local_service_decision_name(const lde_local_service_decision* decision, lde_local_list list,
                                           size_t index, const char** out) {
  return guard([&] {
    const ls::LocalServiceDecision& d = need_decision(decision);
    need(out, "out");
    *out = nullptr;
    switch (list) {
      case LDE_LOCAL_LIST_FAILING:
        check_item(index, d.failing.size(), "failing ids");
        *out = d.failing[index].c_str();
        return;
      case LDE_LOCAL_LIST_MISSING_ELEMENTS:
        check_item(index, d.decision.missing.size(), "missing elements");
        *out = ls::to_string(d.decision.missing[index]).data();  // a string literal: NUL-terminated, static
        return;
      case LDE_LOCAL_LIST_MISSING_PARTS:
        check_item(index, d.impact_analysis.missing_parts.size(), "missing parts");
        *out = ls::to_string(d.impact_analysis.missing_parts[index]).data();
        return;
      default:
        fail(LDE_STATUS_INVALID_ARGUMENT, "list", "unknown list " + std::to_string(list) + " (expected 1 .. 3)");
    }
  });
}

lde_status lde_local_service_decision_check(const lde_local_service_decision* decision, lde_local_check check,
                                            lde_local_check_answer* out) {
  return guard([&] {
    const ls::LocalServiceDecision& d = need_decision(decision);
    need(out, "out");
    const ls::Check* c = check_of(d, check);
    lde_local_check_answer v{};
    v.struct_size = sizeof(lde_local_check_answer);
    if (c != nullptr) {
      v.present = 1;
      v.met = c->met ? 1 : 0;
      // Rule fields are string literals (rules.hpp): NUL-terminated and static.
      v.rule = c->rule->id.data();
      v.source = c->rule->source.data();
      v.readings = c->rule->readings.data();
    }
    write_output_struct(out, v, kCheckAnswerV1, "out");
  });
}

lde_status lde_local_service_decision_compensation(const lde_local_service_decision* decision,
                                                   lde_local_compensation* out) {
  return guard([&] {
    const ls::LocalServiceDecision& d = need_decision(decision);
    need(out, "out");
    lde_local_compensation v{};
    v.struct_size = sizeof(lde_local_compensation);
    if (d.compensation) {
      const ls::CompensationResult& c = *d.compensation;
      v.present = 1;
      v.first_day = from_date(c.first_day);
      v.last_day = from_date(c.last_day);
      v.net_cost_cents = c.net_cost.cents();
      v.premium_ten_thousandths = c.premium.ten_thousandths();
      v.profit_rate_ten_thousandths = c.profit_rate.ten_thousandths();
      v.capital_employed_cents = c.capital_employed.cents();
      v.max_profit_cents = c.max_profit.cents();
      v.cap_cents = c.cap.cents();
      v.compensation_cents = c.compensation.cents();
      v.overcompensation_cents = c.overcompensation.cents();
    }
    write_output_struct(out, v, kCompensationV1, "out");
  });
}

lde_status lde_local_service_decision_co_funding(const lde_local_service_decision* decision, lde_local_co_funding* out) {
  return guard([&] {
    const ls::LocalServiceDecision& d = need_decision(decision);
    need(out, "out");
    lde_local_co_funding v{};
    v.struct_size = sizeof(lde_local_co_funding);
    if (d.co_funding) {
      const ls::CoFundingResult& c = *d.co_funding;
      v.present = 1;
      v.first_day = from_date(c.first_day);
      v.last_day = from_date(c.last_day);
      v.trajectory_compensation_cents = c.trajectory_compensation.cents();
      v.local_co_funding_cents = c.local_co_funding.cents();
      v.total_received_cents = c.total_received.cents();
      v.net_cost_cents = c.net_cost.cents();
      v.overcompensation_cents = c.overcompensation.cents();
      v.deduction_cents = c.deduction.cents();
      v.trajectory_compensation_after_cents = c.trajectory_compensation_after.cents();
    }
    write_output_struct(out, v, kCoFundingV1, "out");
  });
}

}  // extern "C"
