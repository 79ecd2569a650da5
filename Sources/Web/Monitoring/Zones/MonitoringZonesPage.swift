import Foundation
import Identity
import KechuangCore
import Monitoring
import Plot

/// `/monitoring/zones`: the zones and parks (Art. 13–16) with the organisations located there.
struct MonitoringZonesPage {
    let members: [ZoneMember]
    let organisations: [UUID: Organisation]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let sep = c.language == .zh ? "、" : ", "
        let orgOptions = organisations.values.sorted { $0.nameZh < $1.nameZh }.map { ($0.id.rawValue.uuidString.lowercased(), $0.name(in: c.language)) }
        return Layout(context: c, title: c(MonitoringMsg.monZonesTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(MonitoringIndicatorsURL.releases.path), .text(c(MonitoringMsg.monTitle)))),
            .h1(.text(c(MonitoringMsg.monZonesTitle))),
            .p(.class("lead"), .text(c(MonitoringMsg.monZonesIntro))),
            Components.scrollTable(label: c(MonitoringMsg.monZonesTitle),
                .thead(.tr(.th(.text(c(MonitoringMsg.monZone))), .th(.text(c(MonitoringMsg.monZoneKind))), .th(.text(c(MonitoringMsg.monDistricts))),
                           .th(.text(c(MonitoringMsg.monArticle))), .th(.text(c(MonitoringMsg.monOrganisations))))),
                .tbody(.forEach(Zones.all) { z in
                    let here = members.filter { $0.zoneCode == z.code }.compactMap { organisations[$0.organisationID]?.name(in: c.language) }.sorted()
                    return .tr(.td(.text(c.text(z.name))), .td(.text(c.text(z.kind.label))),
                               .td(.text(z.kind == .demonstrationZone ? "—" : z.districts.map { c.text($0.label) }.joined(separator: sep))),
                               .td(.text(z.basis.text(in: c.language))),
                               .td(.text(here.isEmpty ? c(MonitoringMsg.monNoOrganisations) : here.joined(separator: sep))))
                })),
            .if(c.can(.manageMonitoringZones), .group(
                .h2(.text(c(MonitoringMsg.monAddMemberTitle))),
                Components.form(action: MonitoringIndicatorsURL.zones.path, c,
                    Components.selectField(name: "zone", label: c(MonitoringMsg.monZone), options: Zones.all.map { ($0.code, c.text($0.name)) },
                                           selected: values["zone"], errors: errors, c),
                    Components.selectField(name: "organisation_id", label: c(MonitoringMsg.monOrganisation), options: orgOptions,
                                           selected: values["organisation_id"], errors: errors, c),
                    Components.submit(c(MonitoringMsg.monAddMemberButton))))))).render()
    }
}
