import Foundation
import KechuangCore

/// Validation of organisations, people and passwords as rule books: each rule names its field and
/// the standard or article behind it, and is in force from a date.
public enum IdentityRules {
    static let gb32100 = LegalBasis.standard("GB 32100-2015")
    static let gb11643 = LegalBasis.standard("GB 11643-1999")
    static let iso7064 = LegalBasis.standard("ISO 7064 MOD 11-2")

    public static let organisation = RuleBook<OrganisationInput>([
        Rule(id: "org.name_zh.required", basis: nil, field: "name_zh",
             message: LocalizedText(zh: "请填写机构中文名称", en: "Enter the organisation's Chinese name")) {
            $0.nameZh.trimmingCharacters(in: .whitespaces).isEmpty
        },
        Rule(id: "org.name_zh.length", basis: nil, field: "name_zh",
             message: LocalizedText(zh: "机构名称不能超过 200 个字符", en: "The organisation's name must be 200 characters or fewer")) {
            $0.nameZh.count > 200 || ($0.nameEn?.count ?? 0) > 200
        },
        Rule(id: "org.type.known", basis: nil, field: "type",
             message: LocalizedText(zh: "请选择机构类型", en: "Select the type of organisation")) {
            OrganisationType(rawValue: $0.type) == nil
        },
        Rule(id: "org.ownership.known", basis: .art(5), field: "ownership",
             message: LocalizedText(zh: "请选择所有制类型（仅作统计，不作为任何限制条件）",
                                    en: "Select the ownership (recorded for statistics only, never a condition)")) {
            Ownership(rawValue: $0.ownership) == nil
        },
        Rule(id: "org.district.known", basis: nil, field: "district",
             message: LocalizedText(zh: "请选择注册所在区", en: "Select the district where the organisation is registered")) {
            District(rawValue: $0.district) == nil
        },
        Rule(id: "org.uscc.length", basis: gb32100, field: "uscc",
             message: LocalizedText(zh: "统一社会信用代码应为 18 位", en: "The unified social credit code must be 18 characters long")) {
            UnifiedSocialCreditCode.problem(in: $0.uscc) == .length
        },
        Rule(id: "org.uscc.character", basis: gb32100, field: "uscc",
             message: LocalizedText(zh: "统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）",
                                    en: "The unified social credit code may only contain digits and capital letters other than I, O, Z, S and V")) {
            UnifiedSocialCreditCode.problem(in: $0.uscc) == .character
        },
        Rule(id: "org.uscc.division", basis: gb32100, field: "uscc",
             message: LocalizedText(zh: "统一社会信用代码第 3 至 8 位应为行政区划码（数字）",
                                    en: "Characters 3 to 8 of the unified social credit code must be the administrative division code (digits)")) {
            UnifiedSocialCreditCode.problem(in: $0.uscc) == .divisionCode
        },
        Rule(id: "org.uscc.check", basis: gb32100, field: "uscc",
             message: LocalizedText(zh: "统一社会信用代码校验位不正确，请核对是否输错",
                                    en: "The unified social credit code's check character is wrong: check it for a typing mistake")) {
            UnifiedSocialCreditCode.problem(in: $0.uscc) == .checkCharacter
        },
    ])

