// The C ABI: typed access to a decision's fields (lde_field, lde_decision_get_*).
#include "internal.hpp"

#include <variant>

using namespace lde_c_impl;

namespace {

struct EnumValue {
  std::int64_t value;
  std::string_view name;
};

using Value = std::variant<std::monostate, bool, std::int64_t, lde::Date, lde::Money, lde::Fte, lde::Percent,
                           std::string, EnumValue>;

enum class Scope { worker, enterprise, both };
enum class Index { none, month, quarter };

struct FieldDef {
  lde_field id;
  const char* name;
  lde_value_type type;
  Scope scope;
  Index index;
  Value (*get)(const lde_decision& d, int i);
};

template <class T>
Value opt(const std::optional<T>& v) {
  if (v) return Value(*v);
  return Value(std::monostate{});
}

const lde::WorkerStatus& W(const lde_decision& d) { return *d.worker; }
const lde::EnterpriseYear& E(const lde_decision& d) { return *d.enterprise; }
const lde::MonthlyAdvance& advance(const lde_decision& d, int m) {
  return E(d).schedule.advances.at(static_cast<std::size_t>(m - 1));
}
const lde::QuarterlySettlement& settlement(const lde_decision& d, int q) {
  return E(d).schedule.settlements.at(static_cast<std::size_t>(q - 1));
}

Value right_kind(const lde_decision& d, int) {
  const auto& k = W(d).right.kind;
  if (!k) return EnumValue{LDE_RIGHT_NONE, "none"};
  return EnumValue{static_cast<std::int64_t>(*k), lde::to_string(*k)};
}

Value traj_date(const lde_decision& d, lde::Date lde::Trajectory::*member) {
  if (!W(d).trajectory) return std::monostate{};
  return (*W(d).trajectory).*member;
}

template <class T>
Value traj_int(const lde_decision& d, T lde::Trajectory::*member) {
  if (!W(d).trajectory) return std::monostate{};
  return static_cast<std::int64_t>((*W(d).trajectory).*member);
}

const FieldDef kFields[] = {
    {LDE_FIELD_AT, "at", LDE_TYPE_DATE, Scope::worker, Index::none, [](const lde_decision& d, int) -> Value { return W(d).at; }},
    {LDE_FIELD_RIGHT_KIND, "right.kind", LDE_TYPE_INT, Scope::worker, Index::none, right_kind},
    {LDE_FIELD_RIGHT_VALID, "right.valid", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).right.valid; }},
    {LDE_FIELD_RIGHT_GRANTED, "right.granted", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(W(d).right.granted); }},
    {LDE_FIELD_RIGHT_LAST_DAY, "right.last_day", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(W(d).right.last_day); }},
    {LDE_FIELD_RIGHT_ENDED, "right.ended", LDE_TYPE_INT, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       const auto& e = W(d).right.ended;
       if (!e) return std::monostate{};
       return EnumValue{*e == lde::RightEnd::replaced ? LDE_RIGHT_END_REPLACED : LDE_RIGHT_END_EXPIRED, lde::to_string(*e)};
     }},
    {LDE_FIELD_APPEAL_LAST_DAY, "appeal.last_day", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!W(d).appeal) return std::monostate{};
       return W(d).appeal->last_day;
     }},
    {LDE_FIELD_APPEAL_IN_TIME, "appeal.in_time", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!W(d).appeal || !W(d).appeal->in_time) return std::monostate{};
       return *W(d).appeal->in_time;
     }},
    {LDE_FIELD_REFERRAL_MAY_PROPOSE, "referral.may_propose", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).referral.may_propose; }},
    {LDE_FIELD_HIRING_ELIGIBLE, "hiring.eligible", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!W(d).hiring) return std::monostate{};
       return W(d).hiring->eligible;
     }},
    {LDE_FIELD_TRAJECTORY_FIRST_DAY, "trajectory.first_day", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) { return traj_date(d, &lde::Trajectory::first_day); }},
    {LDE_FIELD_TRAJECTORY_ORIGINAL_LAST_DAY, "trajectory.original_last_day", LDE_TYPE_DATE, Scope::worker,
     Index::none, [](const lde_decision& d, int) { return traj_date(d, &lde::Trajectory::original_last_day); }},
    {LDE_FIELD_TRAJECTORY_LAST_DAY, "trajectory.last_day", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) { return traj_date(d, &lde::Trajectory::last_day); }},
    {LDE_FIELD_TRAJECTORY_DAYS, "trajectory.days", LDE_TYPE_INT, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!W(d).trajectory) return std::monostate{};
       return lde::Period(W(d).trajectory->first_day, W(d).trajectory->last_day).days();
     }},
    {LDE_FIELD_TRAJECTORY_ABSENCE_EXTENSION_DAYS, "trajectory.absence_extension_days", LDE_TYPE_INT, Scope::worker,
     Index::none, [](const lde_decision& d, int) { return traj_int(d, &lde::Trajectory::absence_extension_days); }},
    {LDE_FIELD_TRAJECTORY_COMPETENCE_MONTHS, "trajectory.competence_extension_months", LDE_TYPE_INT, Scope::worker,
     Index::none, [](const lde_decision& d, int) { return traj_int(d, &lde::Trajectory::competence_extension_months); }},
    {LDE_FIELD_TRAJECTORY_COMPETENCE_REQUESTED_MONTHS, "trajectory.competence_requested_months", LDE_TYPE_INT,
     Scope::worker, Index::none,
     [](const lde_decision& d, int) { return traj_int(d, &lde::Trajectory::competence_requested_months); }},
    {LDE_FIELD_CONTINUATION_KIND, "continuation", LDE_TYPE_INT, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       const auto k = W(d).continuation.kind;
       return EnumValue{static_cast<std::int64_t>(k), lde::to_string(k)};
     }},
    {LDE_FIELD_CONTINUATION_FROM, "continuation.from", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(W(d).continuation.from); }},
    {LDE_FIELD_CONTINUATION_DECISIVE_DATE, "continuation.decisive_date", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(W(d).continuation.decisive_date); }},
    {LDE_FIELD_CONTINUATION_AGE, "continuation.age_at_decisive_date", LDE_TYPE_INT, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       const auto& a = W(d).continuation.age_at_decisive_date;
       if (!a) return std::monostate{};
       return static_cast<std::int64_t>(*a);
     }},
    {LDE_FIELD_IN_TRAJECTORY, "status.in_trajectory", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).in_trajectory; }},
    {LDE_FIELD_IN_CONTINUATION, "status.in_continuation", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).in_continuation; }},
    {LDE_FIELD_COMPENSATED, "status.compensated", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).compensated; }},

    {LDE_FIELD_YEAR, "year", LDE_TYPE_INT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).year); }},
    {LDE_FIELD_ADVANCE, "advances", LDE_TYPE_MONEY, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).amount; }},
    {LDE_FIELD_ADVANCE_FILLED_FTE, "advances.filled_fte", LDE_TYPE_FTE, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).filled_fte; }},
    {LDE_FIELD_ADVANCE_CONTINGENT, "advances.contingent", LDE_TYPE_FTE, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).contingent; }},
    {LDE_FIELD_ADVANCE_CAPPED_FTE, "advances.capped_fte", LDE_TYPE_FTE, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).capped_fte; }},
    {LDE_FIELD_ADVANCE_TRANSITION_AMOUNT_USED, "advances.transition_amount_used", LDE_TYPE_BOOL, Scope::enterprise,
     Index::month, [](const lde_decision& d, int i) -> Value { return advance(d, i).transition_amount_used; }},
    {LDE_FIELD_ADVANCE_PAYMENT_REFERENCE, "advances.payment_reference", LDE_TYPE_TEXT, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).payment_reference; }},
    {LDE_FIELD_QUARTER_RIGHT, "quarter_rights", LDE_TYPE_MONEY, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).right; }},
    {LDE_FIELD_QUARTER_ADVANCES, "quarter_rights.advances", LDE_TYPE_MONEY, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).advances; }},
    {LDE_FIELD_SETTLEMENT, "settlements", LDE_TYPE_MONEY, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).settlement; }},
    {LDE_FIELD_QUARTER_DMFA_FTE, "quarter_rights.dmfa_fte", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).dmfa_fte; }},
    {LDE_FIELD_QUARTER_CONTINGENT, "quarter_rights.contingent", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).contingent; }},
    {LDE_FIELD_QUARTER_CAPPED_FTE, "quarter_rights.capped_fte", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).capped_fte; }},
    {LDE_FIELD_QUARTER_TRANSITION_AMOUNT_USED, "quarter_rights.transition_amount_used", LDE_TYPE_BOOL,
     Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).transition_amount_used; }},
    {LDE_FIELD_SETTLEMENT_PAYMENT_REFERENCE, "settlements.payment_reference", LDE_TYPE_TEXT, Scope::enterprise,
     Index::quarter, [](const lde_decision& d, int i) -> Value { return settlement(d, i).payment_reference; }},
    {LDE_FIELD_TOTAL_ADVANCES, "totals.advances", LDE_TYPE_MONEY, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).schedule.total_advances; }},
    {LDE_FIELD_TOTAL_SETTLEMENTS, "totals.settlements", LDE_TYPE_MONEY, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).schedule.total_settlements; }},
    {LDE_FIELD_TOTAL_RIGHTS, "totals.rights", LDE_TYPE_MONEY, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).schedule.total_rights; }},
    {LDE_FIELD_SCALE_QUARTER_FTE, "scale.quarter_fte", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return E(d).scale.quarter_fte.at(static_cast<std::size_t>(i - 1)); }},
    {LDE_FIELD_SCALE_AVERAGE_FTE, "scale.average_fte", LDE_TYPE_FTE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).scale.average_fte; }},
    {LDE_FIELD_SCALE_MINIMUM, "scale.minimum", LDE_TYPE_FTE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).scale.minimum; }},
    {LDE_FIELD_SCALE_MUST_COMPLY_FROM, "scale.must_comply_from", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(E(d).scale.must_comply_from); }},
    {LDE_FIELD_SCALE_APPLIES, "scale.applies", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).scale.applies; }},
    {LDE_FIELD_SCALE_COMPLIANT, "scale.compliant", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).scale.compliant; }},
    {LDE_FIELD_OCCUPANCY_MEASURED_YEAR, "occupancy.measured_year", LDE_TYPE_INT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).occupancy.measured_year); }},
    {LDE_FIELD_OCCUPANCY_QUARTER_RATE, "occupancy.quarter_occupancy", LDE_TYPE_PERCENT, Scope::enterprise,
     Index::quarter,
     [](const lde_decision& d, int i) -> Value {
       return E(d).occupancy.quarter_occupancy.at(static_cast<std::size_t>(i - 1));
     }},
    {LDE_FIELD_OCCUPANCY_RATE, "occupancy.rate", LDE_TYPE_PERCENT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.rate; }},
    {LDE_FIELD_OCCUPANCY_MINIMUM, "occupancy.minimum", LDE_TYPE_PERCENT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.minimum; }},
    {LDE_FIELD_OCCUPANCY_CONTINGENT_BEFORE, "occupancy.contingent_before", LDE_TYPE_FTE, Scope::enterprise,
     Index::none, [](const lde_decision& d, int) -> Value { return E(d).occupancy.contingent_before; }},
    {LDE_FIELD_OCCUPANCY_CONTINGENT_AFTER, "occupancy.contingent_after", LDE_TYPE_FTE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.contingent_after; }},
    {LDE_FIELD_OCCUPANCY_REDUCTION, "occupancy.reduction", LDE_TYPE_FTE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.reduction; }},
    {LDE_FIELD_OCCUPANCY_REDUCED, "occupancy.reduced", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.reduced; }},
    {LDE_FIELD_OCCUPANCY_QUARTERS_COUNTED, "occupancy.quarters_counted", LDE_TYPE_INT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).occupancy.quarters_counted); }},
    {LDE_FIELD_TRANSITION_FIRST_DAY, "transition.first_day", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).transition) return std::monostate{};
       return E(d).transition->first_day;
     }},
    {LDE_FIELD_TRANSITION_LAST_DAY, "transition.last_day", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).transition) return std::monostate{};
       return E(d).transition->last_day;
     }},
    {LDE_FIELD_TRANSITION_CONDITIONS_FROM, "transition.conditions_from", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).transition) return std::monostate{};
       return E(d).transition->conditions_from;
     }},
    {LDE_FIELD_CONDITIONS_MET, "conditions.met", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).conditions.met; }},
    {LDE_FIELD_CONDITIONS_APPLY_FROM, "conditions.apply_from", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(E(d).conditions.apply_from); }},
    {LDE_FIELD_CONDITIONS_APPLY, "conditions.applies", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).conditions.applies; }},
    {LDE_FIELD_REPORT_DUE, "quality.report_due", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).report) return std::monostate{};
       return E(d).report->due;
     }},
    {LDE_FIELD_POP_REQUIRED, "quality.pop_required", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).pop_required; }},

    {LDE_FIELD_ADVANCE_CONTINGENT_CHANGED, "advances.contingent_changed", LDE_TYPE_BOOL, Scope::enterprise,
     Index::month, [](const lde_decision& d, int i) -> Value { return advance(d, i).contingent_changed; }},
    {LDE_FIELD_ADVANCE_PAYMENT_AROUND, "advances.payment_around", LDE_TYPE_DATE, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).payment_around; }},
    {LDE_FIELD_QUARTER_CONTINGENT_CHANGED, "quarter_rights.contingent_changed", LDE_TYPE_BOOL, Scope::enterprise,
     Index::quarter, [](const lde_decision& d, int i) -> Value { return settlement(d, i).contingent_changed; }},
    {LDE_FIELD_OCCUPANCY_MEASURED_IN, "occupancy.measured_in", LDE_TYPE_TEXT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.measured_in.iso(); }},
    {LDE_FIELD_OCCUPANCY_MEASURED_IN_YEAR, "occupancy.measured_in.year", LDE_TYPE_INT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).occupancy.measured_in.year()); }},
    {LDE_FIELD_OCCUPANCY_MEASURED_IN_QUARTER, "occupancy.measured_in.quarter", LDE_TYPE_INT, Scope::enterprise,
     Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).occupancy.measured_in.quarter()); }},
    {LDE_FIELD_OCCUPANCY_QUARTER_FTE, "occupancy.quarter_fte", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return E(d).occupancy.quarter_fte.at(static_cast<std::size_t>(i - 1)); }},
    {LDE_FIELD_OCCUPANCY_QUARTER_CONTINGENT, "occupancy.quarter_contingent", LDE_TYPE_FTE, Scope::enterprise,
     Index::quarter,
     [](const lde_decision& d, int i) -> Value {
       return E(d).occupancy.quarter_contingent.at(static_cast<std::size_t>(i - 1));
     }},
    {LDE_FIELD_OCCUPANCY_QUARTER_COUNTED, "occupancy.quarter_counted", LDE_TYPE_BOOL, Scope::enterprise,
     Index::quarter,
     [](const lde_decision& d, int i) -> Value {
       return static_cast<bool>(E(d).occupancy.quarter_counted.at(static_cast<std::size_t>(i - 1)));
     }},
    {LDE_FIELD_OCCUPANCY_MEASURABLE, "occupancy.measurable", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.measurable; }},
    {LDE_FIELD_SCALE_LABEL_MAY_BE_WITHDRAWN, "scale.label_may_be_withdrawn", LDE_TYPE_BOOL, Scope::enterprise,
     Index::none, [](const lde_decision& d, int) -> Value { return E(d).scale.label_may_be_withdrawn; }},
    {LDE_FIELD_CONDITIONS_LABEL_MAY_BE_WITHDRAWN, "conditions.label_may_be_withdrawn", LDE_TYPE_BOOL, Scope::enterprise,
     Index::none, [](const lde_decision& d, int) -> Value { return E(d).conditions.label_may_be_withdrawn; }},
    {LDE_FIELD_SELF_EVALUATION_EVERY_YEARS, "quality.self_evaluation_every_years", LDE_TYPE_INT, Scope::enterprise,
     Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).self_evaluation_interval_years); }},
    {LDE_FIELD_MAATWERK_COMPANY_MET, "maatwerk.company.met", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).maatwerk.company) return std::monostate{};
       return E(d).maatwerk.company->met;
     }},
    {LDE_FIELD_MAATWERK_DIVISION_MET, "maatwerk.division.met", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).maatwerk.division) return std::monostate{};
       return E(d).maatwerk.division->met;
     }},

    {LDE_FIELD_LIBRARY_VERSION, "receipt.library_version", LDE_TYPE_TEXT, Scope::both, Index::none,
     [](const lde_decision& d, int) -> Value { return d.receipt().library_version; }},
    {LDE_FIELD_PARAMETERS_FINGERPRINT, "receipt.parameters_fingerprint", LDE_TYPE_TEXT, Scope::both, Index::none,
     [](const lde_decision& d, int) -> Value { return d.receipt().parameters_fingerprint; }},
};

