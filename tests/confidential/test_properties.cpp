// Seeded randomised property test of the confidential section (issue 17): over at least 10,000 random valid
// logs (several employers, persons, consents, role changes, transfers, mediator changes and uploads,
// overlapping and successive employments), on every event date, the day before it and the days around
// each employment's end:
//   P1 at most one person per employer has access, a staff person of that employer, while employed by it,
//      from a consent or transfer naming them on or after the first day of employment, with no role change
//      of theirs since;
//   P2 no person of employer B ever sees a version uploaded by employer A;
//   P3 nobody without a current grant sees anything; the mediator sees exactly the kept versions;
//   P4 a version once visible to anyone stays in the history on every later day, and a contact person who
//      keeps access keeps seeing their employer's versions (nothing is lost);
//   P5 may_view agrees with visible_documents, may_upload with the access;
//   P6 the answers (trace included) do not depend on the order in which simultaneous events are listed.
// And over random mutations of those logs: every log either evaluates or fails with a named error (a field,
// never `internal`). The seed is fixed (reproducible); LDE_CONFIDENTIAL_SEED overrides it.
#include "support.hpp"

#include "lde/io/confidential.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <random>
#include <set>

using namespace lde;
using namespace lde::confidential_test;

namespace {

using Rng = std::mt19937_64;

int pick(Rng& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
bool chance(Rng& rng, int percent) { return pick(rng, 1, 100) <= percent; }

const Date kOrigin = Date::from_ymd(2020, 1, 1);

/// Employment, persons and the grant/ending events; uploads are added by add_uploads() once access is known.
EventLog random_frame(Rng& rng) {
  EventLog log;
  const int employers = pick(rng, 1, 3);
  for (int e = 0; e < employers; ++e) {
    const std::string name(1, static_cast<char>('A' + e));
    Date start = kOrigin.plus_days(pick(rng, 0, 900));
    const int periods = pick(rng, 1, 2);
    for (int k = 0; k < periods; ++k) {
      EmploymentPeriod p{name, start, std::nullopt};
      const bool open = k == periods - 1 && chance(rng, 40);
      if (!open) p.last_day = start.plus_days(pick(rng, 20, 700));
      log.employment.push_back(p);
      if (!p.last_day) break;
      start = p.last_day->plus_days(pick(rng, 1, 200));
    }
    const int staff_count = pick(rng, 1, 2);
    for (int s = 0; s < staff_count; ++s) log.persons.push_back(staff(name + std::to_string(s), name));
  }
  const int mediators = pick(rng, 1, 2);
  for (int m = 0; m < mediators; ++m) log.persons.push_back(mediator("med" + std::to_string(m)));
  if (chance(rng, 70)) log.persons.push_back(the_worker("wkr"));

  std::vector<Event> events;
  int next_id = 0;
  auto id = [&] { return "e" + std::to_string(next_id++); };
  // Mediator assignments on distinct days.
  std::set<Date> mediator_days;
  const int assignments = pick(rng, 1, 3);
  for (int a = 0; a < assignments; ++a) {
    const Date day = kOrigin.plus_days(pick(rng, -60, 1500));
    if (!mediator_days.insert(day).second) continue;
    events.push_back(ev(id(), "2020-01-01", EventKind::mediator, "med" + std::to_string(pick(rng, 0, mediators - 1))));
    events.back().date = day;
  }
  // Per employment period: a consent, then maybe transfers, consents and role changes inside it.
  for (const EmploymentPeriod& p : log.employment) {
    std::vector<const Person*> team;
    for (const Person& q : log.persons)
      if (q.role == PersonRole::staff && q.employer == p.employer) team.push_back(&q);
    const Date last = p.last_day ? *p.last_day : p.first_day.plus_days(800);
    const std::int64_t length = days_between(p.first_day, last);
    std::set<Date> grant_days;
    if (!chance(rng, 80)) continue;  // sometimes the worker never consents
    const Date first_consent = p.first_day.plus_days(chance(rng, 50) ? 0 : pick(rng, 0, static_cast<int>(length)));
    grant_days.insert(first_consent);
    events.push_back(ev(id(), "2020-01-01", EventKind::consent, team[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(team.size()) - 1))]->id));
    events.back().date = first_consent;
    const int more = pick(rng, 0, 4);
    for (int m = 0; m < more; ++m) {
      const Date day = first_consent.plus_days(pick(rng, 0, static_cast<int>(days_between(first_consent, last))));
      const std::string who = team[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(team.size()) - 1))]->id;
      const int kind = pick(rng, 0, 2);
      if (kind == 2) {
        events.push_back(ev(id(), "2020-01-01", EventKind::role_change, who));
      } else {
        if (!grant_days.insert(day).second) continue;  // one grant per employer and day (C-3)
        events.push_back(ev(id(), "2020-01-01", kind == 0 ? EventKind::consent : EventKind::transfer, who));
      }
      events.back().date = day;
    }
    // A role change outside employment is harmless and allowed.
    if (chance(rng, 10)) {
      events.push_back(ev(id(), "2020-01-01", EventKind::role_change, team[0]->id));
      events.back().date = last.plus_days(pick(rng, 1, 30));
    }
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.date < b.date; });
  log.events = std::move(events);
  return log;
}

