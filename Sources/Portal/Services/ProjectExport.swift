import Export
import Foundation
import KechuangCore

/// The bulk export of public funded projects (Art. 56, 57): one file per award year, as CSV (for
/// spreadsheets) or JSON Lines (one JSON object per line, for programs), written one project at a
/// time so a response streams in constant memory. `fields` is the data dictionary: both formats
/// carry exactly these fields, in this order, under these names.
public enum ProjectExport {
    public struct Field: Sendable {
        public let name: String
        /// `string`, `integer`, `date` (yyyy-MM-dd, Beijing), `array`.
        public let type: String
        public let description: LocalizedText
    }

    public static let fields: [Field] = [
        Field(name: "number", type: "string", description: LocalizedText(zh: "项目编号，项目公开页面的稳定地址", en: "Project number; the stable address of the project's public page")),
        Field(name: "title_zh", type: "string", description: LocalizedText(zh: "项目名称（中文）", en: "Title in Chinese")),
        Field(name: "title_en", type: "string", description: LocalizedText(zh: "项目名称（英文）", en: "Title in English")),
        Field(name: "abstract", type: "string", description: LocalizedText(zh: "摘要", en: "Abstract")),
        Field(name: "keywords", type: "array", description: LocalizedText(zh: "关键词；CSV 中以分号分隔", en: "Keywords; separated by semicolons in CSV")),
        Field(name: "programme_zh", type: "string", description: LocalizedText(zh: "资助计划（中文）", en: "Programme in Chinese")),
        Field(name: "programme_en", type: "string", description: LocalizedText(zh: "资助计划（英文）", en: "Programme in English")),
        Field(name: "year", type: "integer", description: LocalizedText(zh: "立项年度（北京时间）", en: "Award year (Beijing time)")),
        Field(name: "institution_zh", type: "string", description: LocalizedText(zh: "承担单位（中文）", en: "Institution in Chinese")),
        Field(name: "institution_en", type: "string", description: LocalizedText(zh: "承担单位（英文，可能为空）", en: "Institution in English (may be empty)")),
        Field(name: "district", type: "string", description: LocalizedText(zh: "承担单位所在区（代码，如 haidian）", en: "District of the institution (code, e.g. haidian)")),
        Field(name: "discipline", type: "string", description: LocalizedText(zh: "申请代码（学科），可能为空", en: "Discipline code; may be empty")),
        Field(name: "pi_name", type: "string", description: LocalizedText(zh: "项目负责人姓名（不含身份证件号码、电子邮箱或电话）", en: "Principal investigator's name (never an ID number, e-mail or phone)")),
        Field(name: "awarded_amount", type: "integer", description: LocalizedText(zh: "资助金额（元）", en: "Awarded amount in yuan")),
        Field(name: "award_date", type: "date", description: LocalizedText(zh: "立项日期", en: "Award date")),
        Field(name: "start_date", type: "date", description: LocalizedText(zh: "执行开始日期", en: "Start date")),
        Field(name: "end_date", type: "date", description: LocalizedText(zh: "执行结束日期", en: "End date")),
        Field(name: "status", type: "string", description: LocalizedText(
            zh: "项目状态：agreement_draft 任务书签订中、running 执行中、suspended 已暂停、acceptance 结题验收中、closed 已结题、terminated 已终止、discontinued 择优后未继续支持",
            en: "Status: agreement_draft, running, suspended, acceptance, closed, terminated, discontinued")),
        Field(name: "outputs", type: "array", description: LocalizedText(
            zh: "成果：类型（paper 论文、patent 专利、software 软件、dataset 数据集、standard 标准）、标识（DOI、专利号等）、年度、题名；CSV 中每项为“类型 标识 年度 题名”，以分号分隔",
            en: "Outputs: kind (paper, patent, software, dataset, standard), identifier (DOI, patent number, …), year, title; in CSV each is \"kind identifier year title\", separated by semicolons")),
    ]

    public static var columns: [String] { fields.map(\.name) }

    /// The CSV's byte-order mark and header line.
    public static func csvHeader() -> String { CSVWriter.header(columns) }

    /// One project as one CSV record.
    public static func csvRecord(_ p: PublicProject) -> String {
        let cells: [ExportCell] = [
            .text(p.number), .text(p.titleZh), .text(p.titleEn), .text(p.abstract), .text(p.keywords.joined(separator: "; ")),
            .text(p.programmeZh), .text(p.programmeEn), .integer(p.year), .text(p.institutionZh), .text(p.institutionEn ?? ""),
            .text(p.district), .text(p.discipline), .text(p.piName), .integer(p.awardedAmount), .text(p.awardDate.description),
            .text(p.startDate.description), .text(p.endDate.description), .text(p.status),
            .text(p.outputs.map { "\($0.kind) \($0.identifier) \($0.year) \($0.title)" }.joined(separator: "; ")),
        ]
        return CSVWriter.record(cells, width: fields.count)
    }

    /// The JSON Lines object of one project (the fields of the dictionary, nothing else).
    struct Line: Encodable {
        struct Output: Encodable {
            let kind: String, identifier: String, year: Int, title: String
        }
        let number: String, title_zh: String, title_en: String, abstract: String, keywords: [String]
        let programme_zh: String, programme_en: String, year: Int, institution_zh: String, institution_en: String
        let district: String, discipline: String, pi_name: String, awarded_amount: Int
        let award_date: String, start_date: String, end_date: String, status: String, outputs: [Output]
    }

    /// One project as one line of JSON Lines, ending with a newline.
    public static func jsonLine(_ p: PublicProject) throws -> String {
        let line = Line(
            number: p.number, title_zh: p.titleZh, title_en: p.titleEn, abstract: p.abstract, keywords: p.keywords,
            programme_zh: p.programmeZh, programme_en: p.programmeEn, year: p.year, institution_zh: p.institutionZh,
            institution_en: p.institutionEn ?? "", district: p.district, discipline: p.discipline, pi_name: p.piName,
            awarded_amount: p.awardedAmount, award_date: p.awardDate.description, start_date: p.startDate.description,
            end_date: p.endDate.description, status: p.status,
            outputs: p.outputs.map { Line.Output(kind: $0.kind, identifier: $0.identifier, year: $0.year, title: $0.title) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
    }
}
