import Search
import Foundation
import KechuangCore

/// A document to import, as read from a corpus line or given on the command line.
public struct PolicySource: Sendable, Equatable {
    public var externalID: String
    public var title: String
    public var titleEn: String?
    public var issuer: String
    public var level: PolicyLevel
    public var region: String
    /// `YYYY-MM-DD` or nil.
    public var date: String?
    public var effectiveDate: String?
    /// The raw text as published; normalised and split into articles on import.
    public var text: String

    public init(externalID: String, title: String, titleEn: String? = nil, issuer: String, level: PolicyLevel, region: String,
                date: String?, effectiveDate: String? = nil, text: String) {
        self.externalID = externalID
        self.title = title
        self.titleEn = titleEn
        self.issuer = issuer
        self.level = level
        self.region = region
        self.date = date
        self.effectiveDate = effectiveDate
        self.text = text
    }
}

/// One line of the corpus format (`shared/corpus/README.md`): id, title, issuer, date, category, text.
struct CorpusLine: Decodable {
    let id: String?
    let title: String?
    let issuer: String?
    let date: String?
    let category: String?
    let text: String?
}

/// Why a line of an import file was skipped.
public struct ImportLineError: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let reason: String
    public var description: String { "line \(line): \(reason)" }
}

public enum PolicySourceParser {
    /// Parses one JSONL line; throws a reason a person can act on.
    public static func parse(line: Substring) throws(ImportFailure) -> PolicySource {
        let decoded: CorpusLine
        do {
            decoded = try JSONDecoder().decode(CorpusLine.self, from: Data(line.utf8))
        } catch {
            throw ImportFailure("not a JSON object (\(Self.describe(error)))")
        }
        guard let id = decoded.id?.trimmingCharacters(in: .whitespaces), !id.isEmpty else { throw ImportFailure("field \"id\" is missing or empty") }
        guard let title = decoded.title?.trimmingCharacters(in: .whitespaces), !title.isEmpty else { throw ImportFailure("field \"title\" is missing or empty") }
        guard let text = decoded.text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ImportFailure("field \"text\" is missing or empty") }
        if let date = decoded.date, !isISODate(date) { throw ImportFailure("field \"date\" must be YYYY-MM-DD, not \"\(date)\"") }
        let (level, region) = PolicyLevel.classify(category: decoded.category ?? "")
        return PolicySource(externalID: id, title: title, issuer: decoded.issuer ?? "", level: level, region: region,
                            date: decoded.date, text: text)
    }

    public static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return (1900...2100).contains(y) && (1...12).contains(m) && (1...31).contains(d)
    }

    static func describe(_ error: any Error) -> String {
        if case DecodingError.typeMismatch(_, let context) = error { return context.debugDescription }
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        return "invalid JSON"
    }
}

public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
