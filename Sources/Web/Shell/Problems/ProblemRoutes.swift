import Plot
import Vapor

/// `/problems` and `/problems/:slug`: the RFC 9457 problem types, each explained in Chinese and
/// English with what to do, so that every `type` URI the API emits resolves on the platform itself.
/// Public, like the API document they belong to.
struct ProblemRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, SiteURL.problems, action: .viewAPIDocument, use: index)
        routes.on(.GET, SiteURL.problem(":slug"), action: .viewAPIDocument, use: show)
    }

    @Sendable func index(req: Request) async throws -> Response {
        PageRenderer.response(ProblemTypesPage(types: ProblemType.allCases).render(PageContext(req)))
    }

    @Sendable func show(req: Request) async throws -> Response {
        guard let type = req.parameters.get("slug").flatMap(ProblemType.init(rawValue:)) else { throw Abort(.notFound) }
        return PageRenderer.response(ProblemTypesPage(types: [type], single: true).render(PageContext(req)))
    }
}

struct ProblemTypesPage {
    let types: [ProblemType]
    var single = false

    func render(_ c: PageContext) -> String {
        let title = single ? types[0].title(c.language) : c(.problemTypesTitle)
        return Layout(context: c, title: title, content: .div(
            .h1(.text(title)),
            .if(!single, .p(.text(c(.problemTypesIntro)))),
            .forEach(types) { type in
                .section(
                    .attribute(named: "id", value: type.slug),
                    .if(!single, .h2(.a(.href(SiteURL.problem(type.slug).path), .text(type.title(c.language))))),
                    .p(.class("hint"), .code(.text("type: /problems/\(type.slug)")), .text(" · HTTP \(type.status)")),
                    .div(.attribute(named: "lang", value: "zh-CN"),
                         .p(.strong(.text(type.title.zh))), .p(.text(type.explanation.zh)),
                         .p(.text("如何处理：\(type.whatToDo.zh)"))),
                    .div(.attribute(named: "lang", value: "en"),
                         .p(.strong(.text(type.title.en))), .p(.text(type.explanation.en)),
                         .p(.text("What to do: \(type.whatToDo.en)")))
                )
            },
            .if(single, .p(.a(.href(SiteURL.problems.path), .text(c(.problemTypesTitle)))))
        )).render()
    }
}
