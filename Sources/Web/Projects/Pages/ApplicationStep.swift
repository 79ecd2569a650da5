import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

/// The five pages of an application, in order. Each saves the draft and moves on.
enum ApplicationStep: String, CaseIterable, Sendable {
    case basic, team, content, budget, check

    var label: ProjectsMsg {
        switch self {
        case .basic: .appStepBasic
        case .team: .appStepTeam
        case .content: .appStepContent
        case .budget: .appStepBudget
        case .check: .appStepCheck
        }
    }

    var next: ApplicationStep {
        let all = Self.allCases
        guard let index = all.firstIndex(of: self) else { return .check }
        return index + 1 < all.count ? all[index + 1] : .check
    }

    /// The page that holds a field a problem names; nil when no page does (the call's deadline,
    /// eligibility facts the platform holds about the PI and the organisation).
    static func page(holding field: String) -> ApplicationStep? {
        switch field {
        case "title_zh", "title_en", "keywords", "discipline", "pi_phd_year": .basic
        case "team", "partners": .team
        case "summary", "plan", "ethics", "sensitive": .content
        case "budget": .budget
        case let field where field.hasPrefix("section_"): .content
        default: nil
        }
    }

    static let sensitiveAreas: [(String, ProjectsMsg)] = [("human", .appSensitiveHuman), ("animal", .appSensitiveAnimal), ("ai", .appSensitiveAI), ("other", .appSensitiveOther)]
    static let maxMembers = 5

    static func budgetLabel(_ category: String) -> ProjectsMsg {
        switch category {
        case "equipment": .budgetEquipment
        case "materials": .budgetMaterials
        case "testing": .budgetTesting
        case "travel": .budgetTravel
        case "conferences": .budgetConferences
        case "publication": .budgetPublication
        case "labour": .budgetLabour
        case "consultation": .budgetConsultation
        default: .budgetIndirect
        }
    }
}