const FieldDef* find_field(lde_field id) noexcept {
  for (const FieldDef& f : kFields)
    if (f.id == id) return &f;
  return nullptr;
}

const char* type_name(lde_value_type t) {
  switch (t) {
    case LDE_TYPE_BOOL: return "bool";
    case LDE_TYPE_INT: return "int";
    case LDE_TYPE_DATE: return "date";
    case LDE_TYPE_MONEY: return "money";
    case LDE_TYPE_FTE: return "fte";
    case LDE_TYPE_PERCENT: return "percent";
    case LDE_TYPE_TEXT: return "text";
    default: return "unknown";
  }
}

const FieldDef& field_def(lde_field id) {
  const FieldDef* f = find_field(id);
  if (f == nullptr) fail(LDE_STATUS_INVALID_ARGUMENT, "field", "unknown field value " + std::to_string(id));
  return *f;
}

/// The value of @p id at @p index, after checking decision kind, index and (unless 0) type.
Value read_field(const lde_decision* decision, lde_field id, int32_t index, lde_value_type want) {
  const lde_decision& d = need(decision, "decision");
  const FieldDef& f = field_def(id);
  if (want != 0 && f.type != want)
    fail(LDE_STATUS_INVALID_ARGUMENT, f.name,
         std::string("is of type ") + type_name(f.type) + ", not " + type_name(want));
  if (f.scope == Scope::worker && d.kind != LDE_DECISION_WORKER)
    fail(LDE_STATUS_INVALID_ARGUMENT, f.name, "is a worker field, but the decision is about an enterprise");
  if (f.scope == Scope::enterprise && d.kind != LDE_DECISION_ENTERPRISE)
    fail(LDE_STATUS_INVALID_ARGUMENT, f.name, "is an enterprise field, but the decision is about a worker");
  const int max = f.index == Index::month ? 12 : f.index == Index::quarter ? 4 : 0;
  const int min = max == 0 ? 0 : 1;
  if (index < min || index > max)
    fail(LDE_STATUS_OUT_OF_RANGE, f.name,
         "index " + std::to_string(index) + " is outside " + std::to_string(min) + ".." + std::to_string(max));
  Value v = f.get(d, static_cast<int>(index));
  return v;
}

