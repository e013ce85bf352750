// Quality calendar: sustainability report, POP, self-evaluation, assessment.
#include "lde/enterprise/quality.hpp"

#include "internal.hpp"

#include <map>

namespace lde {

std::optional<SustainabilityReport> sustainability_report(int working_year, const ParameterSet& params,
                                                          Trace* trace) {
  enterprise_detail::check_year(working_year);
  TraceStep* s = begin_step(trace, "enterprise.quality.sustainability_report",
                            "WSE-FAQ \"Kwaliteitsmanagement\" 3.1 \"jaarlijks een duurzaamheidsverslag op, telkens ten "
                            "laatste op 31 juli, over het voorgaande jaar ... het eerste duurzaamheidsverslag over het "
                            "werkingsjaar 2016 uiterlijk op 31 juli 2017\"; 3.6; WSE-SUPPORT \"2. Werkgever\"",
                            {"I-21"});
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
  TraceStep* s = begin_step(trace, "enterprise.quality.pop",
                            "WSE-FAQ \"POP\" 6.8 \"Het is verplicht om (vanaf 2018) voor elke ... doelgroepmedewerker "
                            "jaarlijks een POP op te maken\"; WSE-SUPPORT \"1. Werknemer\"",
                            {});
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
  TraceStep* s = begin_step(trace, "enterprise.quality.pop_workers",
                            "WSE-FAQ \"POP\" 6.8 \"Het is verplicht om (vanaf 2018) voor elke (dus niet enkel voor "
                            "diegene die geëvalueerd zullen worden) doelgroepmedewerker jaarlijks een POP op te "
                            "maken\"; WSE-SUPPORT \"1. Werknemer\"",
                            {"E-13"});
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
  TraceStep* s = begin_step(trace, "enterprise.quality.self_evaluation",
                            "WSE-FAQ \"Kwaliteitsmanagement\" 3.1 \"passen om de drie jaar een zelfevaluatie toe\"; "
                            "WSE-SUPPORT \"2. Werkgever\"",
                            {});
  const auto years = params.integer("quality.self_evaluation_interval_years", rules_date(at, params, s), s);
  if (s) s->input("at", at.iso()).result("a self-evaluation every " + std::to_string(years) + " years");
  return static_cast<int>(years);
}

Period quality_assessment_period(Date at, const ParameterSet& params, Trace* trace) {
  TraceStep* s = begin_step(trace, "enterprise.quality.assessment",
                            "WSE-FAQ \"Kwaliteitsmanagement\" 3.1 \"Binnen de periode 2017 tot 2026 vindt bij alle "
                            "LDE-ondernemingen een kwaliteitsassessment plaats.\"; WSE-SUPPORT \"2. Werkgever\"",
                            {"I-1"});
  const Date d = rules_date(at, params, s);
  const Period p(params.date("quality.assessment_first_day", d, s), params.date("quality.assessment_last_day", d, s),
                 "quality.assessment_last_day");
  if (s) s->input("at", at.iso()).result("quality assessment within " + p.iso());
  return p;
}

}  // namespace lde
