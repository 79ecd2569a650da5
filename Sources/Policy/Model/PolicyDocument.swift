import Search
import Foundation
import KechuangCore

/// How binding a document is, from national law down to normative documents.
public enum PolicyLevel: String, Sendable, Codable, CaseIterable {
    case nationalLaw = "national_law"
    case administrativeRegulation = "administrative_regulation"
    case departmentalRule = "departmental_rule"
    case localRegulation = "local_regulation"
    case judicialInterpretation = "judicial_interpretation"
    case normativeDocument = "normative_document"

    public var label: LocalizedText {
        switch self {
        case .nationalLaw: LocalizedText(zh: "法律", en: "National law")
        case .administrativeRegulation: LocalizedText(zh: "行政法规", en: "Administrative regulation")
        case .departmentalRule: LocalizedText(zh: "部门规章", en: "Departmental rule")
        case .localRegulation: LocalizedText(zh: "地方性法规", en: "Local regulation")
        case .judicialInterpretation: LocalizedText(zh: "司法解释", en: "Judicial interpretation")
        case .normativeDocument: LocalizedText(zh: "规范性文件", en: "Normative document")
        }
    }

    /// The corpus `category` (`地方性法规/北京`, `行政法规`, `部门规章/公安部`, `宪法`, …) → level and region.
    public static func classify(category: String) -> (PolicyLevel, region: String) {
        let parts = category.split(separator: "/", maxSplits: 1).map(String.init)
        let head = parts.first ?? ""
        let tail = parts.count > 1 ? parts[1] : nil
        switch head {
        case "地方性法规": return (.localRegulation, tail ?? "地方")
        case "行政法规": return (.administrativeRegulation, "全国")
        case "部门规章": return (.departmentalRule, "全国")
        case "司法解释": return (.judicialInterpretation, "全国")
        case "宪法", "宪法相关法", "民法商法", "民法典", "行政法", "经济法", "社会法", "刑法", "诉讼与非诉讼程序法":
            return (.nationalLaw, "全国")
        default: return (.normativeDocument, "全国")
        }
    }
}

public enum PolicyStatus: String, Sendable, Codable, CaseIterable {
    case inForce = "in_force", amended, repealed

    public var label: LocalizedText {
        switch self {
        case .inForce: LocalizedText(zh: "现行有效", en: "In force")
        case .amended: LocalizedText(zh: "已被修订", en: "Amended")
        case .repealed: LocalizedText(zh: "已废止", en: "Repealed")
        }
    }
}

/// One version of a document. Versions of the same document share `externalID`.
public struct PolicyDocument: Sendable, Equatable, Codable {
    public let id: UUID
    public let externalID: String
    public var titleZh: String
    public var titleEn: String?
    public var issuer: String
    public var level: PolicyLevel
    public var region: String
    /// The version date (the date the text was adopted or last amended).
    public var issueDate: String?
    public var effectiveDate: String?
    public var repealDate: String?
    public var status: PolicyStatus
    public var isCurrent: Bool
    public var preamble: String
    public var chapters: [PolicyChapter]
    public var articleCount: Int

    public var year: Int? { issueDate.flatMap { Int($0.prefix(4)) } }
}

public struct PolicyChapter: Sendable, Equatable, Codable {
    public let label: String
    public let title: String
}

public struct PolicyArticle: Sendable, Equatable, Codable {
    public let seq: Int
    public let number: Int
    public let suffix: Int?
    /// `第五十条`; empty for the text before the first article.
    public let label: String
    public let chapterLabel: String?
    public let chapterTitle: String?
    /// Paragraphs (款) separated by newlines, without the label.
    public let text: String

    public var paragraphs: [String] { text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    /// The anchor of the article on its document page: `art-50`, `art-10-1` for 第十条之一.
    public var anchor: String { "art-\(number)" + (suffix.map { "-\($0)" } ?? "") }
}

public struct PolicyVersion: Sendable, Equatable, Codable {
    public let id: UUID
    public let issueDate: String?
    public let status: PolicyStatus
    public let isCurrent: Bool
}
