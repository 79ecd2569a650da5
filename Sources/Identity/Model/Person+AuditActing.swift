import Storage

/// A person acts in the audit log under their id and e-mail address.
extension Person: AuditActing {
    public var auditActor: AuditActor { AuditActor(id: id, label: email) }
}
