import Foundation
import KechuangCore
import Plot
import Portal

/// The fields of a draft consultation: on the new page and on a draft's page.
enum ConsultationForm {
    static func values(_ consultation: Consultation) -> [String: String] {
        ["kind": consultation.kind.rawValue, "title_zh": consultation.titleZh, "title_en": consultation.titleEn ?? "",
         "summary_zh": consultation.summaryZh, "summary_en": consultation.summaryEn ?? "", "department": consultation.department,
         "text": consultation.text, "opens_on": consultation.opensOn.description, "closes_on": consultation.closesOn.description,
         "version": String(consultation.version)]
    }

    static func input(_ v: [String: String]) -> ConsultationInput {
        ConsultationInput(kind: v["kind"].flatMap(ConsultationKind.init(rawValue:)), titleZh: v["title_zh"] ?? "", titleEn: v["title_en"] ?? "",
                          summaryZh: v["summary_zh"] ?? "", summaryEn: v["summary_en"] ?? "", department: v["department"] ?? "",
                          text: v["text"] ?? "", opensOn: v["opens_on"] ?? "", closesOn: v["closes_on"] ?? "")
    }

    static func fields(action: String, values v: [String: String], errors: [FieldError], submit: String, _ c: PageContext) -> Node<HTML.BodyContext> {
        Components.form(action: action, c,
            .input(.type(.hidden), .name("version"), .value(v["version"] ?? "")),
            Components.selectField(name: "kind", label: c(ConsultationMsg.conFieldKind), options: Components.options(ConsultationKind.self, \.label, c),
                                   selected: v["kind"], errors: errors, c),
            Components.textField(.init(name: "title_zh", label: c(ConsultationMsg.conFieldTitleZh), value: v["title_zh"] ?? ""), errors: errors, c),
            Components.textField(.init(name: "title_en", label: c(ConsultationMsg.conFieldTitleEn), value: v["title_en"] ?? ""), errors: errors, c),
            Components.textField(.init(name: "department", label: c(ConsultationMsg.conFieldDepartment), value: v["department"] ?? ""), errors: errors, c),
            Components.textArea("summary_zh", c(ConsultationMsg.conFieldSummaryZh), nil, v["summary_zh"] ?? "", errors, c),
            Components.textArea("summary_en", c(ConsultationMsg.conFieldSummaryEn), nil, v["summary_en"] ?? "", errors, c),
            Components.textField(.init(name: "opens_on", label: c(ConsultationMsg.conFieldOpens), hint: c(ConsultationMsg.conDateHint),
                                       value: v["opens_on"] ?? "", width: "width-10"), errors: errors, c),
            Components.textField(.init(name: "closes_on", label: c(ConsultationMsg.conFieldCloses), hint: c(ConsultationMsg.conDateHint),
                                       value: v["closes_on"] ?? "", width: "width-10"), errors: errors, c),
            Components.textArea("text", c(ConsultationMsg.conFieldText), c(ConsultationMsg.conFieldTextHint), v["text"] ?? "", errors, c),
            Components.submit(submit))
    }
}

/// `/admin/consultations/new`.
struct ConsultationNewPage {
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ConsultationMsg.conNew), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ConsultationURL.admin.path), .text(c(ConsultationMsg.conManage)))),
            .h1(.text(c(ConsultationMsg.conNew))),
            .p(.text(c(ConsultationMsg.conNewIntro))),
            ConsultationForm.fields(action: ConsultationURL.admin.path, values: values, errors: errors, submit: c(ConsultationMsg.conSaveDraft), c)
        )).render()
    }
}
