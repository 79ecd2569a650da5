import Foundation
import KechuangCore
import Plot
import Portal

/// The fields describing a data set, from a page form or an API body (the same names): read into
/// a `DatasetInput`, with a field error for anything that is not one of the allowed values.
enum DatasetForm {
    /// `theme_TECH=on` checkboxes on the page; `themes` (comma-separated) from the API.
    static func input(_ v: [String: String]) throws -> DatasetInput {
        var errors: [FieldError] = []
        func day(_ field: String) -> BeijingDay? {
            let raw = (v[field] ?? "").trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { return nil }
            guard let day = BeijingDay(parsing: raw) else {
                errors.append(FieldError(field: field, rule: "dataset.date.format",
                                         message: LocalizedText(zh: "日期格式应为 2026-01-31", en: "Enter the date as 2026-01-31"), basis: .art(57)))
                return nil
            }
            return day
        }
        func choice<T: RawRepresentable>(_ field: String, _ type: T.Type, default value: T) -> T where T.RawValue == String {
            let raw = (v[field] ?? "").trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { return value }
            guard let parsed = T(rawValue: raw) else {
                errors.append(FieldError(field: field, rule: "dataset.\(field).choice",
                                         message: LocalizedText(zh: "请从列表中选择", en: "Choose one of the options"), basis: .art(57)))
                return value
            }
            return parsed
        }
        let keywords = (v["keywords"] ?? "").split(whereSeparator: { ",，、;；".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var themes = DatasetTheme.allCases.filter { v["theme_" + $0.rawValue] != nil }
        for raw in (v["themes"] ?? "").split(separator: ",") {
            guard let theme = DatasetTheme(rawValue: raw.trimmingCharacters(in: .whitespaces).uppercased()) else {
                errors.append(FieldError(field: "themes", rule: "dataset.themes.choice",
                                         message: LocalizedText(zh: "主题须为 TECH、GOVE、ECON 或 EDUC", en: "Themes are TECH, GOVE, ECON or EDUC"), basis: .art(57)))
                continue
            }
            if !themes.contains(theme) { themes.append(theme) }
        }
        let input = DatasetInput(
            slug: (v["slug"] ?? "").trimmingCharacters(in: .whitespaces), titleZh: v["title_zh"] ?? "", titleEn: v["title_en"] ?? "",
            descriptionZh: v["description_zh"] ?? "", descriptionEn: v["description_en"] ?? "",
            licence: choice("licence", DatasetLicence.self, default: .ccBy40), keywords: Array(keywords.prefix(20)),
            themes: themes.isEmpty ? [.tech] : themes, temporalStart: day("temporal_start"), temporalEnd: day("temporal_end"),
            spatial: (v["spatial"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? "北京市" : (v["spatial"] ?? "").trimmingCharacters(in: .whitespaces),
            accessLevel: choice("access_level", DatasetAccessLevel.self, default: .open))
        errors += DatasetRules.dataset.violations(of: input, at: Date()).filter { rule in !errors.contains { $0.field == rule.field } }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return input
    }

    /// The publisher chosen: an organisation id, "platform", or (when the person has only one) theirs.
    static func publisher(_ raw: String?, choices: [DatasetCatalogue.Publisher]) throws -> UUID? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        if text.isEmpty, choices.count == 1 { return choices[0].id }
        if text == "platform" { return nil }
        guard let id = UUID(uuidString: text) else {
            throw DomainError.validation([FieldError(field: "publisher", rule: "dataset.publisher.required",
                                                     message: LocalizedText(zh: "请选择发布单位", en: "Choose the publisher"), basis: .art(57))])
        }
        return id
    }

    static func fields(publishers: [DatasetCatalogue.Publisher], values v: [String: String], errors: [FieldError], _ c: PageContext) -> Node<HTML.BodyContext> {
        Components.form(action: CatalogueURL.publishing.path, c,
            Components.selectField(name: "publisher", label: c(CatalogueMsg.pubPublisherAs),
                                   options: publishers.map { ($0.id?.uuidString.lowercased() ?? "platform", $0.id == nil ? c.text(LocalizedText(zh: $0.nameZh, en: $0.nameEn)) : $0.nameZh) },
                                   selected: v["publisher"] ?? (publishers.count == 1 ? (publishers[0].id?.uuidString.lowercased() ?? "platform") : nil), errors: errors, c),
            Components.textField(.init(name: "slug", label: c(CatalogueMsg.pubSlug), hint: c(CatalogueMsg.pubSlugHint), value: v["slug"] ?? "", width: "width-20"), errors: errors, c),
            Components.textField(.init(name: "title_zh", label: c(CatalogueMsg.pubTitleZh), value: v["title_zh"] ?? ""), errors: errors, c),
            Components.textField(.init(name: "title_en", label: c(CatalogueMsg.pubTitleEn), value: v["title_en"] ?? ""), errors: errors, c),
            Components.textArea("description_zh", c(CatalogueMsg.pubDescriptionZh), nil, v["description_zh"] ?? "", errors, c),
            Components.textArea("description_en", c(CatalogueMsg.pubDescriptionEn), nil, v["description_en"] ?? "", errors, c),
            Components.selectField(name: "licence", label: c(CatalogueMsg.datLicence), options: DatasetLicence.allCases.map { ($0.rawValue, $0.title) },
                                   selected: v["licence"] ?? DatasetLicence.ccBy40.rawValue, errors: errors, c),
            Components.selectField(name: "access_level", label: c(CatalogueMsg.datAccess), options: DatasetAccessLevel.allCases.map { ($0.rawValue, c.text($0.label)) },
                                   selected: v["access_level"] ?? DatasetAccessLevel.open.rawValue, errors: errors, c),
            Components.textField(.init(name: "keywords", label: c(CatalogueMsg.datKeywords), hint: c(CatalogueMsg.pubKeywordsHint), value: v["keywords"] ?? ""), errors: errors, c),
            .element(named: "fieldset", nodes: [.id(Components.fieldID("themes")), .class("field"),
                                                .element(named: "legend", nodes: [.text(c(CatalogueMsg.datThemes))])]
                     + DatasetTheme.allCases.map { t in
                         Components.checkbox(name: "theme_" + t.rawValue, value: "on", label: c.text(t.label), checked: v["theme_" + t.rawValue] != nil)
                     }),
            Components.textField(.init(name: "temporal_start", label: c(CatalogueMsg.pubTemporalStart), hint: c(CatalogueMsg.pubDateHint),
                                       value: v["temporal_start"] ?? "", width: "width-10"), errors: errors, c),
            Components.textField(.init(name: "temporal_end", label: c(CatalogueMsg.pubTemporalEnd), hint: c(CatalogueMsg.pubDateHint),
                                       value: v["temporal_end"] ?? "", width: "width-10"), errors: errors, c),
            Components.textField(.init(name: "spatial", label: c(CatalogueMsg.datSpatial), hint: c(CatalogueMsg.pubSpatialHint), value: v["spatial"] ?? ""), errors: errors, c),
            Components.submit(c(CatalogueMsg.pubCreateButton)))
    }
}
