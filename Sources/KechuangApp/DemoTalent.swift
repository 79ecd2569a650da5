import Foundation
import Identity
import KechuangCore
import Talent
import Vapor

extension DemoData {
    /// Talent demo (Art. 40, 41, 47, 72): the urgently-needed talent catalogue (one entry adjusted,
    /// one withdrawn), openings of the demo enterprise, institute and foreign R&D centre, representative
    /// achievements of the applicant and the foreign reviewer, the commission's staff member at every
    /// department's desk, and requests in every state (one escalated as overdue). A few dozen audited
    /// writes and no password hashes: well under a second. Loading twice changes nothing.
    static func loadTalent(into app: Application, organisations ids: [String: UUID]) async throws {
        let people = KechuangApp.people(app)
        let now = app.webServices.now()
        let catalogue = TalentCatalogue(db: app.db, now: { now })
        guard try await catalogue.count() == 0,
              let admin = try await people.find(email: "admin@demo.kechuang.cn"),
              let staff = try await people.find(email: "staff@demo.kechuang.cn"),
              let applicant = try await people.find(email: "applicant@demo.kechuang.cn"),
              let foreigner = try await people.find(email: "reviewer@demo.kechuang.cn") else { return }

        // The catalogue (Art. 40).
        let entries: [(String, TalentField, String, String, TalentLevel, String, String)] = [
            ("AI-001", .artificialIntelligence, "大模型算法科学家", "Large-model algorithm scientist", .leading,
             "主持过大模型训练或推理系统的研发，有开源或产业化成果", "Has led large-model training or inference work with open-source or industrial results"),
            ("AI-002", .artificialIntelligence, "智能算力系统工程师", "AI computing systems engineer", .core,
             "熟悉国产芯片集群调度与编译优化", "Knows scheduling and compiler optimisation on domestic chip clusters"),
            ("IC-001", .integratedCircuits, "先进封装工艺专家", "Advanced packaging process expert", .senior,
             "具备 2.5D/3D 封装量产经验", "Has brought 2.5D/3D packaging into volume production"),
            ("BIO-001", .biomedicine, "细胞与基因治疗临床转化人才", "Cell and gene therapy clinical translation specialist", .senior,
             "主导过 IND 申报或临床试验", "Has led an IND filing or a clinical trial"),
            ("QT-001", .quantum, "量子测控青年人才", "Young quantum measurement and control researcher", .young,
             "博士学位，从事超导或离子阱量子测控", "Doctorate; works on superconducting or trapped-ion control"),
            ("MAT-001", .newMaterials, "第三代半导体材料工程师", "Wide-bandgap semiconductor materials engineer", .core,
             "碳化硅或氮化镓外延与器件经验", "Experience with SiC or GaN epitaxy and devices"),
            ("AERO-001", .aerospace, "商业航天动力系统总师", "Chief designer of commercial launch propulsion", .leading,
             "主持过液体火箭发动机研制", "Has led the development of a liquid rocket engine"),
        ]
        var current: [String: CatalogueEntry] = [:]
        for e in entries {
            current[e.0] = try await catalogue.publish(CatalogueEntryInput(code: e.0, field: e.1, roleZh: e.2, roleEn: e.3, level: e.4,
                                                                           requirementsZh: e.5, requirementsEn: e.6, note: "2026 年目录首批发布"), by: staff)
        }
        if let ai = current["AI-001"] {
            var change = CatalogueEntryInput(ai)
            change.requirementsZh = "主持过千亿参数级大模型训练或推理系统的研发，有开源或产业化成果"
            change.requirementsEn = "Has led training or inference of models with hundreds of billions of parameters, with open-source or industrial results"
            change.note = "按产业需求提高要求"
            current["AI-001"] = try await catalogue.adjust(ai.id, change, by: staff)
        }
        if let aero = current["AERO-001"] {
            _ = try await catalogue.withdraw(aero.id, note: "岗位需求已基本满足", by: staff)
            current["AERO-001"] = nil
        }

        // Openings (posted by the admin for the demo organisations; their research offices post their own).
        let openings = TalentOpenings(db: app.db, now: { now })
        let posts: [(String, String, String, String, String, District)] = [
            ("enterprise", "AI-001", "大模型预训练负责人", "Head of large-model pre-training", "负责千卡国产算力集群上的大模型预训练与评测，带领 20 人团队。", .haidian),
            ("enterprise", "AI-002", "智算集群调度工程师", "Computing cluster scheduling engineer", "负责国产芯片智算集群的作业调度、编译优化与稳定性。", .haidian),
            ("institute", "MAT-001", "碳化硅外延研究员", "SiC epitaxy researcher", "开展碳化硅外延生长与缺陷控制研究，服务怀柔科学城装置用户。", .huairou),
            ("foreign", "BIO-001", "细胞治疗临床转化经理", "Cell therapy clinical translation manager", "负责细胞治疗产品的 IND 申报与临床试验管理，可使用英文工作。", .changping),
            ("university", "QT-001", "量子测控博士后", "Postdoctoral researcher in quantum control", "在超导量子计算实验室从事测控系统研发。", .haidian),
        ]
        for p in posts {
            guard let org = ids[p.0], let entry = current[p.1] else { continue }
            _ = try await openings.post(OpeningInput(organisationID: org, entryID: entry.id.rawValue, titleZh: p.2, titleEn: p.3, description: p.4,
                                                     district: p.5, closesOn: BeijingDay(containing: now.addingTimeInterval(90 * 86_400))), by: admin)
        }

        // Representative achievements (Art. 41): any kind, with evidence.
        let achievements = Achievements(db: app.db, now: { now })
        for a in [AchievementInput(kind: .patent, title: "一种大模型推理加速方法", year: 2024, evidence: "ZL202310123456.7", contribution: "第一发明人，提出核心算法"),
                  AchievementInput(kind: .standard, title: "人工智能 大模型 推理服务接口规范", year: 2025, evidence: "T/BJAI 012-2025", contribution: "主要起草人"),
                  AchievementInput(kind: .paper, title: "Efficient inference of sparse mixture-of-experts models", year: 2023, evidence: "doi:10.1000/demo.2023.42",
                                   contribution: "通讯作者")] {
            _ = try await achievements.add(a, by: applicant)
        }
        for a in [AchievementInput(kind: .product, title: "Single-cell sequencing library kit", year: 2022, evidence: "NMPA registration 20223400001 (demo)",
                                   contribution: "Led the assay design"),
                  AchievementInput(kind: .report, title: "Roadmap for cell therapy manufacturing in Beijing", year: 2025, evidence: "Adopted by the district commission (demo ref. 2025-17)",
                                   contribution: "Lead author")] {
            _ = try await achievements.add(a, by: foreigner)
        }

        // Every department's desk is served by the commission's staff member.
        let services = ServiceRequests(db: app.db, now: { now })
        for d in ServiceDesks.departments { try await services.assign(staff, to: d.code, by: .system) }

        // Requests in every state; some filed weeks ago so one is overdue and escalated, one closed late.
        func documents(_ kind: ServiceKind) -> [String] { ServiceDesks.desk(kind).documents.map(\.code) }
        func filed(_ kind: ServiceKind, _ details: String, by person: Person, daysAgo: Double) async throws -> ServiceRequest {
            try await ServiceRequests(db: app.db, now: { now.addingTimeInterval(-daysAgo * 86_400) })
                .submit(kind: kind, details: details, documents: documents(kind), by: person)
        }
        func step(_ r: ServiceRequest, _ s: ServiceStep, _ note: String, by person: Person, daysAgo: Double) async throws {
            _ = try await ServiceRequests(db: app.db, now: { now.addingTimeInterval(-daysAgo * 86_400) }).step(r.id, s, note: note, by: person)
        }
        // The foreign researcher (Art. 72).
        let work = try await filed(.workPermit, "Work permit for my position at the institute.", by: foreigner, daysAgo: 40)
        try await step(work, .accept, "", by: staff, daysAgo: 39)
        try await step(work, .complete, "工作许可证已签发 / The work permit is issued.", by: staff, daysAgo: 30)
        let residence = try await filed(.residencePermit, "Residence permit for me and my family.", by: foreigner, daysAgo: 6)
        try await step(residence, .accept, "", by: staff, daysAgo: 5)
        _ = try await filed(.visa, "Port-visa invitation for a visiting collaborator.", by: foreigner, daysAgo: 1)
        // The applicant (Art. 47).
        _ = try await filed(.housing, "申请人才公寓，一家三口。", by: applicant, daysAgo: 2)
        let schooling = try await filed(.schooling, "孩子明年秋季入读小学一年级。", by: applicant, daysAgo: 10)
        try await step(schooling, .requestInfo, "请补充在京居住证明（租房合同或房产证）。", by: staff, daysAgo: 8)
        let fund = try await filed(.housingFund, "申请提取住房公积金支付房租。", by: applicant, daysAgo: 20)
        try await step(fund, .refuse, "当月已办理过提取，请下月再申请。", by: staff, daysAgo: 15)
        _ = try await filed(.medicalCare, "申请就医绿色通道。", by: applicant, daysAgo: 12)
        let permit = try await filed(.workResidencePermit, "办理北京市工作居住证。", by: applicant, daysAgo: 30)
        try await step(permit, .accept, "", by: staff, daysAgo: 28)
        try await step(permit, .complete, "工作居住证已办结。", by: staff, daysAgo: 10)
        try await services.escalateOverdue()
    }
}
