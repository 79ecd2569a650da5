import Foundation
import KechuangCore

/// Identifier formats of project outputs (Art. 33, 59). Each returns the normalised identifier, or
/// nil when the text is not one.
public enum OutputIdentifier {
    /// A DOI (ISO 26324): `10.<registrant>/<suffix>`; `https://doi.org/` and `doi:` are removed and
    /// the DOI lower-cased (DOIs are case-insensitive).
    public static func doi(_ raw: String) -> String? {
        var s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:", "DOI:", "DOI "] where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        guard s.range(of: #"^10\.[0-9]{4,9}(\.[0-9]+)*/[^\s]+$"#, options: .regularExpression) != nil else { return nil }
        return s.lowercased()
    }

    /// A patent number: a Chinese application number with its check digit (`ZL 202310123456.7`,
    /// `CN202310123456.7`, 8-digit numbers before 2003), a Chinese publication number
    /// (`CN112345678A`, `CN212345678U`), or another office's publication number (`US11234567B2`,
    /// `EP3456789A1`, `WO2023/123456`). Upper-cased, spaces removed.
    public static func patent(_ raw: String) -> String? {
        let s = raw.uppercased().filter { !$0.isWhitespace }
        if s.range(of: #"^(ZL|CN)?([0-9]{8}|[0-9]{12})\.[0-9X]$"#, options: .regularExpression) != nil {
            let body = s.drop { $0.isLetter }
            let parts = body.split(separator: ".")
            guard parts.count == 2, let check = parts[1].first, chineseApplicationCheck(String(parts[0])) == check else { return nil }
            return (s.hasPrefix("ZL") || s.hasPrefix("CN") ? "" : "CN") + s
        }
        if s.range(of: #"^CN[0-9]{7,9}[ABCUSY][0-9]?$"#, options: .regularExpression) != nil { return s }
        if s.range(of: #"^(US|EP|JP|KR|DE|GB|FR|CA|AU|RU)[0-9]{5,11}[A-Z][0-9]?$"#, options: .regularExpression) != nil { return s }
        if s.range(of: #"^WO[0-9]{4}/[0-9]{6}$"#, options: .regularExpression) != nil { return s }
        return nil
    }

    /// The check digit of a Chinese patent application number: digits weighted 2, 3, …, 9, 2, 3, …
    /// summed modulo 11; 10 is written X.
    public static func chineseApplicationCheck(_ digits: String) -> Character? {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == digits.count, values.count == 8 || values.count == 12 else { return nil }
        let weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        return sum == 10 ? "X" : Character(String(sum))
    }

    /// A standard number: national (`GB 11643-1999`, `GB/T 32905-2016`, `GB/Z …`), industry
    /// (`YY/T 0287-2017`), local (`DB11/T 1234-2020`), group (`T/CESA 1234-2021`) or international
    /// (`ISO 7064:2003`, `ISO/IEC 27001:2022`, `IEC 61508-1:2010`, `IEEE 802.11-2020`).
    public static func standard(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
            .replacingOccurrences(of: "／", with: "/").replacingOccurrences(of: "－", with: "-").replacingOccurrences(of: "：", with: ":")
        let national = #"^(GB(/[TZ])?|[A-Z]{2}(/[TZ])?|DB[0-9]{2}(/T)?|T/[A-Z0-9]{2,12}) ?[0-9]{1,6}(\.[0-9]+)*(-[0-9]+)?-(19|20)[0-9]{2}$"#
        let international = #"^(ISO(/IEC)?|IEC|IEEE|ITU-T [A-Z]\.) ?[0-9]{1,6}(\.[0-9A-Z]+)*(-[0-9]+)*[:-](19|20)[0-9]{2}$"#
        guard s.range(of: national, options: .regularExpression) != nil || s.range(of: international, options: .regularExpression) != nil else { return nil }
        return s
    }

    /// Software: a Chinese software copyright registration number (`2023SR0123456`) or an https URL.
    public static func software(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.uppercased().range(of: #"^(19|20)[0-9]{2}SR[0-9]{6,7}$"#, options: .regularExpression) != nil { return s.uppercased() }
        return url(s)
    }

    /// A data set: a DOI, or an https URL where it is published.
    public static func dataset(_ raw: String) -> String? {
        doi(raw) ?? url(raw.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func url(_ s: String) -> String? {
        guard s.hasPrefix("https://"), let url = URL(string: s), let host = url.host, host.contains("."), !s.contains(" ") else { return nil }
        return s
    }

    /// The normalised identifier of `kind`, or nil.
    public static func normalised(_ raw: String, kind: OutputKind) -> String? {
        switch kind {
        case .paper: doi(raw)
        case .patent: patent(raw)
        case .software: software(raw)
        case .dataset: dataset(raw)
        case .standard: standard(raw)
        }
    }
}

/// Rules of the results register: each output names its identifier in the right format and, when the
/// institution granted the researchers rights over a result made on the job, to whom and when.
public enum OutputRules {
    static func identifierRule(_ kind: OutputKind, basis: LegalBasis, zh: String, en: String) -> Rule<(OutputInput, Int)> {
        Rule(id: "output.identifier.\(kind.rawValue)", basis: basis, field: "identifier", message: LocalizedText(zh: zh, en: en)) { input, _ in
            input.kind == kind && OutputIdentifier.normalised(input.identifier, kind: kind) == nil
        }
    }

    /// Input and the current year (Beijing).
    public static let output = RuleBook<(OutputInput, Int)>([
        Rule(id: "output.kind.required", basis: nil, field: "kind",
             message: LocalizedText(zh: "请选择成果类型", en: "Choose the kind of output")) { input, _ in input.kind == nil },
        Rule(id: "output.title.required", basis: nil, field: "title",
             message: LocalizedText(zh: "请填写成果名称（不超过 500 字）", en: "Enter the output's title (at most 500 characters)")) { input, _ in
            let t = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty || t.count > 500
        },
        identifierRule(.paper, basis: .standard("ISO 26324"), zh: "DOI 格式不正确，应为 10.xxxx/… 形式",
                       en: "The DOI is not valid: it looks like 10.xxxx/…"),
        identifierRule(.patent, basis: .art(59), zh: "专利号格式或校验位不正确（如 ZL 202310123456.7、CN112345678A）",
                       en: "The patent number's format or check digit is wrong (e.g. ZL 202310123456.7, CN112345678A)"),
        identifierRule(.software, basis: .art(59), zh: "请填写软件著作权登记号（如 2023SR0123456）或 https 开头的代码仓库地址",
                       en: "Enter the software copyright registration number (e.g. 2023SR0123456) or an https repository URL"),
        identifierRule(.dataset, basis: .art(33), zh: "请填写数据集的 DOI 或 https 开头的访问地址",
                       en: "Enter the data set's DOI or an https URL"),
        identifierRule(.standard, basis: .art(33), zh: "标准编号格式不正确（如 GB/T 32905-2016、T/CESA 1234-2021、ISO 7064:2003）",
                       en: "The standard number is not valid (e.g. GB/T 32905-2016, T/CESA 1234-2021, ISO 7064:2003)"),
        Rule(id: "output.year.range", basis: nil, field: "year",
             message: LocalizedText(zh: "年份须在 1949 年至今年之间", en: "The year must be between 1949 and this year")) { input, currentYear in
            guard let year = input.year else { return true }
            return year < 1949 || year > currentYear
        },
        Rule(id: "output.rights.required", basis: .art(32), field: "rights",
             message: LocalizedText(zh: "请选择单位对职务科技成果的权属安排", en: "Choose how the institution holds the rights to this result")) { input, _ in
            input.rights == nil
        },
        Rule(id: "output.rights.holders", basis: .art(32), field: "rights_holders",
             message: LocalizedText(zh: "赋予科研人员权利时，请填写获得权利的科研人员姓名",
                                    en: "Name the researchers to whom the institution granted the rights")) { input, _ in
            (input.rights?.grantsResearchers ?? false) && input.holders.isEmpty
        },
        Rule(id: "output.rights.granted_on", basis: .art(32), field: "rights_granted_on",
             message: LocalizedText(zh: "赋予科研人员权利时，请填写单位作出决定的日期",
                                    en: "Enter the day the institution granted the researchers the rights")) { input, _ in
            (input.rights?.grantsResearchers ?? false) && input.rightsGrantedOn == nil
        },
        Rule(id: "output.rights.use_years", basis: .art(32), field: "use_years",
             message: LocalizedText(zh: "长期使用权的期限须为 10 至 50 年", en: "Long-term use must be granted for 10 to 50 years")) { input, _ in
            input.rights == .researchersLongTermUse && !(10...50).contains(input.useYears ?? 0)
        },
    ])
}
