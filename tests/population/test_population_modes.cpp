// One rule core, two modes (docs/rule-core.md): the traced scalar decision, the
// untraced scalar decision and the population pass (tracing off, values only)
// run the same rule code and give the same values, on randomised and
// adversarial populations (29 February, trajectories before 2015-04-01, chained
// and overlapping absences, competence above the cap, contingent 0, Brussels,
// every right kind, a reform mid-population) and on every worker dossier of tests/cases.
#include "lde/core/parameters.hpp"
#include "lde/io/cases.hpp"
#include "lde/io/json.hpp"
#include "lde/population/population.hpp"

// The rule core's internal entry point (not installed): the population mode on dossiers the columns cannot hold.
#include "../../src/worker/internal.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace lde;
using namespace lde::population;

namespace {

/// The values of a status every mode must agree on (the population columns and more).
std::string values_of(const WorkerStatus& s) {
  std::ostringstream o;
  auto date = [&](const std::optional<Date>& d) { o << (d ? d->iso() : "-") << ' '; };
  o << (s.right.kind ? static_cast<int>(*s.right.kind) : 0) << ' ' << s.right.valid << ' ';
  date(s.right.granted);
  date(s.right.last_day);
  o << (s.right.ended ? static_cast<int>(*s.right.ended) : -1) << ' ';
  o << (s.hiring ? (s.hiring->eligible ? 1 : 0) : -1) << ' ';
  if (s.trajectory) {
    const Trajectory& t = *s.trajectory;
    o << t.first_day.iso() << ' ' << t.original_last_day.iso() << ' ' << t.absence_extension_days << ' '
      << t.competence_extension_months << ' ' << t.competence_requested_months << ' ' << t.last_day.iso() << ' ';
  } else {
    o << "no-trajectory ";
  }
  o << static_cast<int>(s.continuation.kind) << ' ';
  date(s.continuation.from);
  o << (s.continuation.age_at_decisive_date ? *s.continuation.age_at_decisive_date : -1) << ' ';
  date(s.continuation.decisive_date);
  o << s.in_trajectory << s.in_continuation << s.compensated;
  return o.str();
}

/// Everything the scalar answer holds besides values_of(): judgements, failing ids, referral, appeal.
std::string details_of(const WorkerStatus& s) {
  std::ostringstream o;
  if (s.hiring) {
    for (const auto& f : s.hiring->failing) o << f << ',';
  }
  o << '|';
  if (s.trajectory) {
    for (const AbsenceJudgement& j : s.trajectory->absences) {
      o << j.period.iso() << ' ' << j.qualifies << ' ' << j.counted_days << ' ' << j.reason << ' ';
      for (std::size_t k : j.sources) o << k << ',';
      o << ';';
    }
  }
  o << '|' << s.referral.may_propose << ' ' << s.referral.reason << '|';
  if (s.appeal) o << s.appeal->last_day.iso() << ' ' << s.appeal->moved_over.size();
  return o.str();
}

/// The population mode of the rule core on @p d (validated), as evaluate_workers() runs it.
WorkerStatus population_mode(const WorkerDossier& d, Date at, const ParameterSet& params) {
  validate(d);
  worker_detail::WorkerScratch scratch;
  return worker_detail::evaluate_validated(d, at, worker_detail::WorkerParams(params), nullptr,
                                           worker_detail::Detail::values, scratch);
}

/// An adversarial random population: see the file comment.
struct Adversarial {
  std::vector<std::int64_t> birth, granted, first, last, contingent, approved, ds_first, ds_last, job;
  std::vector<std::int32_t> kind, months;
  std::vector<std::uint8_t> recognised, brussels;
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;

