import Foundation
import Identity
import KechuangCore

/// A place in a document of the policy library that a registration rule rests on.
public struct RegistrationSource: Sendable, Equatable, Hashable {
    public let documentID: String
    public let titleZh: String
    public let titleEn: String
    public let articleZh: String
    public let articleEn: String

    public var text: LocalizedText { LocalizedText(zh: "《\(titleZh)》\(articleZh)", en: "\(titleEn), \(articleEn)") }

    static func civil(_ zh: String, _ en: String) -> RegistrationSource {
        RegistrationSource(documentID: RegistrationDocuments.civilCode.id, titleZh: "中华人民共和国民法典", titleEn: "Civil Code", articleZh: zh, articleEn: en)
    }

    static func beijing(_ zh: String, _ en: String) -> RegistrationSource {
        RegistrationSource(documentID: RegistrationDocuments.beijingMarket.id, titleZh: "北京市技术市场条例", titleEn: "Beijing Technology Market Regulation",
                           articleZh: zh, articleEn: en)
    }
}

/// The five technology-contract types of the Civil Code (第八百四十三条).
public enum ContractType: String, Sendable, Codable, CaseIterable {
    case development, transfer, licence, consultancy, service

    public var label: LocalizedText {
        switch self {
        case .development: LocalizedText(zh: "技术开发合同", en: "Technology development")
        case .transfer: LocalizedText(zh: "技术转让合同", en: "Technology transfer")
        case .licence: LocalizedText(zh: "技术许可合同", en: "Technology licence")
        case .consultancy: LocalizedText(zh: "技术咨询合同", en: "Technical consultancy")
        case .service: LocalizedText(zh: "技术服务合同", en: "Technical service")
        }
    }

    /// Where the Civil Code defines the type.
    public var source: RegistrationSource {
        switch self {
        case .development: .civil("第八百五十一条", "Art. 851")
        case .transfer: .civil("第八百六十二条第一款、第八百六十三条第一款", "Art. 862(1), 863(1)")
        case .licence: .civil("第八百六十二条第二款、第八百六十三条第二款", "Art. 862(2), 863(2)")
        case .consultancy: .civil("第八百七十八条第一款", "Art. 878(1)")
        case .service: .civil("第八百七十八条第二款", "Art. 878(2)")
        }
    }

    public var subtypes: [ContractSubtype] { ContractSubtype.allCases.filter { $0.type == self } }
}

/// The subtypes the registration point records, each with its type and source.
public enum ContractSubtype: String, Sendable, Codable, CaseIterable {
    case commissioned = "development.commissioned", cooperative = "development.cooperative", transformation = "development.transformation"
    case patentRight = "transfer.patent_right", patentApplicationRight = "transfer.patent_application_right", secretTransfer = "transfer.technical_secret"
    case equity = "transfer.equity", otherTransfer = "transfer.other"
    case patentLicence = "licence.patent", secretLicence = "licence.technical_secret", otherLicence = "licence.other"
    case feasibility = "consultancy.feasibility", forecast = "consultancy.forecast", survey = "consultancy.survey", evaluation = "consultancy.evaluation"
    case generalService = "service.general", training = "service.training", intermediary = "service.intermediary"

    public var type: ContractType {
        ContractType(rawValue: String(rawValue.split(separator: ".").first ?? "")) ?? .service
    }

    /// Whether the contract's object is a patent (its number must be in the contract: Civil Code Art. 845(3)).
    public var concernsPatent: Bool { [.patentRight, .patentApplicationRight, .patentLicence].contains(self) }

    public var label: LocalizedText {
        switch self {
        case .commissioned: LocalizedText(zh: "委托开发", en: "Commissioned development")
        case .cooperative: LocalizedText(zh: "合作开发", en: "Cooperative development")
        case .transformation: LocalizedText(zh: "科技成果转化", en: "Transformation of a result")
        case .patentRight: LocalizedText(zh: "专利权转让", en: "Patent assignment")
        case .patentApplicationRight: LocalizedText(zh: "专利申请权转让", en: "Assignment of a patent application")
        case .secretTransfer: LocalizedText(zh: "技术秘密转让", en: "Transfer of a technical secret")
        case .equity: LocalizedText(zh: "技术入股", en: "Technology as equity")
        case .otherTransfer: LocalizedText(zh: "其他技术转让", en: "Other transfer")
        case .patentLicence: LocalizedText(zh: "专利实施许可", en: "Patent licence")
        case .secretLicence: LocalizedText(zh: "技术秘密使用许可", en: "Technical-secret licence")
        case .otherLicence: LocalizedText(zh: "其他技术许可", en: "Other licence")
        case .feasibility: LocalizedText(zh: "可行性论证", en: "Feasibility study")
        case .forecast: LocalizedText(zh: "技术预测", en: "Technology forecast")
        case .survey: LocalizedText(zh: "专题技术调查", en: "Technical survey")
        case .evaluation: LocalizedText(zh: "分析评价报告", en: "Analysis and evaluation")
        case .generalService: LocalizedText(zh: "技术服务", en: "Technical service")
        case .training: LocalizedText(zh: "技术培训", en: "Technical training")
        case .intermediary: LocalizedText(zh: "技术中介", en: "Technology brokerage")
        }
    }

