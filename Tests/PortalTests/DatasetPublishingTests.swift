import Export
import FluentKit
import Foundation
@testable import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Portal

/// Publishing by people (Art. 57): who may publish is `DatasetPublishing`'s decision; an upload is
/// read by its content (CSV, JSON, XLSX), checked, and becomes a new version beside the old ones.
@Suite("Data catalogue: publishers and uploads (Art. 57)")
struct DatasetPublishingTests {
    /// A two-sheet-free workbook written by Python's zipfile with DEFLATE: shared strings (one in two rich runs,
    /// one with an entity), a number and a formula with its cached value.
    static let deflatedXLSX = Data(base64Encoded: "UEsDBBQAAAAIALuzgl3muHRrXAAAAGIAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbBXMTQqAIBBA4auE+xxr0SJKL9EFRKYfylGcIer22fLxwZvcE6/mxsJHoll12ihnp+XNyE0V4lntInkE4LBj9KxTRqqyphK91CwbZB9OvyH0xgwQEgmStPI/FNgPUEsDBBQAAAAIALuzgl3OnpgTDQAAAAsAAAAPAAAAeGwvd29ya2Jvb2sueG1ssynPL8pOys/P1rcDAFBLAwQUAAAACAC7s4JdUlZYt8gAAAATAQAAFAAAAHhsL3NoYXJlZFN0cmluZ3MueG1sVY9LTgMxEESvYvWCHfEEoSgKtrMI4gAIDmA8TcbS+BN3T8SSA3CdKBL3Sc6BR6MEWNarUnW1Wn+EXuyxkE9Rw3zWgMDoUuvjVsPry9PtEtZGEbGowUgaOua8kpJch8HSLGWM1XlPJViusmwl5YK2pQ6RQy/vmmYhg/URhEtDZA33IIbodwNuLroe8EaxaT1x8Y6VZKPkyCbe2zf6z8qIz4fj+fg5GWVi48oVZetQQ51BWPYI5vT1fU39qX2+sSE/PP42y/qn+QFQSwMEFAAAAAgAu7OCXcS48ajBAAAAcgEAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWxt0OEKgyAQB/BXET8O1pWNMYYai7En2B5AylYsNVRqjz9rQyL2zbv/+TuUFm/Vo1Fa1xnNcJakGEldmbrTT4Yf99v+hAtOJ2NfrpXSozCuHcOt98MZwFWtVMIlZpA6JI2xSvhQ2ie4wUpRL5dUDyRNj6BEpzGnS+8qvODUmgnZsDZ0q/lwyTDyDLtQjzylMHIK1S8r11kWMwhGhEiEyGqYbCDyJch/I49GvjLyjTFPNbwku6A0y5LDhoPVOyF+IP8AUEsBAhQDFAAAAAgAu7OCXea4dGtcAAAAYgAAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACAC7s4Jdzp6YEw0AAAALAAAADwAAAAAAAAAAAAAAgAGNAAAAeGwvd29ya2Jvb2sueG1sUEsBAhQDFAAAAAgAu7OCXVJWWLfIAAAAEwEAABQAAAAAAAAAAAAAAIABxwAAAHhsL3NoYXJlZFN0cmluZ3MueG1sUEsBAhQDFAAAAAgAu7OCXcS48ajBAAAAcgEAABgAAAAAAAAAAAAAAIABwQEAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbFBLBQYAAAAABAAEAAYBAAC4AgAAAAA=")!

    static func fields(_ error: any Error) -> [String] {
        guard case DomainError.validation(let errors) = error else { return [] }
        return errors.map(\.field)
    }

