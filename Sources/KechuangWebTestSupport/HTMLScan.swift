import Foundation

/// What a page crawler needs to know about one HTML document, read in a single pass: its
/// language, links, forms, headings, ids, and the visible text that is in Chinese characters
/// outside any element whose `lang` is Chinese. Made for the platform's own (well-formed, quoted)
/// markup, not for arbitrary HTML.
public struct HTMLScan: Sendable {
    public struct Form: Sendable {
        public var method: String
        public var action: String
        public var multipart: Bool
        /// Fields with their current values (hidden inputs, selected options, checked boxes, text values).
        public var fields: [(String, String)] = []
        /// The hidden inputs only (CSRF, versions, ids): what a POST of an untouched form carries.
        public var hidden: [(String, String)] = []
        /// Whether anyone can type or choose something (text input, select, textarea, checkbox, radio).
        public var hasVisibleField = false
    }

    /// `lang` of the `<html>` element.
    public var language = ""
    /// `href` of every `<a>`, in document order.
    public var links: [String] = []
    /// `href` of the language switch (`<a hreflang=…>`), if any.
    public var languageLinks: [String] = []
    public var forms: [Form] = []
    /// Heading levels in document order, with their text.
    public var headings: [(level: Int, text: String)] = []
    public var ids: Set<String> = []
    /// Ids that more than one element of the page carries.
    public var duplicateIDs: Set<String> = []
    /// Fragments (`#x`) that links on the page point at.
    public var fragmentLinks: [String] = []
    /// Text (or a visible attribute: aria-label, title, alt, placeholder) with CJK characters or
    /// Chinese punctuation outside an element whose `lang` is Chinese, each with the element path.
    public var cjkOutsideChinese: [String] = []
    /// Whether the page shows an error summary.
    public var hasErrorSummary = false

    private static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    private static let visibleAttributes = ["aria-label", "title", "alt", "placeholder"]

