import KechuangCore

/// Strings of the instrument sharing (Art. 55) pages, in Chinese and English.
public enum InstrumentsMsg: String, Catalogue {
    case navInstruments
    // Search
    case insSearchTitle, insSearchIntro, insSearchLabel, insSearchHint, insCategory, insDistrict, insInstitution, insFeeMin, insFeeMax
    case insFeeHint, insAvailable7, insSearchButton, insResults, insNoResults, insAny, insMyBookingsLink, insManageLink, insStatisticsLink
    case insRegisterLink
    // Instrument page
    case insMaker, insModel, insOriginalValue, insPurchaseDate, insFunding, insFundingPublic, insFundingOther, insLab, insLocation, insSpecs
    case insStatus, insServiceTitle, insServiceMode, insServiceContent, insServiceProcess, insFees, insInternalRate, insExternalRate
    case insMinimum, insTraining, insTrainingRequired, insTrainingNone, insContact, insApproval, insApprovalRequired, insApprovalNone
    case insCancellation, insOpeningHours, insNoService, insCalendarTitle, insCalendarIntro, insFree, insNoFree, insTaken, insBlackout
    case insICalFeed, insFeedbackTitle, insNoFeedback, insRating, insUnpublished, insArticle55
    // Booking
    case insBookTitle, insBookHint, insStartsAt, insEndsAt, insTimeHint, insSamples, insSamplesHint, insPurpose, insBookButton
    case insSignInToBook, insBooked, insRequested, insWaitTitle, insWaitHint, insWaitButton, insWaiting, insKind, insKindTime, insKindSample
    case insDeliveryDay
    // My bookings
    case insMineTitle, insMineNone, insSlot, insState, insCancel, insCancelled, insFeedbackGive, insFeedbackComment, insFeedbackSent
    case insWaitlistTitle, insOfferHeld, insMyBill, insMonth, insMonthHint, insShow
    // Managers
    case insManageTitle, insManageIntro, insApprovals, insNoApprovals, insApprove, insReject, insNote, insDecided, insUsageTitle
    case insNoUsage, insActualStart, insActualEnd, insOutcome, insRecordUsage, insUsageRecorded, insBlackoutTitle, insBlackoutReason
    case insBlackoutAdd, insBlackoutAdded, insTrainingTitle, insTrainingPerson, insTrainingAdd, insTrainingAdded, insManagersTitle
    case insManagerAdd, insManagerAdded, insPersonEmail, insPersonUnknown, insKept, insEdit, insPublish, insPublished, insSaved
    case insUser, insExternal, insInternal, insAmount, insBillsTitle, insBillsNone, insTotal
    // Registry form
    case insRegisterTitle, insEditTitle, insNameZh, insNameEn, insValueHint, insDateHint, insPublicFunding, insSave, insRegistered
    case insOpenHour, insCloseHour, insNoticeHours, insFeeUnit, insFeeRateHint, insLabNone, insPublishHint
    // Bill
    case insBillTitle, insBillIntro, insBillPrint, insBillCSV, insBillXLSX, insBillEmpty, insDate, insHours
    // Statistics
    case insStatsTitle, insStatsIntro, insYear, insBookedHours, insEffectiveHours, insExternalShare, insExternalUsers, insIncome
    case insIdleHours, insExternalHours, insInstruments, insEvaluationTitle, insEvaluationIntro, insRank, insScore, insCriterion, insMinimumValue
    case insValue, insMet, insNotMet, insChartHours, insChartData, insByInstrument, insStatsCSV, insStatsXLSX
    case insChartHoursByInstrument, insAllInstitutions, insInstrument
    // Photo
    case insPhotoTitle, insPhotoFile, insPhotoHint, insPhotoAltZh, insPhotoAltEn, insPhotoAltHint, insPhotoUpload, insPhotoSaved

