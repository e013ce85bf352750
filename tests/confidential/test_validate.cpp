// validate(): every named error of docs/rules/confidential.md ("Errors"), with its code, field and message,
// through every public rule and through the JSON format (the field under `confidential.`).
#include "support.hpp"

#include "lde/io/confidential.hpp"
#include "lde/io/json.hpp"
#include "lde/core/parameters.hpp"

using namespace lde;
using namespace lde::confidential_test;

namespace {

struct Bad {
  const char* name;
  std::function<void(EventLog&)> change;
  ErrorCode code;
  const char* field;
  const char* message;  // a fragment of the message
};

const std::vector<Bad>& bad_logs() {
  static const std::vector<Bad> all = {
      {"blank employer", [](EventLog& l) { l.employment[1].employer = " "; }, ErrorCode::invalid_argument,
       "employment[1].employer", "is empty or only white space"},
      {"employment ends before it starts", [](EventLog& l) { l.employment[0].last_day = d("2022-02-28"); },
       ErrorCode::invalid_date, "employment[0].last_day", "ends (2022-02-28) before it starts (2022-03-01)"},
      {"date outside W-11", [](EventLog& l) { l.employment[1].last_day = d("9999-12-31"); }, ErrorCode::out_of_range,
       "employment[1].last_day", "W-11"},
      {"overlapping employment with one employer", [](EventLog& l) { l.employment.push_back(job("A", "2024-01-01")); },
       ErrorCode::conflict, "employment[2].first_day", "overlapping employment"},
      {"blank person id", [](EventLog& l) { l.persons[3].id = ""; }, ErrorCode::invalid_argument, "persons[3].id",
       "is empty"},
      {"duplicate person id", [](EventLog& l) { l.persons.push_back(staff("an", "B")); }, ErrorCode::invalid_argument,
       "persons[4].id", "duplicate id"},
      {"unknown role", [](EventLog& l) { l.persons[0].role = static_cast<PersonRole>(9); }, ErrorCode::invalid_argument,
       "persons[0].role", "unknown role 9"},
      {"staff of an employer without employment", [](EventLog& l) { l.persons[1].employer = "C"; },
       ErrorCode::not_found, "persons[1].employer", "unknown employer"},
      {"employer given for the mediator", [](EventLog& l) { l.persons[2].employer = "A"; }, ErrorCode::invalid_argument,
       "persons[2].employer", "only staff belong to an employer"},
      {"two workers", [](EventLog& l) { l.persons.push_back(the_worker("wout")); }, ErrorCode::invalid_argument,
       "persons[4].role", "one worker"},
      {"blank event id", [](EventLog& l) { l.events[2].id = "\t"; }, ErrorCode::invalid_argument, "events[2].id",
       "is empty"},
      {"duplicate event id", [](EventLog& l) { l.events[3].id = "e3"; }, ErrorCode::invalid_argument, "events[3].id",
       "duplicate id"},
      {"unknown event kind", [](EventLog& l) { l.events[2].kind = static_cast<EventKind>(0); },
       ErrorCode::invalid_argument, "events[2].kind", "unknown event kind 0"},
      {"unknown document kind", [](EventLog& l) { l.events[3].document_kind = static_cast<DocumentKind>(7); },
       ErrorCode::invalid_argument, "events[3].document_kind", "unknown document kind 7"},
      {"events out of order", [](EventLog& l) { l.events[4].date = d("2022-08-31"); }, ErrorCode::invalid_argument,
       "events[4].date", "events out of order"},
      {"unknown person", [](EventLog& l) { l.events[2].person = "ann"; }, ErrorCode::not_found, "events[2].person",
       "unknown person \"ann\""},
      {"consent to the mediator", [](EventLog& l) { l.events[2].person = "mia"; }, ErrorCode::invalid_argument,
       "events[2].person", "names a contact person of an employer"},
      {"mediator assignment of staff", [](EventLog& l) { l.events[0].person = "an"; }, ErrorCode::invalid_argument,
       "events[0].person", "names a VDAB mediator"},
      {"document on a consent", [](EventLog& l) { l.events[2].document = "pop-a"; }, ErrorCode::invalid_argument,
       "events[2].document", "only an upload names a document"},
      {"version 0", [](EventLog& l) { l.events[3].version = 0; }, ErrorCode::invalid_argument, "events[3].version",
       "not a possible version number"},
      {"consent before the employment starts (C-2)",
       [](EventLog& l) { l.events[7].date = d("2024-06-20"); }, ErrorCode::conflict, "events[7].date",
       "consent before the employment starts"},
      {"consent after the employment ended", [](EventLog& l) {
         l.events.push_back(ev("late", "2024-09-02", EventKind::consent, "an"));
       }, ErrorCode::conflict, "events[9].date", "consent outside the employment"},
      {"transfer without an existing access", [](EventLog& l) {
         l.events.insert(l.events.begin() + 8, ev("t1", "2024-08-01", EventKind::transfer, "bert"));
         l.events.erase(l.events.begin() + 7);
       }, ErrorCode::conflict, "events[7].kind", "transfer without an existing access"},
      {"two grants for one employer on one day", [](EventLog& l) {
         l.persons.push_back(staff("cas", "A"));
         l.events.insert(l.events.begin() + 3, ev("c2", "2022-03-01", EventKind::consent, "cas"));
       }, ErrorCode::conflict, "events[3].person", "two grants for \"A\" on 2022-03-01"},
      {"two mediators on one day", [](EventLog& l) {
         l.persons.push_back(mediator("max"));
         l.events.insert(l.events.begin() + 1, ev("m2", "2022-02-15", EventKind::mediator, "max"));
       }, ErrorCode::conflict, "events[1].person", "two mediators assigned on 2022-02-15"},
      {"upload by a person who never had access", [](EventLog& l) { l.events[3].person = "bert"; },
       ErrorCode::conflict, "events[3].person", "upload by a person who never had access"},
      {"upload by a person without access that day", [](EventLog& l) { l.events[8].person = "an"; l.events[8].document = "pop-late"; },
       ErrorCode::conflict, "events[8].person", "whose access ended on 2024-06-30"},
      {"upload on the day of the role change", [](EventLog& l) {
         l.events.insert(l.events.begin() + 5, ev("r1", "2023-09-01", EventKind::role_change, "an"));
       }, ErrorCode::conflict, "events[6].person", "upload by a person without access that day"},
      {"ICF not uploaded by the mediator", [](EventLog& l) { l.events[3].document_kind = DocumentKind::icf; },
       ErrorCode::conflict, "events[3].person", "ICF not uploaded by the mediator"},
      {"upload by a mediator who is not assigned", [](EventLog& l) { l.events[0].date = d("2022-02-21"); },
       ErrorCode::invalid_argument, "events[1].date", "events out of order"},
      {"version out of sequence", [](EventLog& l) { l.events[5].version = 3; }, ErrorCode::conflict,
       "events[5].version", "version out of sequence"},
      {"first version numbered 2", [](EventLog& l) { l.events[4].version = 2; }, ErrorCode::conflict,
       "events[4].version", "expected version 1"},
      {"a version of another kind", [](EventLog& l) { l.events[5].document_kind = DocumentKind::evaluation; },
       ErrorCode::conflict, "events[5].document_kind", "is a pop"},
      {"a version by another party", [](EventLog& l) { l.events[8].document = "pop-a"; l.events[8].version = 3; },
       ErrorCode::conflict, "events[8].person", "belongs to employer \"A\""},
      {"two ICF documents on one day", [](EventLog& l) {
         l.events.insert(l.events.begin() + 2, upload("i2", "2022-02-20", "mia", "icf-bis", DocumentKind::icf));
       }, ErrorCode::conflict, "events[2].document", "two ICF documents uploaded on 2022-02-20"},
  };
  return all;
}

}  // namespace