    public var source: RegistrationSource {
        switch self {
        case .transformation: .civil("第八百五十一条第四款", "Art. 851(4)")
        case .equity: .beijing("第二十三条第一款", "Art. 23(1)")
        case .training, .intermediary: .civil("第八百八十七条", "Art. 887")
        default: type.source
        }
    }
}

/// What kind of party a buyer or a seller is (for the statistics by party kind).
public enum PartyKind: String, Sendable, Codable, CaseIterable {
    case enterprise, university, institute, individual, other

    public var label: LocalizedText {
        switch self {
        case .enterprise: LocalizedText(zh: "企业", en: "Enterprise")
        case .university: LocalizedText(zh: "高等学校", en: "University")
        case .institute: LocalizedText(zh: "科研机构", en: "Research institute")
        case .individual: LocalizedText(zh: "自然人", en: "Individual")
        case .other: LocalizedText(zh: "其他组织", en: "Other organisation")
        }
    }

    public init(_ type: OrganisationType) {
        switch type {
        case .enterprise, .financialInstitution: self = .enterprise
        case .university: self = .university
        case .researchInstitute, .newRDInstitution, .hospital: self = .institute
        default: self = .other
        }
    }
}

public struct ContractParty: Sendable, Equatable, Codable {
    public var name: String
    /// The unified social credit code (GB 32100-2015); empty for an individual.
    public var uscc: String
    public var kind: PartyKind
    /// Where the party is: a Beijing district, or outside Beijing.
    public var district: District

    public init(name: String, uscc: String, kind: PartyKind, district: District) {
        self.name = name
        self.uscc = uscc
        self.kind = kind
        self.district = district
    }

    public var inBeijing: Bool { district != .outsideBeijing }
}

/// The registration points (技术合同登记机构) that the municipal S&T department approves
/// (《北京市技术市场条例》第三十条). Data.
public struct RegistrationPoint: Sendable, Equatable {
    public let code: String
    public let name: LocalizedText
    public let district: District

    public static let all: [RegistrationPoint] = [
        RegistrationPoint(code: "HD", name: LocalizedText(zh: "海淀区技术合同登记站", en: "Haidian technology-contract registration point"), district: .haidian),
        RegistrationPoint(code: "CY", name: LocalizedText(zh: "朝阳区技术合同登记站", en: "Chaoyang technology-contract registration point"), district: .chaoyang),
        RegistrationPoint(code: "DC", name: LocalizedText(zh: "东城区技术合同登记站", en: "Dongcheng technology-contract registration point"), district: .dongcheng),
        RegistrationPoint(code: "YZ", name: LocalizedText(zh: "经济技术开发区技术合同登记站", en: "Economic-Technological Development Area registration point"), district: .daxing),
    ]

    public static func find(_ code: String) -> RegistrationPoint? { all.first { $0.code == code } }
}

public enum ContractState: String, Sendable, Codable, CaseIterable {
    case submitted, returned, registered

    public var label: LocalizedText {
        switch self {
        case .submitted: LocalizedText(zh: "待认定", en: "Awaiting the registrar")
        case .returned: LocalizedText(zh: "已退回补正", en: "Returned for correction")
        case .registered: LocalizedText(zh: "已认定登记", en: "Registered")
        }
    }
}

