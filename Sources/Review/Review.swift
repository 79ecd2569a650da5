import FluentKit

/// Review (REV) — peer review with equal competition (Art. 29) on the one platform (Art. 50).
/// Imports: KechuangCore, Storage, Identity, Integrity, Projects, Policy (the tokenizer),
/// Assignment (the solver). Never Vapor.
public enum Review {
    public static let migrations: [any Migration] = [REV0001_CreateReviewTables()]
}
