// One test per statement of WSE-LDE "Vertrouwelijk luik" and WSE-FAQ 6.9 .. 6.13, each on concrete
// dates, and the worked example of docs/rules/confidential.md (a worker moves from A to B).
#include "support.hpp"

#include "lde/io/confidential.hpp"

#include <algorithm>

using namespace lde;
using namespace lde::confidential_test;

TEST_CASE("WSE-LDE \"Vanaf de eerste dag van de tewerkstelling ... kan de werkgever toegang aanvragen\": "
          "access begins on the consent, on the first day of employment at the earliest (I-28, C-1)") {
  const EventLog log = move_a_to_b();
  CHECK(holders(log, "2022-02-28") == std::vector<std::string>{"mia@vdab"});
  CHECK(holders(log, "2022-03-01") == std::vector<std::string>{"an@A", "mia@vdab"});
  const Answer before = access(log, "an", d("2022-02-28"));
  CHECK_FALSE(before.allowed);
  CHECK(before.reason == Reason::never_granted);
  CHECK(before.rule == &kConsent);
  CHECK(before.detail.find("access from 2022-03-01 by consent e3") != std::string::npos);
  const Answer on = access(log, "an", d("2022-03-01"));
  CHECK(on.allowed);
  CHECK(on.reason == Reason::consent);
  CHECK(on.rule->id == "confidential.access.consent");
}

TEST_CASE("worked example: A's contact person loses access the day the employment ends; B's contact sees only "
          "B's uploads and the latest ICF (I-28)") {
  const EventLog log = move_a_to_b();
  // The last day of employment with A is the last day of an's access (C-1).
  CHECK(access(log, "an", d("2024-06-30")).allowed);
  CHECK(names(visible_documents(log, "an", d("2024-06-30"))) ==
        std::vector<std::string>{"pop-a v1", "eval-a v1", "pop-a v2", "icf-2024 v1"});
  const Answer after = access(log, "an", d("2024-07-01"));
  CHECK_FALSE(after.allowed);
  CHECK(after.reason == Reason::employment_ended);
  CHECK(after.rule == &kEmploymentEnd);
  CHECK(visible_documents(log, "an", d("2024-07-01")).empty());
  CHECK(holders(log, "2024-07-01") == std::vector<std::string>{"bert@B", "mia@vdab"});
  // bert: the latest ICF from the first day, his own employer's POP once uploaded, never A's documents.
  CHECK(names(visible_documents(log, "bert", d("2024-07-01"))) == std::vector<std::string>{"icf-2024 v1"});
  CHECK(names(visible_documents(log, "bert", d("2024-09-01"))) == std::vector<std::string>{"icf-2024 v1", "pop-b v1"});
  for (const char* doc : {"pop-a", "eval-a"}) {
    const Answer a = may_view(log, "bert", doc, d("2024-09-01"));
    CHECK_FALSE(a.allowed);
    CHECK(a.reason == Reason::other_employer_document);
    CHECK(a.rule == &kOwnEmployer);
  }
  // Nothing is lost: A's documents are kept, and the mediator sees them.
  CHECK(names(visible_documents(log, "mia", d("2024-09-01"))) ==
        std::vector<std::string>{"icf-2022 v1", "pop-a v1", "eval-a v1", "pop-a v2", "icf-2024 v1", "pop-b v1"});
  CHECK(names(history(log, d("2024-09-01"))) == names(visible_documents(log, "mia", d("2024-09-01"))));
}

TEST_CASE("WSE-LDE \"de werknemer geeft toegang tot één persoon, niet de gehele organisatie\": a new consent to "
          "another person of the employer replaces the first from its day (C-3)") {
  EventLog log = move_a_to_b();
  log.persons.push_back(staff("cas", "A"));
  log.events.insert(log.events.begin() + 4, ev("c1", "2022-10-01", EventKind::consent, "cas"));
  log.events[5].person = "cas";  // the evaluation file and the POP's second version are uploaded by cas
  log.events[6].person = "cas";
  CHECK(holders(log, "2022-09-30") == std::vector<std::string>{"an@A", "mia@vdab"});
  CHECK(holders(log, "2022-10-01") == std::vector<std::string>{"cas@A", "mia@vdab"});
  const Answer an = access(log, "an", d("2022-10-01"));
  CHECK(an.reason == Reason::replaced);
  CHECK(an.rule == &kOnePerson);
  // The access is the employer's: cas sees what an uploaded for A.
  CHECK(names(visible_documents(log, "cas", d("2022-10-01"))) == std::vector<std::string>{"icf-2022 v1", "pop-a v1"});
  // A consent to the person who already has access changes nothing.
  log.events.insert(log.events.begin() + 5, ev("c2", "2022-11-01", EventKind::consent, "cas"));
  CHECK(who_has_access(log, d("2022-11-02"))[0].since == d("2022-10-01"));
}

