import Foundation
import Identity
import KechuangCore

/// One revision of a reported figure.
public struct ReportedValue: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<ReportedValue>
    public let id: ID
    public let indicator: String
    public let year: Int
    public let revision: Int
    public let value: Double
    public let note: String
    public let departmentID: UUID?
    public let enteredBy: UUID?
    public let enteredAt: Date
}

/// One line of a reporting form, as typed.
public struct ReportLine: Sendable, Equatable {
    public var indicator: String
    public var value: String
    public var note: String

    public init(indicator: String, value: String, note: String = "") {
        self.indicator = indicator
        self.value = value
        self.note = note
    }

    /// The form field names of a line: `value_RPT-RD`, `note_RPT-RD`.
    public static func valueField(_ code: String) -> String { "value_" + code }
    public static func noteField(_ code: String) -> String { "note_" + code }
}

/// A reporting form for one year: the figures a department fills (Art. 63).
public struct ReportForm: Sendable, Equatable {
    public var year: Int
    public var lines: [ReportLine]

    public init(year: Int, lines: [ReportLine]) {
        self.year = year
        self.lines = lines
    }
}

/// Who may report figures and publish releases (object level, behind the route's action). Pure.
public enum MonitoringAccess {
    /// The department a person reports for: the organisation of their department-staff membership.
    public static func reportingDepartment(of person: Person) -> UUID? {
        person.memberships.first { $0.role == .departmentStaff && $0.organisationID != nil }?.organisationID
    }

    /// Department staff report for their department; the platform administrator may report without one.
    public static func mayReport(_ person: Person) -> Bool {
        reportingDepartment(of: person) != nil || person.roles.contains(.platformAdmin)
    }

    /// Department staff and the administrator publish releases and place organisations in zones.
    public static func mayPublish(_ person: Person) -> Bool { mayReport(person) }
}
