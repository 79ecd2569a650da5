import Export
import Foundation
import Identity
import KechuangCore
import Market
import Vapor

/// Technology-contract registration pages (Art. 36): submission with the signed PDF, the
/// registrar's decision, correction after a return, and the public statistics with open data.
struct MarketContractRoutes {
    typealias M = MarketTradeMsg

    func register(on r: any RoutesBuilder) {
        let any = SiteURL.anyID
        r.on(.GET, TradeURL.contracts, action: .submitTechContracts, use: contracts)
        r.on(.GET, TradeURL.newContract, action: .submitTechContracts, use: newContract)
        r.on(.POST, TradeURL.contracts, action: .submitTechContracts, bodyLimit: BodyLimit.upload, use: submit)
        r.on(.GET, TradeURL.contract(any), action: .submitTechContracts, use: contract)
        r.on(.POST, TradeURL.correctContract(any), action: .submitTechContracts, bodyLimit: BodyLimit.upload, use: correct)
        r.on(.GET, TradeURL.contractPDF(any), action: .submitTechContracts, use: pdf)
        r.on(.POST, TradeURL.registerContract(any), action: .registerTechContracts, use: registerContract)
        r.on(.POST, TradeURL.returnContract(any), action: .registerTechContracts, use: returnContract)
        r.on(.GET, TradeURL.statistics, action: .viewTechMarket, use: statistics)
        r.on(.GET, TradeURL.statisticsCSV, action: .viewTechMarket, use: statisticsCSV)
        r.on(.GET, TradeURL.statisticsJSON, action: .viewTechMarket, use: statisticsJSON)
    }

    @Sendable func contracts(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let registrar = ContractAccess.isRegistrar(person)
        var rows = try await req.techContracts.list(as: person)
        if registrar { rows.sort { ($0.state == .submitted ? 0 : 1, $1.updatedAt) < ($1.state == .submitted ? 0 : 1, $0.updatedAt) } }
        return PageRenderer.response(ContractsPage(rows: rows, registrar: registrar).render(PageContext(req)))
    }