/// Adds uploads by persons who may upload on their day (found with may_upload on the frame: uploads do not
/// change access), numbering versions and keeping each document with its party.
void add_uploads(EventLog& log, Rng& rng) {
  const int count = pick(rng, 0, 8);
  std::vector<Event> uploads;
  std::vector<Date> days;
  for (int u = 0; u < count; ++u) days.push_back(kOrigin.plus_days(pick(rng, -30, 1700)));
  std::sort(days.begin(), days.end());
  struct Doc {
    std::string id;
    std::string party;
    DocumentKind kind;
    int versions;
  };
  std::vector<Doc> docs;
  std::optional<Date> last_icf_day;
  std::string last_icf;
  int n = 0;
  for (const Date day : days) {
    // Who may upload that day: the holders (contact persons and the mediator) and the worker (C-4).
    std::vector<const Person*> can;
    const std::vector<AccessHolder> with_access = who_has_access(log, day);
    for (const Person& p : log.persons) {
      const bool holds = std::any_of(with_access.begin(), with_access.end(),
                                     [&](const AccessHolder& h) { return h.person == p.id; });
      if (holds || p.role == PersonRole::worker) can.push_back(&p);
    }
    if (can.empty()) continue;
    const Person& p = *can[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(can.size()) - 1))];
    const std::string party = p.role == PersonRole::staff ? p.employer : std::string(to_string(p.role));
    DocumentKind kind = static_cast<DocumentKind>(pick(rng, 2, 4));
    if (p.role == PersonRole::mediator && chance(rng, 60)) kind = DocumentKind::icf;
    std::string doc;
    int version = 1;
    if (kind == DocumentKind::icf && last_icf_day && *last_icf_day == day) {
      doc = last_icf;  // one ICF document per day (C-5): a second upload that day is a new version
    } else {
      std::vector<Doc*> mine;
      for (Doc& x : docs)
        if (x.party == party && x.kind == kind) mine.push_back(&x);
      if (!mine.empty() && chance(rng, 50)) doc = mine[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(mine.size()) - 1))]->id;
    }
    if (doc.empty()) {
      doc = std::string(to_string(kind)) + "-" + std::to_string(n++);
      docs.push_back({doc, party, kind, 0});
    }
    for (Doc& x : docs) {
      if (x.id == doc) version = ++x.versions;
    }
    if (kind == DocumentKind::icf) {
      last_icf_day = day;
      last_icf = doc;
    }
    uploads.push_back(upload("u" + std::to_string(uploads.size()), "2020-01-01", p.id, doc, kind, version));
    uploads.back().date = day;
  }
  log.events.insert(log.events.end(), uploads.begin(), uploads.end());
  std::stable_sort(log.events.begin(), log.events.end(), [](const Event& a, const Event& b) { return a.date < b.date; });
}

