// The enterprise level of a population budget (lde/population/budget.hpp, enterprise_budget()):
// the compensated worker-months, found by the same loop as budget(), become the employers'
// registrations and DmfA lines; each employer's year is the enterprise rules' year schedule.
#include "lde/population/budget.hpp"
#include "lde/population/population.hpp"

#include "budget_internal.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace lde::population {

namespace {

/// One compensated worker-month and where it is registered.
struct Registration {
  std::size_t worker;
  std::size_t month;  // index into the range
  std::int64_t units;
  std::int64_t cents;
  std::int64_t contingent_units;
  std::string employer;
  std::size_t employment_row;  // the row of `employment` the month is registered under
};

/// What one employer accumulates over the range.
struct Employer {
  std::int64_t contingent_units = -1;             // of its first registration (lowest worker row)
  std::map<std::size_t, std::int64_t> hires;      // month index -> Σ fraction units
  std::map<int, std::int64_t> worker_cents;       // year -> Σ month amounts
  // (quarter index, worker) -> (units, months compensated in the quarter)
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::int64_t, std::int64_t>> dmfa;
};

}  // namespace

std::vector<EmployerYear> enterprise_budget(const Population& pop, const ParameterSet& params,
                                            const BudgetOptions& options) {
  using namespace budget_detail;
  if (options.weights != nullptr) {
    throw Error(ErrorCode::invalid_argument, "weights",
                "weights do not apply at the enterprise level: a contingent caps one real enterprise");
  }
  const std::size_t n = pop.workers.rows;
  check_options(n, options);
  const MonthlyRates rates(params, options.first_year, options.last_year);
  const MonthTable months(rates);
  const worker_detail::WorkerParams wp(params);
  const PopulationIndex index(pop);
  const unsigned threads = threads_for(options, n);
  struct Slot {
    WorkerDossier dossier{Date::from_ymd(1970, 1, 1), {}, {}, {}, {}, std::nullopt, std::nullopt};
    worker_detail::WorkerScratch rules;
    worker_detail::WorkerFacts facts;
    std::vector<Registration> out;
  };
  std::vector<Slot> slots(threads);
  run_rows(n, options, threads, [&](std::size_t begin, std::size_t end, unsigned slot) {
    Slot& s = slots[slot];
    for (std::size_t i = begin; i < end; ++i) {
      WorkerDossier& d = s.dossier;
      fill_dossier(pop, index, i, d);  // its errors name table rows already
      try {
        validate(d);
        worker_detail::right_periods_into(d, wp, nullptr, s.rules);
        worker_detail::facts_with(d, wp, nullptr, worker_detail::Detail::values, s.rules, s.facts);
        const std::int64_t units = options.fractions ? options.fractions[i] : options.fraction_units;
        for (std::size_t m = 0; m < months.first.size(); ++m) {
          // The status rule on the month's first day: the same code as budget() and evaluate_worker().
          const worker_detail::StatusOnDate on = worker_detail::status_on(d, s.facts, months.first[m], nullptr);
          if (!on.compensated) continue;
          const auto k = static_cast<std::size_t>(on.employed - d.employment.data());
          s.out.push_back({i, m, units, rates.amount_cents(m, units), on.employed->employer_contingent_fte.units(),
                           on.employed->employer, index.rows_of(PopulationIndex::employment, i)[k]});
        }
      } catch (const Error& e) {
        throw Error(e.code(), table_path(index, i, e.field()), e.message());
      }
    }
  });
  // Employers by label; a worker's registrations in row order (the contingent of the first one).
  std::map<std::string, Employer> employers;
  std::vector<const Registration*> all;
  for (const Slot& s : slots) {
    for (const Registration& r : s.out) all.push_back(&r);
  }
  std::sort(all.begin(), all.end(), [](const Registration* a, const Registration* b) {
    return a->worker != b->worker ? a->worker < b->worker : a->month < b->month;
  });
  std::map<std::string, const Registration*> first_of;
  for (const Registration* r : all) {
    Employer& e = employers[r->employer];
    if (e.contingent_units < 0) {
      e.contingent_units = r->contingent_units;
      first_of[r->employer] = r;
    } else if (e.contingent_units != r->contingent_units) {
      // One enterprise, one contingent: two periods that disagree cannot both be its contingent.
      const Registration* f = first_of[r->employer];
      throw Error(ErrorCode::invalid_argument, "employment[" + std::to_string(r->employment_row) + "].employer_contingent",
                  "employer \"" + r->employer + "\" has the contingent " + Fte::from_units(r->contingent_units).to_string() +
                      " FTE here and " + Fte::from_units(f->contingent_units).to_string() + " FTE in employment[" +
                      std::to_string(f->employment_row) +
                      "]; an enterprise-level budget needs one contingent per employer");
    }
    e.hires[r->month] += r->units;
    e.worker_cents[rates.month(r->month).year()] += r->cents;
    auto& line = e.dmfa[{r->month / 3, r->worker}];
    line.first = r->units;
    ++line.second;
  }
  const Date contingent_from = params.definitions().empty() ? Date::from_ymd(2015, 4, 1) : params.rules_from();
  std::vector<EmployerYear> out;
  for (int year = options.first_year; year <= options.last_year; ++year) {
    const std::size_t y = static_cast<std::size_t>(year - options.first_year);
    std::vector<Enterprise> enterprises;
    std::vector<const std::string*> names;
    for (const auto& [name, e] : employers) {
      Enterprise ent;
      ent.allocation_number = name;
      ent.legal_form = LegalForm::vzw;
      ent.seat = Seat::flanders;
      // From the first day the rules apply (I-21), or the range's first day when earlier: the
      // worker level pays months before the decree with its first values, so does this level.
      ent.contingent.push_back({std::min(contingent_from, Date::from_ymd(options.first_year, 1, 1)),
                                Fte::from_units(e.contingent_units)});
      for (std::size_t m = y * 12; m < y * 12 + 12; ++m) {
        const auto it = e.hires.find(m);
        ent.hires[rates.month(m)] = Fte::from_units(it == e.hires.end() ? 0 : it->second);
      }
      for (std::size_t q = y * 4; q < y * 4 + 4; ++q) {
        std::vector<DmfaLine>& lines = ent.dmfa[Quarter(year, static_cast<int>(q % 4) + 1)];
        for (auto it = e.dmfa.lower_bound({q, 0}); it != e.dmfa.end() && it->first.first == q; ++it) {
          // fraction × months / 3, kept to 4 decimals half up (never exactly half: a third's remainder).
          const std::int64_t num = it->second.first * it->second.second;
          lines.push_back({std::to_string(it->first.second), Fte::from_units((2 * num + 3) / 6), true});
        }
      }
      enterprises.push_back(std::move(ent));
      names.push_back(&name);
    }
    const std::vector<YearSchedule> schedules = evaluate_enterprises(enterprises, year, params, options.threads);
    for (std::size_t k = 0; k < schedules.size(); ++k) {
      const Employer& e = employers.at(*names[k]);
      const auto it = e.worker_cents.find(year);
      out.push_back({*names[k], year, it == e.worker_cents.end() ? 0 : it->second, schedules[k]});
    }
  }
  return out;
}

}  // namespace lde::population
