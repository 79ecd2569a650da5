import Foundation
import Identity
import KechuangCore
import Portal
import Vapor

/// Publishing data sets through pages (Art. 57): the publisher's list, a new data set's
/// description, and the upload of each new version. The route asks for a publishing role; which
/// organisation and which data set is `DatasetPublishing`'s decision in the catalogue service.
struct CataloguePublishingRoutes {
    /// A file upload: the largest data file plus room for the multipart envelope.
    static let uploadLimit = DatasetUpload.maximumBytes + (1 << 20)

    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, CatalogueURL.publishing, action: .publishDatasets, use: list)
        routes.on(.POST, CatalogueURL.publishing, action: .publishDatasets, use: create)
        routes.on(.GET, CatalogueURL.publishingNew, action: .publishDatasets, use: newPage)
        routes.on(.GET, CatalogueURL.newVersion(""), action: .publishDatasets, use: versionPage)
        routes.on(.POST, CatalogueURL.versions(""), action: .publishDatasets, bodyLimit: Self.uploadLimit, use: upload)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let datasets = try await req.datasetCatalogue.publishable(by: person)
        let latest = try await req.datasetCatalogue.latestVersions(of: datasets.map(\.id))
        return PageRenderer.response(DatasetPublishingPage(datasets: datasets, latest: latest).render(PageContext(req)))
    }

    @Sendable func newPage(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        return PageRenderer.response(DatasetNewPage(publishers: DatasetPublishing.publishers(of: person)).render(PageContext(req)))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        let publishers = DatasetPublishing.publishers(of: person)
        do {
            let input = try DatasetForm.input(values)
            let dataset = try await req.datasetCatalogue.publish(input, as: try DatasetForm.publisher(values["publisher"], choices: publishers), by: person)
            return req.redirect(to: CatalogueURL.newVersion(dataset.slug), notice: CatalogueMsg.pubCreated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(DatasetNewPage(publishers: publishers, values: values, errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    /// The data set, if this person may add versions to it; otherwise the refusal (audited, Art. 57).
    func publishable(_ req: Request, _ person: Person) async throws -> Dataset {
        let dataset = try await req.datasetCatalogue.find(slug: try CatalogueRoutes.slug(req))
        guard DatasetPublishing.mayAddVersion(person, to: dataset) else {
            try await req.datasetCatalogue.refusePublishing(person, dataset)
        }
        return dataset
    }

    @Sendable func versionPage(req: Request) async throws -> Response {
        let dataset = try await publishable(req, try req.requirePrincipal().person)
        let latest = try await req.datasetCatalogue.versions(of: dataset.id).first
        return PageRenderer.response(DatasetVersionUploadPage(dataset: dataset, latest: latest).render(PageContext(req)))
    }

    struct UploadForm: Content {
        var file: File?
        var note: String?
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let dataset = try await publishable(req, person)
        let form = try req.content.decode(UploadForm.self)
        let file = DatasetUpload(fileName: form.file?.filename ?? "", data: form.file.map { Data(buffer: $0.data) } ?? Data())
        do {
            try await req.datasetCatalogue.upload(dataset.id, file, note: form.note ?? "", by: person)
            return req.redirect(to: CatalogueURL.dataset(dataset.slug), notice: CatalogueMsg.pubVersionAdded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let latest = try await req.datasetCatalogue.versions(of: dataset.id).first
            return PageRenderer.response(DatasetVersionUploadPage(dataset: dataset, latest: latest, note: form.note ?? "", errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }
}
