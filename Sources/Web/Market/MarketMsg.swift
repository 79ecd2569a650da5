import KechuangCore

/// Strings of the Market pages, in Chinese and English: the module's navigation and the
/// registries of transfer offices, proof-of-concept centres and pilot bases (Art. 32).
public enum MarketMsg: String, Catalogue {
    case navMarket
    case mplAccept, mplAcceptButton, mplAnswered, mplCapacity, mplCapacityHint, mplClose, mplClosed, mplComplete, mplCompleteButton, mplContact
    case mplDecline, mplDeclineButton, mplDescription, mplDescriptionHint, mplDistrict, mplFees, mplFeesHint, mplFields, mplFieldsError, mplKind
    case mplAnyKind, mplLicence, mplLicenceExpired, mplLicenceHint, mplLicenceValid, mplLicensedUntil, mplManagerAdded, mplManagers, mplManagersHint
    case mplManagerButton, mplManagerTitle, mplName, mplNone, mplNote, mplNoteHint, mplOrganisation, mplRegisterButton, mplRegisterTitle, mplRegistered
    case mplRequestAs, mplRequestButton, mplRequestSent, mplRequestTitle, mplRequestsIntro, mplRequestsTitle, mplRequestTitleOne, mplRequester, mplResults
    case mplSearchButton, mplSearchHint, mplSearchLabel, mplService, mplServices, mplServicesError, mplStatus, mplSummary, mplSummaryHint, mplTitle
    case mplIntro, mplUpdated, mplAnswerTitle, mktCatalogueLink

    public var text: LocalizedText {
        switch self {
        case .navMarket: t("市场", "Market")
        case .mktCatalogueLink: t("数据目录中的开放数据集（各年度、各版本）", "The open data set in the data catalogue (every year, every version)")
        case .mplAccept: t("接受", "Accept")
        case .mplAcceptButton: t("接受申请", "Accept the request")
        case .mplAnswered: t("已答复。", "The answer is recorded.")
        case .mplAnswerTitle: t("答复申请", "Answer the request")
        case .mplAnyKind: t("全部类型", "All kinds")
        case .mplCapacity: t("服务能力", "Capacity")
        case .mplCapacityHint: t("设备、产线、每年可承接的项目数等", "Equipment, lines, projects a year")
        case .mplClose: t("停止服务", "Close the platform")
        case .mplClosed: t("平台已停止服务，不再出现在公开名录中。", "The platform is closed and has left the public registry.")
        case .mplComplete: t("记为完成", "Record as completed")
        case .mplCompleteButton: t("记为已完成", "Record the service as completed")
        case .mplContact: t("联系方式", "Contact")
        case .mplDecline: t("婉拒", "Decline")
        case .mplDeclineButton: t("婉拒申请", "Decline the request")
        case .mplDescription: t("需求说明", "What is needed")
        case .mplDescriptionHint: t("成果情况、所需服务和时间要求（10 至 2000 字）", "The result, the service needed and when (10 to 2,000 characters)")
        case .mplDistrict: t("所在区", "District")
        case .mplFees: t("收费", "Fees")
        case .mplFeesHint: t("收费标准或方式；免费也请写明", "The fees or how they are set; say so if free")
        case .mplFields: t("服务领域", "Fields served")
        case .mplFieldsError: t("请至少选择一个服务的技术领域", "Select at least one field served")
        case .mplIntro: t("技术转移机构及其持证技术经理人，概念验证中心和中试基地的服务、能力与收费（《条例》第三十二条）。可按关键词、类型和领域检索，并在线申请服务。",
                          "Technology-transfer offices with their licensed technology managers, and the services, capacity and fees of proof-of-concept centres and pilot bases (Art. 32). Search by words, kind and field, and request a service online.")
        case .mplKind: t("类型", "Kind")
        case .mplLicence: t("证书编号", "Licence number")
        case .mplLicenceExpired: t("证书已过期", "Licence expired")
        case .mplLicenceHint: t("技术经理人证书编号，如 BJJL-2026-0012", "The technology-manager licence number, for example BJJL-2026-0012")
        case .mplLicenceValid: t("有效", "Valid")
        case .mplLicensedUntil: t("证书有效期至", "Licensed until")
        case .mplManagerAdded: t("已登记技术经理人。", "The technology manager is registered.")
        case .mplManagerButton: t("登记技术经理人", "Register the manager")
        case .mplManagerTitle: t("登记持证技术经理人", "Register a licensed technology manager")
        case .mplManagers: t("技术经理人", "Technology managers")
        case .mplManagersHint: t("只登记持有效证书的技术经理人（第三十二条第一款）。", "Only managers with a valid licence are registered (Art. 32(1)).")
        case .mplName: t("名称", "Name")
        case .mplNone: t("暂无。", "None yet.")
        case .mplNote: t("说明", "Note")
        case .mplNoteHint: t("婉拒时必须说明理由，申请方可见", "Required when declining; the requester reads it")
        case .mplOrganisation: t("所属单位", "Organisation")
        case .mplRegisterButton: t("登记平台", "Register the platform")
        case .mplRegisterTitle: t("登记本单位的平台", "Register a platform of your organisation")
        case .mplRegistered: t("平台已登记。", "The platform is registered.")
        case .mplRequestAs: t("申请单位", "Requesting organisation")
        case .mplRequestButton: t("提交服务申请", "Send the request")
        case .mplRequestSent: t("服务申请已提交。", "The request is sent.")
        case .mplRequestTitle: t("申请服务", "Request a service")
        case .mplRequestTitleOne: t("服务申请", "Service request")
        case .mplRequester: t("申请方", "Requester")
        case .mplRequestsIntro: t("本单位提出的和收到的服务申请。", "Requests your organisations made and received.")
        case .mplRequestsTitle: t("平台服务申请", "Platform service requests")
        case .mplResults: t("检索结果", "Results")
        case .mplSearchButton: t("检索", "Search")
        case .mplSearchHint: t("中文或英文关键词，如“中试 电池”", "Chinese or English words, for example pilot battery")
        case .mplSearchLabel: t("关键词", "Words")
        case .mplService: t("服务", "Service")
        case .mplServices: t("服务内容", "Services")
        case .mplServicesError: t("请选择与平台类型相符的服务", "Select services that suit the kind of platform")
        case .mplStatus: t("状态", "Status")
        case .mplSummary: t("简介", "Summary")
        case .mplSummaryHint: t("平台的条件、服务对象和成功案例（不超过 4000 字）", "What the platform has, whom it serves, what it has done (up to 4,000 characters)")
        case .mplTitle: t("技术转移与概念验证、中试平台", "Transfer offices, proof-of-concept and pilot platforms")
        case .mplUpdated: t("更新时间", "Updated")
        }
    }
}