  Adversarial(std::size_t n, std::uint64_t seed)
      : birth(n), granted(n), first(n), last(n, kNoDate), contingent(n), approved(n, kNoDate), ds_first(n, kNoDate),
        ds_last(n, kNoDate), job(n, kNoDate), kind(n), months(n, 0), recognised(n), brussels(n) {
    std::mt19937_64 rng(seed);
    auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    const auto day = [](int y, int m, int d) { return Date::from_ymd(y, m, d).days_since_epoch(); };
    for (std::size_t i = 0; i < n; ++i) {
      // Some born on 29 February; ages around 55 and 60 at the end of the trajectory.
      birth[i] = pick(0, 7) == 0 ? day(static_cast<int>(1952 + 4 * pick(0, 10)), 2, 29) : day(1950, 1, 1) + pick(0, 365 * 50);
      kind[i] = static_cast<std::int32_t>(pick(0, 5) == 0 ? pick(2, 3) : 1);
      // Grants from 2008: trajectories that start before 2015-04-01.
      granted[i] = pick(0, 9) == 0 ? kNoDate : day(2008, 1, 1) + pick(0, 365 * 14);
      first[i] = granted[i] == kNoDate || pick(0, 9) == 0 ? kNoDate : granted[i] + pick(-90, 365 * 6);
      if (first[i] != kNoDate && pick(0, 3) == 0) last[i] = first[i] + pick(0, 365 * 9);
      recognised[i] = pick(0, 19) != 0;
      brussels[i] = pick(0, 19) == 0;
      contingent[i] = pick(0, 14) == 0 ? 0 : pick(1, 200000);
      if (first[i] != kNoDate && pick(0, 4) == 0) {
        months[i] = static_cast<std::int32_t>(pick(1, 30));  // above the cap of 12 too
        approved[i] = first[i] + pick(0, 365 * 7);
      }
      if (first[i] != kNoDate && pick(0, 4) == 0) {
        ds_first[i] = first[i] + pick(365 * 3, 365 * 6);
        ds_last[i] = ds_first[i] + pick(0, 365 * 2);
        if (pick(0, 2) == 0) job[i] = ds_first[i] + pick(0, 365 * 3);
      }
      if (first[i] != kNoDate) {
        // Chained (touching), overlapping and separate absences, some straddling 2015-04-01.
        std::int64_t f = first[i] + pick(-200, 365 * 5);
        for (std::int64_t k = pick(0, 6); k > 0; --k) {
          const std::int64_t len = pick(0, 3) == 0 ? pick(25, 35) : pick(0, 200);
          a_worker.push_back(static_cast<std::int64_t>(i));
          a_first.push_back(std::max(f, birth[i]));
          a_last.push_back(std::max(f, birth[i]) + len);
          a_reason.push_back(static_cast<std::int32_t>(pick(1, 6)));
          const std::int64_t gap = pick(0, 2);
          f = gap == 0 ? f + len + 1 : gap == 1 ? f + len / 2 : f + len + pick(2, 400);
        }
      }
    }
  }
  WorkerColumns columns() const {
    WorkerColumns w;
    w.rows = birth.size();
    w.birth_date = birth.data();
    w.right_kind = kind.data();
    w.right_granted = granted.data();
    w.employment_first_day = first.data();
    w.employment_last_day = last.data();
    w.employer_recognised = recognised.data();
    w.employer_contingent_units = contingent.data();
    w.employer_in_brussels = brussels.data();
    w.competence_months = months.data();
    w.competence_approved = approved.data();
    w.doorstroom_first_day = ds_first.data();
    w.doorstroom_last_day = ds_last.data();
    w.external_job_found = job.data();
    return w;
  }
  AbsenceColumns absences() const { return {a_worker.size(), a_worker.data(), a_first.data(), a_last.data(), a_reason.data()}; }
};

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("modes: population pass, untraced and traced scalar decisions agree on adversarial random populations") {
  // The default set and a reform that changes values mid-population (effective-dated at each worker's own dates).
  const ParameterSet reform = ParameterSet::defaults()
                                  .with_value("trajectory.absence_min_days", Date::from_ymd(2018, 1, 1),
                                              std::int64_t{20}, "test reform")
                                  .with_value("trajectory.competence_max_months", Date::from_ymd(2016, 6, 1),
                                              std::int64_t{18}, "test reform");
  for (const ParameterSet* params : {&ParameterSet::defaults(), &reform}) {
    for (std::uint64_t seed : {11u, 12u}) {
      const Adversarial pop(1500, seed);
      const WorkerColumns w = pop.columns();
      const AbsenceColumns a = pop.absences();
      const std::size_t n = w.rows;
      for (const Date at : {Date::from_ymd(2016, 2, 29), Date::from_ymd(2024, 12, 31)}) {
        std::vector<std::int32_t> kind(n), months(n), cont(n);
        std::vector<std::uint8_t> valid(n), eligible(n), in_t(n), in_c(n), comp(n);
        std::vector<std::int64_t> r_last(n), t_first(n), t_last(n), ext(n);
        std::vector<std::uint32_t> reason(n);
        const WorkerResults out{kind.data(), valid.data(), r_last.data(), eligible.data(), t_first.data(),
                                t_last.data(), ext.data(), months.data(), cont.data(), in_t.data(), in_c.data(),
                                comp.data(), reason.data()};
        evaluate_workers(w, a, at.days_since_epoch(), *params, out, 2);
        const AbsenceIndex index(a, n);
        int mismatches = 0;
        for (std::size_t i = 0; i < n; ++i) {
          const WorkerDossier d = dossier_of_row(w, a, index, i);
          Trace trace;
          const WorkerStatus traced = evaluate_worker(d, at, *params, &trace);
          const WorkerStatus untraced = evaluate_worker(d, at, *params, nullptr);
          const WorkerStatus values = population_mode(d, at, *params);
          REQUIRE(!trace.steps().empty());
          bool same = values_of(traced) == values_of(untraced) && details_of(traced) == details_of(untraced) &&
                      values_of(traced) == values_of(values);
          // Every population column equals the traced scalar decision.
          same = same && kind[i] == (traced.right.kind ? static_cast<std::int32_t>(*traced.right.kind) : 0) &&
                 valid[i] == traced.right.valid &&
                 r_last[i] == (traced.right.last_day ? traced.right.last_day->days_since_epoch() : kNoDate) &&
                 eligible[i] == (traced.hiring && traced.hiring->eligible) &&
                 t_first[i] == (traced.trajectory ? traced.trajectory->first_day.days_since_epoch() : kNoDate) &&
                 t_last[i] == (traced.trajectory ? traced.trajectory->last_day.days_since_epoch() : kNoDate) &&
                 ext[i] == (traced.trajectory ? traced.trajectory->absence_extension_days : 0) &&
                 months[i] == (traced.trajectory ? traced.trajectory->competence_extension_months : 0) &&
                 cont[i] == static_cast<std::int32_t>(traced.continuation.kind) && in_t[i] == traced.in_trajectory &&
                 in_c[i] == traced.in_continuation && comp[i] == traced.compensated &&
                 reason[i] == reason_bits(d, traced, *params);
          if (!same && ++mismatches <= 3) MESSAGE("row " << i << ": " << values_of(traced) << " vs " << values_of(values));
        }
        CHECK(mismatches == 0);
      }
    }
  }
}

TEST_CASE("modes: every worker dossier of tests/cases gives the same values traced, untraced and in population mode") {
  int dossiers = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(LDE_SOURCE_DIR) / "tests" / "cases")) {
    if (entry.path().extension() != ".json") continue;
    const std::string text = read_text(entry.path());
    for (std::size_t i = 0;; ++i) {
      const std::string c = "cases[" + std::to_string(i) + "]";
      if (!io::value_at(text, c)) break;
      const auto worker = io::value_at(text, c + ".worker");
      const auto at_text = io::value_at(text, c + ".at");
      if (!worker || !at_text || io::value_at(text, c + ".expect_error")) continue;
      const ParameterSet params = [&] {
        const auto changes = io::value_at(text, c + ".parameters");
        return changes ? ParameterSet::defaults().with_changes(*changes) : ParameterSet::defaults();
      }();
      const WorkerDossier d = io::parse_worker(*worker);
      const Date at = Date::parse(at_text->substr(1, at_text->size() - 2));
      CAPTURE(entry.path().filename().string());
      CAPTURE(i);
      Trace trace;
      const WorkerStatus traced = evaluate_worker(d, at, params, &trace);
      const WorkerStatus untraced = evaluate_worker(d, at, params, nullptr);
      CHECK(values_of(traced) == values_of(untraced));
      CHECK(details_of(traced) == details_of(untraced));
      CHECK(values_of(traced) == values_of(population_mode(d, at, params)));
      ++dossiers;
    }
  }
  MESSAGE(dossiers << " worker dossiers of tests/cases compared");
  CHECK(dossiers >= 50);
}