TEST_CASE("WSE-LDE \"Als de persoon die toegang heeft van functie of werk verandert, moet de werknemer opnieuw "
          "toestemming tot toegang geven aan een andere persoon\": access ends that day; nobody has it until a new "
          "consent (I-28, C-1)") {
  EventLog log = move_a_to_b();
  log.persons.push_back(staff("cas", "A"));
  // an moves to another function on 2023-05-01; the worker consents to cas on 2023-06-12.
  log.events.insert(log.events.begin() + 5, ev("r1", "2023-05-01", EventKind::role_change, "an"));
  log.events.insert(log.events.begin() + 6, ev("c1", "2023-06-12", EventKind::consent, "cas"));
  log.events[7].person = "cas";  // the POP's second version (2023-09-01) is uploaded by cas
  CHECK(access(log, "an", d("2023-04-30")).allowed);
  const Answer ended = access(log, "an", d("2023-05-01"));
  CHECK_FALSE(ended.allowed);
  CHECK(ended.reason == Reason::role_changed);
  CHECK(ended.rule == &kRoleChange);
  CHECK(holders(log, "2023-05-01") == std::vector<std::string>{"mia@vdab"});
  CHECK(holders(log, "2023-06-11") == std::vector<std::string>{"mia@vdab"});
  CHECK(holders(log, "2023-06-12") == std::vector<std::string>{"cas@A", "mia@vdab"});
  CHECK_FALSE(may_upload(log, "an", d("2023-05-01")).allowed);
  CHECK(may_upload(log, "cas", d("2023-06-12")).allowed);
  CHECK(names(visible_documents(log, "cas", d("2023-09-01"))) ==
        std::vector<std::string>{"icf-2022 v1", "pop-a v1", "eval-a v1", "pop-a v2"});
}

TEST_CASE("WSE-LDE \"Bij een personeelswissel ... opnieuw contactpersonen/gebruikers aan te duiden voor de bestaande "
          "toegangen\": the transfer form passes the existing access to a successor from its day (I-28, C-3)") {
  EventLog log = move_a_to_b();
  log.persons.push_back(staff("cas", "A"));
  // an retires: the role change and the transfer form are registered on the same day, listed either way.
  log.events.insert(log.events.begin() + 5, ev("t1", "2023-05-01", EventKind::transfer, "cas"));
  log.events.insert(log.events.begin() + 6, ev("r1", "2023-05-01", EventKind::role_change, "an"));
  log.events[7].person = "cas";
  CHECK(holders(log, "2023-04-30") == std::vector<std::string>{"an@A", "mia@vdab"});
  CHECK(holders(log, "2023-05-01") == std::vector<std::string>{"cas@A", "mia@vdab"});
  const Answer cas = access(log, "cas", d("2023-05-01"));
  CHECK(cas.reason == Reason::transfer);
  CHECK(cas.rule == &kTransfer);
  std::swap(log.events[5], log.events[6]);
  CHECK(holders(log, "2023-05-01") == std::vector<std::string>{"cas@A", "mia@vdab"});
  // The transferred access ends with the employment too.
  CHECK(access(log, "cas", d("2024-07-01")).reason == Reason::employment_ended);
}

TEST_CASE("I-28: a new employment with the same employer needs a new consent; the old access does not revive") {
  EventLog log;
  log.employment = {job("A", "2021-01-01", "2021-12-31"), job("A", "2023-01-01")};
  log.persons = {staff("an", "A")};
  log.events = {ev("c1", "2021-01-04", EventKind::consent, "an"),
                upload("u1", "2021-06-01", "an", "pop-1", DocumentKind::pop)};
  CHECK(access(log, "an", d("2021-12-31")).allowed);
  CHECK(access(log, "an", d("2023-02-01")).reason == Reason::employment_ended);
  log.events.push_back(ev("c2", "2023-02-01", EventKind::consent, "an"));
  CHECK(access(log, "an", d("2023-01-31")).reason == Reason::employment_ended);
  CHECK(access(log, "an", d("2023-02-01")).allowed);
  // What A uploaded in the first employment is A's: visible again with the new access (WSE-FAQ 6.13).
  CHECK(names(visible_documents(log, "an", d("2023-02-01"))) == std::vector<std::string>{"pop-1 v1"});
}

