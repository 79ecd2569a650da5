import ArgumentParser
import Foundation
import Market
import Portal

/// `kechuang bench-data` — benchmark data written straight into a database (never the demo's
/// handful of rows). `portal`: a national-scale funding season for the public portal (issue #16);
/// `market`: a technology market for matching both ways (issue #19).
struct BenchData: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-data", abstract: "Fill a database with benchmark data (scripts/bench reads it).", subcommands: [PortalSeasonCommand.self, MarketCommand.self])

    struct PortalSeasonCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "portal",
            abstract: "A funding season for the public portal: institutions, PIs, applications, funded projects with outputs, and their public copies.",
            discussion: """
            Creates the season's programme and three calls (through the platform's call service), with every award in one \
            year (default: last year). --scale nsfc is 5,000 institutions, 300,000 applications and 50,000 funded projects with about \
            100,000 outputs; the other options set a size of their own. A database that already holds a season is refused.
            """)
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "nsfc (the national scale) or none (sizes from the options below).") var scale = "nsfc"
        @ArgumentParser.Option(help: "Institutions (with --scale none).") var institutions = 50
        @ArgumentParser.Option(help: "Applications (with --scale none).") var applications = 1_200
        @ArgumentParser.Option(help: "Funded projects (with --scale none).") var projects = 200
        @ArgumentParser.Option(help: "Outputs per funded project on average.") var outputsPerProject = 2
        @ArgumentParser.Option(help: "Award year (default: last year, Beijing time).") var year: Int?
        @ArgumentParser.Option(help: "Random seed: the same seed gives the same season.") var seed: UInt64 = 16

        func validate() throws {
            guard ["nsfc", "none"].contains(scale) else { throw ValidationError("--scale must be nsfc or none.") }
        }

        func run() async throws {
            let size = scale == "nsfc" ? PortalSeasonSize.nsfc
                : PortalSeasonSize(institutions: institutions, applications: applications, projects: projects, outputsPerProject: outputsPerProject)
            let started = Date()
            try await withApplication(database) { app in
                let report = try await PortalSeason(db: app.db, seed: seed).generate(size, year: year) { line in
                    printError("\(Int(Date().timeIntervalSince(started))) s  \(line)")
                }
                print("season \(report.year): \(report.institutions) institutions, \(report.people) people, \(report.applications) applications, "
                      + "\(report.projects) funded projects, \(report.outputs) outputs, \(report.publicCopies) public copies "
                      + "in \(Int(Date().timeIntervalSince(started))) s")
            }
        }
    }

    struct MarketCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "market",
            abstract: "A technology market for matching: organisations with one member each, open supplies and open demands.",
            discussion: """
            Half the organisations (universities, institutes, new R&D institutions) offer the supplies, half (enterprises) post \
            the demands; listings are open, in Chinese, over a per-field technical vocabulary, made over the past two years. The \
            defaults are the matching target of issue #19. A database that already holds a generated market is refused.
            """)
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "Technology supplies.") var supplies = MarketBenchSize.issue19.supplies
        @ArgumentParser.Option(help: "Technology demands.") var demands = MarketBenchSize.issue19.demands
        @ArgumentParser.Option(help: "Organisations (half offer supplies, half post demands).") var organisations = MarketBenchSize.issue19.organisations
        @ArgumentParser.Option(help: "Random seed: the same seed gives the same market.") var seed: UInt64 = 19

        func validate() throws {
            guard organisations >= 2, supplies >= 1, demands >= 1 else {
                throw ValidationError("--organisations must be at least 2, --supplies and --demands at least 1.")
            }
        }

        func run() async throws {
            let started = Date()
            try await withApplication(database) { app in
                let report = try await MarketBenchData(db: app.db, seed: seed)
                    .generate(MarketBenchSize(organisations: organisations, supplies: supplies, demands: demands)) { line in
                        printError("\(Int(Date().timeIntervalSince(started))) s  \(line)")
                    }
                print("market: \(report.suppliers) offering organisations, \(report.enterprises) enterprises, \(report.people) people, "
                      + "\(report.supplies) open supplies, \(report.demands) open demands in \(Int(Date().timeIntervalSince(started))) s")
            }
        }
    }
}
