import KechuangCore
import Plot

/// Accessible form parts in the GOV.UK manner: a label for every field, a hint linked with
/// `aria-describedby`, the error next to the field, and an error summary at the top that links to
/// each field. Nothing needs JavaScript.
enum Components {
    static func csrf<C: HTML.BodyContext>(_ c: PageContext) -> Node<C> {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(c.csrfToken))
    }

    /// A field's id: `field-title-zh`. On a page with several forms that share field names, each
    /// form but one names itself (`in: "task"` → `field-task-title-zh`) so every id is unique, and the
    /// error summary is told which form failed so its links reach that form's fields.
    static func fieldID(_ name: String, in form: String? = nil) -> String {
        "field-" + ([form, name].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "-")).replacingOccurrences(of: "_", with: "-")
    }

    /// The message of a field error, with the legal basis when there is one:
    /// "统一社会信用代码校验位不正确（依据：GB 32100-2015）".
    static func message(_ error: FieldError, _ c: PageContext) -> String {
        guard let basis = error.basis else { return c.text(error.message) }
        return c.language == .zh
            ? "\(error.message.zh)（依据：\(basis.text(in: .zh))）"
            : "\(error.message.en) (\(basis.text(in: .en)))"
    }

    static func errorSummary<C: HTML.BodyContext>(_ errors: [FieldError], _ c: PageContext, form: String? = nil) -> Node<C> {
        .if(!errors.isEmpty, .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"),
            .attribute(named: "aria-labelledby", value: "error-summary-title"),
            .h2(.id("error-summary-title"), .text(c(.errorSummaryTitle))),
            .ul(.forEach(errors) { error in
                .li(.a(.href("#" + (error.field.isEmpty ? fieldID("form") : fieldID(error.field, in: form))), .text(message(error, c))))
            })
        ))
    }

    struct Field {
        var name: String
        var label: String
        var hint: String? = nil
        var value: String = ""
        var type: HTMLInputType = .text
        var autocomplete: String? = nil
        var required: Bool = false
        var width: String? = nil
        /// The form's name on a page with several forms (see `fieldID(_:in:)`).
        var form: String? = nil
    }

    static func textField<C: HTML.BodyContext>(_ f: Field, errors: [FieldError], _ c: PageContext) -> Node<C> {
        let id = fieldID(f.name, in: f.form)
        let fieldErrors = errors.filter { $0.field == f.name }
        let describedBy = [f.hint != nil ? id + "-hint" : nil, fieldErrors.isEmpty ? nil : id + "-error"].compactMap { $0 }
        return .div(
            .class(fieldErrors.isEmpty ? "field" : "field field-error"),
            .label(.for(id), .text(f.label)),
            .unwrap(f.hint) { .p(.class("hint"), .id(id + "-hint"), .text($0)) },
            .if(!fieldErrors.isEmpty, .p(.class("error-message"), .id(id + "-error"),
                .span(.class("visually-hidden"), .text(c.language == .zh ? "错误：" : "Error: ")),
                .text(fieldErrors.map { message($0, c) }.joined(separator: " ")))),
            .input(
                .id(id), .name(f.name), .type(f.type), .value(f.value),
                .attribute(named: "class", value: ["input", f.width].compactMap { $0 }.joined(separator: " ")),
                .attribute(named: "autocomplete", value: f.autocomplete),
                .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: fieldErrors.isEmpty ? nil : "true"),
                .attribute(named: "required", value: f.required ? "required" : nil)
            )
        )
    }

    static func selectField<C: HTML.BodyContext>(
        name: String, id: String? = nil, form: String? = nil, label: String, hint: String? = nil, options: [(String, String)], selected: String?,
        errors: [FieldError], _ c: PageContext
    ) -> Node<C> {
        selectField(name: name, id: id ?? fieldID(name, in: form), label: label, hint: hint, groups: [("", options)], selected: selected, errors: errors, c)
    }

    /// A select whose options come in labelled groups (`<optgroup>`); a group with an empty label is not wrapped.
    /// `id` is needed only when another form on the page has a field of the same name (ids are unique).
    static func selectField<C: HTML.BodyContext>(
        name: String, id: String? = nil, label: String, hint: String? = nil, groups: [(String, [(String, String)])], selected: String?,
        errors: [FieldError], _ c: PageContext
    ) -> Node<C> {
        let id = id ?? fieldID(name)
        let fieldErrors = errors.filter { $0.field == name }
        let describedBy = [hint != nil ? id + "-hint" : nil, fieldErrors.isEmpty ? nil : id + "-error"].compactMap { $0 }
        func options(_ list: [(String, String)]) -> [Node<HTML.SelectContext>] {
            list.map { Self.option(value: $0.0, label: $0.1, selected: $0.0 == selected, c) }
        }
        return .div(
            .class(fieldErrors.isEmpty ? "field" : "field field-error"),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id(id + "-hint"), .text($0)) },
            .if(!fieldErrors.isEmpty, .p(.class("error-message"), .id(id + "-error"),
                .span(.class("visually-hidden"), .text(c.language == .zh ? "错误：" : "Error: ")),
                .text(fieldErrors.map { message($0, c) }.joined(separator: " ")))),
            .select(
                .id(id), .attribute(named: "name", value: name),
                .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: fieldErrors.isEmpty ? nil : "true"),
                option(value: "", label: c(.choose), selected: false),
                .forEach(groups) { group in
                    group.0.isEmpty ? .group(options(group.1))
                        : .element(named: "optgroup", nodes: [.attribute(named: "label", value: group.0)] + options(group.1))
                }
            )
        )
    }

    /// An option; with the page context, a label in the other language gets its `lang`.
    static func option(value: String, label: String, selected: Bool, _ c: PageContext? = nil) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [
            .attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
            selected ? .attribute(named: "selected", value: "selected") : .empty,
            .attribute(named: "lang", value: c.flatMap { Components.otherLanguage(of: label, $0) }),
            .text(label),
        ])
    }

    /// A labelled text area with its hint and errors, like `textField`.
    static func textArea(_ name: String, _ label: String, _ hint: String?, _ value: String, _ errors: [FieldError], _ c: PageContext,
                         form: String? = nil) -> Node<HTML.FormContext> {
        let id = fieldID(name, in: form)
        let fieldErrors = errors.filter { $0.field == name }
        return .div(
            .class(fieldErrors.isEmpty ? "field" : "field field-error"),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id(id + "-hint"), .text($0)) },
            .if(!fieldErrors.isEmpty, .p(.class("error-message"), .id(id + "-error"),
                .text(fieldErrors.map { message($0, c) }.joined(separator: " ")))),
            .textarea(.id(id), .name(name), .rows(10), .attribute(named: "class", value: "input textarea"), Components.lang(of: value, c),
                      .attribute(named: "aria-invalid", value: fieldErrors.isEmpty ? nil : "true"), .text(value))
        )
    }

    static func checkbox<C: HTML.BodyContext>(name: String, value: String, label: String, checked: Bool, form: String? = nil) -> Node<C> {
        let id = fieldID(name + "-" + value, in: form)
        return .div(
            .class("checkbox"),
            .input(.id(id), .type(.checkbox), .name(name), .value(value), .checked(checked)),
            .label(.for(id), .text(label))
        )
    }

    static func submit<C: HTML.BodyContext>(_ label: String, secondary: Bool = false) -> Node<C> {
        .button(.type(.submit), .class(secondary ? "button button-secondary" : "button"), .text(label))
    }

    /// A POST form with its CSRF token; `novalidate` so the server's messages, not the browser's, are shown.
    static func form<C: HTML.BodyContext>(action: String, _ c: PageContext, _ nodes: Node<HTML.FormContext>...) -> Node<C> {
        .form(.method(.post), .action(action), .novalidate(), csrf(c), .group(nodes))
    }

    /// A table that scrolls sideways inside its own box on a narrow screen instead of widening the
    /// page (WCAG 1.4.10 reflow); named for screen readers, and focusable so keyboards can scroll it.
    static func scrollTable<C: HTML.BodyContext>(label: String, _ nodes: Node<HTML.TableContext>...) -> Node<C> {
        .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: label),
             .attribute(named: "tabindex", value: "0"), .table(.group(nodes)))
    }

    /// `scrollTable` with a class on the table (`audit`).
    static func scrollTable<C: HTML.BodyContext>(label: String, class name: String, _ nodes: Node<HTML.TableContext>...) -> Node<C> {
        .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: label),
             .attribute(named: "tabindex", value: "0"), .table(.class(name), .group(nodes)))
    }

    static func pagination<C: HTML.BodyContext>(page: Int, hasNext: Bool, link: (Int) -> String, _ c: PageContext) -> Node<C> {
        .nav(
            .class("pagination"), .attribute(named: "aria-label", value: c.language == .zh ? "分页" : "Pagination"),
            .if(page > 1, .a(.href(link(page - 1)), .attribute(named: "rel", value: "prev"), .text(c(.previousPage)))),
            .if(hasNext, .a(.href(link(page + 1)), .attribute(named: "rel", value: "next"), .text(c(.nextPage))))
        )
    }

    static func options<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ label: (E) -> LocalizedText, _ c: PageContext) -> [(String, String)]
    where E.RawValue == String {
        type.allCases.map { ($0.rawValue, c.text(label($0))) }
    }
}
