// A change of a target worker's contractual hours at the same label (WSE-FAQ "Vacatures" 7.5; E-20).
#include "lde/enterprise/contract_change.hpp"

#include "lde/core/error.hpp"
#include "lde/enterprise/rules.hpp"

#include <map>

namespace lde {

std::vector<ContractChange> contract_changes(const Enterprise& enterprise, int year, const YearSchedule& schedule,
                                             Trace* trace) {
  if (schedule.year != year || schedule.settlements.size() != 4) {
    throw Error(ErrorCode::invalid_argument, "year",
                "the schedule given is of " + std::to_string(schedule.year) + ", not of " + std::to_string(year));
  }
  TraceStep* s = begin_step(trace, enterprise::kContractChange);
  std::vector<ContractChange> out;
  std::size_t extensions = 0;
  for (int q = 1; q <= 4; ++q) {
    // Q1 of the first year a Date holds (kFirstDay, 1400-01-01) has no quarter before it (E-12).
    if (q == 1 && calendar_detail::days_from_civil(year, 1, 1) == calendar_detail::kFirstDay) continue;
    const Quarter quarter(year, q, "year");
    const Quarter before = q == 1 ? Quarter(year - 1, 4, "year") : Quarter(year, q - 1, "year");
    const auto now = enterprise.dmfa.find(quarter);
    const auto prev = enterprise.dmfa.find(before);
    if (now == enterprise.dmfa.end() || prev == enterprise.dmfa.end()) continue;
    std::map<std::string_view, Fte> earlier;
    for (const DmfaLine& line : prev->second) earlier.emplace(line.worker, line.fraction);
    const QuarterlySettlement& settlement = schedule.settlements[static_cast<std::size_t>(q - 1)];
    const bool capped = settlement.capped_fte < settlement.dmfa_fte;
    std::map<std::string_view, const DmfaLine*> sorted;
    for (const DmfaLine& line : now->second) sorted.emplace(line.worker, &line);
    for (const auto& [worker, line] : sorted) {
      const auto it = earlier.find(worker);
      if (it == earlier.end() || it->second == line->fraction) continue;
      ContractChange c{std::string(worker), quarter, it->second, line->fraction, line->fraction > it->second, false,
                       capped};
      if (c.extension) ++extensions;
      if (s) {
        s->input("worker." + c.worker, quarter.iso() + ": " + c.fraction_before.to_string() + " -> " +
                                           c.fraction_after.to_string() + (capped ? " (quarter capped)" : ""));
      }
      out.push_back(std::move(c));
    }
  }
  if (s) {
    s->input("year", std::to_string(year));
    s->result(std::to_string(out.size()) + " contract change(s) at this label in " + std::to_string(year) + " (" +
              std::to_string(extensions) +
              " extension(s)): no new vacancy in MVAC; the quarterly settlement adjusts the compensation, capped "
              "at the contingent (7.5, E-20)");
  }
  return out;
}

}  // namespace lde