    @Test func test_Art57_uploads_areReadByContent_csvJsonAndXlsx() throws {
        let csv = try DatasetUpload(fileName: "labs.csv", data: Data("\u{FEFF}district,labs,\"note, quoted\"\r\n海淀,12,\"a \"\"b\"\"\"\n朝阳,3,\n".utf8)).table()
        #expect(csv.columns == ["district", "labs", "note, quoted"])
        #expect(csv.rows.map { $0.map(DatasetCatalogue.text) } == [["海淀", "12", "a \"b\""], ["朝阳", "3", ""]])
        let json = try DatasetUpload(fileName: "labs.json", data: Data(#"[{"district":"海淀","labs":12,"share":0.5,"open":true},{"district":"朝阳","labs":null}]"#.utf8)).table()
        #expect(json.columns == ["district", "labs", "open", "share"])
        #expect(json.rows[0] == [.text("海淀"), .integer(12), .text("true"), .number(0.5)])
        #expect(json.rows[1] == [.text("朝阳"), .text(""), .text(""), .text("")])
        let written = XLSXWriter.xlsx(ExportTable(columns: ["district", "labs"], rows: [[.text("海淀 & <区>"), .integer(12)]]), sheetName: "data")
        let stored = try DatasetUpload(fileName: "labs.xlsx", data: written).table()
        #expect(stored.columns == ["district", "labs"])
        #expect(stored.rows == [[.text("海淀 & <区>"), .integer(12)]])
        let deflated = try DatasetUpload(fileName: "labs.xlsx", data: Self.deflatedXLSX).table()
        #expect(deflated.columns == ["district", "labs"])
        #expect(deflated.rows == [[.text("海淀区"), .integer(12)], [.text("R&D"), .integer(24)]])
    }

    @Test func test_Art57_aFileWhoseNameLiesOrThatIsNotData_isRefusedOnTheFileField() throws {
        let written = XLSXWriter.xlsx(ExportTable(columns: ["a"], rows: [[.text("1")]]), sheetName: "data")
        let cases: [(String, Data, String)] = [
            ("renamed.csv", written, "dataset.file.mismatch"),
            ("data.xlsx", Data("a,b\n1,2\n".utf8), "dataset.file.mismatch"),
            ("image.csv", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), "dataset.file.type"),
            ("empty.csv", Data(), "dataset.file.required"),
            ("header-only.csv", Data("a,b\n".utf8), "dataset.file.rows"),
            ("wide.csv", Data("a,b\n1,2,3\n".utf8), "dataset.file.row_width"),
            ("dup.csv", Data("a,a\n1,2\n".utf8), "dataset.file.header"),
            ("nested.json", Data(#"[{"a":{"b":1}}]"#.utf8), "dataset.file.json_shape"),
            ("big.csv", Data(count: DatasetUpload.maximumBytes + 1), "dataset.file.size"),
        ]
        for (name, data, rule) in cases {
            do {
                _ = try DatasetUpload(fileName: name, data: data).table()
                Issue.record("\(name) was accepted")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.field) == ["file"], "\(name)")
                #expect(errors.map(\.rule) == [rule], "\(name)")
                #expect(errors.allSatisfy { $0.basis == .art(57) })
            }
        }
    }

    @Test func test_Art57_whoMayPublish_isThePublishersOfficeOrOfficer_orTheAdministrator() {
        let org = UUID(), other = UUID()
        func person(_ role: Role, at organisation: UUID?) -> Person {
            Person(id: UUID(), name: "甲", email: "p@example.cn", orcid: nil, residentIDMasked: nil, nationality: "CN", birthYear: nil, disabled: false,
                   memberships: [Membership(organisationID: organisation, organisationName: "数据大学", role: role)], version: 1, createdAt: Date())
        }
        let dataset = Dataset(id: .init(), slug: "x-data", titleZh: "数据", titleEn: "", descriptionZh: "说明", descriptionEn: "", publisherID: org,
                              publisherZh: "数据大学", publisherEn: "", licence: .ccBy40, keywords: [], themes: [.tech], spatial: "北京市",
                              accessLevel: .open, source: nil, createdAt: Date(), modifiedAt: Date())
        var platform = dataset
        platform.publisherID = nil
        platform.source = "calls"
        #expect(DatasetPublishing.mayAddVersion(person(.researchOffice, at: org), to: dataset))
        #expect(DatasetPublishing.mayAddVersion(person(.programmeOfficer, at: org), to: dataset))
        #expect(!DatasetPublishing.mayAddVersion(person(.researchOffice, at: other), to: dataset))
        #expect(!DatasetPublishing.mayAddVersion(person(.applicant, at: org), to: dataset))
        #expect(!DatasetPublishing.mayAddVersion(person(.reviewer, at: org), to: dataset))
        #expect(DatasetPublishing.mayAddVersion(person(.platformAdmin, at: nil), to: dataset))
        #expect(!DatasetPublishing.mayAddVersion(person(.platformAdmin, at: nil), to: platform))
        #expect(DatasetPublishing.publishers(of: person(.researchOffice, at: org)).map(\.id) == [org])
        #expect(DatasetPublishing.publishers(of: person(.platformAdmin, at: nil)).map(\.id) == [nil])
        #expect(!DatasetPublishing.mayPublish(person(.researchOffice, at: org), as: other))
    }

    @Test func test_Art57_aPublisherDescribesAndUploads_eachUploadIsANewVersion_othersAreRefusedAndAudited() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation("数据大学")
            let office = try await t.person([.researchOffice], organisation: org.id)
            let stranger = try await t.person([.researchOffice], organisation: try await t.organisation().id)
            let catalogue = DatasetCatalogue(db: t.db, now: t.now)
            let input = DatasetInput(slug: "lab-counts", titleZh: "实验室数量", titleEn: "Lab counts", descriptionZh: "各区实验室数量。", descriptionEn: "Labs per district.")
            await #expect(throws: DomainError.self) { try await catalogue.publish(input, as: org.id.rawValue, by: stranger) }
            let dataset = try await catalogue.publish(input, as: org.id.rawValue, by: office)
            #expect(dataset.publisherID == org.id.rawValue && dataset.publisherZh == org.nameZh)
            try await catalogue.upload(dataset.id, DatasetUpload(fileName: "v1.csv", data: Data("district,labs\n海淀,12\n".utf8)), note: "首次发布", by: office)
            let v1csv = try await catalogue.content(of: dataset.id, version: 1, format: .csv)
            try await catalogue.upload(dataset.id, DatasetUpload(fileName: "v2.json", data: Data(#"[{"district":"海淀","labs":13}]"#.utf8)), note: "更新", by: office)
            #expect(try await catalogue.versions(of: dataset.id).map(\.number) == [2, 1])
            #expect(try await catalogue.content(of: dataset.id, version: 1, format: .csv) == v1csv)
            do {
                try await catalogue.upload(dataset.id, DatasetUpload(fileName: "v3.csv", data: Data("x\n1\n".utf8)), note: "", by: office)
                Issue.record("a version without its note was accepted")
            } catch {
                #expect(Self.fields(error) == ["note"])
            }
            do {
                try await catalogue.upload(dataset.id, DatasetUpload(fileName: "v3.csv", data: Data("x\n1\n".utf8)), note: "他人上传", by: stranger)
                Issue.record("a stranger's upload was accepted")
            } catch DomainError.forbidden(_, let basis) {
                #expect(basis == .art(57))
            }
            #expect(try await catalogue.versions(of: dataset.id).count == 2)
            let refusals = try await AuditChain.list(.init(object: "dataset"), limit: 50, on: t.db).filter { $0.action == "dataset.publish_refused" }
            #expect(refusals.count == 2)
            #expect(refusals.allSatisfy { $0.basis == .art(57) && $0.actorID == stranger.id })
        }
    }
}
