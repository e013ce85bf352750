// The decisions of the confidential section: access, may_upload, may_view,
// who_has_access, visible_documents, history, evaluate_confidential (I-28, C-1 .. C-7).
#include "lde/confidential/access.hpp"

#include "lde/confidential/rules.hpp"

#include "internal.hpp"

#include <algorithm>
#include <string>

namespace lde::confidential {

std::string_view to_string(Reason reason) noexcept {
  switch (reason) {
    case Reason::consent: return "consent";
    case Reason::transfer: return "transfer";
    case Reason::mediator: return "mediator";
    case Reason::worker: return "worker";
    case Reason::never_granted: return "never_granted";
    case Reason::role_changed: return "role_changed";
    case Reason::replaced: return "replaced";
    case Reason::employment_ended: return "employment_ended";
    case Reason::not_current_mediator: return "not_current_mediator";
    case Reason::own_employer_document: return "own_employer_document";
    case Reason::latest_icf: return "latest_icf";
    case Reason::other_employer_document: return "other_employer_document";
    case Reason::not_employer_document: return "not_employer_document";
    case Reason::older_icf: return "older_icf";
    case Reason::not_yet_uploaded: return "not_yet_uploaded";
    case Reason::worker_no_direct_view: return "worker_no_direct_view";
  }
  return "unknown";
}

namespace detail {

namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string who(const Person& p) {
  return p.role == PersonRole::staff ? quoted(p.id) + " of " + quoted(p.employer) : quoted(p.id);
}

std::string interval_text(const Interval& iv) {
  std::string out = "from " + iv.first.iso() + " by " + std::string(to_string(iv.via)) + " " + iv.event;
  if (iv.last) out += " until " + iv.last->iso();
  return out;
}

const Rule* ending_rule(Reason r) {
  switch (r) {
    case Reason::role_changed: return &kRoleChange;
    case Reason::replaced: return &kOnePerson;
    case Reason::employment_ended: return &kEmploymentEnd;
    default: return &kConsent;
  }
}

Answer trace_answer(Answer a, const Person& p, Date at, Trace* trace, const char* question) {
  if (TraceStep* s = begin_step(trace, *a.rule)) {
    s->input("question", question).input("person", p.id).input("role", std::string(to_string(p.role))).input("at", at.iso());
    if (!p.employer.empty()) s->input("employer", p.employer);
    s->result(std::string(a.allowed ? "yes" : "no") + " (" + std::string(to_string(a.reason)) + "): " + a.detail);
  }
  return a;
}

/// The latest ICF version kept on @p at, if any (C-5): the last in (uploaded, document, version) order.
const DocumentVersion* latest_icf(const Timeline& t, Date at) {
  const DocumentVersion* best = nullptr;
  for (const DocumentVersion& v : t.versions) {
    if (at < v.uploaded) break;
    if (v.kind == DocumentKind::icf) best = &v;
  }
  return best;
}

Answer access_answer(const Timeline& t, const Person& p, Date at) {
  if (p.role == PersonRole::worker) {
    return {false, Reason::worker_no_direct_view, &kWorker,
            quoted(p.id) + " is the worker: no view of the section of his own; he discusses documents with the "
                           "mediator or looks at the POP with the employer (C-4)"};
  }
  if (p.role == PersonRole::mediator) {
    const Interval* current = nullptr;
    for (const Interval& iv : t.mediators) {
      if (iv.contains(at)) current = &iv;
    }
    if (current != nullptr && current->person == p.id) {
      return {true, Reason::mediator, &kMediator,
              quoted(p.id) + " is the worker's mediator " + interval_text(*current)};
    }
    return {false, Reason::not_current_mediator, &kMediator,
            quoted(p.id) + " is not the worker's mediator on " + at.iso() +
                (current != nullptr ? " (" + quoted(current->person) + " is)" : std::string(" (none is assigned)"))};
  }
  const Interval* ended = nullptr;
  for (const Interval& iv : t.staff) {
    if (iv.person != p.id) continue;
    if (iv.contains(at)) {
      return {true, iv.via, iv.via == Reason::transfer ? &kTransfer : &kConsent,
              "access of " + who(p) + " " + interval_text(iv)};
    }
    if (iv.first <= at && (ended == nullptr || *ended->last < *iv.last)) ended = &iv;
  }
  if (ended != nullptr) {
    std::string why;
    switch (ended->ended_by) {
      case Reason::role_changed: why = "the person changed function or job (" + ended->ended_event + ")"; break;
      case Reason::replaced: why = "the access passed to another person of the employer (" + ended->ended_event + ")"; break;
      default: why = "the employment with " + quoted(p.employer) + " ended"; break;
    }
    return {false, ended->ended_by, ending_rule(ended->ended_by),
            "the access of " + who(p) + " " + interval_text(*ended) + " ended: " + why};
  }
  std::string detail = "no consent or transfer names " + who(p) + " on or before " + at.iso();
  for (const Interval& iv : t.staff) {
    if (iv.person == p.id) {
      detail += " (access " + interval_text(iv) + ")";
      break;
    }
  }
  return {false, Reason::never_granted, &kConsent, detail};
}

}  // namespace

Answer access_of(const Timeline& t, const Person& p, Date at, Trace* trace) {
  return trace_answer(access_answer(t, p, at), p, at, trace, "access");
}

std::vector<AccessHolder> holders_on(const Timeline& t, Date at) {
  std::vector<AccessHolder> out;
  for (const Interval& iv : t.staff) {
    if (iv.contains(at)) out.push_back({iv.person, PersonRole::staff, iv.employer, iv.first, iv.via, iv.event});
  }
  std::sort(out.begin(), out.end(), [](const AccessHolder& a, const AccessHolder& b) { return a.employer < b.employer; });
  for (const Interval& iv : t.mediators) {
    if (iv.contains(at)) out.push_back({iv.person, PersonRole::mediator, "", iv.first, Reason::mediator, iv.event});
  }
  return out;
}

std::vector<DocumentVersion> kept_on(const Timeline& t, Date at) {
  std::vector<DocumentVersion> out;
  for (const DocumentVersion& v : t.versions) {
    if (at < v.uploaded) break;
    out.push_back(v);
  }
  return out;
}

std::vector<DocumentVersion> visible_to(const Timeline& t, const Person& p, const Answer& access, Date at) {
  std::vector<DocumentVersion> out;
  if (!access.allowed) return out;
  if (p.role == PersonRole::mediator) return kept_on(t, at);
  const DocumentVersion* icf = latest_icf(t, at);
  for (const DocumentVersion& v : t.versions) {
    if (at < v.uploaded) break;
    const bool own = v.uploader_role == PersonRole::staff && v.employer == p.employer;
    if (own || &v == icf) out.push_back(v);
  }
  return out;
}

namespace {

Answer upload_answer(const Person& p, const Answer& access) {
  if (p.role == PersonRole::worker) {
    return {true, Reason::worker, &kUpload,
            quoted(p.id) + " is the worker: he may upload his POP or another document himself (WSE-FAQ 6.9, C-4); "
                           "not the ICF (C-5)"};
  }
  if (!access.allowed) return {false, access.reason, access.rule, access.detail};
  if (p.role == PersonRole::mediator) {
    return {true, Reason::mediator, &kUpload, access.detail + "; the mediator uploads the ICF (C-5, C-6)"};
  }
  return {true, access.reason, &kUpload, access.detail + "; the person with access uploads the documents"};
}

Answer view_answer(const Timeline& t, const Person& p, const std::string& document, const Answer& access, Date at) {
  if (p.role == PersonRole::worker) return {false, access.reason, access.rule, access.detail};
  if (!access.allowed) return {false, access.reason, access.rule, access.detail};
  const DocumentVersion* first = nullptr;
  int kept = 0;
  for (const DocumentVersion& v : t.versions) {
    if (v.document != document) continue;
    if (first == nullptr) first = &v;
    if (!(at < v.uploaded)) ++kept;
  }
  if (kept == 0) {
    return {false, Reason::not_yet_uploaded, &kVersions,
            quoted(document) + " has no version uploaded on or before " + at.iso() + " (the first is of " +
                first->uploaded.iso() + ")"};
  }
  const std::string versions = std::to_string(kept) + (kept == 1 ? " version" : " versions");
  if (p.role == PersonRole::mediator) {
    return {true, Reason::mediator, &kMediator,
            "the mediator sees every document: " + quoted(document) + ", " + versions + " kept"};
  }
  if (first->kind == DocumentKind::icf) {
    const DocumentVersion* icf = latest_icf(t, at);
    if (icf->document == document) {
      return {true, Reason::latest_icf, &kLatestIcf,
              quoted(document) + " is the latest ICF: its version " + std::to_string(icf->version) + " of " +
                  icf->uploaded.iso() + " is visible (older versions are kept, not shown)"};
    }
    return {false, Reason::older_icf, &kLatestIcf,
            quoted(document) + " is an older ICF; the latest is " + quoted(icf->document) + " of " + icf->uploaded.iso()};
  }
  if (first->uploader_role != PersonRole::staff) {
    return {false, Reason::not_employer_document, &kOwnEmployer,
            quoted(document) + " was uploaded by " +
                (first->uploader_role == PersonRole::mediator ? std::string("VDAB") : std::string("the worker")) +
                ", not by " + quoted(p.employer)};
  }
  if (first->employer != p.employer) {
    return {false, Reason::other_employer_document, &kOwnEmployer,
            quoted(document) + " was uploaded by another employer (" + quoted(first->employer) + "); " +
                quoted(p.employer) + " sees only what it uploaded itself"};
  }
  return {true, Reason::own_employer_document, &kOwnEmployer,
          quoted(document) + " was uploaded by " + quoted(p.employer) + " itself: " + versions + " kept, all visible"};
}

void trace_versions(Trace* trace, const Person& p, Date at, const std::vector<DocumentVersion>& visible) {
  TraceStep* s = begin_step(trace, p.role == PersonRole::mediator ? kMediator : kOwnEmployer);
  if (s == nullptr) return;
  s->input("question", "visible_documents").input("person", p.id).input("at", at.iso());
  std::string list;
  for (const DocumentVersion& v : visible) {
    list += (list.empty() ? "" : ", ") + v.document + " v" + std::to_string(v.version);
  }
  s->result(std::to_string(visible.size()) + " visible version(s)" + (list.empty() ? "" : ": " + list));
  if (p.role == PersonRole::staff) s->note("the latest ICF and the versions uploaded by " + p.employer + " (I-28)");
}

void check_document(const Timeline& t, const std::string& document) {
  if (!t.has_document(document)) {
    throw Error(ErrorCode::not_found, "document", "unknown document \"" + document + "\" (no upload names it)");
  }
}

}  // namespace

}  // namespace detail

