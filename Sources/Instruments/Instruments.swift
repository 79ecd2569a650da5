import FluentKit
import Foundation
import KechuangCore

/// Instruments (INS) — open sharing of large instruments and facilities bought or built with
/// public money (Art. 55; Art. 17, 18, 24 for the facilities and labs; Art. 60 for restrictions):
/// a registry with published service terms and fees, booking that never double-books, usage,
/// billing and the yearly openness evaluation.
/// Imports: KechuangCore, Storage, Identity, Integrity, Search, Export. Never Vapor.
/// Tables: `ins_`; migrations `INS0001_…` in `Persistence/Migrations/`.
public enum Instruments {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = [
        INS0001_CreateLabs(), INS0002_CreateInstruments(), INS0003_CreateManagers(), INS0004_CreateTrainings(),
        INS0005_CreateBookings(), INS0006_BookingsNeverOverlap(), INS0007_CreateWaitlist(), INS0008_CreateUsage(),
        INS0009_CreateFeedback(), INS0010_AddInstrumentPhoto(),
    ]
}
