import FluentKit
import Foundation
import Identity
import KechuangCore

/// Which usage records a listing asks for.
public struct UsageFilter: Sendable, Equatable {
    public var instrumentID: Instrument.ID?
    /// Usage that started in [from, to).
    public var from: Date?
    public var to: Date?
    /// Only external (true) or internal (false) users' usage.
    public var external: Bool?

    public init(instrumentID: Instrument.ID? = nil, from: Date? = nil, to: Date? = nil, external: Bool? = nil) {
        self.instrumentID = instrumentID
        self.from = from
        self.to = to
        self.external = external
    }
}

extension InstrumentUsage {
    /// Usage records the viewer may read, newest first — the rule of the pages (bills, the
    /// managers' page): everyone their own use; the managers of an instrument and its
    /// institution's research office all use of it; the platform administrator everything.
    /// Asking for an instrument the viewer cannot see is "not found"; for one they can see but do
    /// not run, only their own use of it.
    public func listing(_ filter: UsageFilter, as viewer: Person, offset: Int, limit: Int) async throws -> [UsageRecord] {
        let who = InstrumentAccess.Viewer(viewer)
        var query = UsageRecordRecord.query(on: db).join(InstrumentRecord.self, on: \UsageRecordRecord.$instrumentID == \InstrumentRecord.$id)
        if let id = filter.instrumentID {
            let instrument = try await registry.find(id, as: viewer)
            query = query.filter(\.$instrumentID == id.rawValue)
            if !(try await registry.may(.operate, viewer, instrument)) { query = query.filter(\.$userID == viewer.id) }
        } else if !who.roles.contains(.platformAdmin) {
            let managed = try await ManagerRecord.query(on: db).filter(\.$personID == viewer.id).all().map(\.instrumentID)
            let offices = who.roles.contains(.researchOffice) ? Array(who.researchOfficeOf) : []
            query = query.group(.or) { g in
                g.filter(\.$userID == viewer.id)
                if !managed.isEmpty { g.filter(\.$instrumentID ~~ managed) }
                if !offices.isEmpty { g.filter(InstrumentRecord.self, \.$organisationID ~~ offices) }
            }
        }
        if let from = filter.from { query = query.filter(\.$startedAt >= from) }
        if let to = filter.to { query = query.filter(\.$startedAt < to) }
        if let external = filter.external { query = query.filter(\.$external == external) }
        return try await query.sort(\.$startedAt, .descending).sort(\.$id).offset(offset).limit(limit).all().map { try $0.toDomain() }
    }
}
