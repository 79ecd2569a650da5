import KechuangApp
import KechuangTestSupport
import Testing

/// The test support without the web layer (`withTestDatabase`) builds the same schema as the
/// application: its migration list is the application's, in the same order.
@Suite("Test support")
struct TestSupportTests {
    @Test func test_testSchema_isTheApplicationsMigrationList() {
        #expect(TestSchema.migrations.map(\.name) == KechuangApp.migrations.map(\.name))
    }
}
