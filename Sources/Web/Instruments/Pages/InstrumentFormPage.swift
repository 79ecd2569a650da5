import Foundation
import Identity
import Instruments
import KechuangCore
import Plot

/// The registry form: register an instrument, or edit one (with its Art. 55 service information).
struct InstrumentFormPage {
    let instrument: Instrument?
    let organisations: [Organisation]
    let labs: [Lab]
    let values: [String: String]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        func v(_ k: String) -> String { values[k] ?? "" }
        func field(_ name: String, _ label: InstrumentsMsg, hint: InstrumentsMsg? = nil, width: String? = nil) -> Node<HTML.FormContext> {
            Components.textField(.init(name: name, label: c(label), hint: hint.map { c($0) }, value: v(name), width: width), errors: errors, c)
        }
        let title = c(instrument == nil ? InstrumentsMsg.insRegisterTitle : .insEditTitle)
        let action = instrument.map { InstrumentsURL.edit($0.id.rawValue).path } ?? InstrumentsURL.register.path
        return Layout(context: c, title: title, content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .p(.a(.href(InstrumentsURL.manage.path), .text(c(InstrumentsMsg.insManageTitle)))),
            .h1(.text(title)),
            Components.form(action: action, c,
                .unwrap(instrument) { .input(.type(.hidden), .name("version"), .value(String($0.version))) },
                .if(instrument == nil, Components.selectField(name: "organisation_id", label: c(InstrumentsMsg.insInstitution),
                    options: organisations.map { ($0.id.rawValue.uuidString, $0.name(in: c.language)) }, selected: v("organisation_id"), errors: errors, c)),
                field("name_zh", .insNameZh), field("name_en", .insNameEn),
                Components.selectField(name: "category", label: c(InstrumentsMsg.insCategory),
                                       options: InstrumentCategories.all.map { ($0.code, "\($0.code) \(c.text($0.name))") }, selected: v("category"), errors: errors, c),
                field("maker", .insMaker), field("model", .insModel),
                field("original_value", .insOriginalValue, hint: .insValueHint, width: "width-10"),
                field("purchase_date", .insPurchaseDate, hint: .insDateHint, width: "width-10"),
                Components.checkbox(name: "public_funding", value: InstrumentForm.yes, label: c(InstrumentsMsg.insPublicFunding), checked: v("public_funding") == InstrumentForm.yes),
                Components.selectField(name: "lab_id", label: c(InstrumentsMsg.insLab),
                                       options: labs.map { ($0.id.rawValue.uuidString, "\($0.name(in: c.language))（\(c.text($0.level.label))）") },
                                       selected: v("lab_id"), errors: errors, c),
                field("location", .insLocation),
                Components.selectField(name: "district", label: c(InstrumentsMsg.insDistrict), options: Components.options(District.self, \.label, c),
                                       selected: v("district"), errors: errors, c),
                Components.textArea("specs", c(InstrumentsMsg.insSpecs), nil, v("specs"), errors, c),
                Components.selectField(name: "status", label: c(InstrumentsMsg.insStatus), options: Components.options(InstrumentStatus.self, \.label, c),
                                       selected: v("status").isEmpty ? InstrumentStatus.inService.rawValue : v("status"), errors: errors, c),
                .h2(.text(c(InstrumentsMsg.insServiceTitle))),
                .p(.class("hint"), .text(c(InstrumentsMsg.insPublishHint))),
                Components.selectField(name: "service_mode", label: c(InstrumentsMsg.insServiceMode), options: Components.options(ServiceMode.self, \.label, c),
                                       selected: v("service_mode"), errors: errors, c),
                Components.textArea("service_content", c(InstrumentsMsg.insServiceContent), nil, v("service_content"), errors, c),
                Components.textArea("service_process", c(InstrumentsMsg.insServiceProcess), nil, v("service_process"), errors, c),
                Components.selectField(name: "fee_unit", label: c(InstrumentsMsg.insFeeUnit), options: Components.options(FeeUnit.self, \.label, c),
                                       selected: v("fee_unit"), errors: errors, c),
                field("fee_internal", .insInternalRate, hint: .insFeeRateHint, width: "width-10"),
                field("fee_external", .insExternalRate, hint: .insFeeRateHint, width: "width-10"),
                field("fee_minimum", .insMinimum, width: "width-5"),
                Components.checkbox(name: "training_required", value: InstrumentForm.yes, label: c(InstrumentsMsg.insTrainingRequired),
                                    checked: v("training_required") == InstrumentForm.yes),
                field("training_description", .insTraining),
                Components.checkbox(name: "approval_required", value: InstrumentForm.yes, label: c(InstrumentsMsg.insApprovalRequired),
                                    checked: v("approval_required") == InstrumentForm.yes),
                field("cancellation_hours", .insNoticeHours, width: "width-5"),
                field("open_hour", .insOpenHour, width: "width-5"), field("close_hour", .insCloseHour, width: "width-5"),
                field("contact", .insContact),
                Components.submit(c(InstrumentsMsg.insSave))
            )
        )).render()
    }
}
