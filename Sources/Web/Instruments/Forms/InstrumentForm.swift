import Foundation
import Identity
import Instruments
import KechuangCore

/// Decoding of the registry form and the booking forms: pages only render.
enum InstrumentForm {
    static let yes = "yes"

    static func yuanToFen(_ raw: String?) -> Int? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty, let v = Double(raw), v.isFinite, v >= 0, v < 1e12 else { return nil }
        return Int((v * 100).rounded())
    }

    static func int(_ raw: String?) -> Int? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), raw.count <= 9 else { return nil }
        return Int(raw)
    }

    /// The registry form's fields as an input; fee fields left empty mean no fee schedule.
    static func input(_ v: [String: String], organisation: UUID?) -> InstrumentInput {
        let mode = v["service_mode"].flatMap(ServiceMode.init(rawValue:))
        let unit = v["fee_unit"].flatMap(FeeUnit.init(rawValue:)) ?? (mode?.booksBy ?? .hour)
        let internalRate = yuanToFen(v["fee_internal"]), externalRate = yuanToFen(v["fee_external"])
        let fees = (internalRate != nil && externalRate != nil)
            ? FeeSchedule(unit: unit, internalRateFen: internalRate ?? 0, externalRateFen: externalRate ?? 0, minimumUnits: int(v["fee_minimum"]) ?? 1) : nil
        let anyService = mode != nil || fees != nil || ["service_content", "service_process", "contact"].contains { !(v[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        let terms = anyService ? ServiceTerms(
            mode: mode, content: v["service_content"] ?? "", process: v["service_process"] ?? "", fees: fees,
            trainingRequired: v["training_required"] == yes, trainingDescription: v["training_description"] ?? "", contact: v["contact"] ?? "",
            approvalRequired: v["approval_required"] == yes, cancellationNoticeHours: int(v["cancellation_hours"]) ?? 24,
            openHour: int(v["open_hour"]) ?? 8, closeHour: int(v["close_hour"]) ?? 20) : nil
        return InstrumentInput(
            nameZh: v["name_zh"] ?? "", nameEn: v["name_en"] ?? "", categoryCode: v["category"] ?? "", maker: v["maker"] ?? "", model: v["model"] ?? "",
            originalValueYuan: int(v["original_value"]), purchaseDate: v["purchase_date"].flatMap(BeijingDay.init(parsing:)),
            publicFunding: v["public_funding"] == yes, organisationID: organisation ?? v["organisation_id"].flatMap(UUID.init(uuidString:)),
            labID: v["lab_id"].flatMap(UUID.init(uuidString:)), location: v["location"] ?? "", district: v["district"].flatMap(District.init(rawValue:)),
            specs: v["specs"] ?? "", status: v["status"].flatMap(InstrumentStatus.init(rawValue:)) ?? .inService, service: terms)
    }

    static func values(_ i: Instrument) -> [String: String] {
        var v: [String: String] = [
            "name_zh": i.nameZh, "name_en": i.nameEn, "category": i.categoryCode, "maker": i.maker, "model": i.model,
            "original_value": String(i.originalValueYuan), "purchase_date": i.purchaseDate?.description ?? "",
            "public_funding": i.publicFunding ? yes : "", "organisation_id": i.organisationID.uuidString, "lab_id": i.labID?.uuidString ?? "",
            "location": i.location, "district": i.district.rawValue, "specs": i.specs, "status": i.status.rawValue, "version": String(i.version),
        ]
        if let s = i.service {
            v["service_mode"] = s.mode?.rawValue ?? ""
            v["service_content"] = s.content
            v["service_process"] = s.process
            v["contact"] = s.contact
            v["training_required"] = s.trainingRequired ? yes : ""
            v["training_description"] = s.trainingDescription
            v["approval_required"] = s.approvalRequired ? yes : ""
            v["cancellation_hours"] = String(s.cancellationNoticeHours)
            v["open_hour"] = String(s.openHour)
            v["close_hour"] = String(s.closeHour)
            if let f = s.fees {
                v["fee_unit"] = f.unit.rawValue
                v["fee_internal"] = InstrumentText.yuan(f.internalRateFen).replacingOccurrences(of: ",", with: "")
                v["fee_external"] = InstrumentText.yuan(f.externalRateFen).replacingOccurrences(of: ",", with: "")
                v["fee_minimum"] = String(f.minimumUnits)
            }
        }
        return v
    }

    /// A time field: Beijing wall-clock time; a wrong format is a field error.
    static func time(_ v: [String: String], _ name: String) throws -> Date? {
        let raw = (v[name] ?? "").trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { return nil }
        guard let d = BeijingTime.parse(raw) else {
            throw DomainError.validation([FieldError(field: name, rule: "booking.time.format",
                                                     message: LocalizedText(zh: "请按 2026-12-03 09:00 的格式填写北京时间", en: "Write the Beijing time as e.g. 2026-12-03 09:00"))])
        }
        return d
    }

    static func booking(_ v: [String: String]) throws -> BookingRequest {
        let kind = v["kind"].flatMap(BookingKind.init(rawValue:)).flatMap { $0 == .blackout ? nil : $0 } ?? .time
        if kind == .sample {
            return BookingRequest(kind: .sample, startsAt: try time(v, "delivery_day"), endsAt: nil, samples: int(v["samples"]), purpose: v["purpose"] ?? "",
                                  organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)))
        }
        return BookingRequest(kind: .time, startsAt: try time(v, "starts_at"), endsAt: try time(v, "ends_at"), purpose: v["purpose"] ?? "",
                              organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)))
    }
}