/// The same log with the events of each day in another order.
EventLog shuffled_days(EventLog log, Rng& rng) {
  auto begin = log.events.begin();
  while (begin != log.events.end()) {
    auto end = std::find_if(begin, log.events.end(), [&](const Event& e) { return e.date != begin->date; });
    std::shuffle(begin, end, rng);
    begin = end;
  }
  return log;
}

/// Up to 6 probe days, in order: the last day of an employment and the day after (when access ends), and event
/// days and the days before them, drawn at random.
std::vector<Date> probe_days(const EventLog& log, Rng& rng) {
  std::set<Date> days;
  for (const EmploymentPeriod& p : log.employment) {
    if (p.last_day && chance(rng, 50)) {
      days.insert(*p.last_day);
      days.insert(p.last_day->next_day());
    }
  }
  std::vector<Date> candidates;
  for (const Event& e : log.events) {
    candidates.push_back(e.date);
    candidates.push_back(e.date.previous_day());
  }
  std::shuffle(candidates.begin(), candidates.end(), rng);
  for (const Date day : candidates) {
    if (days.size() >= 6) break;
    days.insert(day);
  }
  return {days.begin(), days.end()};
}

/// What a view says, compactly (every answer's reason, rule and detail; every holder and version), and the
/// trace's steps: equal signatures mean equal answers and equal explanations.
std::string signature(const SectionView& v, const Trace& trace) {
  std::string out = v.at.iso();
  for (const AccessHolder& h : v.holders) out += "|" + h.person + "@" + h.employer + ":" + h.since.iso() + ":" + h.event;
  auto answer = [&](const Answer& a) {
    out += a.allowed ? "+" : "-";
    out += std::string(to_string(a.reason)) + ":" + std::string(a.rule->id) + ":" + a.detail;
  };
  for (const PersonView& p : v.persons) {
    out += "|" + p.person + ";";
    answer(p.access);
    answer(p.may_upload);
    if (p.may_view) answer(*p.may_view);
    for (const DocumentVersion& x : p.visible) out += "," + x.document + "#" + std::to_string(x.version) + x.event;
  }
  for (const DocumentVersion& x : v.history) out += "," + x.event;
  for (const TraceStep& s : trace.steps()) out += "|" + s.rule + ":" + s.outcome;
  return out;
}

std::string key(const DocumentVersion& v) { return v.document + "#" + std::to_string(v.version); }

struct Counts {
  long logs = 0;
  long days = 0;
  long holders = 0;
  long visible = 0;
  long mutated = 0;
  long mutated_invalid = 0;
  long order_days = 0;
};