[[noreturn]] void absent(const FieldDef& f) {
  fail(LDE_STATUS_NOT_FOUND, f.name, "has no value in this decision");
}

std::string value_text(const Value& v) {
  struct Visitor {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(const lde::Date& d) const { return d.iso(); }
    std::string operator()(const lde::Money& m) const { return m.to_string(); }
    std::string operator()(const lde::Fte& f) const { return f.to_string(); }
    std::string operator()(const lde::Percent& p) const { return p.to_string(); }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const EnumValue& e) const { return std::string(e.name); }
  };
  return std::visit(Visitor{}, v);
}

std::int64_t value_int(const Value& v) {
  if (const auto* b = std::get_if<bool>(&v)) return *b ? 1 : 0;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* e = std::get_if<EnumValue>(&v)) return e->value;
  if (const auto* m = std::get_if<lde::Money>(&v)) return m->cents();
  if (const auto* f = std::get_if<lde::Fte>(&v)) return f->units();
  if (const auto* p = std::get_if<lde::Percent>(&v)) return p->hundredths();
  fail(LDE_STATUS_INTERNAL, "", "decision field has no integer representation");
}

template <class Out>
lde_status get_number(const lde_decision* decision, lde_field field, int32_t index, Out* out, lde_value_type type) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    const Value v = read_field(decision, field, index, type);
    if (std::holds_alternative<std::monostate>(v)) absent(field_def(field));
    *out = static_cast<Out>(value_int(v));
  });
}


}  // namespace

