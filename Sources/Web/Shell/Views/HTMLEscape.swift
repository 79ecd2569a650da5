/// Escapes text for HTML where a page builds markup itself (search snippets with highlights, the
/// call linter's highlighted text); everything else is escaped by Plot.
enum HTMLEscape {
    @Sendable static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