Answer access(const EventLog& log, std::string_view person, Date at, Trace* trace) {
  const detail::Timeline t = detail::build(log);
  return detail::access_of(t, t.need_person(person, "person"), at, trace);
}

Answer may_upload(const EventLog& log, std::string_view person, Date at, Trace* trace) {
  const detail::Timeline t = detail::build(log);
  const Person& p = t.need_person(person, "person");
  const Answer a = detail::access_answer(t, p, at);
  return detail::trace_answer(detail::upload_answer(p, a), p, at, trace, "may_upload");
}

Answer may_view(const EventLog& log, std::string_view person, std::string_view document, Date at, Trace* trace) {
  const detail::Timeline t = detail::build(log);
  const Person& p = t.need_person(person, "person");
  const std::string doc(document);
  detail::check_document(t, doc);
  const Answer a = detail::access_answer(t, p, at);
  return detail::trace_answer(detail::view_answer(t, p, doc, a, at), p, at, trace, "may_view");
}

std::vector<AccessHolder> who_has_access(const EventLog& log, Date at, Trace* trace) {
  const detail::Timeline t = detail::build(log);
  std::vector<AccessHolder> out = detail::holders_on(t, at);
  if (TraceStep* s = begin_step(trace, kOnePerson)) {
    s->input("question", "who_has_access").input("at", at.iso());
    std::string list;
    for (const AccessHolder& h : out) {
      list += (list.empty() ? "" : ", ") + h.person + (h.employer.empty() ? " (mediator)" : " (" + h.employer + ")");
    }
    s->result(std::to_string(out.size()) + " with access" + (list.empty() ? "" : ": " + list) +
              "; at most one person per employer");
  }
  return out;
}