    /// The form; from a deal (`?inquiry=`), the parties come from the two organisations.
    @Sendable func newContract(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        var values: [String: String] = ["goods_amount": "0", "other_amount": "0"]
        if let raw = InstrumentsRoutes.queryItems(req)["inquiry"], let id = Inquiry.ID(raw),
           let inquiry = try? await req.inquiries.find(id, as: person), inquiry.status == .deal {
            let supply = try await req.techListings.supply(inquiry.supplyID)
            let orgs = Organisations(db: req.db, now: req.services.now)
            let seller = try await orgs.find(Organisation.ID(inquiry.toOrganisationID)), buyer = try await orgs.find(Organisation.ID(inquiry.fromOrganisationID))
            values["inquiry_id"] = raw
            values["title"] = supply.title
            values["field"] = supply.field.rawValue
            for (p, o) in [("seller", seller), ("buyer", buyer)] {
                values["\(p)_name"] = o.nameZh
                values["\(p)_uscc"] = o.uscc
                values["\(p)_kind"] = PartyKind(o.type).rawValue
                values["\(p)_district"] = o.district.rawValue
            }
        }
        return PageRenderer.response(ContractFormPage(values: values).render(PageContext(req)))
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let (values, pdf) = try TradeForm.multipart(req)
        do {
            let k = try await req.techContracts.submit(try TradeForm.contract(values), pdf: pdf, store: req.services.attachments, by: person)
            return req.redirect(to: TradeURL.contract(k.id.rawValue), notice: M.mtrSubmitted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(ContractFormPage(values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    func page(_ req: Request, _ k: TechnologyContract, values: [String: String] = [:], errors: [FieldError] = []) throws -> ContractPage {
        let person = try req.requirePrincipal().person
        return ContractPage(contract: k, mayDecide: ContractAccess.may(.decide, person, submittedBy: k.submittedBy),
                            mayCorrect: ContractAccess.may(.correct, person, submittedBy: k.submittedBy), values: values, errors: errors)
    }

    @Sendable func contract(req: Request) async throws -> Response {
        let k = try await req.techContracts.find(try req.idParameter(as: TechnologyContract.ID.self), as: try req.requirePrincipal().person)
        return PageRenderer.response(try page(req, k).render(PageContext(req)))
    }

    @Sendable func correct(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: TechnologyContract.ID.self)
        let k = try await req.techContracts.find(id, as: person)
        let (values, pdf) = try TradeForm.multipart(req)
        do {
            _ = try await req.techContracts.correct(id, try TradeForm.contract(values), pdf: pdf, store: req.services.attachments,
                                                    expectedVersion: Int(values["version"] ?? "") ?? k.version, by: person)
            return req.redirect(to: TradeURL.contract(id.rawValue), notice: M.mtrResubmitted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try page(req, k, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func registerContract(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: TechnologyContract.ID.self)
        let values = try req.content.decode([String: String].self)
        let k = try await req.techContracts.find(id, as: person)
        _ = try await req.techContracts.register(id, expectedVersion: Int(values["version"] ?? "") ?? k.version, by: person)
        return req.redirect(to: TradeURL.contract(id.rawValue), notice: M.mtrRegistered)
    }

    @Sendable func returnContract(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: TechnologyContract.ID.self)
        let values = try req.content.decode([String: String].self)
        let k = try await req.techContracts.find(id, as: person)
        do {
            _ = try await req.techContracts.returnForCorrection(id, reason: values["reason"].flatMap(ReturnReason.init(rawValue:)), note: values["note"] ?? "",
                                                               expectedVersion: Int(values["version"] ?? "") ?? k.version, by: person)
            return req.redirect(to: TradeURL.contract(id.rawValue), notice: M.mtrReturned)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try page(req, k, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func pdf(req: Request) async throws -> Response {
        let k = try await req.techContracts.find(try req.idParameter(as: TechnologyContract.ID.self), as: try req.requirePrincipal().person)
        guard let key = k.pdfKey else { throw DomainError.notFound(entity: "contract PDF") }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"contract.pdf\"")
        return Response(status: .ok, headers: headers, body: .init(data: try await req.services.attachments.get(key)))
    }

    // MARK: Statistics (public, open data)

    /// `?year=` 2000…2100 (default: this year in Beijing); anything else is a 422 naming it.
    static func year(_ req: Request) throws -> Int {
        let now = BeijingDay(containing: req.services.now())
        guard let raw = InstrumentsRoutes.queryItems(req)["year"], !raw.isEmpty else { return Int(now.description.prefix(4)) ?? 2026 }
        guard let y = Int(raw), (2000...2100).contains(y) else {
            throw DomainError.validation([FieldError(field: "year", rule: "statistics.year.range", message: LocalizedText(zh: "年份为 2000 至 2100", en: "The year is 2000 to 2100"))])
        }
        return y
    }

    static func stats(_ req: Request) async throws -> (ContractStatistics, Int) {
        let y = try year(req)
        guard let from = BeijingDay(parsing: "\(y)-01-01"), let to = BeijingDay(parsing: "\(y)-12-31") else { throw DomainError.notFound(entity: "year") }
        return (try await ContractStatistics.compute(from: from, to: to, on: req.db), y)
    }

    @Sendable func statistics(req: Request) async throws -> Response {
        let (s, y) = try await Self.stats(req)
        return PageRenderer.response(StatisticsPage(stats: s, year: y).render(PageContext(req)))
    }

    static func table(_ s: ContractStatistics) -> ExportTable {
        ExportTable(columns: ["dimension", "key", "label_zh", "label_en", "contracts", "amount_yuan", "technical_amount_yuan"],
                    rows: s.rows.map { [.text($0.dimension), .text($0.key), .text($0.labelZh), .text($0.labelEn), .integer($0.turnover.contracts),
                                        .integer($0.turnover.amount), .integer($0.turnover.technicalAmount)] })
    }

    @Sendable func statisticsCSV(req: Request) async throws -> Response {
        let (s, y) = try await Self.stats(req)
        return ApplicationRoutes.attachment(CSVWriter.csv(Self.table(s)), type: "text/csv; charset=utf-8", filename: "technology-contracts-\(y).csv")
    }

    @Sendable func statisticsJSON(req: Request) async throws -> Response {
        let (s, _) = try await Self.stats(req)
        return try await MarketStatisticsJSON(s).encodeResponse(for: req)
    }
}

/// The statistics as open data (JSON; the API returns the same shape).
struct MarketStatisticsJSON: Content {
    struct Row: Content {
        var dimension: String
        var key: String
        var label_zh: String
        var label_en: String
        var contracts: Int
        var amount: Int
        var technical_amount: Int
    }

    var from: String
    var to: String
    var contracts: Int
    var amount: Int
    var technical_amount: Int
    var rows: [Row]
    var basis: String

    init(_ s: ContractStatistics) {
        from = s.from.description
        to = s.to.description
        contracts = s.total.contracts
        amount = s.total.amount
        technical_amount = s.total.technicalAmount
        rows = s.rows.map { Row(dimension: $0.dimension, key: $0.key, label_zh: $0.labelZh, label_en: $0.labelEn, contracts: $0.turnover.contracts,
                                amount: $0.turnover.amount, technical_amount: $0.turnover.technicalAmount) }
        basis = "36"
    }
}
