import Foundation
import KechuangCore

/// What a project produced (Art. 33, 59): papers, patents, software, data sets and standards,
/// each with the identifier the world finds it by.
public enum OutputKind: String, Sendable, Codable, CaseIterable {
    case paper, patent, software, dataset, standard

    public var label: LocalizedText {
        switch self {
        case .paper: LocalizedText(zh: "论文", en: "Paper")
        case .patent: LocalizedText(zh: "专利", en: "Patent")
        case .software: LocalizedText(zh: "软件", en: "Software")
        case .dataset: LocalizedText(zh: "数据集", en: "Data set")
        case .standard: LocalizedText(zh: "标准", en: "Standard")
        }
    }

    /// What the identifier of this kind is called.
    public var identifierLabel: LocalizedText {
        switch self {
        case .paper: LocalizedText(zh: "DOI", en: "DOI")
        case .patent: LocalizedText(zh: "专利号（申请号或公开号）", en: "Patent number (application or publication)")
        case .software: LocalizedText(zh: "软件著作权登记号或代码仓库地址", en: "Software copyright registration number or repository URL")
        case .dataset: LocalizedText(zh: "数据集 DOI 或访问地址", en: "Data set DOI or URL")
        case .standard: LocalizedText(zh: "标准编号", en: "Standard number")
        }
    }
}

/// The rights the institution granted the researchers over a result made on the job
/// (职务科技成果, Art. 32, 59): it keeps them, or grants the researchers ownership (or a share),
/// or long-term use for a number of years.
public enum ResultRights: String, Sendable, Codable, CaseIterable {
    case institutionRetains = "institution_retains"
    case researchersOwnership = "researchers_ownership"
    case researchersLongTermUse = "researchers_long_term_use"

    public var label: LocalizedText {
        switch self {
        case .institutionRetains: LocalizedText(zh: "单位保留全部权利", en: "The institution keeps all rights")
        case .researchersOwnership: LocalizedText(zh: "赋予科研人员所有权", en: "Ownership granted to the researchers")
        case .researchersLongTermUse: LocalizedText(zh: "赋予科研人员长期使用权", en: "Long-term use granted to the researchers")
        }
    }

    public var grantsResearchers: Bool { self != .institutionRetains }
}

/// One output of a project, as registered (the results register).
public struct ProjectOutput: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<ProjectOutput>
    public let id: ID
    public let projectID: UUID
    /// The report it was declared with, if any.
    public var reportID: UUID?
    public var kind: OutputKind
    public var title: String
    /// Normalised: DOI lower-cased without `https://doi.org/`, patent and standard numbers upper-cased.
    public var identifier: String
    public var year: Int
    /// The organisation that owns the result.
    public var ownerOrganisationID: UUID
    public var ownerName: String
    public var rights: ResultRights
    /// Names of the researchers granted rights (empty when the institution keeps them).
    public var rightsHolders: [String]
    /// The day the institution granted the rights.
    public var rightsGrantedOn: BeijingDay?
    /// Years of long-term use granted.
    public var useYears: Int?
    public var createdAt: Date
}

/// What a PI types to register an output (raw where a person types, typed where they choose).
public struct OutputInput: Sendable, Equatable {
    public var kind: OutputKind?
    public var title: String
    public var identifier: String
    public var year: Int?
    public var rights: ResultRights?
    /// Names separated by `；`, `;`, `，`, `,` or new lines.
    public var rightsHolders: String
    public var rightsGrantedOn: BeijingDay?
    public var useYears: Int?

    public init(kind: OutputKind?, title: String, identifier: String, year: Int?, rights: ResultRights? = .institutionRetains,
                rightsHolders: String = "", rightsGrantedOn: BeijingDay? = nil, useYears: Int? = nil) {
        self.kind = kind
        self.title = title
        self.identifier = identifier
        self.year = year
        self.rights = rights
        self.rightsHolders = rightsHolders
        self.rightsGrantedOn = rightsGrantedOn
        self.useYears = useYears
    }

    public var holders: [String] {
        rightsHolders.split(whereSeparator: { ";；,，\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A result as the public sees it (the portal's results database): no person's identity number,
/// e-mail or phone — names only where the institution granted rights.
public struct PublicResult: Sendable, Equatable, Codable {
    public let id: UUID
    public let kind: OutputKind
    public let title: String
    public let identifier: String
    public let year: Int
    public let projectNumber: String
    public let projectTitle: String
    public let owner: String
    public let rights: ResultRights
    public let rightsHolders: [String]
    public let rightsGrantedOn: BeijingDay?
    public let useYears: Int?
}
