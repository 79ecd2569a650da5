import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Portal
import Storage
import Testing
import Vapor
@testable import Web

/// The data catalogue as people and tools meet it (Art. 57, 68): the pages from request to
/// download; `ckanapi` reading the CKAN-compatible API and `pyshacl` validating the DCAT-AP 3
/// catalogue against a live server.
@Suite("Data catalogue pages, CKAN API and DCAT-AP (Art. 57, 68)")
struct CatalogueWebTests {
    struct World {
        let publisher: Person
        let requester: Person
        let dataset: Dataset
    }

    /// An on-request data set of a university with one version, its research office, and an applicant.
    static func world(_ t: TestApp, slug: String = "lab-instruments-usage", level: DatasetAccessLevel = .onRequest) async throws -> World {
        let org = try await t.organisation("数据大学")
        let publisher = try await t.person([.researchOffice], organisation: org.id)
        let requester = try await t.person([.applicant], organisation: try await t.organisation().id)
        let catalogue = DatasetCatalogue(db: t.db, now: t.now)
        let dataset = try await catalogue.create(
            DatasetInput(slug: slug, titleZh: "大型仪器使用记录", titleEn: "Large instrument usage", descriptionZh: "各实验室大型仪器的月度使用小时数。",
                         descriptionEn: "Monthly hours of use of large instruments per laboratory.", licence: .platformTerms, keywords: ["仪器", "instruments"],
                         themes: [.tech, .educ], temporalStart: BeijingDay(year: 2025, month: 1, day: 1), temporalEnd: BeijingDay(year: 2025, month: 12, day: 31),
                         accessLevel: level),
            publisher: .init(id: org.id.rawValue, nameZh: org.nameZh, nameEn: "Data University"), by: publisher.auditActor)
        try await catalogue.addVersion(dataset.id, columns: ["lab", "month", "hours"], rows: [["结构生物学实验室", "2025-01", "120"], ["材料实验室", "2025-01", "80"]],
                                       note: "首次发布", by: publisher.auditActor)
        return World(publisher: publisher, requester: requester, dataset: dataset)
    }

