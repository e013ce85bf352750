/// @file rules.hpp
/// @brief The rules of the settlement ledger: one lde::Rule constant per rule
/// (id, source passage, readings) and the family's table (docs/rule-core.md).
///
/// Source tags (docs/sources.md): WSE-FAQ ("Vergoeding" 8.5 .. 8.9, "Vacatures" 7.5).
/// Readings: I-12, I-14, I-15, I-16, I-19, I-23 (the amounts themselves are the
/// enterprise rules, include/lde/enterprise/rules.hpp) and the ledger's own S-1 .. S-7
/// (docs/readings.md, "Settlement ledger"). docs/rules/ledger.md has the worked example.
#pragma once

#include "lde/core/rule.hpp"

namespace lde::ledger {

/// The state of an allocation as known on a date: what is due, paid and to regularise per month and quarter.
inline constexpr Rule kAsOf{
    "ledger.as_of",
    "WSE-FAQ \"Vergoeding\" 8.5 \"twaalf maandelijkse voorschotten en een afrekening op kwartaalbasis\"; 8.7 \"Door de "
    "berekening met toepassing van authentieke bronnen, dimona en dmfa, zullen de kwartaalafrekening in de nieuwe "
    "regelgeving later gebeuren dan voorheen.\"; "
    "\"Vacatures\" 7.5 \"Een aanpassing van de vergoeding gebeurt in de kwartaalafrekening\"",
    "I-12 I-14 I-15 I-16 I-23 S-1 S-2 S-3 S-4 S-5"};
/// Every version of a quarter's right, with the date it changed and the facts that changed it.
inline constexpr Rule kHistory{
    "ledger.history",
    "WSE-FAQ \"Vergoeding\" 8.7 \"zullen de kwartaalafrekening ... later gebeuren\"; \"Vacatures\" 7.5 \"Een "
    "aanpassing van de vergoeding gebeurt in de kwartaalafrekening\"",
    "I-15 I-19 S-1 S-2 S-6"};
/// The difference between two dates' knowledge of a quarter, attributed to each changed fact.
inline constexpr Rule kExplain{
    "ledger.explain",
    "WSE-FAQ \"Vergoeding\" 8.7 \"zullen de kwartaalafrekening ... later gebeuren\"; \"Vacatures\" 7.5 \"Een "
    "aanpassing van de vergoeding gebeurt in de kwartaalafrekening\"",
    "I-12 I-15 S-1 S-7"};

/// Every rule of the ledger, in the order of docs/rules/catalog.md.
inline constexpr const Rule* kRules[] = {&kAsOf, &kHistory, &kExplain};

}  // namespace lde::ledger