TEST_CASE("WSE-FAQ 6.13 \"Per werkgever geeft de werknemer toestemming\": overlapping employments each have their "
          "own contact person, who sees only their employer's uploads") {
  EventLog log;
  log.employment = {job("A", "2022-01-01"), job("B", "2022-06-01")};
  log.persons = {staff("an", "A"), staff("bert", "B")};
  log.events = {ev("c1", "2022-01-03", EventKind::consent, "an"), ev("c2", "2022-06-01", EventKind::consent, "bert"),
                upload("u1", "2022-07-01", "an", "eval-a", DocumentKind::evaluation),
                upload("u2", "2022-07-01", "bert", "eval-b", DocumentKind::evaluation)};
  CHECK(holders(log, "2022-07-01") == std::vector<std::string>{"an@A", "bert@B"});
  CHECK(names(visible_documents(log, "an", d("2022-07-01"))) == std::vector<std::string>{"eval-a v1"});
  CHECK(names(visible_documents(log, "bert", d("2022-07-01"))) == std::vector<std::string>{"eval-b v1"});
  CHECK(may_view(log, "an", "eval-b", d("2022-07-01")).reason == Reason::other_employer_document);
  CHECK(may_view(log, "an", "eval-a", d("2022-07-01")).reason == Reason::own_employer_document);
}

TEST_CASE("WSE-LDE \"De meest recente versie van de ICF is daarin raadpleegbaar\": the contact person sees the "
          "latest ICF version only; older ones are kept for the mediator (C-5)") {
  EventLog log = move_a_to_b();
  log.events.insert(log.events.begin() + 5, upload("e2b", "2023-06-01", "mia", "icf-2022", DocumentKind::icf, 2));
  CHECK(names(visible_documents(log, "an", d("2023-05-31"))) ==
        std::vector<std::string>{"icf-2022 v1", "pop-a v1", "eval-a v1"});
  CHECK(names(visible_documents(log, "an", d("2023-06-01"))) ==
        std::vector<std::string>{"pop-a v1", "eval-a v1", "icf-2022 v2"});
  CHECK(may_view(log, "an", "icf-2022", d("2024-02-29")).reason == Reason::latest_icf);
  const Answer older = may_view(log, "an", "icf-2022", d("2024-03-01"));
  CHECK_FALSE(older.allowed);
  CHECK(older.reason == Reason::older_icf);
  CHECK(older.rule == &kLatestIcf);
  CHECK(may_view(log, "an", "icf-2024", d("2024-03-01")).reason == Reason::latest_icf);
  CHECK(may_view(log, "mia", "icf-2022", d("2024-03-01")).allowed);
  CHECK(names(visible_documents(log, "mia", d("2024-03-01"))).size() == 6);
}

TEST_CASE("WSE-FAQ 6.12 \"Alle bestanden blijven altijd bewaard\": a new version never deletes an old one") {
  const EventLog log = move_a_to_b();
  CHECK(names(visible_documents(log, "an", d("2023-08-31"))) ==
        std::vector<std::string>{"icf-2022 v1", "pop-a v1", "eval-a v1"});
  CHECK(names(visible_documents(log, "an", d("2023-09-01"))) ==
        std::vector<std::string>{"icf-2022 v1", "pop-a v1", "eval-a v1", "pop-a v2"});
  const Answer a = may_view(log, "an", "pop-a", d("2023-09-01"));
  CHECK(a.allowed);
  CHECK(a.detail.find("2 versions kept") != std::string::npos);
  const Answer early = may_view(log, "an", "pop-b", d("2024-06-30"));
  CHECK(early.reason == Reason::not_yet_uploaded);  // bert's POP does not exist yet (and is B's)
  CHECK(history(log, d("2022-02-19")).empty());
  CHECK(history(log, d("2030-01-01")).size() == 6);
}

TEST_CASE("WSE-FAQ 6.10 \"Enkel de werkgever en bemiddelaar hebben inzage\": the mediator sees every document while "
          "assigned; another mediator takes over from their assignment (C-6)") {
  EventLog log = move_a_to_b();
  log.persons.push_back(mediator("max"));
  log.events.push_back(ev("m2", "2024-10-01", EventKind::mediator, "max"));
  CHECK(access(log, "mia", d("2022-02-14")).reason == Reason::not_current_mediator);
  CHECK(may_view(log, "mia", "eval-a", d("2024-09-30")).reason == Reason::mediator);
  const Answer gone = may_view(log, "mia", "eval-a", d("2024-10-01"));
  CHECK_FALSE(gone.allowed);
  CHECK(gone.reason == Reason::not_current_mediator);
  CHECK(gone.rule == &kMediator);
  CHECK(holders(log, "2024-10-01") == std::vector<std::string>{"bert@B", "max@vdab"});
  CHECK(visible_documents(log, "max", d("2024-10-01")).size() == 6);
  CHECK(may_upload(log, "max", d("2024-10-01")).allowed);
  CHECK_FALSE(may_upload(log, "mia", d("2024-10-01")).allowed);
}

