import KechuangCore

/// Strings of the data catalogue's pages, in Chinese and English.
public enum CatalogueMsg: String, Catalogue {
    case datTitle, datIntro, datSearchLabel, datSearchButton, datNone, datCount, datMachineReadable
    case datPublisher, datLicence, datKeywords, datThemes, datTemporal, datSpatial, datAccess, datModified, datFormats
    case datVersions, datVersion, datRows, datCreated, datNote, datFiles, datChecksum, datSize, datDownload
    case datPreview, datPreviewCaption, datNoVersion, datRestrictedNote, datOnRequestNote, datGrantActive, datSignInToRequest
    case datRequestTitle, datPurpose, datPurposeHint, datRequestButton, datRequested, datPending
    case datAccessTitle, datMine, datToDecide, datNoRequests, datRequester, datState, datReason, datGrantedUntil
    case datDecision, datApprove, datRefuse, datReasonHint, datDays, datDaysHint, datDecideButton, datDecided, datDownloads
    case datAllDatasets, datAccessLink

    public var text: LocalizedText {
        switch self {
        case .datTitle: t("开放数据目录", "Open data catalogue")
        case .datIntro: t("平台发布的科技数据集（第五十七条、第六十八条）：开放数据可直接下载，依申请开放的数据须说明用途并经发布单位批准，受限数据仅列出目录。",
                          "Science and technology data sets published on the platform (Art. 57, 68): open data downloads directly; data shared on request needs a stated purpose and the publisher's approval; restricted data is only listed.")
        case .datSearchLabel: t("搜索数据集", "Search data sets")
        case .datSearchButton: t("搜索", "Search")
        case .datNone: t("没有找到数据集。", "No data set found.")
        case .datCount: t("个数据集", "data sets")
        case .datMachineReadable: t("机器可读目录：DCAT-AP 3（JSON-LD、Turtle）和 CKAN 兼容接口。", "Machine-readable catalogue: DCAT-AP 3 (JSON-LD, Turtle) and a CKAN-compatible API.")
        case .datPublisher: t("发布单位", "Publisher")
        case .datLicence: t("许可协议", "Licence")
        case .datKeywords: t("关键词", "Keywords")
        case .datThemes: t("主题", "Themes")
        case .datTemporal: t("时间范围", "Time coverage")
        case .datSpatial: t("空间范围", "Spatial coverage")
        case .datAccess: t("开放方式", "Access")
        case .datModified: t("更新时间", "Last modified")
        case .datFormats: t("格式", "Formats")
        case .datVersions: t("版本", "Versions")
        case .datVersion: t("版本", "Version")
        case .datRows: t("行数", "Rows")
        case .datCreated: t("发布时间", "Published")
        case .datNote: t("说明", "Note")
        case .datFiles: t("文件", "Files")
        case .datChecksum: t("SHA-256 校验值", "SHA-256 checksum")
        case .datSize: t("大小（字节）", "Size (bytes)")
        case .datDownload: t("下载", "Download")
        case .datPreview: t("数据预览", "Preview")
        case .datPreviewCaption: t("最新版本的前几行", "The first rows of the latest version")
        case .datNoVersion: t("该数据集尚无数据版本。", "This data set has no version yet.")
        case .datRestrictedNote: t("该数据集为受限数据，仅在目录中列出，不提供下载（依据：第五十七条）。", "This data set is restricted: it is listed but cannot be downloaded (Art. 57).")
        case .datOnRequestNote: t("该数据集依申请开放：说明使用目的，经发布单位批准后在授权期限内可以下载（依据：第六十八条）。",
                                  "This data set is shared on request: state your purpose; once the publisher approves, you can download it within the granted period (Art. 68).")
        case .datGrantActive: t("您已获授权，授权截止：", "You have access until ")
        case .datSignInToRequest: t("登录后申请使用", "Sign in to request access")
        case .datRequestTitle: t("申请使用数据", "Request access")
        case .datPurpose: t("使用目的", "Purpose")
        case .datPurposeHint: t("说明您将如何使用这些数据（至少10个字）。", "Say how you will use the data (at least 10 characters).")
        case .datRequestButton: t("提交申请", "Send the request")
        case .datRequested: t("申请已提交，等待发布单位审核。", "Your request was sent to the publisher.")
        case .datPending: t("您的申请正在等待发布单位审核。", "Your request is waiting for the publisher.")
        case .datAccessTitle: t("数据使用申请", "Data access requests")
        case .datMine: t("我的申请", "My requests")
        case .datToDecide: t("待本单位审核的申请", "Requests for our data sets")
        case .datNoRequests: t("没有申请。", "No requests.")
        case .datRequester: t("申请人", "Requester")
        case .datState: t("状态", "State")
        case .datReason: t("理由", "Reason")
        case .datGrantedUntil: t("授权截止", "Access until")
        case .datDecision: t("审核决定", "Decision")
        case .datApprove: t("批准", "Approve")
        case .datRefuse: t("拒绝", "Refuse")
        case .datReasonHint: t("拒绝时必须说明理由；批准时可以填写使用条件。", "A refusal needs its reason; for an approval you may state conditions.")
        case .datDays: t("授权天数", "Days of access")
        case .datDaysHint: t("1至365天，默认90天。", "1 to 365 days; 90 if left empty.")
        case .datDecideButton: t("提交决定", "Record the decision")
        case .datDecided: t("审核决定已记录。", "The decision was recorded.")
        case .datDownloads: t("下载记录", "Downloads")
        case .datAllDatasets: t("全部数据集", "All data sets")
        case .datAccessLink: t("数据使用申请", "Data access requests")
        }
    }
}