TEST_CASE("the worked example is valid") { CHECK_NOTHROW(validate(move_a_to_b())); }

TEST_CASE("validate: every named error, through every public rule") {
  for (const Bad& b : bad_logs()) {
    const std::string name = b.name;
    CAPTURE(name);
    EventLog log = move_a_to_b();
    b.change(log);
    const std::vector<std::function<void()>> calls = {
        [&] { validate(log); },
        [&] { (void)access(log, "an", d("2023-01-01")); },
        [&] { (void)may_upload(log, "an", d("2023-01-01")); },
        [&] { (void)may_view(log, "an", "pop-a", d("2023-01-01")); },
        [&] { (void)who_has_access(log, d("2023-01-01")); },
        [&] { (void)visible_documents(log, "an", d("2023-01-01")); },
        [&] { (void)history(log, d("2023-01-01")); },
        [&] { (void)evaluate_confidential(log, d("2023-01-01")); },
    };
    for (const auto& call : calls) {
      const Caught c = catch_error(call);
      CHECK(c.code == b.code);
      CHECK(c.field == b.field);
      CHECK_MESSAGE(c.what.find(b.message) != std::string::npos, c.what);
    }
    // The JSON format names the same field under `confidential.`.
    const std::string input = R"({"at": "2023-01-01", "confidential": )" + io::to_json(log) + "}";
    if (std::string(b.name) == "document on a consent") continue;  // JSON cannot say it: to_json writes no document
    const Caught j = catch_error([&] { (void)io::evaluate_json(input, ParameterSet::defaults(), false, ""); });
    CHECK(j.code == b.code);
    CHECK(j.field == std::string("confidential.") + b.field);
  }
}

