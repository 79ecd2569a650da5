import Foundation
import Instruments
import Projects
import Vapor

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Instrument photos kept the way application attachments are (`LocalAttachmentStore`): files
/// named by the SHA-256 of their bytes, under `<attachments directory>/instrument-photos/ab/cd/`,
/// written to a temporary file, synced and renamed into place, so a crash never leaves a half
/// photo under its final name; the same bytes are stored once. The attachment store itself accepts
/// PDFs only, hence this sibling for images (checked by `PhotoUpload.rules` before they get here).
struct LocalInstrumentPhotoStore: InstrumentPhotoStore {
    let root: URL

    static func isValidKey(_ key: String) -> Bool { LocalAttachmentStore.isValidKey(key) }

    func url(_ sha256: String, _ format: PhotoFormat) throws -> URL {
        guard Self.isValidKey(sha256) else { throw AttachmentStoreError.invalidKey(sha256) }
        let c = Array(sha256)
        return root.appendingPathComponent(String(c[0..<2]), isDirectory: true).appendingPathComponent(String(c[2..<4]), isDirectory: true)
            .appendingPathComponent("\(sha256).\(format.fileExtension)", isDirectory: false)
    }

    func put(_ data: Data, format: PhotoFormat) async throws -> String {
        let sha256 = SHA256Digest.hex(data)
        let final = try url(sha256, format)
        let fm = FileManager.default
        if let size = (try? fm.attributesOfItem(atPath: final.path))?[.size] as? NSNumber, size.intValue == data.count { return sha256 }
        try fm.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = root.appendingPathComponent(".tmp-\(UUID().uuidString)")
        guard fm.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o640]) else {
            throw AttachmentStoreError.io(operation: "create", path: temporary.path, code: errno)
        }
        var renamed = false
        defer { if !renamed { try? fm.removeItem(at: temporary) } }
        let handle = try FileHandle(forWritingTo: temporary)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        guard rename(temporary.path, final.path) == 0 else { throw AttachmentStoreError.io(operation: "rename", path: final.path, code: errno) }
        renamed = true
        return sha256
    }

    func get(_ sha256: String, format: PhotoFormat) async throws -> Data {
        let file = try url(sha256, format)
        guard FileManager.default.fileExists(atPath: file.path) else { throw AttachmentStoreError.notFound(sha256) }
        return try Data(contentsOf: file)
    }
}

extension Request {
    /// The node's photo store: beside the attachment store's files.
    var instrumentPhotos: any InstrumentPhotoStore {
        get throws {
            guard let local = services.attachments as? LocalAttachmentStore else {
                throw Abort(.serviceUnavailable, reason: "Instrument photos need the local attachment store")
            }
            return LocalInstrumentPhotoStore(root: local.root.appendingPathComponent("instrument-photos", isDirectory: true))
        }
    }
}
