import FluentKit
import Grants
import Identity
import Instruments
import Portal
import Enterprise
import Talent
import Market
import Monitoring
import Integrity
import Policy
import Projects
import Review
import Storage

/// The platform's schema for tests that run the domain services without the web layer: every
/// module's migrations in the order the application registers them (`KechuangApp.migrations`;
/// `TestSupportTests` in WebTests proves the two lists are the same).
public enum TestSchema {
    public static var migrations: [any Migration] {
        Storage.migrations + Identity.migrations + Policy.migrations + Integrity.migrations + Projects.migrations + Review.migrations
            + Grants.migrations + Instruments.migrations + Portal.migrations + Enterprise.migrations + Talent.migrations + Market.migrations + Monitoring.migrations
    }
}