    public var text: LocalizedText {
        switch self {
        case .navInstruments: t("仪器共享", "Instruments")
        case .insSearchTitle: t("大型科研仪器开放共享", "Open sharing of large research instruments")
        case .insSearchIntro: t("依据《北京国际科技创新中心建设条例》第五十五条，利用财政资金购置、建设的重大科研基础设施和大型科研仪器应当向社会开放，管理单位应当公开服务方式、内容、流程和收费标准。",
                                "Under Art. 55 of the Regulations, major research infrastructure and large instruments bought or built with public money are open to society, and their managing units publish the service mode, content, process and fees.")
        case .insSearchLabel: t("检索词", "Search terms")
        case .insSearchHint: t("例如：电镜、质谱、核磁；或 microscope", "For example: 电镜, 质谱, or microscope")
        case .insCategory: t("仪器类别", "Instrument class")
        case .insDistrict: t("所在区", "District")
        case .insInstitution: t("管理单位", "Managing institution")
        case .insFeeMin: t("对外收费下限（元）", "External fee from (yuan)")
        case .insFeeMax: t("对外收费上限（元）", "External fee up to (yuan)")
        case .insFeeHint: t("按每小时或每个样品的对外价格", "The external rate per hour or per sample")
        case .insAvailable7: t("仅显示未来 7 天内有空闲时段的仪器", "Only instruments with a free slot in the next 7 days")
        case .insSearchButton: t("检索", "Search")
        case .insResults: t("检索结果", "Results")
        case .insNoResults: t("没有符合条件的仪器。请减少筛选条件或换用其他检索词。", "No instrument matches. Remove a filter or try other words.")
        case .insAny: t("不限", "Any")
        case .insMyBookingsLink: t("我的预约", "My bookings")
        case .insManageLink: t("仪器管理与审批", "Run instruments and approvals")
        case .insStatisticsLink: t("开放共享统计与评价", "Sharing statistics and evaluation")
        case .insRegisterLink: t("登记仪器", "Register an instrument")
        case .insMaker: t("生产厂家", "Maker")
        case .insModel: t("型号", "Model")
        case .insOriginalValue: t("原值", "Original value")
        case .insPurchaseDate: t("购置日期", "Purchase date")
        case .insFunding: t("资金来源", "Funding")
        case .insFundingPublic: t("财政资金", "Public money")
        case .insFundingOther: t("非财政资金", "Not public money")
        case .insLab: t("所属实验室", "Laboratory")
        case .insLocation: t("放置地点", "Location")
        case .insSpecs: t("主要技术指标", "Technical specifications")
        case .insStatus: t("运行状态", "Status")
        case .insServiceTitle: t("服务信息（第五十五条）", "Service information (Art. 55)")
        case .insServiceMode: t("服务方式", "Service mode")
        case .insServiceContent: t("服务内容", "Service content")
        case .insServiceProcess: t("服务流程", "Service process")
        case .insFees: t("收费标准", "Fees")
        case .insInternalRate: t("校（所）内价格", "Internal rate")
        case .insExternalRate: t("对外价格", "External rate")
        case .insMinimum: t("最低计费", "Minimum charge")
        case .insTraining: t("培训要求", "Training")
        case .insTrainingRequired: t("须经培训后方可预约", "Training is required before booking")
        case .insTrainingNone: t("无需培训", "No training required")
        case .insContact: t("联系方式", "Contact")
        case .insApproval: t("预约审批", "Approval")
        case .insApprovalRequired: t("预约须经仪器管理员审批", "Bookings wait for the manager's approval")
        case .insApprovalNone: t("预约即时确认", "Bookings are confirmed at once")
        case .insCancellation: t("取消规则", "Cancellation")
        case .insOpeningHours: t("开放时间（北京时间）", "Opening hours (Beijing time)")
        case .insNoService: t("尚未填写服务信息。", "No service information yet.")
        case .insCalendarTitle: t("未来 7 天空闲时段", "Free slots in the next 7 days")
        case .insCalendarIntro: t("时间为北京时间。预约按半小时计。", "Times are Beijing time. Bookings are in half hours.")
        case .insFree: t("空闲", "Free")
        case .insNoFree: t("无空闲时段", "No free slot")
        case .insTaken: t("已占用", "Taken")
        case .insBlackout: t("维护停机", "Maintenance")
        case .insICalFeed: t("订阅该仪器日历（iCalendar）", "Subscribe to this instrument's calendar (iCalendar)")
        case .insFeedbackTitle: t("用户评价", "User feedback")
        case .insNoFeedback: t("暂无评价。", "No feedback yet.")
        case .insRating: t("评分（1–5）", "Rating (1–5)")
        case .insUnpublished: t("该仪器尚未发布，只有管理单位和仪器管理员可见。", "This instrument is not published: only its institution and managers see it.")
        case .insArticle55: t("第五十五条", "Art. 55")
        case .insBookTitle: t("预约", "Book")
        case .insBookHint: t("选择上表中的空闲时段。", "Choose a free slot from the table above.")
        case .insStartsAt: t("开始时间", "Start")
        case .insEndsAt: t("结束时间", "End")
        case .insTimeHint: t("北京时间，例如 2026-12-03 09:00", "Beijing time, for example 2026-12-03 09:00")
        case .insSamples: t("样品数量", "Number of samples")
        case .insSamplesHint: t("送样检测时填写", "For samples sent in")
        case .insPurpose: t("用途说明", "Purpose")
        case .insBookButton: t("提交预约", "Book this slot")
        case .insSignInToBook: t("登录后预约", "Sign in to book")
        case .insBooked: t("预约已确认。", "Your booking is confirmed.")
        case .insRequested: t("预约已提交，等待仪器管理员审批。", "Your booking is made and waits for the manager's approval.")
        case .insWaitTitle: t("加入候补", "Join the waiting list")
        case .insWaitHint: t("所需时段已被占用时，可加入候补；该时段空出后将优先为您保留 24 小时。", "If the slot you need is taken, join the waiting list: when it frees, it is held for you for 24 hours.")
        case .insWaitButton: t("加入候补", "Join the waiting list")
        case .insWaiting: t("已加入候补。", "You are on the waiting list.")
        case .insKind: t("预约方式", "Booking by")
        case .insKindTime: t("按机时", "Time")
        case .insKindSample: t("按样品（送样）", "Samples sent in")
        case .insDeliveryDay: t("送样日期", "Delivery day")
        case .insMineTitle: t("我的仪器预约", "My instrument bookings")
        case .insMineNone: t("您还没有预约。", "You have no bookings.")
        case .insSlot: t("时段", "Slot")
        case .insState: t("状态", "State")
        case .insCancel: t("取消预约", "Cancel booking")
        case .insCancelled: t("预约已取消。", "The booking is cancelled.")
        case .insFeedbackGive: t("评价", "Rate")
        case .insFeedbackComment: t("评价内容", "Comment")
        case .insFeedbackSent: t("感谢您的评价。", "Thank you for your feedback.")
        case .insWaitlistTitle: t("候补", "Waiting list")
        case .insOfferHeld: t("空出的时段为您保留至", "The freed slot is held for you until")
        case .insMyBill: t("我的月度账单", "My monthly bill")
        case .insMonth: t("月份", "Month")
        case .insMonthHint: t("例如 2026-11", "For example 2026-11")
        case .insShow: t("显示", "Show")
        case .insManageTitle: t("仪器管理与审批", "Running instruments")
        case .insManageIntro: t("您管理的仪器：审批预约、登记使用记录、设置维护停机、登记培训。", "Instruments you run: approve bookings, record usage, set maintenance blackouts, record training.")
        case .insApprovals: t("待审批预约", "Bookings awaiting approval")
        case .insNoApprovals: t("没有待审批的预约。", "No bookings await approval.")
        case .insApprove: t("批准", "Approve")
        case .insReject: t("不批准", "Reject")
        case .insNote: t("说明", "Note")
        case .insDecided: t("已处理该预约。", "The booking is decided.")
        case .insUsageTitle: t("待登记使用记录", "Usage to record")
        case .insNoUsage: t("没有待登记的使用记录。", "No usage to record.")
        case .insActualStart: t("实际开始", "Actual start")
        case .insActualEnd: t("实际结束", "Actual end")
        case .insOutcome: t("使用结果", "Outcome")
        case .insRecordUsage: t("登记使用记录", "Record usage")
        case .insUsageRecorded: t("使用记录已登记，费用已计入账单。", "Usage is recorded and charged to the bill.")
        case .insBlackoutTitle: t("维护停机", "Maintenance blackout")
        case .insBlackoutReason: t("原因", "Reason")
        case .insBlackoutAdd: t("设置停机", "Add blackout")
        case .insBlackoutAdded: t("停机时段已设置。", "The blackout is set.")
        case .insTrainingTitle: t("登记培训", "Record training")
        case .insTrainingPerson: t("受训人电子邮箱", "Trainee's e-mail")
        case .insTrainingAdd: t("登记", "Record")
        case .insTrainingAdded: t("培训已登记。", "The training is recorded.")
        case .insManagersTitle: t("仪器管理员", "Instrument managers")
        case .insManagerAdd: t("指定管理员", "Designate manager")
        case .insManagerAdded: t("已指定仪器管理员。", "The manager is designated.")
        case .insPersonEmail: t("电子邮箱", "E-mail")
        case .insPersonUnknown: t("没有使用该电子邮箱的用户", "No one uses this e-mail address")
        case .insKept: t("本单位仪器", "Instruments you keep")
        case .insEdit: t("编辑", "Edit")
        case .insPublish: t("发布", "Publish")
        case .insPublished: t("仪器已发布。", "The instrument is published.")
        case .insSaved: t("已保存。", "Saved.")
        case .insUser: t("用户", "User")
        case .insExternal: t("外单位", "External")
        case .insInternal: t("本单位", "Internal")
        case .insAmount: t("费用", "Charge")
        case .insBillsTitle: t("外单位用户月度账单", "Monthly bills of external users")
        case .insBillsNone: t("该月没有外单位用户的使用记录。", "No external usage in this month.")
        case .insTotal: t("合计", "Total")
        case .insRegisterTitle: t("登记大型科研仪器", "Register a large instrument")
        case .insEditTitle: t("编辑仪器信息", "Edit the instrument")
        case .insNameZh: t("中文名称", "Chinese name")
        case .insNameEn: t("英文名称", "English name")
        case .insValueHint: t("单位：元", "In yuan")
        case .insDateHint: t("例如 2019-05-10", "For example 2019-05-10")
        case .insPublicFunding: t("利用财政资金购置或建设", "Bought or built with public money")
        case .insSave: t("保存", "Save")
        case .insRegistered: t("仪器已登记（未发布）。", "The instrument is registered (not published).")
        case .insOpenHour: t("每日开放起始（时）", "Opens at (hour)")
        case .insCloseHour: t("每日开放结束（时）", "Closes at (hour)")
        case .insNoticeHours: t("取消须提前（小时）", "Cancellation notice (hours)")
        case .insFeeUnit: t("计费单位", "Charged per")
        case .insFeeRateHint: t("单位：元", "In yuan")
        case .insLabNone: t("不属于重点实验室", "Not in a key laboratory")
        case .insPublishHint: t("财政资金购置的仪器须公布服务方式、内容、流程、收费标准和联系方式后才能发布（第五十五条）。",
                                "An instrument bought with public money is published only with its service mode, content, process, fees and contact (Art. 55).")
        case .insBillTitle: t("仪器使用费账单", "Instrument usage bill")
        case .insBillIntro: t("外单位用户按对外价格计费（第五十五条公布的收费标准）。", "External users are charged the external rates (the fees published under Art. 55).")
        case .insBillPrint: t("打印账单", "Printable statement")
        case .insBillCSV: t("下载 CSV", "Download CSV")
        case .insBillXLSX: t("下载 Excel", "Download Excel")
        case .insBillEmpty: t("该月没有计费的使用记录。", "No charged usage in this month.")
        case .insDate: t("日期", "Date")
        case .insHours: t("机时（小时）", "Hours")
        case .insStatsTitle: t("开放共享统计", "Sharing statistics")
        case .insStatsIntro: t("按管理单位统计财政资金购置仪器的预约机时、有效机时、对外服务占比、外单位用户数、收入和闲置机时。",
                               "Per institution, for instruments bought with public money: booked hours, effective hours, external share, external users, income and idle hours.")
        case .insYear: t("年度", "Year")
        case .insBookedHours: t("预约机时", "Booked hours")
        case .insEffectiveHours: t("有效机时", "Effective hours")
        case .insExternalShare: t("对外服务占比", "External share")
        case .insExternalUsers: t("外单位用户数", "External users")
        case .insIncome: t("收入（元）", "Income (yuan)")
        case .insIdleHours: t("闲置机时", "Idle hours")
        case .insExternalHours: t("对外服务机时", "External hours")
        case .insInstruments: t("仪器数", "Instruments")
        case .insEvaluationTitle: t("年度开放共享评价", "Yearly openness evaluation")
        case .insEvaluationIntro: t("依据第五十五条，按当年评价标准（数据配置）计算各单位得分并排名。", "Under Art. 55, each institution is scored against the year's thresholds (configured as data) and ranked.")
        case .insRank: t("排名", "Rank")
        case .insScore: t("得分", "Score")
        case .insCriterion: t("评价指标", "Criterion")
        case .insMinimumValue: t("标准", "Threshold")
        case .insValue: t("实际值", "Value")
        case .insMet: t("达标", "Met")
        case .insNotMet: t("未达标", "Not met")
        case .insChartHours: t("各单位有效机时与对外机时（小时）", "Effective and external hours per institution")
        case .insChartData: t("图表数据", "Chart data")
        case .insByInstrument: t("各仪器", "Per instrument")
        case .insStatsCSV: t("下载 CSV", "Download CSV")
        case .insStatsXLSX: t("下载 Excel", "Download Excel")
        case .insChartHoursByInstrument: t("各仪器有效机时与对外机时（小时）", "Effective and external hours per instrument")
        case .insAllInstitutions: t("返回全部单位", "Back to all institutions")
        case .insInstrument: t("仪器", "Instrument")
        case .insPhotoTitle: t("仪器照片", "Photo of the instrument")
        case .insPhotoFile: t("照片文件", "Photo file")
        case .insPhotoHint: t("JPEG、PNG 或 WebP 格式，不超过 5 MB；上传后替换原有照片。", "JPEG, PNG or WebP, at most 5 MB; replaces the current photo.")
        case .insPhotoAltZh: t("照片说明（中文）", "Description of the photo (Chinese)")
        case .insPhotoAltEn: t("照片说明（英文）", "Description of the photo (English)")
        case .insPhotoAltHint: t("写明照片中是什么，供看不到图片的人（读屏软件）使用，如“透射电镜主机及操作台”。",
                                 "Say what the photo shows, for people who cannot see it (screen readers), e.g. “The microscope column and its control desk”.")
        case .insPhotoUpload: t("上传照片", "Upload photo")
        case .insPhotoSaved: t("照片已保存。", "The photo has been saved.")
        }
    }
}
