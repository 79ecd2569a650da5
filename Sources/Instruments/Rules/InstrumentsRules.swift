import Foundation
import KechuangCore

/// The rules of instrument sharing, as data; each cites the article it implements.
public enum InstrumentsRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// What every registry entry needs, published or not.
    public static let registration = RuleBook<InstrumentInput>([
        Rule(id: "instrument.name.required", basis: .art(55), field: "name_zh",
             message: LocalizedText(zh: "请填写仪器中文名称", en: "Enter the instrument's Chinese name")) { blank($0.nameZh) },
        Rule(id: "instrument.category.known", basis: .art(55), field: "category",
             message: LocalizedText(zh: "请从分类代码表中选择仪器类别", en: "Select the instrument class from the code list")) {
            InstrumentCategories.category($0.categoryCode) == nil
        },
        Rule(id: "instrument.organisation.required", basis: .art(55), field: "organisation_id",
             message: LocalizedText(zh: "请选择管理单位", en: "Select the managing institution")) { $0.organisationID == nil },
        Rule(id: "instrument.district.required", basis: .art(55), field: "district",
             message: LocalizedText(zh: "请选择仪器所在区", en: "Select the district where the instrument is")) { $0.district == nil },
        Rule(id: "instrument.value.required", basis: .art(55), field: "original_value",
             message: LocalizedText(zh: "请填写原值（元，不小于 0）", en: "Enter the original value in yuan (0 or more)")) {
            ($0.originalValueYuan ?? -1) < 0
        },
        Rule(id: "instrument.fees.nonnegative", basis: .art(55), field: "fee_external",
             message: LocalizedText(zh: "收费标准不能为负数，最低计费单位至少为 1", en: "Fees cannot be negative, and at least 1 unit is the minimum charge")) {
            guard let f = $0.service?.fees else { return false }
            return f.internalRateFen < 0 || f.externalRateFen < 0 || f.minimumUnits < 1
        },
        Rule(id: "instrument.hours.order", basis: .art(55), field: "open_hour",
             message: LocalizedText(zh: "开放时间须在 0–24 时之间，且结束晚于开始", en: "Opening hours are between 0 and 24, and close after they open")) {
            guard let s = $0.service else { return false }
            return s.openHour < 0 || s.closeHour > 24 || s.closeHour <= s.openHour
        },
        Rule(id: "instrument.cancellation.nonnegative", basis: .art(55), field: "cancellation_hours",
             message: LocalizedText(zh: "取消预约提前时间不能为负数", en: "The cancellation notice cannot be negative")) {
            ($0.service?.cancellationNoticeHours ?? 0) < 0
        },
    ])

    /// Art. 55: the managing unit of an instrument bought or built with public money publishes its
    /// service mode, content, process and fees. Such an instrument is not published without them.
    public static let publication = RuleBook<InstrumentInput>([
        Rule(id: "instrument.publication.service_mode", basis: .art(55), field: "service_mode",
             message: LocalizedText(zh: "财政资金购置的仪器须公布服务方式后才能发布（第五十五条）",
                                    en: "An instrument bought with public money is published only with its service mode (Art. 55)")) {
            $0.publicFunding && $0.service?.mode == nil
        },
        Rule(id: "instrument.publication.service_content", basis: .art(55), field: "service_content",
             message: LocalizedText(zh: "财政资金购置的仪器须公布服务内容后才能发布（第五十五条）",
                                    en: "An instrument bought with public money is published only with its service content (Art. 55)")) {
            $0.publicFunding && blank($0.service?.content ?? "")
        },
        Rule(id: "instrument.publication.service_process", basis: .art(55), field: "service_process",
             message: LocalizedText(zh: "财政资金购置的仪器须公布服务流程后才能发布（第五十五条）",
                                    en: "An instrument bought with public money is published only with its service process (Art. 55)")) {
            $0.publicFunding && blank($0.service?.process ?? "")
        },
        Rule(id: "instrument.publication.fees", basis: .art(55), field: "fee_external",
             message: LocalizedText(zh: "财政资金购置的仪器须公布收费标准（校内、校外价格及计费单位）后才能发布（第五十五条）",
                                    en: "An instrument bought with public money is published only with its fee schedule: internal and external rates and the unit (Art. 55)")) {
            $0.publicFunding && $0.service?.fees == nil
        },
        Rule(id: "instrument.publication.contact", basis: .art(55), field: "contact",
             message: LocalizedText(zh: "财政资金购置的仪器须公布联系方式后才能发布（第五十五条）",
                                    en: "An instrument bought with public money is published only with a contact (Art. 55)")) {
            $0.publicFunding && blank($0.service?.contact ?? "")
        },
        Rule(id: "instrument.publication.retired", basis: .art(55), field: "status",
             message: LocalizedText(zh: "已报废的仪器不能发布", en: "A retired instrument cannot be published")) { $0.status == .retired },
    ])

    /// What the booking rules need to know.
    public struct BookingFacts: Sendable {
        public var request: BookingRequest
        public var terms: ServiceTerms?
        public var instrumentBookable: Bool
        public var trained: Bool
        public var now: Date
    }

    /// Booking under the published terms (Art. 55).
    public static let booking = RuleBook<BookingFacts>([
        Rule(id: "booking.instrument.bookable", basis: .art(55), field: "instrument",
             message: LocalizedText(zh: "该仪器未发布或不在用，暂不能预约", en: "This instrument is not published or not in service, so it cannot be booked")) {
            !$0.instrumentBookable
        },
        Rule(id: "booking.times.required", basis: .art(55), field: "starts_at",
             message: LocalizedText(zh: "请填写开始和结束时间（北京时间，如 2026-12-03 09:00）",
                                    en: "Enter the start and the end (Beijing time, e.g. 2026-12-03 09:00)")) {
            $0.request.startsAt == nil || $0.request.endsAt == nil
        },
        Rule(id: "booking.times.order", basis: .art(55), field: "ends_at",
             message: LocalizedText(zh: "结束时间须晚于开始时间", en: "The end must be after the start")) {
            guard let a = $0.request.startsAt, let b = $0.request.endsAt else { return false }
            return b <= a
        },
        Rule(id: "booking.times.future", basis: .art(55), field: "starts_at",
             message: LocalizedText(zh: "只能预约将来的时段", en: "Only future slots can be booked")) {
            guard let a = $0.request.startsAt else { return false }
            return a < $0.now
        },
        Rule(id: "booking.times.half_hours", basis: .art(55), field: "starts_at",
             message: LocalizedText(zh: "预约按半小时计，开始和结束须为整点或半点", en: "Bookings are in half hours: start and end on the hour or half hour")) {
            guard let a = $0.request.startsAt, let b = $0.request.endsAt else { return false }
            return Int(a.timeIntervalSince1970) % 1800 != 0 || Int(b.timeIntervalSince1970) % 1800 != 0
        },
        Rule(id: "booking.times.opening_hours", basis: .art(55), field: "ends_at",
             message: LocalizedText(zh: "预约须在同一天的开放时间内", en: "A booking lies within one day's opening hours")) {
            guard let a = $0.request.startsAt, let b = $0.request.endsAt, b > a, let t = $0.terms else { return false }
            let day = BeijingDay(containing: a).start
            let open = day.addingTimeInterval(Double(t.openHour) * 3600), close = day.addingTimeInterval(Double(t.closeHour) * 3600)
            return a < open || b > close
        },
        Rule(id: "booking.samples.required", basis: .art(55), field: "samples",
             message: LocalizedText(zh: "送样检测请填写样品数量（1–1000）", en: "For samples sent in, enter the number of samples (1–1000)")) {
            $0.request.kind == .sample && !(1...1000).contains($0.request.samples ?? 0)
        },
        Rule(id: "booking.training.required", basis: .art(55), field: "instrument",
             message: LocalizedText(zh: "该仪器要求先参加培训，培训记录登记后才能预约（服务条款，第五十五条）",
                                    en: "This instrument requires training first: book it once your training is recorded (service terms, Art. 55)")) {
            ($0.terms?.trainingRequired ?? false) && $0.request.kind == .time && !$0.trained
        },
    ])

    /// What the cancellation rule needs to know.
    public struct CancellationFacts: Sendable {
        public var booking: Booking
        public var noticeHours: Int
        public var byManager: Bool
        public var now: Date
    }

    /// Users cancel with the published notice; managers may always cancel (e.g. a fault).
    public static let cancellation = RuleBook<CancellationFacts>([
        Rule(id: "booking.cancel.active", basis: .art(55), field: "booking",
             message: LocalizedText(zh: "只能取消待审批或已确认的预约", en: "Only bookings awaiting approval or confirmed can be cancelled")) {
            !$0.booking.state.isActive
        },
        Rule(id: "booking.cancel.notice", basis: .art(55), field: "booking",
             message: LocalizedText(zh: "已超过服务条款规定的取消期限，请联系仪器管理员", en: "The cancellation notice in the service terms has passed: contact the instrument's manager")) {
            !$0.byManager && $0.booking.startsAt.timeIntervalSince($0.now) < Double($0.noticeHours) * 3600
        },
    ])

    public static let usage = RuleBook<UsageInput>([
        Rule(id: "usage.times.required", basis: .art(55), field: "started_at",
             message: LocalizedText(zh: "请填写实际开始和结束时间", en: "Enter the actual start and end")) { $0.startedAt == nil || $0.endedAt == nil },
        Rule(id: "usage.times.order", basis: .art(55), field: "ended_at",
             message: LocalizedText(zh: "实际结束时间不能早于开始时间", en: "The actual end cannot be before the start")) {
            guard let a = $0.startedAt, let b = $0.endedAt else { return false }
            return b < a
        },
        Rule(id: "usage.outcome.required", basis: .art(55), field: "outcome",
             message: LocalizedText(zh: "请选择使用结果", en: "Select the outcome")) { $0.outcome == nil },
        Rule(id: "usage.samples.range", basis: .art(55), field: "samples",
             message: LocalizedText(zh: "样品数量须在 0–1000 之间", en: "Samples are between 0 and 1000")) { !(0...1000).contains($0.samples ?? 0) },
    ])

    public struct FeedbackInput: Sendable {
        public var rating: Int?
        public var comment: String
        public init(rating: Int?, comment: String) {
            self.rating = rating
            self.comment = comment
        }
    }

    public static let feedback = RuleBook<FeedbackInput>([
        Rule(id: "feedback.rating.range", basis: nil, field: "rating",
             message: LocalizedText(zh: "请选择 1–5 的评分", en: "Choose a rating from 1 to 5")) { !(1...5).contains($0.rating ?? 0) },
        Rule(id: "feedback.comment.length", basis: nil, field: "comment",
             message: LocalizedText(zh: "评价不超过 2000 字", en: "Keep the comment to 2,000 characters")) { $0.comment.count > 2000 },
    ])

    /// Every rule of this module that cites an article, for the article pages.
    public static var citations: [CitedRule] {
        registration.citations(module: "INS") + publication.citations(module: "INS") + booking.citations(module: "INS")
            + cancellation.citations(module: "INS") + usage.citations(module: "INS") + OpennessEvaluation.citations
    }
}
