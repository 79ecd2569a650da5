import ArgumentParser
import Foundation
import Portal

/// `kechuang bench-data` — benchmark data written straight into a database (never the demo's
/// handful of rows). `portal`: a national-scale funding season for the public portal (issue #16).
struct BenchData: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-data", abstract: "Fill a database with benchmark data (scripts/bench reads it).", subcommands: [PortalSeasonCommand.self])

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
}
