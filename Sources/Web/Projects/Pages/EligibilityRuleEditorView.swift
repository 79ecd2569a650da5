import Identity
import KechuangCore
import Plot
import Projects

/// The guided eligibility-rule editor inside the call editor's form: one fieldset per rule with the
/// fields of its kind, the sentence the rule produces in both languages and the article it cites,
/// a "Remove" button per rule and "Add a rule" with a select of the kinds. Both buttons submit the
/// form, which comes back with the rows changed (nothing is saved), so no JavaScript is needed.
/// The forbidden kinds (Art. 50(1), 5, 72(2)) are not in the select.
enum EligibilityRuleEditorView {
    typealias Part = EligibilityRuleFields.Part

    static func section(rows: [EligibilityRuleFields], newKind: String, errors: [FieldError], _ c: PageContext) -> Node<HTML.FormContext> {
        let general = errors.filter { $0.field == "eligibility_rules" }
        return .group(
            .input(.type(.hidden), .name(EligibilityRuleEditorForm.marker), .value("guided")),
            .h2(.id(Components.fieldID("eligibility_rules")), .attribute(named: "tabindex", value: "-1"), .text(c.text(Text.heading))),
            .p(.class("hint"), .text(intro(c))),
            .if(!general.isEmpty, .p(.class("error-message"), .text(general.map { Components.message($0, c) }.joined(separator: " ")))),
            rows.isEmpty ? .p(.text(c.text(Text.noRules)))
                : .forEach(Array(rows.enumerated())) { index, row in rule(row, index: index, errors: errors, c) },
            .div(
                .class("rule-add"),
                Components.selectField(name: EligibilityRuleEditorForm.newKindName, label: c.text(Text.addKind), hint: c.text(Text.addHint),
                                       options: [("", c.text(Text.choose))] + GuidedConditionKind.allCases.map { ($0.rawValue, c.text($0.label)) },
                                       selected: newKind, errors: errors, c),
                .button(.type(.submit), .class("button button-secondary"), .attribute(named: "name", value: EligibilityRuleEditorForm.actionName),
                        .attribute(named: "value", value: EligibilityRuleEditorForm.add), .text(c.text(Text.add)))
            )
        )
    }

    /// The button the browser presses when Enter is typed in a field: the first submit button of
    /// the form. Placed first so that Enter saves instead of removing the first rule; hidden from
    /// sight, the keyboard and screen readers (the visible "Save" does the same).
    static func defaultSave(_ c: PageContext) -> Node<HTML.FormContext> {
        .button(.type(.submit), .class("visually-hidden"), .attribute(named: "tabindex", value: "-1"), .attribute(named: "aria-hidden", value: "true"),
                .attribute(named: "name", value: EligibilityRuleEditorForm.actionName),
                .attribute(named: "value", value: EligibilityRuleEditorForm.save), .text(c(.save)))
    }

