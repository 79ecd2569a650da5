/// Projects (PRJ) — the project platform for fiscally funded S&T projects (Art. 50(1)).
///
/// So far the two rule engines that calls are checked with:
/// - `Eligibility/`: eligibility rules as stored data — a small typed condition language
///   (organisation type, registered in Beijing, integrity clear, running projects, PI age or years
///   since PhD for young-scientist calls, consortium composition, ethics approval), each rule with
///   its article and effective dates; rules the regulation forbids (title, papers, awards:
///   Art. 50(1); ownership: Art. 5; nationality of a PI: Art. 72(2)) are refused with the article.
/// - `Linter/`: the call linter, which finds the same prohibitions in the free text of a call.
///
/// Programmes, calls, applications and their workflow come next (issue 5).
/// Imports: KechuangCore, Identity (organisation types and districts). Never Vapor.
public enum Projects {
    public static let migrations: [any Migration] = [PRJ0001_CreateProgrammes(), PRJ0002_CreateCalls(), PRJ0003_CreateApplications(), PRJ0004_AddCallNegativeListAndDocuments(), PRJ0005_AddCallFormSections(),
                                                     PRJ0006_AddApplicationOfficerNote()]
}

import FluentKit
