/// @file rules.hpp
/// @brief The rules of the local services and the DAEB ("lokale diensten", "diensten van algemeen
/// economisch belang"): one lde::Rule constant per rule (id, source passage, readings) and the family's table.
///
/// Source tag (docs/sources.md): WSE-FAQ, questions 4.1 .. 4.20 ("Lokale dienst") and the definitions
/// "Klaverbladfinanciering", "Lokale dienst", "DAEB-besluit" and "Opdrachtgevende overheid" (1.).
/// Readings: I-12, I-26, I-27 (../shared/spec/interpretations.md) and L-1 .. L-9 (docs/readings.md,
/// "Local services"). docs/rules/local-services.md maps every question to these rules and their cases.
#pragma once

#include "lde/core/rule.hpp"

namespace lde::local_service {

/// Two kinds of local service: within a Flemish or a local klaverblad (4.1, definitions).
inline constexpr Rule kKind{
    "local_service.kind",
    "WSE-FAQ 4.1 \"Binnen de lokale diensteneconomie zijn er twee types lokale diensten\"; definitions "
    "\"Klaverbladfinanciering\" \"De opdrachtgevende overheid kan zowel een Vlaams bevoegde minister (=Vlaams "
    "klaverblad) als een lokaal bestuur zijn (=lokaal klaverblad)\"",
    "L-1"};

/// Target workers execute a local service only under an assignment submitted to the department (4.2, 4.3).
inline constexpr Rule kAssignmentRequired{
    "local_service.assignment.required",
    "WSE-FAQ 4.2 \"Indien er geen opdracht van een opdrachtgevende overheid is voor de uitvoering van een lokale "
    "dienst, kan deze opdracht niet uitgevoerd worden door doelgroepwerknemers\"; 4.3 \"voor elke lokale dienst "
    "die uitgevoerd wordt door doelgroepwerknemers in een inschakelingstraject moet er een opdracht bezorgd worden "
    "aan het Departement WSE\"",
    "L-9"};

/// Trajectories allocated within a Flemish klaverblad cannot serve a local authority's assignment (4.4).
inline constexpr Rule kKlaverbladMatch{
    "local_service.trajectories.klaverblad",
    "WSE-FAQ 4.4 \"De inschakelingstrajecten toegewezen in het kader van een Vlaams klaverblad, kunnen niet "
    "ingezet worden voor de uitvoering van een opdracht verleend door een lokale overheid.\"",
    "L-4"};

/// Who may declare a local service a DAEB (4.5).
inline constexpr Rule kDaebDeclaration{
    "local_service.daeb.declared_by",
    "WSE-FAQ 4.5 \"Wat betreft de Vlaamse klaverbladen kan enkel een Vlaams bevoegde minister of de Vlaamse "
    "Regering bepalen of een lokale dienst een DAEB is\"; \"kan enkel een lokaal bestuur, door middel van een "
    "beslissing van het schepencollege, de gemeenteraad of provincieraad, bepalen\"",
    "L-3"};

/// Who may give the assignment for a local service (4.6).
inline constexpr Rule kAssigningAuthority{
    "local_service.assignment.authority",
    "WSE-FAQ 4.6 \"kan een Vlaams bevoegde minister een opdracht geven\"; \"Lokale overheden die een opdracht in "
    "het kader van DAEB kunnen geven, zijn bijvoorbeeld: Schepencollege, Gemeenteraad, Provincieraad, OCMW-raad, "
    "Intergemeentelijk samenwerkingsverband, Personen die gemachtigd zijn om het lokaal bestuur juridisch te "
    "verbinden\"; 4.16 \"de Vlaamse Regering, de bevoegde Vlaamse minister, ... de provinciale deputatie\"",
    "L-1 L-2"};

/// The assignment decision is legally binding and contains the eight elements (4.7, 4.8).
inline constexpr Rule kAssignmentDecision{
    "local_service.assignment.decision",
    "WSE-FAQ 4.7 \"De enige voorwaarde is dat het toewijzingsbesluit een dwingend juridisch karakter moet "
    "hebben\"; 4.8 \"De opdrachtgevende overheid legt in het toewijzingsbesluit vast\"",
    ""};

/// The compensation covers at most the net cost plus a reasonable profit (4.9, 4.12).
inline constexpr Rule kCompensationCap{
    "local_service.compensation.cap",
    "WSE-FAQ 4.9 \"De compensatie mag de aan het verrichten van de DAEB verbonden netto kosten dekken, met "
    "inbegrip van een redelijke winst. Deze redelijke winst mag niet meer bedragen dan het actuele "
    "SWAPrentepercentage, met een opslag van 100 basispunten.\"; 4.12 \"De vergoeding kan maximaal alle kosten "
    "dekken\"",
    "I-12 I-26 L-6"};

/// Local co-funding of insertion and guidance may not overcompensate their net cost (4.10).
inline constexpr Rule kCoFunding{
    "local_service.co_funding.deduction",
    "WSE-FAQ 4.10 \"dient het lokaal bestuur te controleren of het totaalbedrag aan ontvangen vergoedingen voor de "
    "inschakeling/tewerkstelling en begeleiding van de doelgroepwerknemer niet hoger is dan het totaalbedrag van de "
    "netto kosten\"; \"wordt de vergoeding van het lokaal bestuur in mindering gebracht van de vergoeding voor het "
    "inschakelingstraject\"",
    "I-12 I-27"};

/// Declaring a DAEB is not appropriate when the market already provides the service satisfactorily (4.11).
inline constexpr Rule kMarketTest{
    "local_service.daeb.market_test",
    "WSE-FAQ 4.11 \"die deze dienst al verrichten of op bevredigende wijze kunnen verrichten en op voorwaarden ... "
    "die stroken met het algemeen belang ... dan is het volgens de Europese Commissie niet passend\"; \"Wordt de "
    "lokale dienst al op de markt verricht, maar onder omstandigheden die het lokale bestuur onbevredigend vindt\"; "
    "\"Wanneer de dienst nog niet door de markt wordt aangeboden\"",
    "L-5"};

/// Notes of the decision: the cheapest enterprise is not required (4.12); procurement rules still apply (4.13).
inline constexpr Rule kNotes{
    "local_service.notes",
    "WSE-FAQ 4.12 \"Nee, dat is geen voorwaarde volgens het DAEB-besluit.\"; 4.13 \"De toepasselijke regels inzake "
    "overheidsopdrachten moeten worden nageleefd.\"",
    "L-9"};

/// The call for allocation of trajectories needs an assignment; registration does not (4.14).
inline constexpr Rule kAllocationCall{
    "local_service.allocation_call",
    "WSE-FAQ 4.14 \"Een lokale diensteneconomieonderneming kan zich aanmelden zonder een opdracht van een "
    "opdrachtgevende overheid. Op het moment van de oproep tot toekenning van de inschakelingstrajecten dient een "
    "lokale diensteneconomieonderneming over een opdracht van een opdrachtgevende overheid te beschikken.\"",
    "L-9"};

/// The impact analysis contains every part (4.15, 4.16).
inline constexpr Rule kImpactContent{
    "local_service.impact_analysis.content",
    "WSE-FAQ 4.15 \"Deze procedure wordt vervangen door de impactanalyse\"; 4.16 \"De impactanalyse wenst: de "
    "dienstverlening te situeren binnen het gevoerde beleid van het lokaal bestuur; een analyse van de effecten "
    "... waaronder minimaal ...; het lange termijnperspectief ...; de verhouding tot het Vlaamse beleid\"",
    ""};

/// Who draws up the impact analysis (4.17).
inline constexpr Rule kImpactAuthor{
    "local_service.impact_analysis.drawn_up_by",
    "WSE-FAQ 4.17 \"dan dient het lokaal bestuur die de DAEB definieert de impactanalyse op te maken. Indien "
    "meerdere lokale besturen betrokken zijn, dan kan bijvoorbeeld het intergemeentelijk samenwerkingsverband een "
    "gecoördineerde impactanalyse maken.\"",
    "L-7"};

/// The impact analysis and the assignment go for advice to the stakeholders in a fitting forum (4.16, 4.19, 4.20).
inline constexpr Rule kAdvice{
    "local_service.impact_analysis.advice",
    "WSE-FAQ 4.16 \"De impactanalyse en de opdracht dient vervolgens ter advies voorgelegd worden aan de "
    "stakeholders, waaronder minimaal de vakbonden en wekgeversorganisaties\"; 4.19 \"Forum lokaal "
    "werkgelegenheidsbeleid, RESOC, SERR\"; 4.20 \"Indien de lokale dienst gemeente-overschrijdende wordt "
    "georganiseerd, wordt de impactanalyse en de opdracht van de lokale dienst ter advies voorgelegd aan het "
    "regionaal sociaal overleg.\"",
    "L-8"};

/// Whether target workers in an insertion trajectory may execute the service: every condition above (L-9).
inline constexpr Rule kMayExecute{
    "local_service.may_execute",
    "WSE-FAQ 4.2 \"De inschakelingstrajecten worden met andere woorden steeds gekoppeld aan de uitvoering van "
    "lokale diensten.\"; 4.16 \"Na de voorafgaande impactanalyse beslist de opdrachtgevende overheid dat de "
    "dienstverlening voldoet aan de voorwaarden.\"",
    "L-9"};

/// Every rule of the local services, in the order of docs/rules/local-services.md.
inline constexpr const Rule* kRules[] = {&kKind,          &kAssignmentRequired, &kKlaverbladMatch, &kDaebDeclaration,
                                         &kAssigningAuthority, &kAssignmentDecision, &kCompensationCap, &kCoFunding,
                                         &kMarketTest,    &kNotes,              &kAllocationCall,  &kImpactContent,
                                         &kImpactAuthor,  &kAdvice,             &kMayExecute};

}  // namespace lde::local_service