    static func rule(_ row: EligibilityRuleFields, index: Int, errors: [FieldError], _ c: PageContext) -> Node<HTML.FormContext> {
        func name(_ part: Part) -> String { EligibilityRuleFields.name(index, part) }
        let kind = GuidedConditionKind(rawValue: row.kind)
        let kept = kind == nil && !row.kept.isEmpty
        let read = EligibilityRuleEditor.rule(from: row, at: index)
        let title = kind.map { c.text($0.label) } ?? c.text(kept ? Text.combined : Text.unknownKind)
        let detailNames = [Part.id, .article, .from, .until, .description_zh, .description_en].map(name)
        let removeErrors = errors.filter { $0.field == name(.remove) }
        return .fieldset(
            .id("rule-\(index)"), .class("rule-editor"),
            .element(named: "legend", nodes: [.text(c.language == .zh ? "规则 \(index + 1)：\(title)" : "Rule \(index + 1): \(title)")]),
            .if(kind != nil || kept, .input(.type(.hidden), .name(name(.kind)), .value(row.kind))),
            .if(kept, .input(.type(.hidden), .name(name(.kept)), .value(row.kept))),
            .if(kept, .p(.class("hint"), .text(c.text(Text.keptHint)))),
            .if(kind == nil && !kept, Components.selectField(
                name: name(.kind), label: c.text(Text.kind), options: GuidedConditionKind.allCases.map { ($0.rawValue, c.text($0.label)) },
                selected: nil, errors: errors, c)),
            .unwrap(kind) { parameter($0, row, index: index, errors: errors, c) },
            sentence(read.rule, c),
            .details(
                .open(errors.contains { detailNames.contains($0.field) }),
                .summary(.text(c.text(Text.more))),
                Components.textField(.init(name: name(.id), label: c.text(Text.id), hint: c.text(Text.idHint), value: row.id, width: "width-20"), errors: errors, c),
                Components.textField(.init(name: name(.article), label: c.text(Text.article), hint: c.text(Text.articleHint), value: row.article, width: "width-10"),
                                     errors: errors, c),
                Components.textField(.init(name: name(.from), label: c.text(Text.from), hint: c.text(Text.fromHint), value: row.effectiveFrom, width: "width-20"),
                                     errors: errors, c),
                Components.textField(.init(name: name(.until), label: c.text(Text.until), hint: c.text(Text.untilHint), value: row.effectiveUntil, width: "width-20"),
                                     errors: errors, c),
                Components.textField(.init(name: name(.description_zh), label: c.text(Text.descriptionZh), hint: c.text(Text.descriptionHint),
                                           value: row.descriptionZh), errors: errors, c),
                Components.textField(.init(name: name(.description_en), label: c.text(Text.descriptionEn), hint: c.text(Text.descriptionHint),
                                           value: row.descriptionEn), errors: errors, c)
            ),
            .if(!removeErrors.isEmpty, .p(.class("error-message"), .id(Components.fieldID(name(.remove)) + "-error"),
                                          .text(removeErrors.map { Components.message($0, c) }.joined(separator: " ")))),
            .button(.type(.submit), .id(Components.fieldID(name(.remove))), .class("button button-secondary"),
                    .attribute(named: "name", value: EligibilityRuleEditorForm.actionName),
                    .attribute(named: "value", value: EligibilityRuleEditorForm.removePrefix + String(index)),
                    .text(c.language == .zh ? "删除规则 \(index + 1)" : "Remove rule \(index + 1)"))
        )
    }

    /// The field of the kind's value: a number, check boxes of organisation types, or one type.
    static func parameter(_ kind: GuidedConditionKind, _ row: EligibilityRuleFields, index: Int, errors: [FieldError], _ c: PageContext) -> Node<HTML.FormContext> {
        let name = EligibilityRuleFields.name(index, .types)
        guard let labels = kind.parameterLabel else { return .empty }
        let types = OrganisationType.allCases.map { ($0.rawValue, c.text($0.label)) }
        switch kind.parameter {
        case .none:
            return .empty
        case .number:
            return Components.textField(.init(name: EligibilityRuleFields.name(index, .number), label: c.text(labels.label), hint: c.text(labels.hint),
                                              value: row.number, width: "width-4"), errors: errors, c)
        case .organisationType:
            return Components.selectField(name: name, label: c.text(labels.label), hint: c.text(labels.hint), options: [("", c.text(Text.choose))] + types,
                                          selected: row.types.first, errors: errors, c)
        case .organisationTypes:
            // The first box carries the group's id, where the error summary leads.
            let id = Components.fieldID(name)
            let fieldErrors = errors.filter { $0.field == name }
            return .fieldset(
                .class(fieldErrors.isEmpty ? "field" : "field field-error"),
                .element(named: "legend", nodes: [.text(c.text(labels.label))]),
                .p(.class("hint"), .text(c.text(labels.hint))),
                .if(!fieldErrors.isEmpty, .p(.class("error-message"), .id(id + "-error"),
                    .span(.class("visually-hidden"), .text(c.language == .zh ? "错误：" : "Error: ")),
                    .text(fieldErrors.map { Components.message($0, c) }.joined(separator: " ")))),
                .forEach(Array(types.enumerated())) { position, type in
                    let boxID = position == 0 ? id : id + "-" + type.0.replacingOccurrences(of: "_", with: "-")
                    return .div(
                        .class("checkbox"),
                        .input(.id(boxID), .type(.checkbox), .name(name), .value(type.0), .checked(row.types.contains(type.0))),
                        .label(.for(boxID), .text(type.1))
                    )
                }
            )
        }
    }

