import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

/// The application's PDF attachments: one upload per document the call requires.
struct ApplicationAttachmentsPage {
    let application: GrantApplication
    let call: Call
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ProjectsMsg.appAttachments), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .p(.a(.href(ProjectsURL.applicationPage(application.id.rawValue, .check).path), .text(ApplicationText.title(application, c)))),
            .h1(.text(c(ProjectsMsg.appAttachments))),
            .p(.class("hint"), .text(c(ProjectsMsg.appAttachmentsHint))),
            .if(call.requiredDocuments.isEmpty, .p(.text(c(ProjectsMsg.appAttachmentsNone)))),
            .forEach(call.requiredDocuments) { document in
                let attached = application.attachments.first { $0.document == document }
                return .section(
                    .class("attachment"),
                    .h2(.text(document)),
                    .unwrap(attached) { a in
                        .p(.a(.href(ProjectsURL.applicationAttachment(application.id.rawValue, a.attachment.key).path), .text(a.attachment.originalName)),
                           .text(" · \(a.attachment.size / 1024) KB · SHA-256 "), .code(.text(String(a.attachment.sha256.prefix(16)) + "…")))
                    },
                    .if(ApplicationText.editable(application), .form(
                        .method(.post), .action(ProjectsURL.applicationAttachments(application.id.rawValue).path), .enctype(.multipartData),
                        Components.csrf(c),
                        .input(.type(.hidden), .name("document"), .value(document)),
                        .div(.class(errors.isEmpty ? "field" : "field field-error"),
                             .label(.for(Components.fieldID("file")), .text(attached == nil ? c(ProjectsMsg.appAttachUpload) : c(ProjectsMsg.appAttachReplace))),
                             .input(.id(Components.fieldID("file")), .name("file"), .type(.file), .attribute(named: "accept", value: "application/pdf"))),
                        Components.submit(c(ProjectsMsg.appAttachUpload), secondary: true)
                    ))
                )
            },
            .p(.a(.class("button"), .href(ProjectsURL.applicationPage(application.id.rawValue, .check).path), .text(c(ProjectsMsg.appStepCheck))))
        )).render()
    }
}