/// A technology contract submitted for registration (技术合同认定登记; Art. 36).
public struct TechnologyContract: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<TechnologyContract>
    public let id: ID
    /// The registration number, once registered.
    public var number: String?
    public var state: ContractState
    public var subtype: ContractSubtype
    public var type: ContractType { subtype.type }
    public var title: String
    public var field: TechField
    public var technicalContent: String
    public var seller: ContractParty
    public var buyer: ContractParty
    /// Whole yuan: the contract's total, and its parts. technical + goods + other = total.
    public var totalAmount: Int
    public var technicalAmount: Int
    public var goodsAmount: Int
    public var otherAmount: Int
    public var signedOn: BeijingDay
    public var startsOn: BeijingDay
    public var endsOn: BeijingDay
    public var point: String
    public var pdfKey: String?
    public var pdfSHA256: String?
    public var pdfName: String?
    public var inquiryID: UUID?
    public var submittedBy: UUID
    /// The last return's rule and reason.
    public var returnRule: String?
    public var returnReason: String?
    public var returns: Int
    public var registrarID: UUID?
    public var registeredOn: BeijingDay?
    public var submittedAt: Date
    public var updatedAt: Date
    public var version: Int
}

public struct ContractInput: Sendable, Equatable {
    public var type: ContractType?
    public var subtype: ContractSubtype?
    public var title: String
    public var field: TechField?
    public var technicalContent: String
    public var seller: ContractParty?
    public var buyer: ContractParty?
    public var totalAmount: Int?
    public var technicalAmount: Int?
    public var goodsAmount: Int?
    public var otherAmount: Int?
    public var signedOn: BeijingDay?
    public var startsOn: BeijingDay?
    public var endsOn: BeijingDay?
    public var point: String
    public var inquiryID: UUID?

    public init(type: ContractType?, subtype: ContractSubtype?, title: String, field: TechField?, technicalContent: String, seller: ContractParty?,
                buyer: ContractParty?, totalAmount: Int?, technicalAmount: Int?, goodsAmount: Int?, otherAmount: Int?, signedOn: BeijingDay?,
                startsOn: BeijingDay?, endsOn: BeijingDay?, point: String, inquiryID: UUID? = nil) {
        self.type = type
        self.subtype = subtype
        self.title = title
        self.field = field
        self.technicalContent = technicalContent
        self.seller = seller
        self.buyer = buyer
        self.totalAmount = totalAmount
        self.technicalAmount = technicalAmount
        self.goodsAmount = goodsAmount
        self.otherAmount = otherAmount
        self.signedOn = signedOn
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.point = point
        self.inquiryID = inquiryID
    }
}

/// Why a registrar returns a contract: each reason is data with the rule it rests on.
public enum ReturnReason: String, Sendable, Codable, CaseIterable {
    case wrongType = "wrong_type", technicalContent = "technical_content", amounts, incompleteText = "incomplete_text", partyRestricted = "party_restricted"

    public var label: LocalizedText {
        switch self {
        case .wrongType: LocalizedText(zh: "合同类型或子类与内容不符", en: "The type or subtype does not fit the content")
        case .technicalContent: LocalizedText(zh: "技术内容不明确", en: "The technical content is not clear")
        case .amounts: LocalizedText(zh: "技术交易额核定不符", en: "The technical transaction amount does not hold")
        case .incompleteText: LocalizedText(zh: "合同文本不真实、不完整", en: "The contract text is not true and complete")
        case .partyRestricted: LocalizedText(zh: "当事人受信用限制", en: "A party is under an integrity restriction")
        }
    }

    public var source: RegistrationSource {
        switch self {
        case .wrongType: .civil("第八百四十三条", "Art. 843")
        case .technicalContent: .civil("第八百四十五条第一款", "Art. 845(1)")
        case .amounts, .incompleteText: .beijing("第二十二条第一款", "Art. 22(1)")
        case .partyRestricted: .beijing("第二十一条第一款", "Art. 21(1)")
        }
    }

    public var basis: LegalBasis { self == .partyRestricted ? .art(60) : .art(36) }
}

/// Turnover of registered contracts over a period.
public struct Turnover: Sendable, Equatable, Codable {
    public var contracts: Int
    /// Contract amounts, whole yuan.
    public var amount: Int
    /// Technical transaction amounts (技术交易额), whole yuan.
    public var technicalAmount: Int

    public init(contracts: Int = 0, amount: Int = 0, technicalAmount: Int = 0) {
        self.contracts = contracts
        self.amount = amount
        self.technicalAmount = technicalAmount
    }

    mutating func add(_ c: TechnologyContract) {
        contracts += 1
        amount = Self.clamped(amount, c.totalAmount)
        technicalAmount = Self.clamped(technicalAmount, c.technicalAmount)
    }

    static func clamped(_ a: Int, _ b: Int) -> Int {
        let (s, o) = a.addingReportingOverflow(b)
        return o ? Int.max : s
    }
}
