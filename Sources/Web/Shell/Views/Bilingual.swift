import KechuangCore
import Plot

/// Fragments in the other language than the page's, marked so screen readers switch voice
/// (WCAG 3.1.2), and citations in the page's language. For every module:
///
///     .td(Components.zh(organisation.nameZh, c))             // 北京… inside an English page → <span lang="zh-CN">
///     .li(Components.localized(zh: call.titleZh, en: call.titleEn, c))
///     .h2(Components.lang(of: title, c), .text(title))        // the attribute on an element of its own
///     Components.article(27, c)                              // "第二十七条" / "Art. 27"
extension Components {
    /// Text of unknown language (a name, user input, a value from the database): on an English page
    /// a `<span lang="zh-CN">` when it holds Chinese; on a Chinese page a `<span lang="en">` when it
    /// is Latin-script words without Chinese; the plain text otherwise.
    static func zh<C: HTML.BodyContext>(_ text: String, _ c: PageContext) -> Node<C> {
        guard let lang = otherLanguage(of: text, c) else { return .text(text) }
        return .span(.attribute(named: "lang", value: lang), .text(text))
    }

    /// English text shown whatever the page's language (a code's English name, a foreign reviewer's
    /// comment): `<span lang="en">` on a Chinese page.
    static func en<C: HTML.BodyContext>(_ text: String, _ c: PageContext) -> Node<C> {
        c.language == .zh && !text.isEmpty ? .span(.attribute(named: "lang", value: "en"), .text(text)) : .text(text)
    }

    /// The page's language version of a bilingual value; when that one is missing, the other,
    /// marked with its `lang`.
    static func localized<C: HTML.BodyContext>(zh: String, en: String?, _ c: PageContext) -> Node<C> {
        let english = en?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if c.language == .en, !english.isEmpty { return .text(english) }
        return Self.zh(c.language == .en ? zh : (zh.isEmpty ? english : zh), c)
    }

    /// The text `localized` shows, for places that take a string (a `<title>`, an `aria-label`).
    static func localizedText(zh: String, en: String?, _ c: PageContext) -> String {
        let english = en?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return c.language == .en && !english.isEmpty ? english : zh
    }

    /// `lang="zh-CN"` / `lang="en"` for an element whose whole text is `text`, when it is not in the
    /// page's language (an `<option>`, a `<td>`, a heading); nothing otherwise.
    static func lang<C>(of text: String, _ c: PageContext) -> Node<C> {
        .attribute(named: "lang", value: otherLanguage(of: text, c))
    }

    /// The `lang` a fragment needs on this page, or nil when it is in the page's language.
    static func otherLanguage(of text: String, _ c: PageContext) -> String? {
        switch c.language {
        case .en: return containsChinese(text) ? "zh-CN" : nil
        case .zh:
            let latinWords = text.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count
            return !containsChinese(text) && latinWords >= 4 && text.contains(" ") ? "en" : nil
        }
    }

    /// CJK ideographs, CJK punctuation (、。「」) and full-width forms (，：（）).
    static func containsChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            switch s.value {
            case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FA1F: true
            default: false
            }
        }
    }

    /// An article of the regulation in the page's language: `第二十七条` / `Art. 27`.
    static func article(_ number: Int, _ c: PageContext) -> String {
        ArticleRef(number).text(in: c.language)
    }

    /// A citation in the page's language: `第五十条第一款` / `Art. 50(1)`.
    static func article(_ ref: ArticleRef, _ c: PageContext) -> String {
        ref.text(in: c.language)
    }

    /// An article label of any law (`第十条之一`) from its number and suffix: `Art. 10-1` in English.
    static func articleLabel(number: Int, suffix: Int?, label: String, _ c: PageContext) -> String {
        guard c.language == .en, number > 0 else { return label }
        return "Art. \(number)" + (suffix.map { "-\($0)" } ?? "")
    }

    /// Parenthesised text in the page's punctuation: `（…）` in Chinese, ` (…)` in English.
    static func parenthesised(_ text: String, _ c: PageContext) -> String {
        c.language == .zh ? "（\(text)）" : " (\(text))"
    }
}
