// swift-tools-version:6.1
import PackageDescription

// Dependency arrows point one way (docs/ARCHITECTURE.md):
// kechuang (CLI) -> KechuangApp -> Web -> domains (Identity, ...) -> Storage -> KechuangCore;
// the pure targets (Search, Export, Assignment, Dedup) use at most KechuangCore.
let package = Package(
    name: "kechuang",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kechuang", targets: ["kechuang"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        // Storage speaks to the drivers directly for dialect details (error codes, pragmas).
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // Tests only: the database-only test support runs services on NIO's shared event loops;
        // the browser tests talk to chromedriver and the live server over AsyncHTTPClient.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Shared vocabulary: articles and citations, rules with effective dates, domain errors,
        // bilingual text, checksummed identifiers, SM3, Beijing time, full-width folding. Foundation only.
        .target(name: "KechuangCore"),
        // Database configuration (SQLite | PostgreSQL), dialect differences, the SM3 audit chain.
        .target(
            name: "Storage",
            dependencies: [
                "KechuangCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                // Ed25519 signatures on audit checkpoints.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // ID: organisations, people, memberships and roles, sessions, access tokens, the access policy.
        .target(
            name: "Identity",
            dependencies: [
                "KechuangCore", "Storage",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Pure text search: tokenizer, in-memory BM25 index, snippets, the EN→ZH glossary (a bundled
        // table, Resources/glossary.txt), and the legal-structure parser for official texts.
        .target(name: "Search", dependencies: ["KechuangCore"], resources: [.copy("Resources")]),
        // Export formats: CSV, XLSX (a small ZIP writer), iCalendar and Atom.
        .target(name: "Export", dependencies: ["KechuangCore"]),
        // POL: the policy library — official texts split into articles, article-level Chinese search.
        .target(
            name: "Policy",
            dependencies: [
                "KechuangCore", "Storage", "Search",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        // INT: research integrity records, their workflow, and the one restriction check (Art. 60).
        .target(
            name: "Integrity",
            dependencies: [
                "KechuangCore", "Storage", "Identity",
                .product(name: "FluentKit", package: "fluent-kit"),
            ]
        ),
        // PRJ: the project platform: calls, eligibility, the call linter, applications.
        .target(
            name: "Projects",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Integrity", "Dedup",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // REV algorithms: rap-bench/1 reader/writer and the exact min-cost-flow assignment solver.
        .target(name: "Assignment"),
        // Near-duplicate detection: canonical shingling, MinHash + LSH, exact verification.
        .target(name: "Dedup"),
        // REV: expert pool, computed conflicts, affinity, assignment rounds, reviews and ranking.
        .target(
            name: "Review",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Integrity", "Projects", "Search", "Assignment",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // PRJ after the funding decision: projects, task agreements, money, reports, inspections, closure.
        .target(
            name: "Grants",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Integrity", "Projects", "Review", "Search", "Export",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // INS: open sharing of large instruments and facilities (Art. 55): registry, booking, usage, billing.
        .target(
            name: "Instruments",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Integrity", "Search", "Export",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        // POR/Art. 56–58, 68, 75: the public S&T information portal — funded projects and results for the public, the open data catalogue with its CKAN-compatible API and DCAT-AP, data access requests, public consultation.
        .target(
            name: "Portal",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Grants", "Search", "Export",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // ENT/Art. 23, 25, 26, 37, 51–54: enterprise profiles by year, tiered cultivation, policy matching without application, innovation vouchers, institution registries, S&T finance.
        .target(
            name: "Enterprise",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Policy", "Integrity", "Instruments", "Search", "Export",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        // TAL/Art. 40, 41, 47, 72: the urgently-needed talent catalogue and openings, representative achievements, one-stop services, foreign talent and the points-based residence assessment.
        .target(
            name: "Talent",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Policy", "Integrity", "Search", "Export",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        // MKT/Art. 32, 34–36: the innovation market — scenario demand lists with solicited solutions, technology supply and demand with matching, technology-contract registration and statistics, new-product and first-set certification, transfer offices, proof-of-concept centres and pilot bases.
        .target(
            name: "Market",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Review", "Grants", "Portal", "Enterprise", "Search", "Export", "Assignment",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        // MON/Art. 6, 8, 10, 12–16, 28, 45, 49, 63, 65–71: the indicator system and statistical monitoring with data collection and dashboards, the key-task ledger and assessment, risk warning, and the registries of zones and parks, awards and international cooperation.
        .target(
            name: "Monitoring",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Review", "Grants", "Instruments", "Portal", "Enterprise", "Talent", "Market", "Search", "Export",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        // HTTP: pages (Plot), JSON API, OpenAPI document, middleware, bilingual catalogue.
        .target(
            name: "Web",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Review", "Grants", "Instruments", "Portal", "Enterprise", "Talent", "Market", "Monitoring", "Search", "Export",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // Composition root: builds services, registers migrations and routes.
        .target(
            name: "KechuangApp",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Review", "Grants", "Instruments", "Portal", "Enterprise", "Talent", "Market", "Monitoring", "Web",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
            ],
            // The regulation as published and a small S&T policy set, loaded by `kechuang demo`.
            resources: [.copy("Demo")]
        ),
        // The command line: serve, migrate, demo, users and tokens, policies, calls lint, backup, audit, assign, dedup.
        .executableTarget(
            name: "kechuang",
            dependencies: [
                "KechuangApp", "KechuangCore", "Storage", "Identity", "Policy", "Projects",
                "Assignment", "Dedup", "Portal", "Market",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Tests of the domain modules: a fresh migrated database of the run's engine per test
        // (`withTestDatabase`), fixtures (people, organisations, integrity restrictions, `ReviewWorld`),
        // test PDFs, raw SQLite access. No web layer, no Vapor.
        .target(
            name: "KechuangTestSupport",
            dependencies: [
                "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Review", "Grants", "Instruments", "Portal", "Enterprise", "Talent", "Market", "Monitoring",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // Tests of the web layer: the whole app on a fresh database (`withTestApp`), in-memory HTTP
        // with cookies and CSRF, a live server with an HTTP client, and a WebDriver client.
        .target(
            name: "KechuangWebTestSupport",
            dependencies: [
                "KechuangTestSupport", "KechuangApp", "Web", "Identity", "Storage",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // One test target per module; the domain modules' tests use KechuangTestSupport only.
        .testTarget(name: "KechuangCoreTests", dependencies: ["KechuangCore"]),
        .testTarget(name: "AssignmentTests", dependencies: ["Assignment"]),
        .testTarget(name: "DedupTests", dependencies: ["Dedup"]),
        .testTarget(name: "SearchTests", dependencies: ["Search"]),
        .testTarget(name: "ExportTests", dependencies: ["Export"]),
        .testTarget(
            name: "StorageTests",
            dependencies: [
                "Storage", "KechuangCore", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "IdentityTests",
            dependencies: [
                "Identity", "Storage", "KechuangCore", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(name: "ProjectsTests", dependencies: ["Projects", "Identity", "Integrity", "Storage", "KechuangCore", "KechuangTestSupport"]),
        .testTarget(
            name: "IntegrityTests",
            dependencies: [
                "Integrity", "Identity", "Storage", "KechuangCore", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "ReviewTests",
            dependencies: [
                "Review", "Projects", "Integrity", "Identity", "Storage", "KechuangCore", "Assignment", "KechuangTestSupport",
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "GrantsTests",
            dependencies: [
                "Grants", "Review", "Projects", "Integrity", "Identity", "Storage", "KechuangCore", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "InstrumentsTests",
            dependencies: [
                "Instruments", "Integrity", "Identity", "Storage", "KechuangCore", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "PortalTests",
            dependencies: [
                "Portal", "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Grants", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "EnterpriseTests",
            dependencies: [
                "Enterprise", "KechuangCore", "Storage", "Identity", "Policy", "Integrity", "Instruments", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "TalentTests",
            dependencies: [
                "Talent", "KechuangCore", "Storage", "Identity", "Policy", "Integrity", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "MarketTests",
            dependencies: [
                "Market", "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Review", "Grants", "Portal", "Enterprise", "Search", "Export", "Assignment", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "MonitoringTests",
            dependencies: [
                "Monitoring", "KechuangCore", "Storage", "Identity", "Policy", "Projects", "Integrity", "Review", "Grants", "Instruments", "Portal", "Enterprise", "Talent", "Market", "Search", "Export", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "PolicyTests",
            dependencies: [
                "Policy", "Storage", "KechuangCore", "KechuangTestSupport",
                .product(name: "FluentKit", package: "fluent-kit"),
            ]
        ),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "KechuangApp", "Identity", "Policy", "Projects", "Integrity", "Review", "Grants", "Instruments", "Portal", "Enterprise", "Talent", "Market", "Monitoring", "Storage", "KechuangCore",
                "KechuangTestSupport", "KechuangWebTestSupport",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
        // Runs the built `kechuang` binary as a user would.
        .testTarget(name: "CLITests", dependencies: ["KechuangTestSupport"]),
        // The shape docs/ARCHITECTURE.md promises, read from the source tree (no module imported).
        .testTarget(name: "ArchitectureTests"),
    ]
)