void check_log(const EventLog& log, Rng& rng, Counts& counts) {
  const std::vector<Date> days = probe_days(log, rng);
  std::map<std::string, const Person*> persons;
  for (const Person& p : log.persons) persons[p.id] = &p;
  std::set<std::string> documents;
  for (const Event& e : log.events)
    if (e.kind == EventKind::upload) documents.insert(e.document);
  const EventLog other_order = shuffled_days(log, rng);

  std::set<std::string> seen_before;  // every version visible to anyone on an earlier probe day
  std::map<std::string, std::set<std::string>> own_before;  // contact person -> own-employer versions seen
  std::optional<SectionView> previous;
  for (const Date day : days) {
    ++counts.days;
    // A document asked about on some days, to exercise may_view in the order test too.
    std::optional<std::string> asked;
    if (!documents.empty() && chance(rng, 30)) {
      auto it = documents.begin();
      std::advance(it, pick(rng, 0, static_cast<int>(documents.size()) - 1));
      asked = *it;
    }
    // The order test (P6) on some days, with the trace on.
    const bool order_test = chance(rng, 25);
    Trace trace(order_test);
    const SectionView v = evaluate_confidential(log, day, std::nullopt, asked, &trace);

    // P1: one person per employer, a staff person of it, employed, granted by an event naming them.
    std::set<std::string> employers;
    std::set<std::string> holder_ids;
    for (const AccessHolder& h : v.holders) {
      ++counts.holders;
      holder_ids.insert(h.person);
      if (h.role == PersonRole::mediator) continue;
      REQUIRE_MESSAGE(employers.insert(h.employer).second, "two holders for " << h.employer << " on " << day.iso());
      const Person& p = *persons.at(h.person);
      CHECK(p.role == PersonRole::staff);
      CHECK(p.employer == h.employer);
      const auto job_on = std::find_if(log.employment.begin(), log.employment.end(), [&](const EmploymentPeriod& e) {
        return e.employer == h.employer && e.first_day <= day && (!e.last_day || day <= *e.last_day);
      });
      REQUIRE_MESSAGE(job_on != log.employment.end(), h.person << " has access on " << day.iso() << " without employment");
      CHECK(job_on->first_day <= h.since);
      CHECK(h.since <= day);
      const bool granted = std::any_of(log.events.begin(), log.events.end(), [&](const Event& e) {
        return e.id == h.event && e.person == h.person && e.date == h.since &&
               (e.kind == EventKind::consent || e.kind == EventKind::transfer);
      });
      CHECK(granted);
      const bool changed_since = std::any_of(log.events.begin(), log.events.end(), [&](const Event& e) {
        return e.kind == EventKind::role_change && e.person == h.person && h.since < e.date && e.date <= day;
      });
      CHECK_FALSE(changed_since);
    }
    const int mediators_on = static_cast<int>(std::count_if(v.holders.begin(), v.holders.end(), [](const AccessHolder& h) {
      return h.role == PersonRole::mediator;
    }));
    CHECK(mediators_on <= 1);

    std::set<std::string> kept;
    for (const DocumentVersion& x : v.history) kept.insert(key(x));
    // P4: nothing visible before has disappeared from the history.
    for (const std::string& k : seen_before) CHECK_MESSAGE(kept.count(k) == 1, k << " lost on " << day.iso());
    if (previous) CHECK(previous->history.size() <= v.history.size());

    for (const PersonView& pv : v.persons) {
      const Person& p = *persons.at(pv.person);
      counts.visible += static_cast<long>(pv.visible.size());
      CHECK(pv.access.allowed == (holder_ids.count(p.id) == 1));
      // P3: nobody without a current grant sees anything; the mediator sees exactly the history.
      if (!pv.access.allowed) CHECK(pv.visible.empty());
      if (p.role == PersonRole::mediator && pv.access.allowed) CHECK(pv.visible.size() == v.history.size());
      // P2: never another employer's upload; for staff only own uploads and the one latest ICF.
      int icf = 0;
      for (const DocumentVersion& x : pv.visible) {
        seen_before.insert(key(x));
        if (p.role != PersonRole::staff) continue;
        if (x.uploader_role == PersonRole::staff) {
          CHECK_MESSAGE(x.employer == p.employer, p.id << " of " << p.employer << " sees " << key(x) << " of " << x.employer);
        } else {
          CHECK(x.kind == DocumentKind::icf);
          ++icf;
        }
      }
      CHECK(icf <= 1);
      // P4: a contact person who keeps access keeps seeing what their employer uploaded.
      if (p.role == PersonRole::staff && pv.access.allowed) {
        std::set<std::string> own;
        for (const DocumentVersion& x : pv.visible)
          if (x.uploader_role == PersonRole::staff) own.insert(key(x));
        for (const std::string& k : own_before[p.id]) CHECK_MESSAGE(own.count(k) == 1, p.id << " lost " << k);
        own_before[p.id] = own;
      } else {
        own_before.erase(p.id);
      }
      // P5: may_upload follows the access (the worker always may); may_view agrees with the visible versions.
      CHECK(pv.may_upload.allowed == (pv.access.allowed || p.role == PersonRole::worker));
      if (pv.may_view) {
        const bool listed = std::any_of(pv.visible.begin(), pv.visible.end(),
                                        [&](const DocumentVersion& x) { return x.document == *asked; });
        CHECK_MESSAGE(pv.may_view->allowed == listed, p.id << " " << *asked << " on " << day.iso());
      }
      CHECK(pv.access.rule != nullptr);
      CHECK(pv.may_upload.rule != nullptr);
    }
    // P6: the same answers, trace included, whatever the order of the day's events.
    if (order_test) {
      ++counts.order_days;
      Trace other_trace;
      const SectionView w = evaluate_confidential(other_order, day, std::nullopt, asked, &other_trace);
      CHECK(signature(v, trace) == signature(w, other_trace));
    }
    previous = v;
  }
  ++counts.logs;
}

