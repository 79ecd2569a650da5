import Foundation
import Grants
import Identity
import KechuangCore
import Monitoring
import Vapor

extension DemoData {
    /// International cooperation demo (Art. 9, 66–71): four published cooperation projects, one
    /// started in each of the three years before this one (one linked to a funded demo project when
    /// there is one) and one today, and one draft; two international organisations in Beijing; two
    /// big-science programmes. 17 audited writes, all `monitoring.international.*`. Loading twice changes nothing.
    static func loadInternational(into app: Application, organisations ids: [String: UUID]) async throws {
        let now = app.webServices.now()
        let registry = InternationalRegistry(db: app.db, now: { now })
        guard let staff = try await KechuangApp.people(app).find(email: "staff@demo.kechuang.cn"),
              try await registry.projects(as: staff).isEmpty,
              let university = ids["university"], let institute = ids["institute"], let enterprise = ids["enterprise"], let foreign = ids["foreign"] else { return }
        let year = BeijingDay(containing: now).year
        let grant = try await GrantProjects(db: app.db).all().first?.number ?? ""
        let projects: [(CooperationProjectInput, Bool)] = [
            (CooperationProjectInput(
                titleZh: "中德固态电池界面联合研究（示例）", titleEn: "Sino-German joint research on solid-state battery interfaces (demo)",
                leadOrganisationID: university, grantProjectNumber: grant, fieldZh: "新能源材料", fieldEn: "New energy materials",
                startsOn: "\(year - 3)-03-01", endsOn: "\(year + 1)-02-28", basis: CooperationBasis.art69.rawValue,
                partners: [ForeignPartner(nameZh: "亚琛工业大学", nameEn: "RWTH Aachen University", country: "DE", kind: .university),
                           ForeignPartner(nameZh: "弗劳恩霍夫协会", nameEn: "Fraunhofer-Gesellschaft", country: "DE", kind: .institute)]), true),
            (CooperationProjectInput(
                titleZh: "京港澳聚变等离子体诊断合作（示例）", titleEn: "Beijing–Hong Kong–Macao cooperation on fusion plasma diagnostics (demo)",
                leadOrganisationID: institute, fieldZh: "聚变能源", fieldEn: "Fusion energy",
                startsOn: "\(year - 2)-06-15", basis: CooperationBasis.art69.rawValue,
                partners: [ForeignPartner(nameZh: "香港大学", nameEn: "The University of Hong Kong", country: "HK", kind: .university),
                           ForeignPartner(nameZh: "国际原子能机构", nameEn: "International Atomic Energy Agency", country: "AT", kind: .internationalOrganisation)]), true),
            (CooperationProjectInput(
                titleZh: "新药早期研发跨国协作平台（示例）", titleEn: "Cross-border platform for early drug discovery (demo)",
                leadOrganisationID: foreign, fieldZh: "生物医药", fieldEn: "Biomedicine",
                startsOn: "\(year - 1)-09-01", endsOn: "\(year + 2)-08-31", basis: CooperationBasis.art70.rawValue,
                partners: [ForeignPartner(nameZh: "莱茵生命科学股份公司", nameEn: "Rhine Life Sciences AG", country: "CH", kind: .enterprise)]), true),
            (CooperationProjectInput(
                titleZh: "中法碳中和城市联合实验室（示例）", titleEn: "Sino-French joint laboratory for carbon-neutral cities (demo)",
                leadOrganisationID: university, fieldZh: "城市可持续发展", fieldEn: "Sustainable cities",
                startsOn: BeijingDay(containing: now).description, basis: CooperationBasis.art66.rawValue,
                partners: [ForeignPartner(nameZh: "巴黎萨克雷大学", nameEn: "Université Paris-Saclay", country: "FR", kind: .university)]), true),
            (CooperationProjectInput(
                titleZh: "智能算力国际开源社区共建（示例，草稿）", titleEn: "International open-source community for intelligent computing (demo, draft)",
                leadOrganisationID: enterprise, fieldZh: "人工智能", fieldEn: "Artificial intelligence",
                startsOn: "\(year)-01-10", basis: CooperationBasis.art67.rawValue,
                partners: [ForeignPartner(nameZh: "新加坡国立大学", nameEn: "National University of Singapore", country: "SG", kind: .university)]), false),
        ]
        for (input, publish) in projects {
            let p = try await registry.saveProject(input, by: staff)
            if publish { _ = try await registry.publishProject(p.id, by: staff) }
        }
        let organisations = [
            IntlOrganisationInput(nameZh: "国际智能计算联盟（示例）", nameEn: "International Intelligent Computing Alliance (demo)",
                                  kind: IntlOrganisationKind.founded.rawValue, registeredOn: "\(year - 4)-11-20", hostOrganisationID: enterprise,
                                  fieldsZh: "人工智能算力与开源生态", fieldsEn: "AI computing and open-source ecosystems", website: "https://example.org/iica"),
            IntlOrganisationInput(nameZh: "国际能源材料学会驻京代表处（示例）", nameEn: "International Society for Energy Materials, Beijing Office (demo)",
                                  kind: IntlOrganisationKind.representativeOffice.rawValue, registeredOn: "\(year - 2)-04-08", hostOrganisationID: nil,
                                  fieldsZh: "能源材料学术交流", fieldsEn: "Scholarly exchange on energy materials", website: "https://example.org/isem"),
        ]
        for input in organisations {
            _ = try await registry.publishOrganisation(try await registry.saveOrganisation(input, by: staff).id, by: staff)
        }
        let programmes = [
            BigScienceInput(nameZh: "综合极端条件国际用户计划（示例）", nameEn: "International user programme of the Synergetic Extreme Condition facility (demo)",
                            role: BigScienceRole.led.rawValue, participantIDs: [institute, university], startYear: year - 3),
            BigScienceInput(nameZh: "国际大洋钻探合作（示例）", nameEn: "International ocean drilling cooperation (demo)",
                            role: BigScienceRole.joined.rawValue, participantIDs: [university], startYear: year - 1),
        ]
        for input in programmes {
            _ = try await registry.publishBigScience(try await registry.saveBigScience(input, by: staff).id, by: staff)
        }
    }
}
