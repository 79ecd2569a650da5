import Enterprise
import Foundation
import Identity
import KechuangCore
import Plot

/// `/enterprises/office/setup`: what the officers have set up — benefits, voucher programmes,
/// providers, registry entries, finance products — each with a link to change it, and to add one.
struct SetupIndexPage {
    let benefits: [Benefit]
    let programmes: [VoucherProgramme]
    let providers: [VoucherProvider]
    let entries: [RegistryEntry]
    let products: [FinanceProduct]
    let names: [UUID: String]

    static func articles(_ kind: SetupKind, _ c: PageContext) -> String {
        Components.parenthesised(kind.articles.map { Components.article($0, c) }.joined(separator: c.language == .zh ? "、" : ", "), c)
    }

    func section(_ kind: SetupKind, _ c: PageContext, _ rows: [(UUID, String, String)]) -> Node<HTML.BodyContext> {
        .section(.attribute(named: "aria-labelledby", value: "setup-\(kind.rawValue)"),
            .h2(.id("setup-\(kind.rawValue)"), .text(c(kind.title) + Self.articles(kind, c))),
            .if(rows.isEmpty, .p(.text(c(EnterpriseMsg.entNoEntries))), else: .ul(.forEach(rows) { id, name, detail in
                .li(.a(.href(EnterpriseSetupURL.edit(kind.rawValue, id).path), Components.zh(name, c)), .text(detail.isEmpty ? "" : " · \(detail)"))
            })),
            .p(.a(.class("button button-secondary"), .href(EnterpriseSetupURL.new(kind.rawValue).path), .text(c(EnterpriseMsg.entSetupAdd) + c(kind.title)))))
    }

    func render(_ c: PageContext) -> String {
        let l = c.language
        return Layout(context: c, title: c(EnterpriseMsg.entSetupTitle), content: .div(
            .p(.a(.href(EnterpriseURL.office.path), .text(c(EnterpriseMsg.entOfficeTitle)))),
            .h1(.text(c(EnterpriseMsg.entSetupTitle))),
            .p(.text(c(EnterpriseMsg.entSetupIntro))),
            section(.benefits, c, benefits.map { ($0.id.rawValue, $0.title(l), "\($0.year) · \($0.criteria.count) \(c(EnterpriseMsg.entSetupConditionCount))" + ($0.active ? "" : " · " + c(EnterpriseMsg.entSetupInactive))) }),
            section(.programmes, c, programmes.map { ($0.id.rawValue, l == .zh || $0.nameEn.isEmpty ? $0.nameZh : $0.nameEn,
                                                       "\($0.year) · \(c(EnterpriseMsg.entSetupCap)) \(EnterpriseText.yuan($0.capPerEnterpriseFen, c)) · \(c(EnterpriseMsg.entSetupBudget)) \(EnterpriseText.yuan($0.budgetFen, c)) · \(c(EnterpriseMsg.entSetupIssued)) \(EnterpriseText.yuan($0.issuedFen, c))") }),
            section(.providers, c, providers.map { ($0.id.rawValue, names[$0.organisationID] ?? "", $0.services.map { c.text($0.label) }.joined(separator: l == .zh ? "、" : ", ")
                                                     + ($0.active ? "" : " · " + c(EnterpriseMsg.entSetupInactive))) }),
            section(.registries, c, entries.map { ($0.id.rawValue, l == .zh || $0.nameEn.isEmpty ? $0.nameZh : $0.nameEn, "\(c.text($0.kind.label)) · \($0.recognisedYear)") }),
            section(.products, c, products.map { ($0.id.rawValue, l == .zh || $0.nameEn.isEmpty ? $0.nameZh : $0.nameEn, "\(c.text($0.kind.label)) · \(names[$0.providerID] ?? "")") })
        )).render()
    }
}

/// Adds or changes one item of programme data: plain fields, conditions as rule data (figure,
/// comparison, threshold), the error summary linking to each field, the article in the heading.
struct SetupFormPage {
    let kind: SetupKind
    let id: UUID?
    let values: [String: String]
    var errors: [FieldError] = []

    func field(_ name: String, _ label: EnterpriseMsg, hint: EnterpriseMsg? = nil, width: String = "width-20", _ c: PageContext) -> Node<HTML.FormContext> {
        Components.textField(Components.Field(name: name, label: c(label), hint: hint.map { c($0) }, value: values[name] ?? "", width: width), errors: errors, c)
    }

    func check(_ name: String, _ label: String) -> Node<HTML.FormContext> {
        let id = Components.fieldID(name)
        return .div(.class("checkbox"), .input(.id(id), .type(.checkbox), .name(name), .value(EnterpriseForm.yes), .checked(values[name] == EnterpriseForm.yes)),
                    .label(.for(id), .text(label)))
    }

    func select(_ name: String, _ label: EnterpriseMsg, _ options: [(String, String)], _ c: PageContext) -> Node<HTML.FormContext> {
        Components.selectField(name: name, label: c(label), options: options, selected: values[name], errors: errors, c)
    }