TEST_CASE("WSE-FAQ 6.10 \"De werknemer mag altijd contact opnemen met de bemiddelaar om documenten te bespreken\" and "
          "6.9 \"om het POP zelf op te laden\": the worker uploads, but has no view of his own (C-4)") {
  EventLog log = move_a_to_b();
  log.events.insert(log.events.begin() + 3, upload("w1", "2022-05-01", "wim", "pop-own", DocumentKind::pop));
  const Answer up = may_upload(log, "wim", d("2022-05-01"));
  CHECK(up.allowed);
  CHECK(up.reason == Reason::worker);
  CHECK(up.rule == &kUpload);
  const Answer view = may_view(log, "wim", "pop-own", d("2022-05-01"));
  CHECK_FALSE(view.allowed);
  CHECK(view.reason == Reason::worker_no_direct_view);
  CHECK(view.rule == &kWorker);
  CHECK(visible_documents(log, "wim", d("2022-05-01")).empty());
  // The mediator sees the worker's POP; the employer's contact does not (it is not the employer's upload).
  CHECK(may_view(log, "mia", "pop-own", d("2022-05-01")).allowed);
  CHECK(may_view(log, "an", "pop-own", d("2022-05-01")).reason == Reason::not_employer_document);
}

TEST_CASE("WSE-LDE \"Het is belangrijk dat de persoon die toegang heeft ook de documenten gaat opladen\": only the "
          "contact person with access uploads for the employer (6.9: without access the employer cannot)") {
  EventLog log = move_a_to_b();
  log.persons.push_back(staff("cas", "A"));
  CHECK(may_upload(log, "an", d("2022-03-01")).allowed);
  const Answer cas = may_upload(log, "cas", d("2022-03-01"));
  CHECK_FALSE(cas.allowed);
  CHECK(cas.reason == Reason::never_granted);
  CHECK_FALSE(may_upload(log, "bert", d("2024-06-30")).allowed);
  CHECK(may_upload(log, "bert", d("2024-07-01")).allowed);
}

TEST_CASE("C-3: events of one day give the same answers in any listing order, traces included") {
  EventLog log = move_a_to_b();
  log.persons.push_back(staff("cas", "A"));
  log.events.insert(log.events.begin() + 5, ev("r1", "2023-05-01", EventKind::role_change, "an"));
  log.events.insert(log.events.begin() + 6, ev("t1", "2023-05-01", EventKind::transfer, "cas"));
  log.events.insert(log.events.begin() + 7, upload("u9", "2023-05-01", "cas", "eval-a", DocumentKind::evaluation, 2));
  log.events[8].person = "cas";
  EventLog swapped = log;
  std::reverse(swapped.events.begin() + 5, swapped.events.begin() + 8);
  for (const char* at : {"2023-04-30", "2023-05-01", "2024-07-01"}) {
    Trace t1;
    Trace t2;
    const SectionView a = evaluate_confidential(log, d(at), std::nullopt, std::string("eval-a"), &t1);
    const SectionView b = evaluate_confidential(swapped, d(at), std::nullopt, std::string("eval-a"), &t2);
    const Receipt r{"test", "test"};
    CHECK(io::decision_json(a, t1, r) == io::decision_json(b, t2, r));
  }
}

TEST_CASE("evaluate_confidential: the same values with the trace on and off; each answer's rule is in the trace") {
  const EventLog log = move_a_to_b();
  Trace trace;
  const SectionView on = evaluate_confidential(log, d("2024-07-01"), std::nullopt, std::string("pop-a"), &trace);
  const SectionView off = evaluate_confidential(log, d("2024-07-01"), std::nullopt, std::string("pop-a"));
  const Receipt r{"test", "test"};
  CHECK(io::decision_json(on, Trace(false), r) == io::decision_json(off, Trace(false), r));
  REQUIRE(on.persons.size() == 4);
  for (const PersonView& p : on.persons) {
    for (const Answer* a : {&p.access, &p.may_upload, &*p.may_view}) {
      const bool traced = std::any_of(trace.steps().begin(), trace.steps().end(),
                                      [&](const TraceStep& s) { return s.rule == a->rule->id; });
      CHECK(traced);
    }
  }
  CHECK(on.persons[0].access.reason == Reason::employment_ended);
  CHECK(on.persons[1].may_view->reason == Reason::other_employer_document);
  CHECK(on.persons[2].may_view->reason == Reason::mediator);
  CHECK(on.persons[3].may_view->reason == Reason::worker_no_direct_view);
  // Asking about one person lists only that person.
  const SectionView one = evaluate_confidential(log, d("2024-07-01"), std::string("bert"));
  REQUIRE(one.persons.size() == 1);
  CHECK(one.persons[0].person == "bert");
  CHECK_FALSE(one.persons[0].may_view.has_value());
}