    @Test func test_Art68_requestDecideDownload_throughThePages_refusalsCiteTheirArticle() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let requester = try await t.sessionToken(for: w.requester), publisher = try await t.sessionToken(for: w.publisher)
            let file = "/data/\(w.dataset.slug)/versions/1/\(w.dataset.slug)-v1.csv"
            // The catalogue lists it with the platform's own data sets; the page shows the preview and the checksums.
            let list = try await t.send(.GET, "/data")
            #expect(list.status == .ok && list.text.contains("/data/\(w.dataset.slug)") && list.text.contains("/data/kechuang-calls"))
            let page = try await t.send(.GET, "/data/\(w.dataset.slug)", session: requester)
            #expect(page.text.contains("结构生物学实验室") && page.text.contains("SHA-256") && page.text.contains("id=\"field-purpose\""))
            #expect(!page.text.contains(file))
            // Without a grant the download is refused citing Art. 68.
            let refused = try await t.send(.GET, file, session: requester)
            #expect(refused.status == .forbidden && refused.text.contains("第六十八条"))
            // A request without a purpose is shown again with the error linked to the field.
            let empty = try await t.send(.POST, "/data/\(w.dataset.slug)/access-requests", session: requester, body: .form(["purpose": ""]))
            #expect(empty.status == .unprocessableEntity && empty.text.contains("href=\"#field-purpose\""))
            let sent = try await t.send(.POST, "/data/\(w.dataset.slug)/access-requests", session: requester, body: .form(["purpose": "研究仪器共享的使用效率"]))
            #expect(sent.status == .seeOther)
            // The publisher sees it, must give a reason to refuse, approves for 30 days.
            let queue = try await t.send(.GET, "/data-access", session: publisher)
            let path = String(try #require(queue.text.firstMatch(of: /href="(\/data-access\/[0-9a-f-]{36})"/)).1)
            let noReason = try await t.send(.POST, path, session: publisher, body: .form(["decision": "refuse", "reason": ""]))
            #expect(noReason.status == .unprocessableEntity && noReason.text.contains("href=\"#field-reason\"") && noReason.text.contains("第六十八条"))
            #expect(try await t.send(.POST, path, session: requester, body: .form(["decision": "approve"])).status == .forbidden)
            #expect(try await t.send(.POST, path, session: publisher, body: .form(["decision": "approve", "days": "30"])).status == .seeOther)
            // The download now works, with the version's checksum, and is logged under the grant.
            let download = try await t.send(.GET, file, session: requester)
            #expect(download.status == .ok)
            let versions = try await DatasetCatalogue(db: t.db, now: t.now).versions(of: w.dataset.id)
            #expect(DatasetCatalogue.sha256(Data(buffer: download.body)) == versions.first?.file(.csv)?.sha256)
            let grantPage = try await t.send(.GET, path, session: publisher)
            #expect(grantPage.text.contains("v1 · CSV"))
            // English pages mark the Chinese data.
            let english = try await t.send(.GET, "/data/\(w.dataset.slug)?lang=en", session: requester)
            #expect(english.text.contains("Large instrument usage") && english.text.contains("<span lang=\"zh-CN\">结构生物学实验室</span>"))
        }
    }

    /// `ckanapi` (the CKAN project's Python client) lists, shows and searches the catalogue
    /// unchanged; `pyshacl` finds the served DCAT-AP catalogue conformant, in JSON-LD and Turtle,
    /// and a catalogue without titles not. Both are installed by `scripts/test`.
    /// SQLite only for now: on PostgreSQL the live server stops answering the client mid-run
    /// (it hangs alone too; cause not found yet, see the closing note of 2026-12-02). The domain and
    /// page tests of the catalogue run on both engines.
    /// The schema.org `Dataset` block on a data set's page parses as JSON and carries what
    /// harvesters need; a file's address only where the viewer may download it.
    @Test func test_Art57_aDatasetPageCarriesSchemaOrgDatasetMetadata() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t, slug: "open-instruments", level: .open)
            let page = try await t.send(.GET, "/data/\(w.dataset.slug)")
            let block = try #require(page.text.firstMatch(of: /<script type="application\/ld\+json">(.*?)<\/script>/.dotMatchesNewlines()))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(String(block.1).utf8)) as? [String: Any])
            #expect(json["@context"] as? String == "https://schema.org" && json["@type"] as? String == "Dataset")
            #expect(json["name"] as? String == "大型仪器使用记录" && json["alternateName"] as? String == "Large instrument usage")
            #expect(json["description"] as? String == "各实验室大型仪器的月度使用小时数。")
            #expect(json["license"] as? String == DatasetLicence.platformTerms.url)
            #expect(((json["creator"] as? [String: Any])?["name"] as? String)?.hasPrefix("数据大学") == true)
            #expect((json["publisher"] as? [String: Any])?["alternateName"] as? String == "Data University")
            #expect(json["keywords"] as? [String] == ["仪器", "instruments"])
            #expect(json["temporalCoverage"] as? String == "2025-01-01/2025-12-31")
            #expect((json["spatialCoverage"] as? [String: Any])?["name"] as? String == "北京市")
            #expect(json["version"] as? String == "1")
            let files = try #require(json["distribution"] as? [[String: Any]])
            #expect(Set(files.compactMap { $0["encodingFormat"] as? String }) == Set(DatasetFormat.allCases.map(\.mediaType)))
            let csv = try #require(files.first { $0["encodingFormat"] as? String == "text/csv" })
            #expect((csv["contentUrl"] as? String)?.hasSuffix("/data/open-instruments/versions/1/open-instruments-v1.csv") == true)
            let versions = try await DatasetCatalogue(db: t.db, now: t.now).versions(of: w.dataset.id)
            #expect(csv["sha256"] as? String == versions.first?.file(.csv)?.sha256)
            // On request: described, but no address to download from.
            let restricted = try await Self.world(t, slug: "requested-instruments", level: .onRequest)
            let other = try await t.send(.GET, "/data/\(restricted.dataset.slug)")
            #expect(other.text.contains("\"@type\":\"DataDownload\"") && !other.text.contains("\"contentUrl\""))
        }
    }

    /// Runs on both engines. It was switched off on PostgreSQL after the live server stopped
    /// answering the client there; re-run alone (4 times) and beside the other Portal suites on
    /// PostgreSQL 15 it answered every request in 2–5 s, so the time limit stays as the guard.
    @Test(.timeLimit(.minutes(5)))
    func test_Art57_ckanapiReadsTheCatalogue_andPyshaclValidatesDCATAP3_againstALiveServer() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t, slug: "restricted-survey", level: .restricted)
            let server = try await LiveServer.start(t.app)
            do {
                let shapes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("Vendor/dcat-ap-3.0.0/shapes.ttl").path
                let output = try await Self.python(Self.script, arguments: [server.baseURL, shapes, w.dataset.slug])
                #expect(output.contains("ckanapi ok"), "\(output)")
                #expect(output.contains("pyshacl turtle conforms"), "\(output)")
                #expect(output.contains("pyshacl json-ld conforms"), "\(output)")
                #expect(output.contains("pyshacl broken refused"), "\(output)")
            } catch {
                await server.shutdown()
                throw error
            }
            await server.shutdown()
        }
    }

    static let script = #"""