    func conditions(_ c: PageContext) -> Node<HTML.FormContext> {
        let metrics = Metric.allCases.map { ($0.rawValue, c.text($0.label)) }
        let comparisons: [(String, String)] = [(Comparison.atLeast.rawValue, c(EnterpriseMsg.entSetupAtLeast)), (Comparison.atMost.rawValue, c(EnterpriseMsg.entSetupAtMost)),
                                               (Comparison.equals.rawValue, c(EnterpriseMsg.entSetupEquals))]
        return .fieldset(.element(named: "legend", nodes: [.text(c(EnterpriseMsg.entSetupConditions))]), .p(.class("hint"), .text(c(EnterpriseMsg.entSetupConditionsHint))),
                         .forEach(1...SetupForms.conditionRows) { i in
            .div(.class("condition-row"), .p(.strong(.text(c.language == .zh ? "条件\(i)" : "Condition \(i)"))),
                 Components.selectField(name: "c\(i)_metric", label: c(EnterpriseMsg.entSetupMetric), options: metrics, selected: values["c\(i)_metric"], errors: errors, c),
                 Components.selectField(name: "c\(i)_comparison", label: c(EnterpriseMsg.entSetupComparison), options: comparisons, selected: values["c\(i)_comparison"], errors: errors, c),
                 field("c\(i)_threshold", .entSetupThreshold, hint: .entSetupThresholdHint, width: "width-10", c))
        })
    }

    func body(_ c: PageContext) -> Node<HTML.FormContext> {
        switch kind {
        case .benefits:
            return .group(field("year", .entYear, width: "width-4", c), field("title_zh", .entSetupTitleZh, c), field("title_en", .entSetupTitleEn, c),
                          field("summary_zh", .entSetupSummaryZh, width: "width-20", c), field("summary_en", .entSetupSummaryEn, width: "width-20", c),
                          conditions(c), .if(id != nil, check("active", c(EnterpriseMsg.entSetupActive))))
        case .programmes:
            return .group(field("year", .entYear, width: "width-4", c), field("name_zh", .entSetupNameZh, c), field("name_en", .entSetupNameEn, c),
                          field("face_value", .entSetupFaceValue, hint: .entSetupYuanHint, width: "width-10", c), field("cap", .entSetupCapLabel, hint: .entSetupYuanHint, width: "width-10", c),
                          field("budget", .entSetupBudgetLabel, hint: .entSetupBudgetHint, width: "width-10", c), field("expires_on", .entSetupExpiresOn, hint: .entSetupDayHint, width: "width-10", c),
                          conditions(c))
        case .providers:
            return .group(id == nil ? field("organisation_uscc", .entSetupUSCC, hint: .entSetupUSCCHint, c)
                                    : .p(.text(c(EnterpriseMsg.entSetupUSCC) + EnterpriseText.colon(c) + (values["organisation_uscc"] ?? ""))),
                          .fieldset(.id(Components.fieldID("services")), .element(named: "legend", nodes: [.text(c(EnterpriseMsg.entSetupServices))]),
                                    .forEach(VoucherService.allCases) { s in check("service_\(s.rawValue)", c.text(s.label)) }),
                          field("legal_representative", .entLegalRep, c), field("shareholders", .entShareholders, hint: .entShareholdersHint, width: "width-20", c),
                          .if(id != nil, check("active", c(EnterpriseMsg.entSetupActiveProvider))))
        case .registries:
            return .group(select("kind", .entSetupKind, Components.options(RegistryKind.self, \.label, c), c),
                          field("organisation_uscc", .entSetupUSCC, hint: .entSetupUSCCHint, c), field("name_zh", .entSetupNameZh, c), field("name_en", .entSetupNameEn, c),
                          field("field", .entSetupField, c), field("recognised_year", .entRecognised, width: "width-4", c))
        case .products:
            return .group(select("kind", .entSetupKind, Components.options(FinanceKind.self, \.label, c), c),
                          field("organisation_uscc", .entSetupUSCCProvider, hint: .entSetupUSCCHint, c), field("name_zh", .entSetupNameZh, c), field("name_en", .entSetupNameEn, c),
                          field("description_zh", .entSetupDescriptionZh, width: "width-20", c), conditions(c))
        }
    }

    func render(_ c: PageContext) -> String {
        let title = c(id == nil ? EnterpriseMsg.entSetupAdd : .entSetupChange) + c(kind.title)
        let action = id.map { EnterpriseSetupURL.edit(kind.rawValue, $0).path } ?? EnterpriseSetupURL.new(kind.rawValue).path
        return Layout(context: c, title: title, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(EnterpriseSetupURL.index.path), .text(c(EnterpriseMsg.entSetupTitle)))),
            .h1(.text(title + SetupIndexPage.articles(kind, c))),
            Components.form(action: action, c, body(c), Components.submit(c(EnterpriseMsg.entSave)))
        )).render()
    }
}
