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
    case pubTitle, pubIntro, pubNewDataset, pubNewTitle, pubNewIntro, pubMine, pubNone, pubAddVersion, pubCreated, pubVersionAdded
    case pubSlug, pubSlugHint, pubTitleZh, pubTitleEn, pubDescriptionZh, pubDescriptionEn, pubPublisherAs, pubKeywordsHint
    case pubTemporalStart, pubTemporalEnd, pubDateHint, pubSpatialHint, pubCreateButton
    case pubVersionTitle, pubVersionIntro, pubFile, pubFileHint, pubNote, pubNoteHint, pubUploadButton, pubPublishLink

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
        case .pubTitle: t("发布数据", "Publish data")
        case .pubIntro: t("本单位发布的数据集（第五十七条）。每次上传都形成一个新版本，旧版本及其文件和校验值保持不变。",
                          "The data sets your organisation publishes (Art. 57). Each upload makes a new version; earlier versions keep their files and checksums.")
        case .pubNewDataset: t("登记新数据集", "Describe a new data set")
        case .pubNewTitle: t("登记新数据集", "Describe a new data set")
        case .pubNewIntro: t("先填写数据集的说明，保存后再上传第一个版本的数据文件。", "Describe the data set first; after saving, upload the file of its first version.")
        case .pubMine: t("可由您发布新版本的数据集", "Data sets you can add versions to")
        case .pubNone: t("还没有数据集。", "No data sets yet.")
        case .pubAddVersion: t("上传新版本", "Upload a new version")
        case .pubCreated: t("数据集已登记，请上传第一个版本。", "The data set was saved. Upload its first version.")
        case .pubVersionAdded: t("新版本已发布。", "The new version was published.")
        case .pubSlug: t("名称（网址用）", "Name (for addresses)")
        case .pubSlugHint: t("小写字母、数字和连字符，3至80个字符，例如 beijing-labs-2026。", "Lowercase letters, digits and hyphens, 3 to 80 characters, for example beijing-labs-2026.")
        case .pubTitleZh: t("中文标题", "Title in Chinese")
        case .pubTitleEn: t("英文标题", "Title in English")
        case .pubDescriptionZh: t("中文说明", "Description in Chinese")
        case .pubDescriptionEn: t("英文说明", "Description in English")
        case .pubPublisherAs: t("发布单位", "Publish as")
        case .pubKeywordsHint: t("用逗号或顿号分隔。", "Separate them with commas.")
        case .pubTemporalStart: t("时间范围开始", "Time coverage from")
        case .pubTemporalEnd: t("时间范围结束", "Time coverage to")
        case .pubDateHint: t("格式：2026-01-31，可不填。", "As 2026-01-31; optional.")
        case .pubSpatialHint: t("例如：北京市、海淀区。", "For example Beijing or one of its districts, in Chinese.")
        case .pubCreateButton: t("保存数据集", "Save the data set")
        case .pubVersionTitle: t("上传新版本", "Upload a new version")
        case .pubVersionIntro: t("上传的文件将形成一个新版本，并同时提供 CSV、JSON 和 XLSX 下载及其 SHA-256 校验值；已有版本不会被覆盖。",
                                 "The file becomes a new version, offered as CSV, JSON and XLSX with their SHA-256 checksums; no existing version is overwritten.")
        case .pubFile: t("数据文件", "Data file")
        case .pubFileHint: t("CSV（UTF-8，第一行为列名）、JSON（对象数组）或 XLSX（第一个工作表），不超过10 MB。",
                             "CSV (UTF-8, column names in the first row), JSON (an array of objects) or XLSX (the first sheet), up to 10 MB.")
        case .pubNote: t("版本说明", "What this version changes")
        case .pubNoteHint: t("例如：补充2026年第三季度数据。", "For example: adds the third quarter of 2026.")
        case .pubUploadButton: t("上传并发布", "Upload and publish")
        case .pubPublishLink: t("发布数据", "Publish data")
        }
    }
}
