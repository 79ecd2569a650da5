import KechuangCore

/// Strings of the risk-warning pages (Art. 65), in Chinese and English.
public enum MonitoringWarningMsg: String, Catalogue {
    case wrnTitle, wrnIntro, wrnNeverBlocks, wrnRulesTitle, wrnRule, wrnDescription, wrnSeverity, wrnArticle, wrnNotEvaluated, wrnEvaluated
    case wrnRunTitle, wrnRunHint, wrnRunButton, wrnRunDone, wrnListTitle, wrnNone, wrnSubject, wrnEvidence, wrnState, wrnOwner, wrnRaisedAt
    case wrnAcknowledgeTitle, wrnAcknowledgeHint, wrnAcknowledgeButton, wrnAcknowledged, wrnAcknowledgement
    case wrnCloseTitle, wrnCloseHint, wrnCloseButton, wrnClosed, wrnClosingNote, wrnNote, wrnHistoryNote
    case wrnSubjectProject, wrnSubjectPerson, wrnSubjectOrganisation

    public var text: LocalizedText {
        switch self {
        case .wrnTitle: t("科技安全风险预警", "Risk monitoring and warning")
        case .wrnIntro: t("按照第六十五条第一款，市、区人民政府建立科技安全风险监测预警工作机制。预警规则以数据形式运行于平台数据之上。",
                          "Under Art. 65(1) the city and districts run a science and technology security risk monitoring and warning mechanism. The warning rules run as data over the platform's data.")
        case .wrnNeverBlocks: t("预警只用于提示和跟踪，本身不阻止任何申请、立项、拨款或其他办理事项。",
                                "A warning informs and is followed up; by itself it never blocks an application, award, payment or any other step.")
        case .wrnRulesTitle: t("预警规则", "Warning rules")
        case .wrnRule: t("规则", "Rule")
        case .wrnDescription: t("说明", "What it looks for")
        case .wrnSeverity: t("等级", "Severity")
        case .wrnArticle: t("依据", "Basis")
        case .wrnNotEvaluated: t("无法运行：", "Cannot run: ")
        case .wrnEvaluated: t("运行", "Runs")
        case .wrnRunTitle: t("运行预警规则", "Run the warning rules")
        case .wrnRunHint: t("对平台现有数据运行全部有效规则；同一规则、同一对象已有未关闭预警的，不再重复产生。",
                            "Runs every rule in force over the platform's data now; no second warning is raised for a rule and subject while one is open.")
        case .wrnRunButton: t("立即运行", "Run now")
        case .wrnRunDone: t("预警规则已运行。", "The warning rules have run.")
        case .wrnListTitle: t("预警", "Warnings")
        case .wrnNone: t("暂无预警。", "No warnings.")
        case .wrnSubject: t("对象", "Subject")
        case .wrnEvidence: t("依据数据", "Evidence")
        case .wrnState: t("状态", "State")
        case .wrnOwner: t("负责人", "Owner")
        case .wrnRaisedAt: t("产生时间", "Raised")
        case .wrnAcknowledgeTitle: t("确认预警", "Acknowledge")
        case .wrnAcknowledgeHint: t("确认后由您负责跟踪处理。", "Once you acknowledge it, you own the warning.")
        case .wrnAcknowledgeButton: t("确认并负责", "Acknowledge and take ownership")
        case .wrnAcknowledged: t("预警已确认。", "The warning is acknowledged.")
        case .wrnAcknowledgement: t("确认说明", "Acknowledgement")
        case .wrnCloseTitle: t("关闭预警", "Close")
        case .wrnCloseHint: t("说明核实结果或采取的措施。", "Say what was found or done.")
        case .wrnCloseButton: t("关闭预警", "Close the warning")
        case .wrnClosed: t("预警已关闭。", "The warning is closed.")
        case .wrnClosingNote: t("关闭说明", "Closing note")
        case .wrnNote: t("说明", "Note")
        case .wrnHistoryNote: t("每次运行、确认和关闭均记入审计日志。", "Every run, acknowledgement and closing is in the audit log.")
        case .wrnSubjectProject: t("项目", "Project")
        case .wrnSubjectPerson: t("人员", "Person")
        case .wrnSubjectOrganisation: t("机构", "Organisation")
        }
    }
}