TEST_CASE("queries: an unknown person or document is not_found naming `person` / `document`") {
  const EventLog log = move_a_to_b();
  Caught c = catch_error([&] { (void)may_view(log, "nobody", "pop-a", d("2023-01-01")); });
  CHECK(c.code == ErrorCode::not_found);
  CHECK(c.field == "person");
  c = catch_error([&] { (void)may_view(log, "an", "pop-z", d("2023-01-01")); });
  CHECK(c.code == ErrorCode::not_found);
  CHECK(c.field == "document");
  c = catch_error([&] { (void)evaluate_confidential(log, d("2023-01-01"), std::string("x")); });
  CHECK(c.field == "person");
  c = catch_error([&] { (void)io::evaluate_json(R"({"at": "2023-01-01", "document": "pop-z", "confidential": )" +
                                                    io::to_json(log) + "}",
                                                ParameterSet::defaults(), false, ""); });
  CHECK(c.code == ErrorCode::not_found);
  CHECK(c.field == "document");
}

TEST_CASE("JSON: the strict reader names the path (unknown keys, kinds, blank names, impossible dates, wrong types)") {
  const std::string log = io::to_json(move_a_to_b());
  auto error_of = [&](const std::string& text) {
    return catch_error([&] { (void)io::evaluate_json(text, ParameterSet::defaults(), false, "in.json"); });
  };
  auto with_event = [&](const std::string& event) {
    return R"({"at": "2023-01-01", "confidential": {"employment": [{"employer": "A", "first_day": "2022-03-01"}],
              "persons": [{"id": "an", "role": "staff", "employer": "A"}], "events": [)" + event + "]}}";
  };
  Caught c = error_of(with_event(R"({"id": "u", "date": "2022-04-01", "kind": "upload", "person": "an",
                                     "document": "d", "document_kind": "medical", "version": 1})"));
  CHECK(c.code == ErrorCode::invalid_argument);
  CHECK(c.field == "confidential.events[0].document_kind");
  CHECK(c.what.find("unknown document kind \"medical\" (expected icf, pop, evaluation or other)") != std::string::npos);
  c = error_of(with_event(R"({"id": "u", "date": "2022-02-30", "kind": "consent", "person": "an"})"));
  CHECK(c.code == ErrorCode::invalid_date);
  CHECK(c.field == "confidential.events[0].date");
  c = error_of(with_event(R"({"id": "u", "date": "2022-04-01", "kind": "consent", "person": "an", "version": 1})"));
  CHECK(c.code == ErrorCode::invalid_argument);
  CHECK(c.field == "confidential.events[0].version");
  c = error_of(with_event(R"({"id": "u", "date": "2022-04-01", "kind": "concent", "person": "an"})"));
  CHECK(c.field == "confidential.events[0].kind");
  c = error_of(with_event(R"({"id": "u", "date": "2022-04-01", "kind": "upload", "person": "an", "document": "d",
                             "document_kind": "pop", "version": 1.5})"));
  CHECK(c.field == "confidential.events[0].version");
  c = error_of(with_event(R"({"id": "u", "date": "2022-04-01", "kind": "upload", "person": "an", "document": "",
                             "document_kind": "pop", "version": 1})"));
  CHECK(c.field == "confidential.events[0].document");
  c = error_of(R"({"at": "2023-01-01", "confidential": {"persons": [{"id": "an", "role": "staff"}]}})");
  CHECK(c.field == "confidential.persons[0].employer");
  CHECK(c.what.find("required field is missing") != std::string::npos);
  c = error_of(R"({"at": "2023-01-01", "confidential": {"evnts": []}})");
  CHECK(c.field == "confidential.evnts");
  CHECK(c.what.find("did you mean \"events\"") != std::string::npos);
  c = error_of(R"({"at": "2023-01-01", "confidential": {}, "parameters": {}})");
  CHECK(c.field == "parameters");
  c = error_of(R"({"at": "2023-01-01", "confidential": {}, "worker": {}})");
  CHECK(c.field == "worker");
  c = error_of(R"({"confidential": {}})");
  CHECK(c.field == "at");
  c = error_of(R"({"at": "2023-01-01", "confidential": {}, "persn": "x"})");
  CHECK(c.field == "persn");
  c = error_of(R"({"at": "2023-01-01", "confidential": {"events": [], "events": []}})");
  CHECK(c.code == ErrorCode::parse_error);
  CHECK(c.field == "confidential.events");
}

TEST_CASE("JSON: the log round-trips through to_json / parse_confidential_log") {
  const EventLog log = move_a_to_b();
  const std::string text = io::to_json(log);
  const EventLog back = io::parse_confidential_log(text);
  CHECK(io::to_json(back) == text);
  const Receipt r{"t", "t"};
  CHECK(io::decision_json(evaluate_confidential(back, d("2024-07-01")), Trace(false), r) ==
        io::decision_json(evaluate_confidential(log, d("2024-07-01")), Trace(false), r));
}
