import Enterprise
import Foundation
import Identity
import KechuangCore

/// Reads the profile form: numbers as typed (full-width digits and separators allowed); a field
/// that is not a number is reported on that field.
enum EnterpriseForm {
    static let yes = "yes"

    static func int(_ raw: String?) -> Int? {
        guard let raw else { return nil }
        let s = raw.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? raw
        return Int(s.filter { !",， _".contains($0) }.trimmingCharacters(in: .whitespaces))
    }

    static let numberFields: [(String, LocalizedText)] = [
        ("staff", LocalizedText(zh: "职工总数", en: "Staff")), ("rd_staff", LocalizedText(zh: "科技人员数", en: "S&T staff")),
        ("revenue", LocalizedText(zh: "年销售收入", en: "Revenue")), ("rd_spending", LocalizedText(zh: "研发费用", en: "R&D spending")),
        ("high_tech_revenue", LocalizedText(zh: "高新技术产品收入", en: "High-tech revenue")), ("assets", LocalizedText(zh: "资产总额", en: "Assets")),
        ("class_one_ip", LocalizedText(zh: "Ⅰ类知识产权", en: "Class I IP")), ("class_two_ip", LocalizedText(zh: "Ⅱ类知识产权", en: "Class II IP")),
        ("founded_year", LocalizedText(zh: "成立年份", en: "Year founded")), ("niche_years", LocalizedText(zh: "细分市场年限", en: "Years in the niche")),
        ("main_business_percent", LocalizedText(zh: "主营业务收入占比", en: "Main business share")), ("equity_financing", LocalizedText(zh: "股权融资", en: "Equity financing")),
        ("valuation", LocalizedText(zh: "企业估值", en: "Valuation")), ("year", LocalizedText(zh: "年度", en: "Year")),
    ]

    /// The year and the figures, or the field errors.
    static func profile(_ v: [String: String], defaultDistrict: District) throws -> (year: Int, figures: ProfileFigures) {
        var errors: [FieldError] = []
        var n: [String: Int] = [:]
        for (field, label) in numberFields {
            let raw = (v[field] ?? "").trimmingCharacters(in: .whitespaces)
            if raw.isEmpty && ["valuation", "equity_financing", "class_one_ip", "class_two_ip", "niche_years"].contains(field) { n[field] = 0; continue }
            guard let value = int(raw) else {
                errors.append(FieldError(field: field, rule: "\(field).number", message: LocalizedText(zh: "请用数字填写\(label.zh)", en: "Enter \(label.en) as a number"),
                                         basis: .art(23, 1)))
                continue
            }
            n[field] = value
        }
        let size = v["size"].flatMap(EnterpriseSize.init(rawValue:))
        if size == nil {
            errors.append(FieldError(field: "size", rule: "size.required", message: LocalizedText(zh: "请选择企业规模", en: "Choose the size"), basis: .art(23, 1)))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let figures = ProfileFigures(
            industryCode: v["industry_code"] ?? "", size: size ?? .small, staff: n["staff"] ?? 0, rdStaff: n["rd_staff"] ?? 0,
            revenueYuan: n["revenue"] ?? 0, rdSpendingYuan: n["rd_spending"] ?? 0, highTechRevenueYuan: n["high_tech_revenue"] ?? 0,
            assetsYuan: n["assets"] ?? 0, classOneIP: n["class_one_ip"] ?? 0, classTwoIP: n["class_two_ip"] ?? 0, foundedYear: n["founded_year"] ?? 0,
            nicheYears: n["niche_years"] ?? 0, mainBusinessPercent: n["main_business_percent"] ?? 0, equityFinancingYuan: n["equity_financing"] ?? 0,
            valuationMillionUSD: n["valuation"] ?? 0, listed: v["listed"] == yes, district: v["district"].flatMap(District.init(rawValue:)) ?? defaultDistrict,
            zone: String((v["zone"] ?? "").prefix(200)), legalRepresentative: String((v["legal_representative"] ?? "").prefix(100)),
            shareholders: (v["shareholders"] ?? "").split(whereSeparator: { ",，、;；".contains($0) }).map { String($0.prefix(100)) })
        return (n["year"] ?? 0, figures)
    }

    /// The form's values from a stored profile.
    static func values(_ year: Int, _ f: ProfileFigures) -> [String: String] {
        ["year": String(year), "industry_code": f.industryCode, "size": f.size.rawValue, "staff": String(f.staff), "rd_staff": String(f.rdStaff),
         "revenue": String(f.revenueYuan), "rd_spending": String(f.rdSpendingYuan), "high_tech_revenue": String(f.highTechRevenueYuan),
         "assets": String(f.assetsYuan), "class_one_ip": String(f.classOneIP), "class_two_ip": String(f.classTwoIP), "founded_year": String(f.foundedYear),
         "niche_years": String(f.nicheYears), "main_business_percent": String(f.mainBusinessPercent), "equity_financing": String(f.equityFinancingYuan),
         "valuation": String(f.valuationMillionUSD), "listed": f.listed ? yes : "", "district": f.district.rawValue, "zone": f.zone,
         "legal_representative": f.legalRepresentative, "shareholders": f.shareholders.joined(separator: "，")]
    }

    static func yuan(_ fen: Int) -> String { String(format: "%.2f", Double(fen) / 100) }

    /// Yuan as typed (`800`, `800.50`) to fen.
    static func fen(_ raw: String?) -> Int? {
        guard let raw, let d = Double(raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")), d.isFinite, d >= 0, d < 1e12 else { return nil }
        return Int((d * 100).rounded())
    }
}
