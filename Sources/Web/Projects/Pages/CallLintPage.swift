import KechuangCore
import Plot
import Projects

struct CallLintPage {
    let text: String
    let findings: [LintFinding]?
    /// Whether `text` was extracted from an uploaded PDF (the findings point into it).
    var fromPDF = false
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let textErrors = errors.filter { $0.field == "text" }
        let pdfErrors = errors.filter { $0.field == "pdf" }
        return Layout(context: c, title: c(ProjectsMsg.callLintTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ProjectsMsg.callLintTitle))),
            .p(.text(c(ProjectsMsg.callLintIntro))),
            .p(.text(c(CallLintMsg.callLintScripts))),
            .unwrap(findings) { findings in
                .section(
                    .class("lint-results"), .attribute(named: "aria-labelledby", value: "lint-results"),
                    .h2(.id("lint-results"), .text(c(ProjectsMsg.callLintFindings))),
                    .if(fromPDF, .p(.class("hint"), .text(c(CallLintMsg.callLintFromPDF)))),
                    .if(findings.isEmpty, .p(.class("notice"), .text(c(ProjectsMsg.callLintNone))), else: .group(
                        .blockquote(.class("lint-text"), .raw(Self.highlighted(text, findings))),
                        .ol(.forEach(Array(findings.enumerated())) { index, finding in
                            .li(
                                .id("finding-\(index + 1)"), .class("finding finding-\(finding.severity.rawValue)"),
                                .strong(.text(finding.severity == .block ? c(ProjectsMsg.callLintBlock) : c(ProjectsMsg.callLintWarn))),
                                .text(" · "), .strong(.text(Self.article(finding.article, c))), .text(" · "),
                                .text(c.language == .zh ? finding.message_zh : finding.message_en),
                                .p(.class("hint"), .text("“\(finding.text)”"))
                            )
                        })
                    ))
                )
            },
            .form(
                .method(.post), .action(ProjectsURL.callLint.path), .enctype(.multipartData), .novalidate(),
                Components.csrf(c),
                .div(
                    .class(textErrors.isEmpty ? "field" : "field field-error"),
                    .label(.for("field-text"), .text(c(ProjectsMsg.callLintText))),
                    .p(.class("hint"), .id("field-text-hint"), .text(c(ProjectsMsg.callLintHint))),
                    .if(!textErrors.isEmpty, .p(.class("error-message"), .text(textErrors.map { c.text($0.message) }.joined(separator: " ")))),
                    .textarea(.id("field-text"), .name("text"), .rows(12), .attribute(named: "class", value: "input textarea"),
                              .attribute(named: "aria-describedby", value: "field-text-hint"), .text(fromPDF ? "" : text))
                ),
                .div(
                    .class(pdfErrors.isEmpty ? "field" : "field field-error"),
                    .label(.for("field-pdf"), .text(c(CallLintMsg.callLintPDF))),
                    .p(.class("hint"), .id("field-pdf-hint"), .text(c(CallLintMsg.callLintPDFHint))),
                    .if(!pdfErrors.isEmpty, .p(.class("error-message"), .text(pdfErrors.map { c.text($0.message) }.joined(separator: " ")))),
                    .input(.id("field-pdf"), .name("pdf"), .type(.file), .attribute(named: "accept", value: "application/pdf"),
                           .attribute(named: "aria-describedby", value: "field-pdf-hint"))
                ),
                Components.submit(c(ProjectsMsg.callLintSubmit))
            )
        )).render()
    }

    static func article(_ code: String, _ c: PageContext) -> String {
        ArticleRef(code: code)?.text(in: c.language) ?? code
    }

    /// The text with each finding's span in a <mark> that links to its explanation; the rest escaped.
    static func highlighted(_ text: String, _ findings: [LintFinding]) -> String {
        let characters = Array(text)
        var out = ""
        var position = 0
        for (index, finding) in findings.enumerated().sorted(by: { $0.element.start < $1.element.start }) {
            let start = max(position, min(finding.start, characters.count))
            let end = min(max(finding.end, start), characters.count)
            out += HTMLEscape.text(String(characters[position..<start]))
            if end > start {
                out += "<mark class=\"lint-\(finding.severity.rawValue)\"><a href=\"#finding-\(index + 1)\">"
                    + HTMLEscape.text(String(characters[start..<end])) + "</a></mark>"
            }
            position = max(position, end)
        }
        out += HTMLEscape.text(String(characters[min(position, characters.count)...]))
        return out.replacingOccurrences(of: "\n", with: "<br>")
    }
}
