import FluentKit
import Foundation
import Identity
import KechuangCore

/// Figures of one instrument (or an institution's instruments) over a year.
public struct UsageFigures: Sendable, Equatable {
    public var instruments: Int = 0
    public var publicInstruments: Int = 0
    public var publishedPublicInstruments: Int = 0
    /// Hours of time bookings (active or completed) starting in the year.
    public var bookedHours: Double = 0
    /// Hours of usage with an effective outcome.
    public var effectiveHours: Double = 0
    public var externalHours: Double = 0
    public var externalUsers: Int = 0
    public var incomeFen: Int = 0
    /// Opening hours in the year (in service) minus booked hours.
    public var idleHours: Double = 0
    public var ratings: [Int] = []

    public var externalShare: Double { effectiveHours > 0 ? externalHours / effectiveHours : 0 }
    public var meanRating: Double { ratings.isEmpty ? 0 : Double(ratings.reduce(0, +)) / Double(ratings.count) }
    public var publishedShare: Double { publicInstruments > 0 ? Double(publishedPublicInstruments) / Double(publicInstruments) : 1 }
    public var effectiveHoursPerInstrument: Double { publicInstruments > 0 ? effectiveHours / Double(publicInstruments) : 0 }

    public func value(_ measure: OpennessEvaluation.Criterion.Measure) -> Double {
        switch measure {
        case .effectiveHoursPerInstrument: effectiveHoursPerInstrument
        case .externalShare: externalShare
        case .publishedShare: publishedShare
        case .meanRating: meanRating
        }
    }
}

/// One institution's result in the openness evaluation.
public struct EvaluationResult: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var criterion: OpennessEvaluation.Criterion
        public var value: Double
        public var met: Bool
        public var points: Double
    }
    public var organisationID: UUID
    public var figures: UsageFigures
    public var lines: [Line]
    public var score: Double
    public var rank: Int
}

