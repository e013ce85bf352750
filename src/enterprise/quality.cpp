// Quality calendar: sustainability report, POP, self-evaluation, assessment.
#include "lde/enterprise/quality.hpp"
#include "lde/enterprise/rules.hpp"

#include "internal.hpp"

#include <map>

namespace lde {

std::optional<SustainabilityReport> sustainability_report(int working_year, const ParameterSet& params,
                                                          Trace* trace) {
  enterprise_detail::check_year(working_year);
  TraceStep* s = begin_step(trace, enterprise::kSustainabilityReport);
  const Date year_start = Date::from_ymd(working_year, 1, 1, "year");
  const auto first_year = params.integer("quality.first_report_year", rules_date(year_start, params, s), s);
  if (s) s->input("working_year", std::to_string(working_year));
  if (working_year < first_year) {
    if (s) s->result("no sustainability report for " + std::to_string(working_year));
    return std::nullopt;
  }
  const Date next_start = Date::from_ymd(working_year + 1, 1, 1, "year");
  const auto month = params.integer("quality.report_due_month", rules_date(next_start, params, s), s);
  const auto day = params.integer("quality.report_due_day", rules_date(next_start, params, s), s);
  const Date due = Date::from_ymd(working_year + 1, static_cast<int>(month), static_cast<int>(day), "quality.report_due_day");
  if (s) s->result("sustainability report over " + std::to_string(working_year) + " due at the latest on " + due.iso());
  return SustainabilityReport{working_year, due};
}

bool pop_required(int year, const ParameterSet& params, Trace* trace) {
  enterprise_detail::check_year(year);
  TraceStep* s = begin_step(trace, enterprise::kPop);
  const Date last = Date::from_ymd(year, 12, 31, "year");
  const Date from = params.date("quality.pop_required_from", rules_date(last, params, s), s);
  const bool required = from <= last;
  if (s) {
    s->input("year", std::to_string(year));
    s->result(required ? "a yearly POP is required for every target worker in " + std::to_string(year)
                       : "no POP obligation in " + std::to_string(year));
  }
  return required;
}

std::vector<PopObligation> pop_obligations(const Enterprise& enterprise, int year, const ParameterSet& params,
                                           Trace* trace) {
  enterprise_detail::check_year(year);
  validate(enterprise, params);
  TraceStep* s = begin_step(trace, enterprise::kPopWorkers);
  const Date last = Date::from_ymd(year, 12, 31, "year");
  const Date from = params.date("quality.pop_required_from", rules_date(last, params, s), s);
  std::map<std::string, PopObligation> by_worker;
  for (int q = 1; q <= 4; ++q) {
    const Quarter quarter(year, q);
    auto it = enterprise.dmfa.find(quarter);
    if (it == enterprise.dmfa.end()) continue;
    for (const DmfaLine& line : it->second) {
      PopObligation& o = by_worker[line.worker];
      o.worker = line.worker;
      o.quarters.push_back(quarter);
      if (from <= quarter.last_day()) o.required = true;
    }
  }
  std::vector<PopObligation> out;
  out.reserve(by_worker.size());
  std::size_t required = 0;
  for (auto& [id, o] : by_worker) {
    if (o.required) ++required;
    const PopRecord* record = nullptr;
    for (const PopRecord& r : enterprise.pops) {
      if (r.year == year && r.worker == id) record = &r;
    }
    o.check = check_pop(id, year, o.required, record, trace);
    if (s) {
      std::string quarters;
      for (const Quarter& q : o.quarters) quarters += (quarters.empty() ? "" : ", ") + q.iso();
      s->input("worker." + id, quarters + (o.required ? ": POP required" : ": no POP obligation yet"));
    }
    out.push_back(std::move(o));
  }
  if (s) {
    s->input("year", std::to_string(year));
    s->result(std::to_string(out.size()) + " target worker(s) in the DmfA data of " + std::to_string(year) + ", " +
              std::to_string(required) + " with a yearly POP required (obligation from " + from.iso() + ", E-13)");
  }
  return out;
}

int self_evaluation_interval_years(Date at, const ParameterSet& params, Trace* trace) {
  TraceStep* s = begin_step(trace, enterprise::kSelfEvaluation);
  const auto years = params.integer("quality.self_evaluation_interval_years", rules_date(at, params, s), s);
  if (s) s->input("at", at.iso()).result("a self-evaluation every " + std::to_string(years) + " years");
  return static_cast<int>(years);
}

Period quality_assessment_period(Date at, const ParameterSet& params, Trace* trace) {
  TraceStep* s = begin_step(trace, enterprise::kAssessment);
  const Date d = rules_date(at, params, s);
  const Period p(params.date("quality.assessment_first_day", d, s), params.date("quality.assessment_last_day", d, s),
                 "quality.assessment_last_day");
  if (s) s->input("at", at.iso()).result("quality assessment within " + p.iso());
  return p;
}

}  // namespace lde