std::vector<DocumentVersion> visible_documents(const EventLog& log, std::string_view person, Date at, Trace* trace) {
  const detail::Timeline t = detail::build(log);
  const Person& p = t.need_person(person, "person");
  const Answer a = detail::access_of(t, p, at, trace);
  std::vector<DocumentVersion> out = detail::visible_to(t, p, a, at);
  detail::trace_versions(trace, p, at, out);
  return out;
}

std::vector<DocumentVersion> history(const EventLog& log, Date at) {
  return detail::kept_on(detail::build(log), at);
}

SectionView evaluate_confidential(const EventLog& log, Date at, const std::optional<std::string>& person,
                                  const std::optional<std::string>& document, Trace* trace) {
  const detail::Timeline t = detail::build(log);
  if (person) (void)t.need_person(*person, "person");
  if (document) detail::check_document(t, *document);
  SectionView out{at, detail::holders_on(t, at), {}, detail::kept_on(t, at), person, document};
  if (TraceStep* s = begin_step(trace, kOnePerson)) {
    s->input("question", "who_has_access").input("at", at.iso());
    s->result(std::to_string(out.holders.size()) + " with access on " + at.iso() + "; at most one person per employer");
  }
  for (const Person& p : log.persons) {
    if (person && p.id != *person) continue;
    PersonView v{p.id, p.role, p.employer, detail::access_of(t, p, at, trace), {}, {}, std::nullopt};
    v.may_upload = detail::trace_answer(detail::upload_answer(p, v.access), p, at, trace, "may_upload");
    v.visible = detail::visible_to(t, p, v.access, at);
    detail::trace_versions(trace, p, at, v.visible);
    if (document) {
      v.may_view = detail::trace_answer(detail::view_answer(t, p, *document, v.access, at), p, at, trace, "may_view");
    }
    out.persons.push_back(std::move(v));
  }
  return out;
}

}  // namespace lde::confidential