/// Statistics per instrument and institution, and the yearly openness evaluation (Art. 55).
public struct InstrumentStatistics: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public static func year(_ year: Int) -> (from: Date, to: Date)? {
        guard let a = BeijingDay(year: year, month: 1, day: 1), let b = BeijingDay(year: year + 1, month: 1, day: 1) else { return nil }
        return (a.start, b.start)
    }

    /// Figures per instrument for the year.
    public func figures(year: Int, instruments: [Instrument]) async throws -> [Instrument.ID: UsageFigures] {
        guard let (from, to) = Self.year(year), !instruments.isEmpty else { return [:] }
        let ids = instruments.map(\.id.rawValue)
        var result: [Instrument.ID: UsageFigures] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let part = Array(ids[chunk..<min(chunk + 500, ids.count)])
            let bookings = try await BookingRecord.query(on: db).filter(\.$instrumentID ~~ part).filter(\.$kind == BookingKind.time.rawValue)
                .filter(\.$state ~~ [BookingState.requested.rawValue, BookingState.confirmed.rawValue, BookingState.completed.rawValue])
                .filter(\.$startsAt >= from).filter(\.$startsAt < to).all().map { try $0.toDomain() }
            let usage = try await UsageRecordRecord.query(on: db).filter(\.$instrumentID ~~ part)
                .filter(\.$startedAt >= from).filter(\.$startedAt < to).all().map { try $0.toDomain() }
            let ratings = try await FeedbackRecord.query(on: db).filter(\.$instrumentID ~~ part)
                .filter(\.$createdAt >= from).filter(\.$createdAt < to).all().map { try $0.toDomain() }
            let b = Dictionary(grouping: bookings, by: \.instrumentID), u = Dictionary(grouping: usage, by: \.instrumentID)
            let r = Dictionary(grouping: ratings, by: \.instrumentID)
            for instrument in instruments where part.contains(instrument.id.rawValue) {
                var f = UsageFigures()
                f.instruments = 1
                f.publicInstruments = instrument.publicFunding ? 1 : 0
                f.publishedPublicInstruments = instrument.publicFunding && instrument.published ? 1 : 0
                f.bookedHours = (b[instrument.id] ?? []).reduce(0) { $0 + $1.hours }
                let used = u[instrument.id] ?? []
                f.effectiveHours = used.filter(\.outcome.countsAsEffective).reduce(0) { $0 + $1.hours }
                f.externalHours = used.filter { $0.external && $0.outcome.countsAsEffective }.reduce(0) { $0 + $1.hours }
                f.externalUsers = Set(used.filter(\.external).map(\.userID)).count
                f.incomeFen = used.reduce(0) { $0 + $1.amountFen }
                let open = Double((instrument.service?.closeHour ?? 20) - (instrument.service?.openHour ?? 8))
                f.idleHours = instrument.status == .inService ? max(0, open * 365 - f.bookedHours) : 0
                f.ratings = (r[instrument.id] ?? []).map(\.rating)
                result[instrument.id] = f
            }
        }
        return result
    }

    /// Each published, publicly funded instrument of one institution with its figures for the year, by name.
    public func figures(year: Int, institution: UUID) async throws -> [(instrument: Instrument, figures: UsageFigures)] {
        let instruments = try await InstrumentRecord.query(on: db).filter(\.$organisationID == institution).filter(\.$publicFunding == true)
            .filter(\.$published == true).sort(\.$nameZh).all().map { try $0.toDomain() }
        let figures = try await self.figures(year: year, instruments: instruments)
        return instruments.compactMap { i in figures[i.id].map { (instrument: i, figures: $0) } }
    }

    /// Sums the figures of several instruments (an institution). External users are counted once
    /// per instrument (a person using two instruments counts twice; the evaluation uses hours).
    public static func total(_ figures: [UsageFigures]) -> UsageFigures {
        figures.reduce(into: UsageFigures()) { t, f in
            t.instruments += f.instruments
            t.publicInstruments += f.publicInstruments
            t.publishedPublicInstruments += f.publishedPublicInstruments
            t.bookedHours += f.bookedHours
            t.effectiveHours += f.effectiveHours
            t.externalHours += f.externalHours
            t.externalUsers += f.externalUsers
            t.incomeFen += f.incomeFen
            t.idleHours += f.idleHours
            t.ratings += f.ratings
        }
    }

    /// Every instrument in the registry (published or not), grouped by institution.
    public func instrumentsByInstitution() async throws -> [UUID: [Instrument]] {
        Dictionary(grouping: try await InstrumentRecord.query(on: db).all().map { try $0.toDomain() }, by: \.organisationID)
    }

    /// The yearly evaluation: every institution with publicly funded instruments, scored against
    /// the year's thresholds (data, each citing Art. 55), ranked by score (ties: more effective hours first).
    public func evaluation(year: Int) async throws -> [EvaluationResult] {
        guard let thresholds = OpennessEvaluation.thresholds(for: year) else { return [] }
        let grouped = try await instrumentsByInstitution()
        var results: [EvaluationResult] = []
        for (organisation, instruments) in grouped where instruments.contains(where: \.publicFunding) {
            let publicOnes = instruments.filter(\.publicFunding)
            let figures = Self.total(Array(try await self.figures(year: year, instruments: publicOnes).values))
            results.append(Self.score(organisation, figures, thresholds))
        }
        results.sort { ($0.score, $0.figures.effectiveHours, $0.organisationID.uuidString) > ($1.score, $1.figures.effectiveHours, $1.organisationID.uuidString) }
        for i in results.indices { results[i].rank = i + 1 }
        return results
    }

    /// Pure: full points for a met criterion, points in proportion below it.
    static func score(_ organisation: UUID, _ figures: UsageFigures, _ thresholds: OpennessEvaluation.Thresholds) -> EvaluationResult {
        let lines = thresholds.criteria.map { c -> EvaluationResult.Line in
            let value = figures.value(c.measure)
            let met = value >= c.minimum
            let points = met ? c.weight : (c.minimum > 0 ? c.weight * max(0, value) / c.minimum : c.weight)
            return .init(criterion: c, value: value, met: met, points: (points * 10).rounded() / 10)
        }
        return EvaluationResult(organisationID: organisation, figures: figures, lines: lines, score: lines.reduce(0) { $0 + $1.points }, rank: 0)
    }
}