    /// The sentence the rule produces, in Chinese then English, and the article it cites.
    static func sentence(_ rule: EligibilityRule?, _ c: PageContext) -> Node<HTML.FormContext> {
        guard let rule else { return .p(.class("hint rule-sentence"), .text(c.text(Text.noSentence))) }
        let statement = rule.statement
        return .div(
            .class("rule-sentence"),
            .p(.strong(.text(c.text(Text.reads)))),
            .ul(
                .li(Components.zh(statement.zh + "。", c)),
                .li(Components.en(statement.en + ".", c))
            ),
            .p(.text(rule.article.map { c.language == .zh ? "依据：\($0.chinese)" : "Cites \($0.english)" } ?? c.text(Text.ownCondition)))
        )
    }

    static func intro(_ c: PageContext) -> String {
        let articles = [ArticleRef(50, paragraph: 1), ArticleRef(5), ArticleRef(72, paragraph: 2)].map { $0.text(in: c.language) }
        return c.language == .zh
            ? "申报人须符合下列全部规则。按条件类型逐条添加，每条规则下方显示它生成的条件和所依据的条款。依照\(articles[0])、\(articles[1])和\(articles[2])，不得以职称、论文、奖项、所有制或国籍作为申报条件，因此这里不提供这些条件。"
            : "Applicants must meet every rule below. Add the rules one kind at a time; each rule shows the condition it produces and the article it cites. Under \(articles[0]), \(articles[1]) and \(articles[2]), professional titles, papers, awards, ownership and nationality may not be conditions of application, so they are not offered here."
    }

    enum Text {
        static let heading = LocalizedText(zh: "申报条件规则", en: "Eligibility rules")
        static let noRules = LocalizedText(zh: "尚未设置规则：所有申报人均可申报。", en: "No rules yet: anyone may apply.")
        static let addKind = LocalizedText(zh: "要添加的条件类型", en: "Kind of condition to add")
        static let addHint = LocalizedText(zh: "选择后按“添加规则”，表单会多出一条该类型的规则", en: "Choose one and press “Add a rule”: the form comes back with a rule of that kind")
        static let add = LocalizedText(zh: "添加规则", en: "Add a rule")
        static let choose = LocalizedText(zh: "请选择", en: "Choose")
        static let kind = LocalizedText(zh: "条件类型", en: "Kind of condition")
        static let combined = LocalizedText(zh: "组合条件", en: "Combined conditions")
        static let unknownKind = LocalizedText(zh: "请选择条件类型", en: "Choose a kind of condition")
        static let keptHint = LocalizedText(zh: "此规则组合了多个条件，只能整体保留或删除；如需修改，请删除后逐条添加。",
                                            en: "This rule combines several conditions: keep it as it is or remove it. To change it, remove it and add its conditions one by one.")
        static let more = LocalizedText(zh: "规则编号、所依据条款、生效期和说明", en: "Identifier, article, dates in force and description")
        static let id = LocalizedText(zh: "规则编号", en: "Rule identifier")
        static let idHint = LocalizedText(zh: "申报核验结果引用此编号，同一指南内不得重复", en: "Eligibility results refer to it; each rule of a call has its own")
        static let article = LocalizedText(zh: "所依据的条款", en: "Article the rule implements")
        static let articleHint = LocalizedText(zh: "例如 45 或 50(1)；本指南自身的条件请留空", en: "For example 45 or 50(1); leave blank for a condition of this call's own")
        static let from = LocalizedText(zh: "生效日期", en: "In force from")
        static let fromHint = LocalizedText(zh: "北京时间，例如 2025-01-01", en: "Beijing time, like 2025-01-01")
        static let until = LocalizedText(zh: "失效日期（可选）", en: "No longer in force from (optional)")
        static let untilHint = LocalizedText(zh: "北京时间；长期有效请留空", en: "Beijing time; leave blank if the rule does not end")
        static let descriptionZh = LocalizedText(zh: "向申报人展示的说明（中文）", en: "Description shown to applicants (Chinese)")
        static let descriptionEn = LocalizedText(zh: "向申报人展示的说明（英文）", en: "Description shown to applicants (English)")
        static let descriptionHint = LocalizedText(zh: "留空则使用上面生成的条件；修改规则后请核对说明是否一致",
                                                   en: "Leave blank to use the sentence above; after changing the rule, check that the description still matches")
        static let reads = LocalizedText(zh: "这条规则生成的条件：", en: "What this rule says:")
        static let noSentence = LocalizedText(zh: "填好上面的内容后，这里会显示这条规则生成的条件。", en: "When the fields above are filled in correctly, the sentence this rule produces is shown here.")
        static let ownCondition = LocalizedText(zh: "本指南自身的条件，不引用条例条款", en: "A condition of this call's own: no article is cited")
    }
}