    public init(_ html: String) {
        let bytes = Array(html.utf8)
        var stack: [(name: String, chinese: Bool)] = []
        var documentChinese = true
        var inHead = false
        var heading: (level: Int, text: String)?
        var form: Form?
        var select: (name: String, first: String?, chosen: String?)?
        var i = 0
        func chinese() -> Bool { stack.last?.chinese ?? documentChinese }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }

        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") {
                var end = i
                while end < bytes.count, bytes[end] != UInt8(ascii: "<") { end += 1 }
                let raw = Self.decodeEntities(text(i, end))
                if heading != nil { heading?.text += raw }
                if !inHead, !chinese(), Self.containsCJK(raw) {
                    cjkOutsideChinese.append("\(stack.map(\.name).suffix(3).joined(separator: ">")): \(Self.excerpt(raw))")
                }
                i = end
                continue
            }
            // Comments and doctype.
            if Self.starts(bytes, i, "<!--") {
                i = Self.find(bytes, "-->", from: i + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            if Self.starts(bytes, i, "<!") {
                i = Self.find(bytes, ">", from: i).map { $0 + 1 } ?? bytes.count
                continue
            }
            let closing = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
            var j = closing ? i + 2 : i + 1
            let nameStart = j
            while j < bytes.count, Self.isNameByte(bytes[j]) { j += 1 }
            let name = text(nameStart, j).lowercased()
            // Attributes up to '>' (quotes respected).
            var attributes: [String: String] = [:]
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
                if bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "/") || bytes[j] == UInt8(ascii: "\n") { j += 1; continue }
                let keyStart = j
                while j < bytes.count, bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: " "), bytes[j] != UInt8(ascii: ">") { j += 1 }
                let key = text(keyStart, j).lowercased()
                var value = ""
                if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    if j < bytes.count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                        let quote = bytes[j]
                        let valueStart = j + 1
                        j = valueStart
                        while j < bytes.count, bytes[j] != quote { j += 1 }
                        value = Self.decodeEntities(text(valueStart, min(j, bytes.count)))
                        j += 1
                    } else {
                        let valueStart = j
                        while j < bytes.count, bytes[j] != UInt8(ascii: " "), bytes[j] != UInt8(ascii: ">") { j += 1 }
                        value = Self.decodeEntities(text(valueStart, j))
                    }
                }
                if !key.isEmpty { attributes[key] = value }
            }
            i = j + 1
            if name.isEmpty { continue }

            if closing {
                if name == "head" { inHead = false }
                if name.count == 2, name.first == "h", let level = Int(name.dropFirst()), let open = heading, open.level == level {
                    headings.append((open.level, open.text.trimmingCharacters(in: .whitespacesAndNewlines)))
                    heading = nil
                }
                if name == "form", let done = form { forms.append(done); form = nil }
                if name == "select", let s = select {
                    if let value = s.chosen ?? s.first { form?.fields.append((s.name, value)) }
                    select = nil
                }
                if let index = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(index...) }
                continue
            }

            // Opening tag.
            let lang = attributes["lang"]
            let isChinese = lang.map { $0.lowercased().hasPrefix("zh") } ?? chinese()
            if name == "html" { language = lang ?? ""; documentChinese = isChinese }
            if name == "head" { inHead = true }
            if let id = attributes["id"], !ids.insert(id).inserted { duplicateIDs.insert(id) }
            if (attributes["class"] ?? "").split(separator: " ").contains("error-summary") { hasErrorSummary = true }
            if !inHead, !isChinese {
                for key in Self.visibleAttributes {
                    if let value = attributes[key], Self.containsCJK(value) {
                        cjkOutsideChinese.append("\(name)[\(key)]: \(Self.excerpt(value))")
                    }
                }
            }
            switch name {
            case "a":
                if let href = attributes["href"] {
                    if href.hasPrefix("#") { fragmentLinks.append(String(href.dropFirst())) }
                    else if attributes["hreflang"] != nil { languageLinks.append(href) }
                    else { links.append(href) }
                }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                heading = (Int(name.dropFirst()) ?? 1, "")
            case "form":
                form = Form(method: (attributes["method"] ?? "get").lowercased(), action: attributes["action"] ?? "",
                            multipart: (attributes["enctype"] ?? "").contains("multipart"))
            case "input":
                let type = (attributes["type"] ?? "text").lowercased()
                guard let fieldName = attributes["name"] else { break }
                switch type {
                case "hidden":
                    form?.fields.append((fieldName, attributes["value"] ?? ""))
                    form?.hidden.append((fieldName, attributes["value"] ?? ""))
                case "submit", "button", "image", "reset", "file": break
                case "checkbox", "radio":
                    form?.hasVisibleField = true
                    if attributes["checked"] != nil { form?.fields.append((fieldName, attributes["value"] ?? "on")) }
                default:
                    form?.hasVisibleField = true
                    form?.fields.append((fieldName, attributes["value"] ?? ""))
                }
            case "textarea":
                if let fieldName = attributes["name"] { form?.hasVisibleField = true; form?.fields.append((fieldName, "")) }
            case "select":
                if let fieldName = attributes["name"] { form?.hasVisibleField = true; select = (fieldName, nil, nil) }
            case "option":
                let value = attributes["value"] ?? ""
                if select?.first == nil { select?.first = value }
                if attributes["selected"] != nil { select?.chosen = value }
            case "script", "style":
                // Raw text: skip to the end tag.
                i = Self.find(bytes, "</\(name)", from: i) ?? bytes.count
                continue
            default: break
            }
            if !Self.voidElements.contains(name) {
                stack.append((name, isChinese))
            }
        }
    }

    /// CJK ideographs, CJK symbols and punctuation (、。「」【】…), full-width forms (，：；（）！？).
    public static func containsCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isCJK)
    }

    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(60)) + "…" : flat
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, value) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&nbsp;", "\u{00A0}")] {
            out = out.replacingOccurrences(of: entity, with: value)
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-")
    }

    private static func starts(_ bytes: [UInt8], _ at: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        guard at + p.count <= bytes.count else { return false }
        return Array(bytes[at..<at + p.count]) == p
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, bytes.count >= n.count else { return nil }
        var k = from
        while k + n.count <= bytes.count {
            if bytes[k] == n[0], Array(bytes[k..<k + n.count]) == n { return k }
            k += 1
        }
        return nil
    }
}