/// A random change of one field: the result is valid or fails with a named error.
void check_mutation(EventLog log, Rng& rng, Counts& counts) {
  ++counts.mutated;
  if (log.events.empty()) return;
  Event& e = log.events[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(log.events.size()) - 1))];
  switch (pick(rng, 0, 7)) {
    case 0: e.date = e.date.plus_days(pick(rng, -400, 400)); break;
    case 1: e.person = log.persons[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(log.persons.size()) - 1))].id; break;
    case 2: e.kind = static_cast<EventKind>(pick(rng, 0, 6)); break;
    case 3: e.version += pick(rng, -2, 2); break;
    case 4: e.document_kind = static_cast<DocumentKind>(pick(rng, 0, 5)); break;
    case 5: e.id = log.events[0].id; break;
    case 6: log.employment[0].last_day = log.employment[0].first_day.plus_days(pick(rng, -10, 100)); break;
    default: log.persons[0].employer = chance(rng, 50) ? "" : "Z"; break;
  }
  try {
    const SectionView v = evaluate_confidential(log, e.date);
    (void)v;
  } catch (const Error& err) {
    ++counts.mutated_invalid;
    CHECK(err.code() != ErrorCode::internal);
    CHECK_FALSE(err.field().empty());
    CHECK_FALSE(err.message().empty());
  }
}

}  // namespace

TEST_CASE("properties of the confidential section over at least 10,000 random logs (seeded)") {
  std::uint64_t seed = 20240917;
  if (const char* s = std::getenv("LDE_CONFIDENTIAL_SEED")) seed = std::strtoull(s, nullptr, 10);
  Rng rng(seed);
  Counts counts;
  long kLogs = 10000;
  if (const char* n = std::getenv("LDE_CONFIDENTIAL_LOGS")) kLogs = std::strtol(n, nullptr, 10);  // for profiling only
  while (counts.logs < kLogs) {
    EventLog log = random_frame(rng);
    INFO("seed " << seed << ", log " << counts.logs << ": " << io::to_json(log));
    REQUIRE_NOTHROW(validate(log));
    add_uploads(log, rng);
    INFO("with uploads: " << io::to_json(log));
    REQUIRE_NOTHROW(validate(log));
    check_log(log, rng, counts);
    if (counts.logs % 2 == 0) check_mutation(log, rng, counts);
  }
  MESSAGE("confidential properties: " << counts.logs << " logs, " << counts.days << " probe days, " << counts.holders
                                      << " holder-days, " << counts.order_days << " days re-ordered, " << counts.visible << " visible versions; " << counts.mutated
                                      << " mutated logs, " << counts.mutated_invalid << " refused with a named error");
  CHECK(counts.logs >= 10000);
  CHECK(counts.holders > counts.logs);      // the logs do grant access
  CHECK(counts.visible > counts.logs);      // and documents are seen
  CHECK(counts.mutated_invalid > 100);      // and the mutations do hit the errors
  CHECK(counts.order_days > 1000);
}
