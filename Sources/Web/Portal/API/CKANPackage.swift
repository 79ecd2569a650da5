import Foundation
import KechuangCore
import Portal

/// A data set as CKAN describes a package: name, title, notes, licence, organisation (the
/// publisher), groups (themes), tags (keywords), resources (the latest version's files, with their
/// SHA-256 as `hash`) and extras (English title and description, access level, coverage).
enum CKANPackage {
    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    static func dictionary(_ d: Dataset, versions: [DatasetVersion], base: String) -> [String: Any] {
        let id = d.id.rawValue.uuidString.lowercased()
        let latest = versions.first
        let resources: [[String: Any]] = d.accessLevel == .restricted ? [] : (latest?.files ?? []).enumerated().map { index, file in
            let name = CatalogueURL.fileName(d.slug, latest?.number ?? 0, file.format.rawValue)
            return [
                "id": file.id.uuidString.lowercased(), "package_id": id, "name": name, "description": "v\(latest?.number ?? 0) \(file.format.euFileType)",
                "format": file.format.euFileType, "mimetype": file.format.mediaType,
                "url": base + CatalogueURL.download(d.slug, latest?.number ?? 0, name).path, "size": file.byteCount, "hash": "sha256:" + file.sha256,
                "created": timestamp(latest?.createdAt ?? d.createdAt), "last_modified": timestamp(latest?.createdAt ?? d.createdAt),
                "position": index, "state": "active", "url_type": NSNull(),
            ]
        }
        let extras: [(String, String)] = [
            ("title_en", d.titleEn), ("notes_en", d.descriptionEn), ("access_level", d.accessLevel.rawValue),
            ("temporal_start", d.temporalStart?.description ?? ""), ("temporal_end", d.temporalEnd?.description ?? ""), ("spatial", d.spatial),
            ("versions", versions.map { "v\($0.number)" }.joined(separator: ",")),
        ]
        return [
            "id": id, "name": d.slug, "title": d.titleZh, "notes": d.descriptionZh, "type": "dataset", "state": "active", "private": false,
            "url": base + CatalogueURL.dataset(d.slug).path, "version": latest.map { String($0.number) } ?? NSNull(),
            "license_id": d.licence.rawValue, "license_title": d.licence.title, "license_url": d.licence.url, "isopen": d.licence.isOpen && d.accessLevel == .open,
            "author": NSNull(), "author_email": NSNull(), "maintainer": NSNull(), "maintainer_email": NSNull(),
            "metadata_created": timestamp(d.createdAt), "metadata_modified": timestamp(d.modifiedAt),
            "owner_org": d.publisherSlug, "organization": organization(d, count: nil),
            "groups": d.themes.map { group($0, count: nil) },
            "tags": d.keywords.map { ["name": $0, "display_name": $0, "state": "active", "vocabulary_id": NSNull()] as [String: Any] },
            "num_tags": d.keywords.count,
            "resources": resources, "num_resources": resources.count,
            "extras": extras.map { ["key": $0.0, "value": $0.1] },
        ]
    }

    static func organization(_ d: Dataset, count: Int?) -> [String: Any] {
        var o: [String: Any] = [
            "id": d.publisherSlug, "name": d.publisherSlug, "title": d.publisherZh, "display_name": d.publisherZh, "description": d.publisherEn,
            "type": "organization", "is_organization": true, "state": "active", "image_url": "",
        ]
        if let count { o["package_count"] = count }
        return o
    }

    static func group(_ t: DatasetTheme, count: Int?) -> [String: Any] {
        var g: [String: Any] = [
            "id": t.slug, "name": t.slug, "title": t.label.zh, "display_name": t.label.zh, "description": t.label.en,
            "type": "group", "is_organization": false, "state": "active", "image_display_url": "",
        ]
        if let count { g["package_count"] = count }
        return g
    }
}
