// The access timeline: the log replayed once in the canonical order of C-3,
// which is also the consistency half of validate() (consents within the
// employment, transfers of an existing access, one grant per employer and day,
// uploads by persons with access, ICF by the mediator, versions in sequence).
#include "internal.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>

namespace lde::confidential::detail {

namespace {

/// Rank of an event kind within one day (C-3): endings first, then the mediator, then grants, then uploads.
int day_rank(EventKind k) {
  switch (k) {
    case EventKind::role_change: return 0;
    case EventKind::mediator: return 1;
    case EventKind::consent: return 2;
    case EventKind::transfer: return 3;
    case EventKind::upload: return 4;
  }
  return 5;
}

std::string field_of(std::size_t i, std::string_view member) { return at_index("events", i, member); }

std::string period_text(const EmploymentPeriod& e) {
  return e.first_day.iso() + " .. " + (e.last_day ? e.last_day->iso() : std::string("open"));
}

/// The employment period of @p employer that contains @p d, or nullptr.
const EmploymentPeriod* employment_on(const EventLog& log, const std::string& employer, Date d) {
  for (const EmploymentPeriod& e : log.employment) {
    if (e.employer == employer && e.first_day <= d && (!e.last_day || d <= *e.last_day)) return &e;
  }
  return nullptr;
}

/// A consent or transfer outside every employment of the person's employer (C-2).
[[noreturn]] void outside_employment(const EventLog& log, const Event& ev, std::size_t i, const Person& p) {
  const EmploymentPeriod* next = nullptr;
  const EmploymentPeriod* previous = nullptr;
  for (const EmploymentPeriod& e : log.employment) {
    if (e.employer != p.employer) continue;
    if (ev.date < e.first_day && (next == nullptr || e.first_day < next->first_day)) next = &e;
    if (e.last_day && *e.last_day < ev.date && (previous == nullptr || *previous->last_day < *e.last_day)) previous = &e;
  }
  const std::string what = ev.kind == EventKind::consent ? "consent" : "transfer";
  if (next != nullptr && ev.kind == EventKind::consent) {
    throw Error(ErrorCode::conflict, field_of(i, "date"),
                "consent before the employment starts: " + ev.id + " on " + ev.date.iso() + " gives \"" + p.id +
                    "\" of \"" + p.employer + "\" access before the employment with \"" + p.employer +
                    "\" starts on " + next->first_day.iso() +
                    "; access can be asked from the first day of employment on (I-28, C-2)");
  }
  std::string where = "no employment with \"" + p.employer + "\" runs on that day";
  if (previous != nullptr) where = "the employment with \"" + p.employer + "\" ended on " + previous->last_day->iso();
  if (next != nullptr) where += "; the next one starts on " + next->first_day.iso();
  throw Error(ErrorCode::conflict, field_of(i, "date"),
              what + " outside the employment: " + ev.id + " on " + ev.date.iso() + " for \"" + p.id + "\": " + where +
                  " (access ends with the employment, I-28, C-1)");
}

/// The party that owns a document: an employer, VDAB or the worker (C-7).
std::string party_of(const Person& p) {
  switch (p.role) {
    case PersonRole::staff: return "employer \"" + p.employer + "\"";
    case PersonRole::mediator: return "VDAB";
    case PersonRole::worker: return "the worker";
  }
  return "unknown";
}

}  // namespace

const Person* Timeline::person(std::string_view id) const {
  for (const Person& p : log->persons) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const Person& Timeline::need_person(std::string_view id, std::string_view field) const {
  const Person* p = person(id);
  if (p == nullptr) {
    throw Error(ErrorCode::not_found, std::string(field), "unknown person \"" + std::string(id) + "\" (not in persons)");
  }
  return *p;
}

bool Timeline::has_document(std::string_view document) const {
  return std::any_of(versions.begin(), versions.end(), [&](const DocumentVersion& v) { return v.document == document; });
}

Timeline build(const EventLog& log) {
  validate_structure(log);
  Timeline t;
  t.log = &log;

  // The canonical order (C-3): by date, rank of the kind, then document and version (uploads) or id.
  // The day numbers are computed once (comparing dates converts them each time).
  std::vector<std::int64_t> day(log.events.size());
  for (std::size_t i = 0; i < log.events.size(); ++i) day[i] = log.events[i].date.days_since_epoch();
  std::vector<std::size_t> order(log.events.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Event& x = log.events[a];
    const Event& y = log.events[b];
    if (day[a] != day[b]) return day[a] < day[b];
    const int rx = day_rank(x.kind);
    const int ry = day_rank(y.kind);
    if (rx != ry) return rx < ry;
    if (x.kind == EventKind::upload && (x.document != y.document || x.version != y.version)) {
      return std::tie(x.document, x.version) < std::tie(y.document, y.version);
    }
    return x.id < y.id;
  });

  std::map<std::string, const Person*> persons;
  for (const Person& p : log.persons) persons[p.id] = &p;

  // Per employment period: the open interval, whether a consent was given in it, the day's grant.
  struct Slot {
    std::optional<std::size_t> open;  // index into t.staff
    bool consent_seen = false;
    std::optional<Date> grant_day;
    std::string grant_person;
    std::size_t grant_event = 0;
  };
  std::map<const EmploymentPeriod*, Slot> slots;

  std::optional<std::size_t> mediator_open;
  std::optional<Date> mediator_day;
  std::size_t mediator_event = 0;

  struct DocState {
    int versions = 0;
    DocumentKind kind = DocumentKind::other;
    std::string party;
    std::size_t first_event = 0;
  };
  std::map<std::string, DocState> documents;
  std::map<Date, std::pair<std::string, std::size_t>> icf_of_day;  // date -> (document, event index)

  // An interval opened in an employment that has a last day ends on it (C-1), unless a role change or a
  // later grant ends it earlier.
  for (std::size_t i : order) {
    const Event& ev = log.events[i];
    const Person& p = *persons.at(ev.person);

    switch (ev.kind) {
      case EventKind::role_change: {
        const EmploymentPeriod* e = employment_on(log, p.employer, ev.date);
        if (e == nullptr) break;  // outside employment: the person holds no access to end
        Slot& s = slots[e];
        if (s.open && t.staff[*s.open].person == p.id) {
          Interval& iv = t.staff[*s.open];
          iv.last = ev.date.previous_day();
          iv.ended_by = Reason::role_changed;
          iv.ended_event = ev.id;
          s.open.reset();
        }
        break;
      }
      case EventKind::mediator: {
        if (mediator_day && *mediator_day == ev.date && t.mediators[*mediator_open].person != p.id) {
          throw Error(ErrorCode::conflict, field_of(std::max(i, mediator_event), "person"),
                      "two mediators assigned on " + ev.date.iso() + " (\"" + t.mediators[*mediator_open].person +
                          "\" and \"" + p.id + "\"): which one is the worker's mediator cannot be told (C-3, C-6)");
        }
        if (mediator_open && t.mediators[*mediator_open].person == p.id) break;  // the same mediator again
        if (mediator_open) {
          Interval& iv = t.mediators[*mediator_open];
          iv.last = ev.date.previous_day();
          iv.ended_by = Reason::replaced;
          iv.ended_event = ev.id;
        }
        t.mediators.push_back(Interval{p.id, "", ev.date, std::nullopt, Reason::mediator, ev.id, Reason::never_granted, ""});
        mediator_open = t.mediators.size() - 1;
        mediator_day = ev.date;
        mediator_event = i;
        break;
      }
      case EventKind::consent:
      case EventKind::transfer: {
        const EmploymentPeriod* e = employment_on(log, p.employer, ev.date);
        if (e == nullptr) outside_employment(log, ev, i, p);
        Slot& s = slots[e];
        if (ev.kind == EventKind::transfer && !s.consent_seen) {
          throw Error(ErrorCode::conflict, field_of(i, "kind"),
                      "transfer without an existing access: " + ev.id + " on " + ev.date.iso() + " names \"" + p.id +
                          "\" as successor, but the worker has given no consent to anyone of \"" + p.employer +
                          "\" in the employment " + period_text(*e) +
                          "; a transfer form passes on an existing access (I-28, C-3)");
        }
        if (s.grant_day && *s.grant_day == ev.date && s.grant_person != p.id) {
          throw Error(ErrorCode::conflict, field_of(std::max(i, s.grant_event), "person"),
                      "two grants for \"" + p.employer + "\" on " + ev.date.iso() + " (to \"" + s.grant_person +
                          "\" and \"" + p.id + "\"): access is for one person per employer (I-28, C-3)");
        }
        s.grant_day = ev.date;
        s.grant_person = p.id;
        s.grant_event = i;
        if (ev.kind == EventKind::consent) s.consent_seen = true;
        const Reason via = ev.kind == EventKind::consent ? Reason::consent : Reason::transfer;
        if (s.open && t.staff[*s.open].person == p.id) break;  // the same person again: the access runs on
        if (s.open) {
          Interval& iv = t.staff[*s.open];
          iv.last = ev.date.previous_day();
          iv.ended_by = Reason::replaced;
          iv.ended_event = ev.id;
        }
        Interval iv{p.id, p.employer, ev.date, std::nullopt, via, ev.id, Reason::never_granted, ""};
        if (e->last_day) {
          iv.last = *e->last_day;  // until a later event ends it earlier
          iv.ended_by = Reason::employment_ended;
        }
        t.staff.push_back(std::move(iv));
        s.open = t.staff.size() - 1;
        break;
      }
      case EventKind::upload: {
        // Who may upload (C-4, C-5, I-28).
        if (ev.document_kind == DocumentKind::icf && p.role != PersonRole::mediator) {
          throw Error(ErrorCode::conflict, field_of(i, "person"),
                      "ICF not uploaded by the mediator: " + ev.id + " uploads the ICF \"" + ev.document + "\" by \"" +
                          p.id + "\" (" + party_of(p) + "); the ICF is VDAB's screening and only the mediator uploads it (C-5)");
        }
        if (p.role == PersonRole::staff) {
          bool now = false;
          bool before = false;
          std::optional<Date> ended;
          for (const Interval& iv : t.staff) {
            if (iv.person != p.id) continue;
            if (iv.contains(ev.date)) now = true;
            if (iv.first <= ev.date) {
              before = true;
              if (iv.last && *iv.last < ev.date && (!ended || *ended < *iv.last)) ended = iv.last;
            }
          }
          if (!now && !before) {
            throw Error(ErrorCode::conflict, field_of(i, "person"),
                        "upload by a person who never had access: " + ev.id + " on " + ev.date.iso() + " by \"" + p.id +
                            "\" of \"" + p.employer + "\", whom no consent or transfer names by then (I-28)");
          }
          if (!now) {
            throw Error(ErrorCode::conflict, field_of(i, "person"),
                        "upload by a person without access that day: " + ev.id + " on " + ev.date.iso() + " by \"" +
                            p.id + "\" of \"" + p.employer + "\", whose access ended on " +
                            (ended ? ended->iso() : std::string("an earlier day")) + " (I-28, C-1)");
          }
        } else if (p.role == PersonRole::mediator) {
          if (!mediator_open || t.mediators[*mediator_open].person != p.id) {
            throw Error(ErrorCode::conflict, field_of(i, "person"),
                        "upload by a mediator who is not the worker's mediator that day: " + ev.id + " on " +
                            ev.date.iso() + " by \"" + p.id + "\" (C-6)");
          }
        }
        // Versions in sequence, one kind and one party per document (C-7).
        DocState& d = documents[ev.document];
        const std::string party = party_of(p);
        if (d.versions > 0) {
          if (d.kind != ev.document_kind) {
            throw Error(ErrorCode::conflict, field_of(i, "document_kind"),
                        "the document \"" + ev.document + "\" is a " + std::string(to_string(d.kind)) + " (" +
                            log.events[d.first_event].id + "); version " + std::to_string(ev.version) + " says " +
                            std::string(to_string(ev.document_kind)) + " (C-7)");
          }
          if (d.party != party) {
            throw Error(ErrorCode::conflict, field_of(i, "person"),
                        "the document \"" + ev.document + "\" belongs to " + d.party + "; \"" + p.id + "\" (" + party +
                            ") cannot upload a version of it (WSE-FAQ 6.13, C-7)");
          }
        }
        if (ev.version != d.versions + 1) {
          throw Error(ErrorCode::conflict, field_of(i, "version"),
                      "version out of sequence: " + ev.id + " uploads version " + std::to_string(ev.version) + " of \"" +
                          ev.document + "\", which has " + std::to_string(d.versions) +
                          (d.versions == 1 ? " version" : " versions") + " by then (expected version " +
                          std::to_string(d.versions + 1) + ", C-7)");
        }
        if (d.versions == 0) {
          d.kind = ev.document_kind;
          d.party = party;
          d.first_event = i;
        }
        ++d.versions;
        if (ev.document_kind == DocumentKind::icf) {
          auto [it, inserted] = icf_of_day.emplace(ev.date, std::make_pair(ev.document, i));
          if (!inserted && it->second.first != ev.document) {
            throw Error(ErrorCode::conflict, field_of(std::max(i, it->second.second), "document"),
                        "two ICF documents uploaded on " + ev.date.iso() + " (\"" + it->second.first + "\" and \"" +
                            ev.document + "\"): which is the latest cannot be told (C-5)");
          }
        }
        t.versions.push_back(DocumentVersion{ev.document, ev.document_kind, ev.version, ev.date, p.id, p.role,
                                             p.role == PersonRole::staff ? p.employer : std::string(), ev.id});
        break;
      }
    }
  }
  std::sort(t.versions.begin(), t.versions.end(), [](const DocumentVersion& a, const DocumentVersion& b) {
    return std::tie(a.uploaded, a.document, a.version) < std::tie(b.uploaded, b.document, b.version);
  });
  return t;
}

}  // namespace lde::confidential::detail
