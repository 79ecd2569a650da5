/// The two languages of the platform: Chinese first, English complete.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh, en

    /// The BCP 47 tag used in `lang` attributes.
    public var tag: String { self == .zh ? "zh-CN" : "en" }
}

/// A text in both languages. Both are required: there is no fallback from one to the other.
public struct LocalizedText: Hashable, Sendable, Codable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String { language == .zh ? zh : en }
}
