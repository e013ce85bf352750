/// @file rules.hpp
/// @brief The rules of the enterprise family: one lde::Rule constant per rule
/// (id, source passage, readings) and the family's table (docs/rule-core.md).
///
/// Source tags (docs/sources.md): WSE-FAQ ("Organisatievoorwaarden" 2.x,
/// "Kwaliteitsmanagement" 3.x, "POP" 6.8, "Vacatures" 7.x, "Vergoeding" 8.x),
/// WSE-SUPPORT ("2. Werkgever"). Readings: I-n and E-n (docs/readings.md).
/// The maatwerk thresholds (enterprise.maatwerk.*) belong to the procedure
/// family (include/lde/procedure/rules.hpp).
#pragma once

#include "lde/core/rule.hpp"

namespace lde::enterprise {

/// The monthly advance: rate x filled FTE / days in the year x days in the month.
inline constexpr Rule kMonthlyAdvance{
    "enterprise.compensation.monthly_advance",
    "WSE-FAQ \"Vergoeding\" 8.6 \"subsidierecht [12 600 * ingevuld contingent (VTE)] / aantal dagen in het jaar * "
    "aantal dagen in de maand\"; 8.4, 8.5, 8.8; \"Vacatures\" 7.5, 7.8",
    "I-12 I-13 I-14 I-16 I-23 E-1 E-5"};
/// The quarterly right and settlement against the advances of the quarter.
inline constexpr Rule kQuarterlySettlement{
    "enterprise.compensation.quarterly_settlement",
    "WSE-FAQ \"Vergoeding\" 8.7 \"subsidierecht [12 600 * ingevuld contingent (VTE)] / aantal dagen in het jaar * "
    "aantal dagen het kwartaal\"; 8.3, 8.4, 8.9; \"Vacatures\" 7.5, 7.8",
    "I-12 I-13 I-14 I-15 I-16 I-23 E-1 E-3 E-5"};
/// Twelve monthly advances and four quarterly settlements; no yearly settlement.
inline constexpr Rule kYearSchedule{
    "enterprise.compensation.year_schedule",
    "WSE-FAQ \"Vergoeding\" 8.5 \"twaalf maandelijkse voorschotten en een afrekening op kwartaalbasis\"; 8.9 \"Er is "
    "geen jaarafrekening binnen LDE.\"",
    "I-15"};
/// The organisation conditions (legal form, sui generis division, accounts, no outsourcing, Brussels).
inline constexpr Rule kConditions{
    "enterprise.conditions",
    "WSE-FAQ \"Organisatievoorwaarden\" 2.7 (rechtsvorm), 2.8 (sui generisafdeling), 2.9 (gescheiden boekhouding), "
    "2.11, 2.12 (geen uitbesteding), 2.13 (geen enclavewerking), 2.14 (Brussel); 2.4, 2.5, 2.6",
    "I-5 I-18 E-8 E-9 E-14"};
/// The occupancy measured each third quarter for the previous year, and the contingent reduction.
inline constexpr Rule kOccupancy{
    "enterprise.occupancy",
    "WSE-FAQ \"Vacatures\" 7.7 \"Ieder derde kwartaal van het jaar zal de invulling van de inschakelingstrajecten van "
    "het voorgaande kalenderjaar gemeten worden ... het verschil in percentages tussen de werkelijke invullingsgraad "
    "en 90% verminderd worden in het toegekende contingent.\"",
    "I-19 E-1 E-2 E-3 E-12"};
/// The yearly sustainability report, due 31 July of the next year.
inline constexpr Rule kSustainabilityReport{
    "enterprise.quality.sustainability_report",
    "WSE-FAQ \"Kwaliteitsmanagement\" 3.1 \"jaarlijks een duurzaamheidsverslag op, telkens ten laatste op 31 juli, "
    "over het voorgaande jaar ... het eerste duurzaamheidsverslag over het werkingsjaar 2016 uiterlijk op 31 juli "
    "2017\"; 3.6; WSE-SUPPORT \"2. Werkgever\"",
    "I-21"};
/// Whether a POP is required in a year.
inline constexpr Rule kPop{
    "enterprise.quality.pop",
    "WSE-FAQ \"POP\" 6.8 \"Het is verplicht om (vanaf 2018) voor elke ... doelgroepmedewerker jaarlijks een POP op te "
    "maken\"; WSE-SUPPORT \"1. Werknemer\"",
    ""};
/// Which target workers need a POP in a year (every one, not only those evaluated).
inline constexpr Rule kPopWorkers{
    "enterprise.quality.pop_workers",
    "WSE-FAQ \"POP\" 6.8 \"Het is verplicht om (vanaf 2018) voor elke (dus niet enkel voor diegene die geëvalueerd "
    "zullen worden) doelgroepmedewerker jaarlijks een POP op te maken\"; WSE-SUPPORT \"1. Werknemer\"",
    "E-13"};
/// A self-evaluation every three years.
inline constexpr Rule kSelfEvaluation{
    "enterprise.quality.self_evaluation",
    "WSE-FAQ \"Kwaliteitsmanagement\" 3.1 \"passen om de drie jaar een zelfevaluatie toe\"; WSE-SUPPORT \"2. "
    "Werkgever\"",
    ""};
/// A quality assessment of every LDE enterprise within 2017 .. 2026.
inline constexpr Rule kAssessment{
    "enterprise.quality.assessment",
    "WSE-FAQ \"Kwaliteitsmanagement\" 3.1 \"Binnen de periode 2017 tot 2026 vindt bij alle LDE-ondernemingen een "
    "kwaliteitsassessment plaats.\"; WSE-SUPPORT \"2. Werkgever\"",
    "I-1"};
/// At least 5 FTE target workers on average over the year.
inline constexpr Rule kScaleMinimum{
    "enterprise.scale.minimum",
    "WSE-FAQ \"Organisatievoorwaarden\" 2.3 \"op jaarbasis minimaal gemiddeld 5 voltijds equivalente "
    "doelgroepwerknemers ... Elke doelgroepwerknemer die een referteloonkost groter dan 0 voortbrengt, wordt "
    "meegenomen\"; 2.1, 2.4, 2.5, 2.6",
    "I-17 I-18 E-3 E-4 E-7 E-14"};
/// The start-up transition: two years from the quarter after the allocation.
inline constexpr Rule kStartupTransition{
    "enterprise.transition.startup",
    "WSE-FAQ \"Organisatievoorwaarden\" 2.6 \"een overgangsperiode van twee jaar om aan de organisatievoorwaarden te "
    "voldoen. De overgangsperiode start vanaf het eerstvolgende kwartaal na de toekenning van de "
    "inschakelingstrajecten.\"; 2.5",
    "I-18 I-1 I-2 E-8"};
/// Every enterprise rule for one year (the steps that follow in the trace).
inline constexpr Rule kYear{
    "enterprise.year",
    "WSE-FAQ \"Organisatievoorwaarden\", \"Kwaliteitsmanagement\", \"Vacatures\", \"Vergoeding\"; WSE-SUPPORT \"2. "
    "Werkgever\"",
    ""};

/// A change of contractual hours at the same label: no new vacancy, settled quarterly, capped.
inline constexpr Rule kContractChange{
    "enterprise.contract_change",
    "WSE-FAQ \"Vacatures\" 7.5 \"Indien de uitbreiding van het contract gebeurt bij dezelfde gelabelde lokale "
    "diensteneconomieonderneming (zie ook vraag 2.1) dan hoeft er geen nieuwe vacature gepubliceerd te worden in de "
    "MVAC-module. Een aanpassing van het contract zal automatisch via de DmfA worden doorgegeven. Een aanpassing van "
    "de vergoeding gebeurt in de kwartaalafrekening.\"",
    "I-15 I-20 E-20"};

/// Every rule of the family, for rule_catalog().
inline constexpr const Rule* kRules[] = {
    &kMonthlyAdvance, &kQuarterlySettlement, &kYearSchedule,   &kConditions,  &kOccupancy,
    &kSustainabilityReport, &kPop,           &kPopWorkers,     &kSelfEvaluation, &kAssessment,
    &kScaleMinimum,   &kStartupTransition,   &kContractChange, &kYear};

}  // namespace lde::enterprise