extern "C" {

const char* lde_field_name(lde_field field) {
  const FieldDef* f = find_field(field);
  return f == nullptr ? nullptr : f->name;
}

lde_status lde_field_type(lde_field field, lde_value_type* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = field_def(field).type;
  });
}

lde_status lde_decision_kind_of(const lde_decision* decision, lde_decision_kind* out) {
  return guard([&] {
    need(out, "out");
    *out = need(decision, "decision").kind;
  });
}

lde_status lde_decision_has(const lde_decision* decision, lde_field field, int32_t index, int32_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = std::holds_alternative<std::monostate>(read_field(decision, field, index, 0)) ? 0 : 1;
  });
}

lde_status lde_decision_get_bool(const lde_decision* decision, lde_field field, int32_t index, int32_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_BOOL);
}

lde_status lde_decision_get_int(const lde_decision* decision, lde_field field, int32_t index, int64_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_INT);
}

lde_status lde_decision_get_cents(const lde_decision* decision, lde_field field, int32_t index, int64_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_MONEY);
}

lde_status lde_decision_get_fte_units(const lde_decision* decision, lde_field field, int32_t index, int64_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_FTE);
}

lde_status lde_decision_get_percent_hundredths(const lde_decision* decision, lde_field field, int32_t index,
                                               int64_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_PERCENT);
}

lde_status lde_decision_get_date(const lde_decision* decision, lde_field field, int32_t index, lde_date* out) {
  return guard([&] {
    need(out, "out");
    *out = no_date();
    const Value v = read_field(decision, field, index, LDE_TYPE_DATE);
    const auto* d = std::get_if<lde::Date>(&v);
    if (d == nullptr) absent(field_def(field));
    *out = from_date(*d);
  });
}

lde_status lde_decision_get_text(const lde_decision* decision, lde_field field, int32_t index, char* out,
                                 size_t out_size, size_t* out_needed) {
  return guard([&] {
    const Value v = read_field(decision, field, index, 0);
    if (std::holds_alternative<std::monostate>(v)) {
      if (out != nullptr && out_size > 0) out[0] = '\0';
      if (out_needed != nullptr) *out_needed = 1;
      absent(field_def(field));
    }
    copy_out(value_text(v), out, out_size, out_needed);
  });
}

}  // extern "C"