import sys, urllib.request
from ckanapi import RemoteCKAN, NotFound, ValidationError
base, shapes, restricted = sys.argv[1], sys.argv[2], sys.argv[3]
ckan = RemoteCKAN(base, user_agent="kechuang-test")
names = ckan.action.package_list()
assert restricted in names and "kechuang-calls" in names, names
pkg = ckan.action.package_show(id="kechuang-integrity-list")
assert pkg["name"] == "kechuang-integrity-list" and pkg["license_id"] == "CC-BY-4.0", pkg
assert {r["format"] for r in pkg["resources"]} == {"CSV", "JSON", "XLSX"}, pkg["resources"]
assert all(r["hash"].startswith("sha256:") for r in pkg["resources"])
assert ckan.action.package_show(id=restricted)["resources"] == []
found = ckan.action.package_search(q="instrument", fq="organization:" + ckan.action.package_show(id=restricted)["organization"]["name"], rows=5, start=0)
assert found["count"] == 1 and found["results"][0]["name"] == restricted, found
assert ckan.action.package_search(fq="groups:gove", rows=0)["count"] >= 2
assert "kechuang-platform" in ckan.action.organization_list()
assert "tech" in ckan.action.group_list()
get = RemoteCKAN(base, get_only=True)
assert get.action.package_search(q="", rows=2, start=1)["count"] == len(names)
try:
    ckan.action.package_show(id="no-such-data")
    raise SystemExit("package_show found a missing package")
except NotFound:
    pass
try:
    ckan.action.package_search(rows="many")
    raise SystemExit("package_search accepted rows=many")
except ValidationError:
    pass
with urllib.request.urlopen(base + "/api/3/action/package_list") as r:
    assert r.status == 200
print("ckanapi ok")
import pyshacl, rdflib
sg = rdflib.Graph().parse(shapes, format="turtle")
def check(data, fmt, label):
    conforms, _, text = pyshacl.validate(data, shacl_graph=sg, data_graph_format=fmt)
    print(("pyshacl %s conforms" % label) if conforms else ("pyshacl %s fails:\n%s" % (label, text)))
    return conforms
turtle = urllib.request.urlopen(base + "/catalog.ttl").read().decode()
jsonld = urllib.request.urlopen(base + "/catalog.jsonld").read().decode()
check(turtle, "turtle", "turtle")
check(jsonld, "json-ld", "json-ld")
broken = "\n".join(line for line in turtle.splitlines() if "<http://purl.org/dc/terms/title>" not in line)
conforms, _, text = pyshacl.validate(broken, shacl_graph=sg, data_graph_format="turtle")
if not conforms and "dct:title" in text:
    print("pyshacl broken refused")
"""#

    /// Runs `python3 -c script args…`; its standard output and error. The wait does not hold a
    /// thread of the cooperative pool (two on this machine), which the live server needs to answer.
    static func python(_ script: String, arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("kechuang-python-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outputPath.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputPath) }
        let output = try FileHandle(forWritingTo: outputPath)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        let _: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return String(decoding: (try? Data(contentsOf: outputPath)) ?? Data(), as: UTF8.self)
    }
}
