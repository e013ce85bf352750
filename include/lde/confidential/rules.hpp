/// @file rules.hpp
/// @brief The rules of the confidential section ("vertrouwelijk luik"): one
/// lde::Rule constant per rule (id, source passage, readings) and the family's table.
///
/// Source tags (docs/sources.md): WSE-LDE (department page, section "Vertrouwelijk
/// luik"), WSE-FAQ (questions 6.9 .. 6.13, 1.6). Readings: I-28
/// (../shared/spec/interpretations.md) and C-1 .. C-7 (docs/readings.md,
/// "Confidential section"). docs/rules/confidential.md maps every passage to
/// these rules and their tests.
#pragma once

#include "lde/core/rule.hpp"

namespace lde::confidential {

/// Access by the worker's consent to one named person of one employer, from the
/// first day of employment at the earliest.
inline constexpr Rule kConsent{
    "confidential.access.consent",
    "WSE-LDE \"Vertrouwelijk luik\" \"Vanaf de eerste dag van de tewerkstelling van de nieuwe doelgroepwerknemer "
    "kan de werkgever toegang aanvragen\"; \"de werknemer geeft toegang tot één persoon, niet de gehele "
    "organisatie\"",
    "I-28 C-1 C-2"};

/// One person per employer: a later grant for the employer replaces the current holder.
inline constexpr Rule kOnePerson{
    "confidential.access.one_person",
    "WSE-LDE \"Vertrouwelijk luik\" \"de werknemer geeft toegang tot één persoon, niet de gehele organisatie\"; "
    "WSE-FAQ 6.13 \"Per werkgever geeft de werknemer toestemming om inzage te krijgen in het vertrouwelijk luik\"",
    "I-28 C-3"};

/// Access ends the day the person with access changes function or job.
inline constexpr Rule kRoleChange{
    "confidential.access.role_change",
    "WSE-LDE \"Vertrouwelijk luik\" \"Als de persoon die toegang heeft van functie of werk verandert, moet de "
    "werknemer opnieuw toestemming tot toegang geven aan een andere persoon binnen het bedrijf\"",
    "I-28 C-1"};

/// The employer's transfer form names a successor for an existing access.
inline constexpr Rule kTransfer{
    "confidential.access.transfer",
    "WSE-LDE \"Vertrouwelijk luik\" \"Bij een personeelswissel omwille van ander takenpakket, uitdiensttreding, "
    "pensionering,... is het mogelijk om opnieuw contactpersonen/gebruikers aan te duiden voor de bestaande "
    "toegangen\"",
    "I-28 C-3"};

/// Access ends when the employment with that employer ends.
inline constexpr Rule kEmploymentEnd{
    "confidential.access.employment_end",
    "WSE-FAQ 6.13 \"Per werkgever geeft de werknemer toestemming om inzage te krijgen in het vertrouwelijk luik\"",
    "I-28 C-1"};

/// The worker's VDAB mediator sees every document.
inline constexpr Rule kMediator{
    "confidential.access.mediator",
    "WSE-FAQ 6.10 \"Enkel de werkgever en bemiddelaar hebben inzage in het POP-dossier eens dat opgeladen is in "
    "Mijn Loopbaan\"",
    "I-28 C-6"};

/// The worker has no view of his own: he discusses documents with the mediator or the employer.
inline constexpr Rule kWorker{
    "confidential.view.worker",
    "WSE-FAQ 6.10 \"De werknemer mag altijd contact opnemen met de bemiddelaar om documenten te bespreken. Hij kan "
    "de POP ook bekijken met de werkgever.\"",
    "C-4"};

/// A person with access sees the documents their employer uploaded, never another employer's.
inline constexpr Rule kOwnEmployer{
    "confidential.view.own_employer",
    "WSE-FAQ 6.13 \"De werkgever kan enkel documenten zien die hij zelf heeft opgeladen en niet diegene die door "
    "een andere werkgever werden opgeladen\"",
    "I-28"};

/// A person with access sees the latest version of the ICF.
inline constexpr Rule kLatestIcf{
    "confidential.view.latest_icf",
    "WSE-LDE \"Vertrouwelijk luik\" \"De meest recente versie van de ICF is daarin raadpleegbaar\"",
    "I-28 C-5"};

/// Uploads are made by the person with access (or the mediator, or the worker himself).
inline constexpr Rule kUpload{
    "confidential.upload.access_holder",
    "WSE-LDE \"Vertrouwelijk luik\" \"Het is belangrijk dat de persoon die toegang heeft ook de documenten gaat "
    "opladen\"; WSE-FAQ 6.9 \"wordt gevraagd aan de doelgroepwerknemer om het POP zelf op te laden in het "
    "vertrouwelijk luik\"",
    "I-28 C-4 C-5"};

/// Every uploaded version is kept; a new version never deletes an old one.
inline constexpr Rule kVersions{
    "confidential.upload.versions_kept",
    "WSE-FAQ 6.12 \"De laatste versie van het document kan je downloaden, aanpassen en terug opladen. Alle "
    "bestanden blijven altijd bewaard.\"",
    "I-28 C-7"};

/// Every rule of the confidential section, in the order of docs/rules/confidential.md.
inline constexpr const Rule* kRules[] = {&kConsent,  &kOnePerson,   &kRoleChange, &kTransfer,
                                         &kEmploymentEnd, &kMediator, &kWorker,     &kOwnEmployer,
                                         &kLatestIcf, &kUpload,     &kVersions};

}  // namespace lde::confidential
