import Foundation
import KechuangTestSupport
import Storage
import Testing

@Suite("Database URL")
struct DatabaseURLTests {
    @Test(arguments: [
        ("sqlite:./kechuang.sqlite", "./kechuang.sqlite"),
        ("sqlite:/var/lib/kechuang/data.sqlite", "/var/lib/kechuang/data.sqlite"),
        ("sqlite:///var/lib/kechuang/data.sqlite", "/var/lib/kechuang/data.sqlite"),
        ("sqlite://relative.sqlite", "relative.sqlite"),
        ("sqlite::memory:", ":memory:"),
        ("  sqlite:data.sqlite  ", "data.sqlite"),
    ])
    func test_databaseURL_parsesSQLitePaths(raw: String, path: String) throws {
        let url = try DatabaseURL(parsing: raw)
        #expect(url == .sqlite(path: path))
        #expect(url.dialect == .sqlite)
    }

    @Test(arguments: [
        "postgres://kc:secret@db.example.cn:5432/kechuang",
        "postgresql://kc:secret@localhost/kechuang?sslmode=require",
        "postgres://localhost/kechuang",
    ])
    func test_databaseURL_parsesPostgresURLsVerbatim(raw: String) throws {
        let url = try DatabaseURL(parsing: raw)
        #expect(url == .postgres(url: raw))
        #expect(url.dialect == .postgres)
    }

    @Test(arguments: ["", "   ", "sqlite:", "sqlite://", "mysql://root@localhost/kc", "kechuang.sqlite", "http://example.cn", "postgres:/nohost"])
    func test_databaseURL_rejectsUnrecognisedInputWithParseError(raw: String) {
        let error = #expect(throws: DatabaseURL.ParseError.self) { try DatabaseURL(parsing: raw) }
        #expect(error?.input == raw)
        #expect(error?.description.contains("sqlite:") == true, "the message shows the accepted forms")
    }

    @Test func test_databaseURL_flagWinsOverEnvironment() throws {
        let url = try DatabaseURL.resolve(
            flag: "sqlite:flag.sqlite", environment: ["KECHUANG_DATABASE_URL": "postgres://env@localhost/kc"])
        #expect(url == .sqlite(path: "flag.sqlite"))
    }

    @Test func test_databaseURL_environmentUsedWithoutFlag() throws {
        let url = try DatabaseURL.resolve(flag: nil, environment: ["KECHUANG_DATABASE_URL": "postgres://env@localhost/kc"])
        #expect(url == .postgres(url: "postgres://env@localhost/kc"))
    }

    @Test func test_databaseURL_defaultsToSQLiteFileInWorkingDirectory() throws {
        let url = try DatabaseURL.resolve(flag: nil, environment: [:])
        #expect(url == .sqlite(path: "./kechuang.sqlite"))
    }

    @Test func test_databaseURL_badFlagIsAnErrorNotAFallback() {
        #expect(throws: DatabaseURL.ParseError.self) {
            try DatabaseURL.resolve(flag: "oracle://x", environment: ["KECHUANG_DATABASE_URL": "sqlite:ok.sqlite"])
        }
    }

    @Test func test_databaseURL_descriptionHidesThePassword() throws {
        let url = try DatabaseURL(parsing: "postgres://kechuang:s3cr3t-pw@db.example.cn:5432/kechuang")
        let printed = url.description
        #expect(!printed.contains("s3cr3t-pw"))
        #expect(printed.contains("kechuang@") || printed.contains("kechuang:"), "the user name stays visible")
        #expect(printed.contains("db.example.cn:5432/kechuang"), "host, port and database stay visible")
    }

    @Test func test_databaseURL_descriptionOfURLWithoutPasswordIsUnchanged() throws {
        let raw = "postgres://kechuang@db.example.cn:5432/kechuang"
        #expect(try DatabaseURL(parsing: raw).description == raw)
    }

    @Test func test_databaseURL_descriptionOfSQLiteShowsThePath() throws {
        #expect(try DatabaseURL(parsing: "sqlite:///srv/kc.sqlite").description == "sqlite:/srv/kc.sqlite")
    }
}
