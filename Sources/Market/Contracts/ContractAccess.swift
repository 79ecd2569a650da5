import Foundation
import Identity

/// Who may see and act on a technology contract (object level). Pure.
///
/// - The person who submitted it sees it and corrects it while it is returned.
/// - Registrars (department staff at a registration point) and the administrator see every
///   contract and decide (register or return); a registrar never decides a contract they submitted.
/// - Anyone else: it does not exist. Registered contracts reach the public only as statistics.
public enum ContractAccess {
    public enum Action: String, Sendable, CaseIterable { case view, correct, decide }

    public static func isRegistrar(_ person: Person) -> Bool {
        !person.roles.isDisjoint(with: [.departmentStaff, .platformAdmin])
    }

    public static func may(_ action: Action, _ person: Person, submittedBy: UUID) -> Bool {
        let own = person.id == submittedBy
        switch action {
        case .view: return own || isRegistrar(person)
        case .correct: return own
        case .decide: return isRegistrar(person) && !own
        }
    }
}