    public static let person = RuleBook<PersonInput>([
        Rule(id: "person.name.required", basis: nil, field: "name",
             message: LocalizedText(zh: "请填写姓名", en: "Enter the person's name")) {
            $0.name.trimmingCharacters(in: .whitespaces).isEmpty
        },
        Rule(id: "person.email.format", basis: nil, field: "email",
             message: LocalizedText(zh: "请填写有效的电子邮箱，例如 name@example.cn",
                                    en: "Enter an email address in the correct format, like name@example.cn")) {
            !isPlausibleEmail($0.email)
        },
        Rule(id: "person.orcid.format", basis: iso7064, field: "orcid",
             message: LocalizedText(zh: "ORCID 应为 16 位，格式如 0000-0002-1825-0097",
                                    en: "An ORCID iD has 16 characters, like 0000-0002-1825-0097")) {
            present($0.orcid).map { ORCID.problem(in: $0) == .format } ?? false
        },
        Rule(id: "person.orcid.checksum", basis: iso7064, field: "orcid",
             message: LocalizedText(zh: "ORCID 校验位不正确，请核对是否输错",
                                    en: "The ORCID iD's check digit is wrong: check it for a typing mistake")) {
            present($0.orcid).map { ORCID.problem(in: $0) == .checksum } ?? false
        },
        Rule(id: "person.resident_id.format", basis: gb11643, field: "resident_id",
             message: LocalizedText(zh: "公民身份号码应为 18 位，前 17 位为数字，最后一位为数字或 X",
                                    en: "A resident ID number has 18 characters: 17 digits, then a digit or X")) {
            present($0.residentID).map {
                let p = ResidentIdentityNumber.problem(in: $0)
                return p == .length || p == .character
            } ?? false
        },
        Rule(id: "person.resident_id.birth_date", basis: gb11643, field: "resident_id",
             message: LocalizedText(zh: "公民身份号码中的出生日期无效", en: "The date of birth in the resident ID number is not a real date")) {
            present($0.residentID).map { ResidentIdentityNumber.problem(in: $0) == .birthDate } ?? false
        },
        Rule(id: "person.resident_id.check", basis: gb11643, field: "resident_id",
             message: LocalizedText(zh: "公民身份号码校验位不正确，请核对是否输错",
                                    en: "The resident ID number's check character is wrong: check it for a typing mistake")) {
            present($0.residentID).map { ResidentIdentityNumber.problem(in: $0) == .checkCharacter } ?? false
        },
        Rule(id: "person.nationality.format", basis: .art(72), field: "nationality",
             message: LocalizedText(zh: "请选择国籍（两位国家代码，如 CN、DE）；外籍人员同等参与",
                                    en: "Enter the nationality as a two-letter country code such as CN or DE; foreign nationals take part on equal terms")) {
            let n = $0.nationality.trimmingCharacters(in: .whitespaces)
            return n.count != 2 || !n.allSatisfy { $0.isASCII && $0.isLetter }
        },
        Rule(id: "person.birth_year.range", basis: nil, field: "birth_year",
             message: LocalizedText(zh: "出生年份应为 1900 年至今的四位数字", en: "Enter the year of birth as four digits, from 1900 to this year")) {
            guard let raw = present($0.birthYear) else { return false }
            guard let year = Int(raw) else { return true }
            return year < 1900 || year > Calendar(identifier: .gregorian).component(.year, from: Date())
        },
    ])

    /// Shown on every form that sets a password.
    public static let passwordHint = LocalizedText(
        zh: "密码至少 10 个字符，须同时包含字母和数字，且不能与邮箱相同。",
        en: "Use at least 10 characters, with both letters and digits, and not your email address.")

    public struct PasswordInput: Sendable {
        public let password: String
        public let email: String
        public init(password: String, email: String) {
            self.password = password
            self.email = email
        }
    }

    public static let password = RuleBook<PasswordInput>([
        Rule(id: "password.length", basis: nil, field: "password",
             message: LocalizedText(zh: "密码至少需要 10 个字符", en: "The password must be at least 10 characters long")) {
            $0.password.count < 10
        },
        Rule(id: "password.mix", basis: nil, field: "password",
             message: LocalizedText(zh: "密码须同时包含字母和数字", en: "The password must contain both letters and digits")) {
            !($0.password.contains { $0.isLetter } && $0.password.contains { $0.isNumber })
        },
        Rule(id: "password.not_email", basis: nil, field: "password",
             message: LocalizedText(zh: "密码不能与邮箱相同", en: "The password must not be your email address")) {
            $0.password.lowercased() == $0.email.lowercased()
        },
    ])

    /// Identity's rules that cite an article of the regulation.
    public static var citations: [CitedRule] {
        organisation.citations(module: "ID") + person.citations(module: "ID")
    }

    static func present(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
        return t
    }

    static func isPlausibleEmail(_ raw: String) -> Bool {
        let s = raw.trimmingCharacters(in: .whitespaces)
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), s.count <= 254 else { return false }
        return !s.contains { $0.isWhitespace }
    }
}
