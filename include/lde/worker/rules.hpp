/// @file rules.hpp
/// @brief The rules of the worker family: one lde::Rule constant per rule (id,
/// source passage, readings) and the family's table (docs/rule-core.md).
///
/// Source tags (docs/sources.md): WSE-LDE ("Verlenging inschakelingstraject"
/// 1. .. 4.), WSE-FAQ ("Indicering doelgroepwerknemers" 5.x, "Vacatures" 7.x,
/// "Organisatievoorwaarden" 2.14, "Definities"), WSE-SUPPORT ("1. Werknemer").
/// Readings: I-n (../shared/spec/interpretations.md, restated in
/// docs/readings.md) and W-n (docs/readings.md, "Project readings for the
/// worker rules"). Traces (begin_step()), the reason table
/// (lde::population::reason_rule()), the C ABI and docs/rules/catalog.md all
/// read these constants; nothing else spells a worker rule's id, source or readings.
#pragma once

#include "lde/core/rule.hpp"

namespace lde::worker {

/// A right is valid for `right.validity_years` (5) years from its grant date.
inline constexpr Rule kRightValidity{
    "worker.right.validity",
    "WSE-FAQ \"Indicering doelgroepwerknemers\" 5.9 \"Een recht op lokale diensteneconomie blijft 5 jaar geldig.\", "
    "5.10",
    "I-1 I-4 W-12"};
/// A new indication replaces the right in force from its grant date; rights do not combine.
inline constexpr Rule kRightOneAtATime{
    "worker.right.one_at_a_time",
    "WSE-FAQ \"Indicering doelgroepwerknemers\" 5.4 \"Het is niet mogelijk om meerdere rechten te combineren\", 5.12; "
    "WSE-FAQ \"Definities\" VOP",
    "I-6 W-6"};
/// The right in force on a date, or the last one in force before it.
inline constexpr Rule kRightOnDate{
    "worker.right.on_date",
    "WSE-FAQ \"Indicering doelgroepwerknemers\" 5.9 \"Een recht op lokale diensteneconomie blijft 5 jaar geldig.\", "
    "5.10",
    "I-4 I-6 I-25"};
/// Whether an employment can start a trajectory with compensation on its first day.
inline constexpr Rule kHiringEligibility{
    "worker.hiring.eligibility",
    "WSE-FAQ \"Indicering doelgroepwerknemers\" 5.11, 5.12; \"Vacatures\" 7.6, 7.8; \"Organisatievoorwaarden\" 2.14",
    "I-5 I-21"};
/// The trajectory: 5 years from the first day of the first eligible employment.
inline constexpr Rule kTrajectoryLength{
    "worker.trajectory.length",
    "WSE-LDE \"Verlenging inschakelingstraject\" \"Een inschakelingstraject duurt maximaal 5 jaar, te tellen vanaf "
    "eerste dag tewerkstelling.\"; WSE-SUPPORT \"1. Werknemer\"",
    "I-1 I-2 I-7 W-8 W-12"};
/// Extension by long absence (at least 30 uninterrupted days, qualifying reasons), a fixed point.
inline constexpr Rule kAbsenceExtension{
    "worker.trajectory.absence_extension",
    "WSE-LDE \"Verlenging inschakelingstraject\" 1. \"Bij langdurige afwezigheid van minstens 30 (kalender)dagen voor "
    "ziekte, ongeval, moeder/vaderschapsverlof of adoptieverlof\"; Opgelet \"na 01 april 2015 (van minimaal 30 "
    "onafgebroken dagen)\"",
    "I-1 I-8 I-9 W-1 W-2 W-13"};
/// Extension for competence strengthening approved by VDAB, capped.
inline constexpr Rule kCompetenceExtension{
    "worker.trajectory.competence_extension",
    "WSE-LDE \"Verlenging inschakelingstraject\" 2. \"na goedkeuring van VDAB, aanleiding zijn voor maximaal 1 jaar "
    "verlenging\"",
    "I-9 I-22 W-10"};
/// Continuation at 60+ on the last day of the trajectory.
inline constexpr Rule kContinuation60{
    "worker.continuation.age60",
    "WSE-LDE \"Verlenging inschakelingstraject\" 3. \"Een persoon die 60+ is op het einde van het "
    "inschakelingstraject kan in dienst blijven van het LDE bedrijf.\"",
    "I-3 I-10"};
/// Continuation at 55+ at the start of the transition trajectory without an external job.
inline constexpr Rule kContinuation55{
    "worker.continuation.age55",
    "WSE-LDE \"Verlenging inschakelingstraject\" 4. \"Een persoon die 55+ is aan de start van het doorstroomtraject "
    "én geen externe tewerkstelling heeft gevonden op het einde van het doorstroomtraject kan in dienst blijven\"",
    "I-3 I-11 W-3"};
/// The worker's status on a date: in trajectory, in continuation, compensated.
inline constexpr Rule kStatus{
    "worker.status",
    "WSE-LDE \"Verlenging inschakelingstraject\"; WSE-FAQ \"Indicering doelgroepwerknemers\"",
    "I-5 I-7 I-10 I-11 W-4 W-5"};

/// The worker's compensation month by month: counted for a month when compensated on its first
/// day (the monthly registration), rate × contractual fraction / days in the year, summed per day.
inline constexpr Rule kCompensationMonths{
    "worker.compensation.months",
    "WSE-FAQ \"Vergoeding\" 8.6 \"subsidierecht [12 600 * ingevuld contingent (VTE)] / aantal dagen in het jaar * "
    "aantal dagen in de maand\"; 8.4, 8.5",
    "I-12 I-13 I-14 I-20 I-21 I-23"};

/// Every rule of the family, for rule_catalog().
inline constexpr const Rule* kRules[] = {&kRightValidity,    &kRightOneAtATime,     &kRightOnDate,
                                         &kHiringEligibility, &kTrajectoryLength,    &kAbsenceExtension,
                                         &kCompetenceExtension, &kContinuation60,    &kContinuation55,
                                         &kStatus,            &kCompensationMonths};

}  // namespace lde::worker
